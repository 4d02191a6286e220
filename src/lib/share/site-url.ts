/**
 * The absolute URL the site is deployed at, which prerendered files need where relative URLs do
 * not work (oEmbed JSON, Open Graph tags). Set PUBLIC_SITE_URL when building for a deployment;
 * unset, it is the local preview address. Pages compute their own URL in the browser instead.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4173';

/** Validates PUBLIC_SITE_URL: an http(s) URL without query or fragment; returned without a trailing slash. */
export function resolveSiteUrl(value: string | undefined): string {
	const raw = value?.trim() || DEFAULT_SITE_URL;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(`PUBLIC_SITE_URL must be an absolute URL like https://example.org/story, not "${raw}"`);
	}
	if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password) {
		throw new Error(
			`PUBLIC_SITE_URL must be an http(s) URL without query, fragment or credentials: "${raw}"`
		);
	}
	return url.href.replace(/\/+$/, '');
}

/** The site root as the browser sees it (where the page was really served from), without a trailing slash. */
export function siteUrlFromPage(base: string, pageHref: string): string {
	return new URL(`${base}/`, pageHref).href.replace(/\/$/, '');
}
