/**
 * The repeat visit, checked from the server's log of the second load (what the browser's cache did
 * not answer by itself): no file whose name carries its content's hash may be downloaded again, and
 * only HTML and data that may change may be revalidated (docs/deploy.md's caching: hashed files for
 * a year, data for an hour, pages and JSON revalidated every time).
 */
import type { Served } from './server';

/** A URL whose content never changes: under _app/immutable/, a name with a hash, or a `?v=<hash>`. */
export function isHashed(url: string): boolean {
	const { pathname, searchParams } = new URL(url, 'http://h');
	return (
		pathname.includes('/_app/immutable/') ||
		searchParams.has('v') ||
		/\.[0-9a-f]{8,}\.[a-z0-9]+$/i.test(pathname)
	);
}

/** A page (a folder URL or .html), JSON, or a file of the data folders: may change between deploys. */
export function mayChange(url: string): boolean {
	const { pathname } = new URL(url, 'http://h');
	return (
		pathname.endsWith('/') ||
		pathname.endsWith('.html') ||
		pathname.endsWith('.json') ||
		/\/(data|basemap|maps)\//.test(pathname)
	);
}

export interface RevisitCheck {
	/** Hashed files sent again in full. */
	redownloaded: string[];
	/** Requests that should have been answered by the cache: hashed files revalidated, or anything else that never changes. */
	needless: string[];
}

export function checkRevisit(served: readonly Served[]): RevisitCheck {
	const redownloaded: string[] = [];
	const needless: string[] = [];
	for (const response of served) {
		const hashed = isHashed(response.url);
		if (hashed && response.status === 200) redownloaded.push(response.url);
		else if (hashed || !mayChange(response.url)) needless.push(`${response.url} (${response.status})`);
	}
	return { redownloaded, needless };
}
