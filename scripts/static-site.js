// The request handler of `npm run serve`: a built site served like a static host would, compressed:
// the .br / .gz files the build writes beside each file (scripts/precompress.js), or on the fly for
// anything without them. Shared with the benchmark (bench/lib/server.ts), which serves its
// floor pages beside the site.
import compression from 'compression';
import sirv from 'sirv';

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
 * @param {string} dir the built site
 * @param {Record<string, string>} [mounts] extra folders by URL prefix (e.g. `{ '/__bench': 'bench/results/floors' }`)
 * @returns {import('node:http').RequestListener}
 */
export function staticSite(dir, mounts = {}) {
	const files = sirv(dir, {
		etag: true,
		brotli: true,
		gzip: true,
		extensions: ['html'],
		setHeaders(res, path) {
			if (path.startsWith('/_app/immutable/'))
				res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
			if (path.endsWith('.pbf')) res.setHeader('Content-Type', 'application/x-protobuf');
		}
	});
	const mounted = Object.entries(mounts).map(([prefix, folder]) => ({
		prefix,
		files: sirv(folder, { etag: true, brotli: true, gzip: true, extensions: ['html'] })
	}));
	const notFound = (/** @type {import('node:http').ServerResponse} */ res) => {
		res.statusCode = 404;
		res.setHeader('Content-Type', 'text/plain; charset=utf-8');
		res.end('Not found');
	};
	return (req, res) =>
		compress(req, res, () => {
			const mount = mounted.find(({ prefix }) => req.url?.startsWith(`${prefix}/`));
			if (!mount) return files(req, res, () => notFound(res));
			req.url = req.url?.slice(mount.prefix.length);
			mount.files(req, res, () => notFound(res));
		});
}
