/**
 * oEmbed (https://oembed.com/) responses for the story and for each chapter, prerendered as JSON
 * files (a static host cannot answer `?url=` queries), with discovery links pointing at them. Pure.
 */
import { interpolate, type Strings } from '../i18n/strings';
import { pageUrl } from '../site-paths';
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

export { oembedPath } from '../site-paths';

/** Accessible name for an embed's iframe, in the edition's words. */
export function frameTitle(
	strings: Pick<Strings, 'embed.frameTitle.chapter' | 'embed.frameTitle.story'>,
	storyTitle: string,
	chapterTitle?: string
): string {
	return chapterTitle
		? interpolate(strings['embed.frameTitle.chapter'], { chapter: chapterTitle, story: storyTitle })
		: interpolate(strings['embed.frameTitle.story'], { story: storyTitle });
}

export function oembedResponse(options: {
	/** Absolute URL of the deployed site root, without a trailing slash. */
	siteUrl: string;
	target: EmbedTarget;
	storyTitle: string;
	byline?: string;
	chapterTitle?: string;
	/** The edition embedded ('' for the story's own language), and its words. */
	editionPrefix: string;
	strings: Strings;
}): OEmbedRich {
	const { siteUrl, target, storyTitle, chapterTitle, editionPrefix, strings } = options;
	const height = INITIAL_HEIGHT[target.kind];
	const title = chapterTitle ? `${chapterTitle} — ${storyTitle}` : storyTitle;
	return {
		type: 'rich',
		version: '1.0',
		title,
		...(options.byline ? { author_name: options.byline } : {}),
		provider_name: storyTitle,
		provider_url: pageUrl(siteUrl, { kind: 'story' }, editionPrefix),
		cache_age: 86_400,
		html: embedCode({
			siteUrl,
			target,
			title: frameTitle(strings, storyTitle, chapterTitle),
			height,
			editionPrefix
		}),
		width: NOMINAL_WIDTH,
		height
	};
}
