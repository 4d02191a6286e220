// Serves a built site (default: build/) like a static host would, with gzip compression.
// Usage: node scripts/serve.js [dir] [--port 4173] [--host 127.0.0.1]
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import compression from 'compression';
import sirv from 'sirv';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		port: { type: 'string', default: process.env.PORT ?? '4173' },
		host: { type: 'string', default: '127.0.0.1' }
	}
});
const dir = positionals[0] ?? 'build';

// Vector tiles and GeoJSON compress well but are not on compression's default list.
const compress = compression({
	filter: (req, res) => /\.(pbf|geojson)(\?|$)/.test(req.url ?? '') || compression.filter(req, res)
});
const serve = sirv(dir, {
	etag: true,
	extensions: ['html'],
	setHeaders(res, path) {
		if (path.startsWith('/_app/immutable/'))
			res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
		if (path.endsWith('.pbf')) res.setHeader('Content-Type', 'application/x-protobuf');
	}
});

createServer((req, res) =>
	compress(req, res, () =>
		serve(req, res, () => {
			res.statusCode = 404;
			res.setHeader('Content-Type', 'text/plain; charset=utf-8');
			res.end('Not found');
		})
	)
).listen(Number(values.port), values.host, () => {
	console.log(
		`Serving ${dir} at http://${values.host === '0.0.0.0' ? 'localhost' : values.host}:${values.port}/`
	);
});
