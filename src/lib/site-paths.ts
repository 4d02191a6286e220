/**
 * Every path of the site that a page links to, embeds or advertises, in one place. Pure.
 *
 * Each path starts at the site root (append it to a root URL without its trailing slash; a site may
 * live under any sub-path) and names exactly what the build writes, so that a host that only serves
 * files and a folder's index.html answers it without a rule or a redirect: pages end with a slash
 * (their file is `<path>index.html`, see `trailingSlash` in src/routes/+layout.ts), other files
 * keep their extension. An edition in another language lives under its prefix (`/fa/…`);
 * `edition` is that prefix, '' for the story's own language.
 */

/** What an embed shows: the whole story, or one chapter. */
export type EmbedTarget = { kind: 'story' } | { kind: 'chapter'; id: string };

/** A page of an edition. */
export type SitePage =
	| { kind: 'story' }
	| { kind: 'chapter-link'; chapter: string }
	| { kind: 'embed' }
	| { kind: 'chapter-embed'; chapter: string };

const editionRoot = (edition: string) => (edition ? `/${edition}` : '');

/** A page's path, with its leading and trailing slash ("/", "/ar/", "/embed/harbour/"). */
export function pagePath(page: SitePage, edition = ''): string {
	const root = editionRoot(edition);
	switch (page.kind) {
		case 'story':
			return `${root}/`;
		case 'chapter-link':
			return `${root}/chapter/${page.chapter}/`;
		case 'embed':
			return `${root}/embed/`;
		case 'chapter-embed':
			return `${root}/embed/${page.chapter}/`;
	}
}

/** A page's URL under `root`: the site root as the page sees it (`base`, or an absolute URL), no trailing slash. */
export function pageUrl(root: string, page: SitePage, edition = ''): string {
	return `${root}${pagePath(page, edition)}`;
}

/** The story page. */
export function storyPath(edition = ''): string {
	return pagePath({ kind: 'story' }, edition);
}

/** The shareable link to a chapter: link previews read its tags; readers are sent on to `/#<id>`. */
export function chapterLinkPath(chapterId: string, edition = ''): string {
	return pagePath({ kind: 'chapter-link', chapter: chapterId }, edition);
}

/** An embed page (flags go in its query string). */
export function embedPath(target: EmbedTarget, edition = ''): string {
	return pagePath(
		target.kind === 'story' ? { kind: 'embed' } : { kind: 'chapter-embed', chapter: target.id },
		edition
	);
}

/** One chapter's embed, for hosts that only let editors add a query string. */
export function embedQueryPath(chapterId: string, edition = ''): string {
	return `${embedPath({ kind: 'story' }, edition)}?chapter=${encodeURIComponent(chapterId)}`;
}

/** The host page's script that keeps embeds at their content height (one for every edition). */
export function parentScriptPath(): string {
	return '/embed.js';
}

/** An embed's oEmbed JSON, prerendered (a static host cannot answer `?url=` queries). */
export function oembedPath(target: EmbedTarget, edition = ''): string {
	const root = editionRoot(edition);
	return target.kind === 'story' ? `${root}/oembed/story.json` : `${root}/oembed/chapters/${target.id}.json`;
}

/** The link-preview picture of the story or a chapter (og:image, oEmbed's thumbnail), drawn at build time. */
export function socialImagePath(target: EmbedTarget, edition = ''): string {
	const root = editionRoot(edition);
	return target.kind === 'story' ? `${root}/og/story.png` : `${root}/og/chapters/${target.id}.png`;
}

/** Its size in px: what link previews crop to 1.91:1 without losing anything. */
export const SOCIAL_IMAGE = Object.freeze({ width: 1200, height: 630 });
