// Serves a built site (default: build/) like a static host would, with gzip compression.
// Usage: node scripts/serve.js [dir] [--port 4173] [--host 127.0.0.1] [--plain]
// --plain: any folder, without the story's headers (docs/deploy.md), e.g. a test's host page.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { staticSite } from './static-site.js';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		port: { type: 'string', default: process.env.PORT ?? '4173' },
		host: { type: 'string', default: '127.0.0.1' },
		plain: { type: 'boolean', default: false }
	}
});
const dir = positionals[0] ?? 'build';

createServer(staticSite(dir, {}, { rules: !values.plain })).listen(Number(values.port), values.host, () => {
	console.log(
		`Serving ${dir} at http://${values.host === '0.0.0.0' ? 'localhost' : values.host}:${values.port}/`
	);
});
