/**
 * Where each page of the site is, relative to the site root, in one place: every link the pages
 * write and every URL the Share dialog, oEmbed and link previews advertise comes from here. An
 * edition in another language lives under its prefix (/fa/…). Pure.
 */
export type SitePage =
	| { kind: 'story' }
	| { kind: 'chapter-link'; chapter: string }
	| { kind: 'embed' }
	| { kind: 'chapter-embed'; chapter: string };

/**
 * Site-relative path of a page ('' for the story in its own language), without a leading slash.
 * Pages are folders (`embed/tehran/` is `embed/tehran/index.html`), so that any static host
 * serves them as they are, without rewriting rules.
 */
export function pagePath(page: SitePage, editionPrefix = ''): string {
	const edition = editionPrefix ? `${editionPrefix}/` : '';
	switch (page.kind) {
		case 'story':
			return edition;
		case 'chapter-link':
			return `${edition}chapter/${page.chapter}/`;
		case 'embed':
			return `${edition}embed/`;
		case 'chapter-embed':
			return `${edition}embed/${page.chapter}/`;
	}
}

/** A page's URL under `root` (the site root as a page's links see it: `base`, or an absolute URL). */
export function pageUrl(root: string, page: SitePage, editionPrefix = ''): string {
	return `${root}/${pagePath(page, editionPrefix)}`;
}
