/**
 * Every path of the site that a page links to, embeds or advertises, in one place. Pure.
 *
 * Each path starts at the site root (append it to a root URL without its trailing slash; a site may
 * live under any sub-path) and names exactly what the build writes, so that a host that only serves
 * files and a folder's index.html answers it without a rule or a redirect: pages end with a slash
 * (their file is `<path>index.html`, see `trailingSlash` in src/routes/+layout.ts), other files
 * keep their extension.
 */

/** What an embed shows: the whole story, or one chapter. */
export type EmbedTarget = { kind: 'story' } | { kind: 'chapter'; id: string };

/** The story page. */
export function storyPath(): string {
	return '/';
}

/** The shareable link to a chapter: link previews read its tags; readers are sent on to `/#<id>`. */
export function chapterLinkPath(chapterId: string): string {
	return `/chapter/${chapterId}/`;
}

/** An embed page (flags go in its query string). */
export function embedPath(target: EmbedTarget): string {
	return target.kind === 'story' ? '/embed/' : `/embed/${target.id}/`;
}

/** One chapter's embed, for hosts that only let editors add a query string. */
export function embedQueryPath(chapterId: string): string {
	return `${embedPath({ kind: 'story' })}?chapter=${encodeURIComponent(chapterId)}`;
}

/** The host page's script that keeps embeds at their content height. */
export function parentScriptPath(): string {
	return '/embed.js';
}

/** An embed's oEmbed JSON, prerendered (a static host cannot answer `?url=` queries). */
export function oembedPath(target: EmbedTarget): string {
	return target.kind === 'story' ? '/oembed/story.json' : `/oembed/chapters/${target.id}.json`;
}
