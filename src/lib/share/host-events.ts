/**
 * The embed's optional API for the page around it (docs/embedding.md, "Following the story"). Pure:
 * building and reading the messages.
 *
 * Opt-in: nothing is sent until the host says hello. Then, to that host's window and origin only:
 * - `{ "story-map-embed": "ready", chapter, chapters }` at once (the chapter shown, every id);
 * - `{ "story-map-embed": "chapter", chapter, index }` whenever the chapter shown changes.
 * The host may send `{ "story-map-embed": "go", chapter }` to show a chapter (the whole-story
 * embed; a chapter embed shows its one chapter). Ids are checked against the story's own.
 */

const KEY = 'story-map-embed';
/** What a chapter id may look like (content schema's Slug). */
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

export const HELLO = Object.freeze({ [KEY]: 'hello' });

export type EmbedEvent =
	| { [KEY]: 'ready'; chapter: string; chapters: string[] }
	| { [KEY]: 'chapter'; chapter: string; index: number };

export function readyEvent(chapter: string, chapters: readonly string[]): EmbedEvent {
	return { [KEY]: 'ready', chapter, chapters: [...chapters] };
}

export function chapterEvent(chapter: string, index: number): EmbedEvent {
	return { [KEY]: 'chapter', chapter, index };
}

/** Whether a message is a host's hello (exactly that, nothing more). */
export function isHello(data: unknown): boolean {
	if (typeof data !== 'object' || data === null) return false;
	const keys = Object.keys(data);
	return keys.length === 1 && (data as Record<string, unknown>)[KEY] === 'hello';
}

/** The chapter a host's `go` asks for, if it is one of `chapters`; undefined for anything else. */
export function readGo(data: unknown, chapters: readonly string[]): string | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const record = data as Record<string, unknown>;
	if (Object.keys(record).sort().join(',') !== `chapter,${KEY}` || record[KEY] !== 'go') return undefined;
	const { chapter } = record;
	if (typeof chapter !== 'string' || !ID.test(chapter)) return undefined;
	return chapters.find((id) => id === chapter);
}

/** An embed event, as the host page reads it (for parent.js and hosts' own code). */
export function readEmbedEvent(data: unknown): EmbedEvent | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const record = data as Record<string, unknown>;
	if (typeof record.chapter !== 'string' || !ID.test(record.chapter)) return undefined;
	if (
		record[KEY] === 'ready' &&
		Array.isArray(record.chapters) &&
		record.chapters.every((id) => typeof id === 'string')
	)
		return readyEvent(record.chapter, record.chapters as string[]);
	if (record[KEY] === 'chapter' && Number.isInteger(record.index) && (record.index as number) >= 0)
		return chapterEvent(record.chapter, record.index as number);
	return undefined;
}
