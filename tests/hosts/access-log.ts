/**
 * What the servers say they answered: their access logs (one tab-separated line per request, see
 * servers.ts), and what each answer should have been.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONTENT_TYPES } from '../../scripts/hosting/rules.js';

export interface LoggedRequest {
	status: number;
	method: string;
	/** The path as requested, without the query. */
	path: string;
	contentType: string;
	contentEncoding: string;
}

/** Apache's own "OPTIONS * HTTP/1.0" pings to its workers: not requests for the site. */
const isServerPing = (line: string) => line.includes('\tOPTIONS * HTTP/');

export async function readAccessLog(file: string): Promise<LoggedRequest[]> {
	if (!existsSync(file)) return [];
	return (await readFile(file, 'utf8'))
		.split('\n')
		.filter(Boolean)
		.filter((line) => !isServerPing(line))
		.map((line) => {
			if (line.startsWith('{')) return fromJson(line);
			const [status, request, contentType, contentEncoding] = line.split('\t');
			const [method, target] = (request ?? '').split(' ');
			const clean = (value: string | undefined) => (!value || value === '-' ? '' : value);
			return {
				status: Number(status),
				method: method ?? '',
				path: (target ?? '').split('?')[0]!,
				contentType: clean(contentType),
				contentEncoding: clean(contentEncoding)
			};
		});
}

/** A line of Caddy's JSON access log. */
function fromJson(line: string): LoggedRequest {
	const entry = JSON.parse(line) as {
		status: number;
		request: { method: string; uri: string };
		resp_headers?: Record<string, string[]>;
	};
	const header = (name: string) => entry.resp_headers?.[name]?.join(', ') ?? '';
	return {
		status: entry.status,
		method: entry.request.method,
		path: entry.request.uri.split('?')[0]!,
		contentType: header('Content-Type'),
		contentEncoding: header('Content-Encoding')
	};
}

/** The built file a request path names, for a site mounted at `mountPath`. */
export function fileFor(siteDir: string, mountPath: string, path: string): string | undefined {
	if (!path.startsWith(mountPath)) return undefined;
	const relative = decodeURIComponent(path.slice(mountPath.length));
	const file = join(siteDir, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const extensionOf = (path: string) =>
	path.endsWith('/') ? 'html' : (/\.([a-z0-9]+)$/.exec(path)?.[1] ?? '');
const essence = (type: string) => type.split(';')[0]!.trim().toLowerCase();

/** Types a browser checks before it uses the file (a module script, a stylesheet, an SVG image, a page). */
export const BROWSER_CHECKED: Record<string, string[]> = {
	html: ['text/html'],
	js: ['text/javascript', 'application/javascript'],
	mjs: ['text/javascript', 'application/javascript'],
	css: ['text/css'],
	svg: ['image/svg+xml'],
	woff2: ['font/woff2'],
	// The link-preview pictures (og/*.png): shown by link previews and downloaded from the Share dialog.
	png: ['image/png'],
	// A font's licence, opened by a reader: any other type is downloaded instead of shown.
	txt: ['text/plain']
};

/**
 * Why this answer's Content-Type is wrong, or undefined if it is right. A configured host must send
 * exactly the type of scripts/hosting/rules.js (JavaScript may be either of its two names); a stock
 * one must send what browsers check, and may send anything for data the page reads with fetch().
 */
export function typeProblem(request: LoggedRequest, configured: boolean): string | undefined {
	if (request.status === 304 || request.status >= 300) return undefined;
	const extension = extensionOf(request.path);
	const sent = essence(request.contentType);
	const expected = (CONTENT_TYPES as Record<string, string>)[extension];
	const acceptable = BROWSER_CHECKED[extension] ?? (configured && expected ? [essence(expected)] : undefined);
	if (configured && expected && !acceptable?.includes(essence(expected))) acceptable?.push(essence(expected));
	if (!acceptable) return configured ? `${request.path}: no type is known for .${extension}` : undefined;
	return acceptable.includes(sent)
		? undefined
		: `${request.path}: ${sent || 'no Content-Type'}, not ${acceptable.join(' or ')}`;
}
