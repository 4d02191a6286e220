/**
 * oEmbed (https://oembed.com/) responses for the story and for each chapter, prerendered as JSON
 * files (a static host cannot answer `?url=` queries), with discovery links pointing at them. Pure.
 */
import { embedCode, INITIAL_HEIGHT, NOMINAL_WIDTH, type EmbedTarget } from './snippet';

export interface OEmbedRich {
	type: 'rich';
	version: '1.0';
	title: string;
	author_name?: string;
	provider_name: string;
	provider_url: string;
	cache_age: number;
	html: string;
	width: number;
	height: number;
}

export { oembedPath } from './oembed-path';

/** Accessible name for an embed's iframe. */
export function frameTitle(storyTitle: string, chapterTitle?: string): string {
	return chapterTitle ? `Map: ${chapterTitle} (from “${storyTitle}”)` : `Story map: ${storyTitle}`;
}

export function oembedResponse(options: {
	/** Absolute URL of the deployed site root, without a trailing slash. */
	siteUrl: string;
	target: EmbedTarget;
	storyTitle: string;
	byline?: string;
	chapterTitle?: string;
}): OEmbedRich {
	const { siteUrl, target, storyTitle, chapterTitle } = options;
	const height = INITIAL_HEIGHT[target.kind];
	const title = chapterTitle ? `${chapterTitle} — ${storyTitle}` : storyTitle;
	return {
		type: 'rich',
		version: '1.0',
		title,
		...(options.byline ? { author_name: options.byline } : {}),
		provider_name: storyTitle,
		provider_url: `${siteUrl}/`,
		cache_age: 86_400,
		html: embedCode({ siteUrl, target, title: frameTitle(storyTitle, chapterTitle), height }),
		width: NOMINAL_WIDTH,
		height
	};
}
