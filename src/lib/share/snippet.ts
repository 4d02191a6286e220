/**
 * Embed URLs and the HTML editors paste into their CMS: an iframe plus our parent script, in the
 * shape Datawrapper made familiar. Pure. Every value written into the HTML is escaped.
 */
import { embedPath, pageUrl, parentScriptPath, type EmbedTarget } from '../site-paths';
import { flagsQuery, type EmbedFlags } from './flags';

export { embedPath, type EmbedTarget };

export type SnippetFlags = Partial<Omit<EmbedFlags, 'chapter'>>;

/**
 * Initial iframe heights in px: the middle of the content heights measured in a 640 px column (the
 * common article width; chapters 737 to 829 px, story steps 1013 to 1121 px), so the page barely
 * moves when the real height arrives, and a frame without the parent script shows nearly everything.
 */
export const INITIAL_HEIGHT: Readonly<Record<EmbedTarget['kind'], number>> = { story: 1050, chapter: 780 };
/** oEmbed needs a width; the iframe itself takes the full column width. */
export const NOMINAL_WIDTH = 640;

/** Marks our iframes, so the parent script resizes them and nothing else. */
export const EMBED_ATTRIBUTE = 'data-story-map-embed';

/** Stable id of an embed, used in the Datawrapper message. */
export function embedId(target: EmbedTarget): string {
	return target.kind === 'story' ? 'story' : `chapter-${target.id}`;
}

/** @param siteUrl absolute URL of the site root, without a trailing slash */
export function embedUrl(
	siteUrl: string,
	target: EmbedTarget,
	flags: SnippetFlags = {},
	editionPrefix = ''
): string {
	return `${siteUrl}${embedPath(target, editionPrefix)}${flagsQuery(flags)}`;
}

export function parentScriptUrl(siteUrl: string): string {
	return `${siteUrl}${parentScriptPath()}`;
}

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface SnippetOptions {
	siteUrl: string;
	target: EmbedTarget;
	flags?: SnippetFlags;
	/** Accessible name of the frame, e.g. "Map: The opening of the canal". */
	title: string;
	/** The edition embedded ('' for the story's own language). */
	editionPrefix?: string;
	height?: number;
	/**
	 * Whole story only: with the parent script, the frame shows every chapter and follows the host
	 * page's scroll (the map stays in view while the text scrolls); without it, the stepper.
	 */
	followScroll?: boolean;
}

/** The page a link to the embed's content opens: the chapter's shareable link, or the story. */
export function contentUrl(siteUrl: string, target: EmbedTarget, editionPrefix = ''): string {
	return pageUrl(
		siteUrl,
		target.kind === 'story' ? { kind: 'story' } : { kind: 'chapter-link', chapter: target.id },
		editionPrefix
	);
}

/**
 * The iframe alone: works without the script, at its initial height (scrolling inside if needed).
 * As wide as the column it is in: `width` as an attribute too, since CMSs that filter HTML
 * (WordPress's oEmbed) drop `style`; no `min-width`, which would beat a theme's column width.
 * With `fallbackLink`, a link to the same content inside the element: browsers never show an
 * iframe's content, but a CMS that strips the iframe (WordPress, for users without the
 * `unfiltered_html` capability) keeps the link, so its readers see a way to the map, not a blank.
 */
export function iframeHtml(options: SnippetOptions & { fallbackLink?: boolean }): string {
	const { siteUrl, target, flags, title, height, followScroll, editionPrefix } = options;
	const attributes: [string, string][] = [
		['src', embedUrl(siteUrl, target, flags, editionPrefix)],
		['title', title],
		[EMBED_ATTRIBUTE, followScroll && target.kind === 'story' ? 'scroll' : ''],
		['loading', 'lazy'],
		['referrerpolicy', 'no-referrer'],
		['allow', 'fullscreen'],
		['width', '100%'],
		['height', String(height ?? INITIAL_HEIGHT[target.kind])],
		['frameborder', '0'],
		['style', 'display: block; width: 100%; border: none;']
	];
	const html = attributes.map(([name, value]) => (value === '' ? name : `${name}="${escapeHtml(value)}"`));
	const inside = options.fallbackLink
		? `<a href="${escapeHtml(contentUrl(siteUrl, target, editionPrefix))}">${escapeHtml(title)}</a>`
		: '';
	return `<iframe ${html.join(' ')}>${inside}</iframe>`;
}

export function scriptHtml(siteUrl: string): string {
	return `<script async src="${escapeHtml(parentScriptUrl(siteUrl))}"></script>`;
}

/**
 * The snippet editors paste: the iframe and the parent script that keeps it at its content height.
 * The iframe is wrapped in a plain block, which themes size like a paragraph of the text column:
 * some style a frame that is the content's own child apart (Twenty Twenty-One makes
 * `.entry-content > iframe[style]` as wide as the whole page).
 */
export function embedCode(options: SnippetOptions): string {
	const frame = iframeHtml({ ...options, fallbackLink: true });
	return `<div class="story-map-embed">${frame}</div>\n${scriptHtml(options.siteUrl)}`;
}

/**
 * For AMP pages: amp-iframe resizes on the embed's `embed-size` message; it needs `resizable` and
 * an `overflow` element, and cannot sit in the first 600 px of the page.
 */
export function ampCode({ siteUrl, target, flags, title, height, editionPrefix }: SnippetOptions): string {
	const src = escapeHtml(embedUrl(siteUrl, target, flags, editionPrefix));
	return [
		`<amp-iframe src="${src}" title="${escapeHtml(title)}" width="${NOMINAL_WIDTH}" height="${height ?? INITIAL_HEIGHT[target.kind]}"`,
		`  layout="responsive" resizable sandbox="allow-scripts allow-same-origin allow-popups" frameborder="0">`,
		`  <button overflow type="button">Show all</button>`,
		`</amp-iframe>`
	].join('\n');
}
