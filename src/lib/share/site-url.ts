/**
 * The absolute URL the site is deployed at, which prerendered files need where relative URLs do
 * not work (oEmbed JSON, Open Graph tags, canonical links). A build for a deployment must be told it
 * (PUBLIC_SITE_URL): a wrong one would be silently baked into every page. Local runs name the local
 * preview address explicitly (`npm run build:local`). Pages compute their own URL in the browser.
 */

/** Where `npm run serve` serves a local build: what `npm run build:local` builds for. */
export const LOCAL_SITE_URL = 'http://localhost:4173';

/** The one sentence a build without PUBLIC_SITE_URL fails with. */
export const MISSING_SITE_URL =
	'PUBLIC_SITE_URL is not set: build with the address the site will be served at, e.g. ' +
	'`PUBLIC_SITE_URL=https://example.org/story npm run build`, or use `npm run build:local` to preview it at ' +
	`${LOCAL_SITE_URL}.`;

/** Validates PUBLIC_SITE_URL: an http(s) URL without query or fragment; returned without a trailing slash. */
export function resolveSiteUrl(value: string | undefined): string {
	const raw = value?.trim();
	if (!raw) throw new Error(MISSING_SITE_URL);
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
