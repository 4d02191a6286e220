// How a static host should serve the built site: one place for the rules that `npm run serve`,
// the generated host files (write-host-files.js: Apache's .htaccess, Netlify / Cloudflare Pages'
// _headers) and the configs in docs/deploy.md all follow. Tests check each against these.
import svelteConfig from '../../svelte.config.js';

/** Content-Type by file extension, for every kind of file the build writes. */
export const CONTENT_TYPES = Object.freeze({
	html: 'text/html; charset=utf-8',
	js: 'text/javascript; charset=utf-8',
	css: 'text/css; charset=utf-8',
	json: 'application/json',
	geojson: 'application/geo+json',
	pbf: 'application/x-protobuf',
	svg: 'image/svg+xml',
	woff2: 'font/woff2',
	png: 'image/png',
	txt: 'text/plain; charset=utf-8'
});

/** Extensions the build writes a .br / .gz beside (scripts/precompress.js). */
export const PRECOMPRESSED = Object.freeze(['html', 'js', 'css', 'json', 'svg', 'txt', 'geojson', 'pbf']);

/** Headers every response carries. CORS: embeds in sandboxed frames (an opaque origin) fetch as another origin. */
export const COMMON_HEADERS = Object.freeze({
	'Access-Control-Allow-Origin': '*',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer'
});

export const CACHE = Object.freeze({
	/** Files whose name carries a hash of their content (`_app/immutable/`, `fonts/`). */
	immutable: 'public, max-age=31536000, immutable',
	/** Story data, basemap tiles and static maps: the page names them with `?v=<hash>`, or they change only with the basemap. */
	data: 'public, max-age=3600',
	/** Pages, JSON and embed.js: fixed URLs that name the hashed files, so revalidated every time. */
	revalidate: 'no-cache'
});

/** Folders of the build whose files are cached as `data` (by folder, which every host's config can match). */
export const DATA_FOLDERS = Object.freeze(['data', 'basemap', 'maps']);
/**
 * Folders of the build whose files are named by their content's hash: Vite's output, and the story's
 * fonts and their licences (src/lib/server/story-fonts.ts). Cached for a year, never revalidated.
 */
export const IMMUTABLE_FOLDERS = Object.freeze(['_app/immutable', 'fonts']);

/** @param {string} path URL path of a file (any sub-path before it) */
export function cacheControl(path) {
	if (IMMUTABLE_FOLDERS.some((folder) => path.includes(`/${folder}/`))) return CACHE.immutable;
	if (DATA_FOLDERS.some((folder) => path.includes(`/${folder}/`))) return CACHE.data;
	return CACHE.revalidate;
}

/**
 * Sources of the meta policy only embeds need, which the header takes back on every other page:
 * the worker MapLibre starts from a data: URL in a frame with an opaque origin (a sandboxed
 * embed); pages that are not embeds cannot be framed (frame-ancestors 'self'), so never need it.
 * @type {Readonly<Record<string, readonly string[]>>}
 */
export const EMBED_ONLY_SOURCES = Object.freeze({ 'worker-src': ['data:'] });

/** Pages meant to be framed by any site: /embed/ and /embed/<chapter>/ (any sub-path before them). */
export const EMBED_PAGES = /\/embed\//;

/**
 * The Content-Security-Policy to send as a header. The pages also carry SvelteKit's policy in a
 * <meta> tag, with a hash for each page's own inline script (svelte.config.js). Both policies apply
 * (a request must pass both), so the header carries every directive of the meta policy except the
 * two that would need those per-page hashes (script-src, and default-src which scripts fall back
 * to), plus what a <meta> cannot carry: frame-ancestors, open for embeds, closed elsewhere. The
 * header therefore never goes stale when the content (and with it the hashes) changes.
 * @param {{ embed: boolean }} options
 */
export function headerPolicy({ embed }) {
	const directives = /** @type {Record<string, string[]>} */ (svelteConfig.kit?.csp?.directives ?? {});
	const quote = (/** @type {string} */ value) =>
		/^(self|none|unsafe-inline|unsafe-eval|strict-dynamic)$/.test(value) ? `'${value}'` : value;
	const kept = Object.entries(directives)
		.filter(([name]) => name !== 'default-src' && name !== 'script-src')
		.map(([name, values]) => {
			const only = EMBED_ONLY_SOURCES[name] ?? [];
			return `${name} ${values
				.filter((value) => embed || !only.includes(value))
				.map(quote)
				.join(' ')}`;
		});
	return [...kept, `frame-ancestors ${embed ? '*' : "'self'"}`].join('; ');
}

/**
 * Every header a file should be served with (besides Content-Encoding and Vary for compressed bytes).
 * @param {string} path URL path of the file, e.g. `/graphics/story/embed/index.html`
 */
export function headersFor(path) {
	const extension = /\.([a-z0-9]+)$/.exec(path)?.[1] ?? '';
	/** @type {Record<string, string>} */
	const headers = { ...COMMON_HEADERS, 'Cache-Control': cacheControl(path) };
	const type = /** @type {Record<string, string>} */ (CONTENT_TYPES)[extension];
	if (type) headers['Content-Type'] = type;
	headers['Content-Security-Policy'] = headerPolicy({ embed: EMBED_PAGES.test(path) });
	return headers;
}
