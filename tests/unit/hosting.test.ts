/**
 * The host rules (scripts/hosting/rules.js) and everything made from them: the files the build
 * ships (.htaccess, _headers), npm run serve, and the nginx and Caddy configs of docs/deploy.md,
 * which must say the same as the rules, and be quoted in the guide exactly as tested.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CACHE, CONTENT_TYPES, headerPolicy, headersFor } from '../../scripts/hosting/rules.js';
import { headersFile, htaccess } from '../../scripts/hosting/write-host-files.js';
import svelteConfig from '../../svelte.config.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the header policy', () => {
	it('keeps every directive of the <meta> policy but the hash-dependent ones, and adds frame-ancestors', () => {
		const meta = Object.keys(svelteConfig.kit!.csp!.directives!);
		const header = headerPolicy({ embed: false })
			.split('; ')
			.map((d) => d.split(' ')[0]);
		expect(header).toEqual([
			...meta.filter((d) => d !== 'default-src' && d !== 'script-src'),
			'frame-ancestors'
		]);
		expect(headerPolicy({ embed: false })).toMatch(/; frame-ancestors 'self'$/);
		expect(headerPolicy({ embed: true })).toMatch(/; frame-ancestors \*$/);
		expect(headerPolicy({ embed: false })).toContain(
			"object-src 'none'; base-uri 'self'; form-action 'none'"
		);
	});

	it('opens framing only for the embed pages, at any sub-path', () => {
		const frameAncestors = (path: string) =>
			/frame-ancestors (\S+)$/.exec(headersFor(path)['Content-Security-Policy']!)![1];
		expect(frameAncestors('/embed/index.html')).toBe('*');
		expect(frameAncestors('/news/story/embed/tehran/index.html')).toBe('*');
		expect(frameAncestors('/index.html')).toBe("'self'");
		expect(frameAncestors('/chapter/tehran/index.html')).toBe("'self'");
		expect(frameAncestors('/embed.js')).toBe("'self'");
	});
});

describe('caching and types', () => {
	it('caches hashed files for a year, data for an hour, and revalidates pages and JSON', () => {
		expect(headersFor('/x/_app/immutable/chunks/a.js')['Cache-Control']).toBe(CACHE.immutable);
		expect(headersFor('/x/fonts/vazirmatn-latin-400.a650d62e37.woff2')['Cache-Control']).toBe(
			CACHE.immutable
		);
		expect(headersFor('/data/paris.geojson')['Cache-Control']).toBe(CACHE.data);
		expect(headersFor('/basemap/world/0/0/0.pbf')['Cache-Control']).toBe(CACHE.data);
		expect(headersFor('/maps/wide/paris.svg')['Cache-Control']).toBe(CACHE.data);
		expect(headersFor('/index.html')['Cache-Control']).toBe(CACHE.revalidate);
		expect(headersFor('/oembed/story.json')['Cache-Control']).toBe(CACHE.revalidate);
		expect(headersFor('/embed.js')['Cache-Control']).toBe(CACHE.revalidate);
	});

	it('gives every kind of file its type, CORS, nosniff and no referrer', () => {
		expect(headersFor('/basemap/world/0/0/0.pbf')).toMatchObject({
			'Content-Type': 'application/x-protobuf',
			'Access-Control-Allow-Origin': '*',
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'no-referrer'
		});
		expect(headersFor('/data/a.geojson')['Content-Type']).toBe('application/geo+json');
		expect(headersFor('/_app/immutable/assets/maplibre-gl.x.js')['Content-Type']).toMatch(
			/^text\/javascript/
		);
	});
});

describe('the host files the build ships', () => {
	it('.htaccess sets every type, both policies and every cache class', () => {
		const file = htaccess();
		for (const [extension, type] of Object.entries(CONTENT_TYPES)) {
			expect(file).toContain(`AddType ${type.split(';')[0]} .${extension}`);
		}
		expect(file).toContain(`"${headerPolicy({ embed: false })}"`);
		expect(file).toContain(`"${headerPolicy({ embed: true })}"`);
		for (const value of Object.values(CACHE)) expect(file).toContain(`"${value}"`);
		expect(file, 'works under any sub-path').not.toMatch(/^\s*RewriteBase/m);
	});

	it('_headers never has two rules setting one header for the same path (Netlify and Cloudflare would join them)', () => {
		const file = headersFile([
			'index.html',
			'embed/',
			'embed.js',
			'chapter/',
			'_app/',
			'data/',
			'basemap/',
			'maps/',
			'fonts/',
			'oembed/'
		]);
		const rules = file
			.split('\n\n')
			.slice(1)
			.map((block) => {
				const [path, ...headers] = block.trim().split('\n');
				return { path: path!, headers: headers.map((line) => line.trim().split(':')[0]!) };
			});
		const matches = (pattern: string, path: string) =>
			pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
		for (const path of [
			'/',
			'/embed/',
			'/embed/tehran/',
			'/_app/immutable/a.js',
			'/fonts/a.0123456789.woff2',
			'/data/a.geojson',
			'/embed.js',
			'/chapter/x/'
		]) {
			const headers = rules.filter((rule) => matches(rule.path, path)).flatMap((rule) => rule.headers);
			expect(new Set(headers).size, `${path}: ${headers.join(', ')}`).toBe(headers.length);
			expect(headers).toEqual(
				expect.arrayContaining(['Cache-Control', 'Content-Security-Policy', 'Access-Control-Allow-Origin'])
			);
		}
		expect(file).toContain(
			`/embed/*\n  Cache-Control: no-cache\n  Content-Security-Policy: ${headerPolicy({ embed: true })}`
		);
	});
});

describe('docs/deploy.md', () => {
	const guide = read('docs/deploy.md');

	for (const file of ['deploy/nginx/http.conf', 'deploy/nginx/server.conf', 'deploy/caddy/story-map.caddy']) {
		it(`quotes ${file} exactly as the hosts suite tests it, and it says what the rules say`, () => {
			const config = read(file);
			expect(guide).toContain(config.trim());
			expect(config).not.toMatch(/^\s*$/);
			if (!file.endsWith('server.conf')) {
				expect(config).toContain(headerPolicy({ embed: false }));
				expect(config).toContain(headerPolicy({ embed: true }));
				for (const value of Object.values(CACHE)) expect(config).toContain(value);
			}
		});
	}
});
