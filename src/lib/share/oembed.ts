/**
 * oEmbed (https://oembed.com/) responses for the story and for each chapter, prerendered as JSON
 * files (a static host cannot answer `?url=` queries), with discovery links pointing at them. Pure.
 */
import { interpolate, type Strings } from '../i18n/strings';
import { pageUrl, SOCIAL_IMAGE, socialImagePath } from '../site-paths';
import {
	contentUrl,
	escapeHtml,
	iframeHtml,
	INITIAL_HEIGHT,
	NOMINAL_WIDTH,
	scriptHtml,
	type EmbedTarget,
	type SnippetOptions
} from './snippet';

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
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
	/** Not in the oEmbed spec; Embedly and Iframely show it. The chapter's (or story's) summary. */
	description: string;
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

/** Marks the fallback link of the oEmbed HTML, which /embed.js hides once the frame is showing. */
export const FALLBACK_CLASS = 'story-map-embed-fallback';

/**
 * The HTML of an oEmbed answer: a quote linking to the content, then the iframe and our script.
 * WordPress (which keeps only a leading `<blockquote>`, an iframe's plain attributes, and drops the
 * script) shows the quote until the frame speaks its protocol, and loads its own wp-embed.js only
 * when there is one (class `wp-embedded-content`); elsewhere /embed.js hides it when the frame
 * reports its height, and where no script runs it stays, as a caption that links to the map.
 */
export function oembedHtml(options: SnippetOptions): string {
	const { siteUrl, target, title, editionPrefix } = options;
	const link = `<a href="${escapeHtml(contentUrl(siteUrl, target, editionPrefix))}">${escapeHtml(title)}</a>`;
	return [
		`<blockquote class="wp-embedded-content ${FALLBACK_CLASS}">${link}</blockquote>`,
		iframeHtml(options),
		scriptHtml(siteUrl)
	].join('\n');
}

export function oembedResponse(options: {
	/** Absolute URL of the deployed site root, without a trailing slash. */
	siteUrl: string;
	target: EmbedTarget;
	storyTitle: string;
	byline?: string;
	chapterTitle?: string;
	/** The chapter's summary, or the story's description. */
	description: string;
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
		html: oembedHtml({
			siteUrl,
			target,
			title: frameTitle(strings, storyTitle, chapterTitle),
			height,
			editionPrefix
		}),
		width: NOMINAL_WIDTH,
		height,
		thumbnail_url: `${siteUrl}${socialImagePath(target, editionPrefix)}`,
		thumbnail_width: SOCIAL_IMAGE.width,
		thumbnail_height: SOCIAL_IMAGE.height,
		description: options.description
	};
}
