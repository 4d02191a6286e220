/**
 * The embed's side of the optional host API (share/host-events.ts): silent until the page around
 * it says hello; then it answers that window, at that origin only, with `ready`, tells it each
 * chapter change, and follows its `go` requests, accepted only from the same window and origin.
 * Browser only; does nothing outside a frame.
 */
import { chapterEvent, isHello, readGo, readyEvent, type EmbedEvent } from '../share/host-events';

export interface HostApi {
	/** Call when the chapter shown has changed. */
	changed(): void;
	stop(): void;
}

export function serveHostApi(options: {
	chapters: readonly string[];
	/** The chapter shown now. */
	current: () => string;
	/** Shows a chapter (the whole-story embed); a chapter embed has none. */
	go?: (chapter: string) => void;
}): HostApi {
	const parent = window.parent;
	if (parent === window) return { changed() {}, stop() {} };
	/** The origin of the host that said hello; a sandboxed host has none ('null'), reached with '*'. */
	let host: string | undefined;
	const post = (message: EmbedEvent) => parent.postMessage(message, host === 'null' ? '*' : host!);

	const onMessage = (event: MessageEvent) => {
		if (event.source !== parent) return;
		if (isHello(event.data)) {
			host = event.origin;
			post(readyEvent(options.current(), options.chapters));
			return;
		}
		if (host === undefined || event.origin !== host || !options.go) return;
		const chapter = readGo(event.data, options.chapters);
		if (chapter) options.go(chapter);
	};
	window.addEventListener('message', onMessage);
	return {
		changed() {
			if (host === undefined) return;
			const chapter = options.current();
			post(chapterEvent(chapter, options.chapters.indexOf(chapter)));
		},
		stop: () => window.removeEventListener('message', onMessage)
	};
}
