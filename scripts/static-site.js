// The request handler of `npm run serve`: a built site served as docs/deploy.md tells a static host
// to serve it (scripts/hosting/rules.js: types, caching, the CSP header, CORS), with the .br / .gz
// files the build writes beside each file (scripts/precompress.js), or compressed on the fly for
// anything without them. Like a static host, it answers a folder without its trailing slash with a
// redirect to it, and serves the folder's index.html. It looks each file up when it is requested,
// so a rebuild while it runs is served at once (never a stale size or a missing file).
// Shared with the benchmark (bench/lib/server.ts), which serves its floor pages beside the site.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { headersFor } from './hosting/rules.js';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */

// Vector tiles and GeoJSON compress well but are not on compression's default list.
/** @type {(req: Request, res: Response, next: () => void) => void} */
const compress = /** @type {any} */ (
	compression({
		filter: (req, res) => /\.(pbf|geojson)(\?|$)/.test(req.url ?? '') || compression.filter(req, res)
	})
);

/**
 * Static files from `dir`, looked up per request (sirv's dev mode: no file list cached at start).
 * @param {string} dir
 * @param {{ rules?: boolean }} [options] rules: send docs/deploy.md's headers
 */
function files(dir, { rules = false } = {}) {
	const root = resolve(dir);
	const serve = sirv(root, {
		dev: true,
		etag: true,
		brotli: true,
		gzip: true,
		extensions: ['html'],
		setHeaders: rules
			? (res, path) => {
					const file = path.endsWith('/') ? `${path}index.html` : path;
					for (const [name, value] of Object.entries(headersFor(file))) res.setHeader(name, value);
				}
			: undefined
	});
	/** @type {(req: Request, res: Response, next: () => void) => void} */
	return (req, res, next) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (!url.pathname.endsWith('/') && isFolder(root, url.pathname)) {
			res.statusCode = 301;
			res.setHeader('Location', `${url.pathname}/${url.search}`);
			res.end();
			return;
		}
		serve(req, res, next);
	};
}

/**
 * @param {string} root
 * @param {string} pathname
 */
function isFolder(root, pathname) {
	try {
		const path = join(root, decodeURIComponent(pathname));
		return path.startsWith(root) && statSync(path).isDirectory();
	} catch {
		return false;
	}
}

/**
 * @param {string} dir the built site
 * @param {Record<string, string>} [mounts] extra folders by URL prefix (e.g. `{ '/__bench': 'bench/results/floors' }`)
 * @param {{ rules?: boolean, mountRules?: boolean }} [options] rules (default true): send the site's
 *   headers (scripts/hosting/rules.js); mountRules (default false): send them for the mounted folders too
 * @returns {import('node:http').RequestListener}
 */
export function staticSite(dir, mounts = {}, { rules = true, mountRules = false } = {}) {
	const site = files(dir, { rules });
	const mounted = Object.entries(mounts).map(([prefix, folder]) => ({
		prefix,
		files: files(folder, { rules: mountRules })
	}));
	const notFound = (/** @type {Response} */ res) => {
		res.statusCode = 404;
		res.setHeader('Content-Type', 'text/plain; charset=utf-8');
		res.end('Not found');
	};
	return (req, res) =>
		compress(req, res, () => {
			const mount = mounted.find(({ prefix }) => req.url?.startsWith(`${prefix}/`));
			if (!mount) return site(req, res, () => notFound(res));
			req.url = req.url?.slice(mount.prefix.length);
			mount.files(req, res, () => notFound(res));
		});
}
