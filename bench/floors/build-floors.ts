/**
 * Builds the benchmark's floor pages from the same build, in the same run (see docs/performance.md):
 * (1) text-only: a built page with every script, modulepreload and preload removed (its own CSS
 *     kept, MapLibre's removed): the same prerendered text, no map, no JS;
 * (2) bare MapLibre: bench/floors/maplibre bundled with Vite, the story's basemap style, tiles and
 *     label fonts and nothing else;
 * (3) minimal text: a heading and a paragraph, no script, no web font: what any page costs.
 * Output goes to bench/results/floors/, served by the bench under /__bench/, precompressed as the
 * site's build is (scripts/precompress.js), so both are served the same way.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { precompress } from '../../scripts/precompress.js';
import type { DataManifest } from '../../src/lib/geodata/manifest';

const here = dirname(fileURLToPath(import.meta.url));

/** URL prefix the bench serves the floors under. */
export const FLOORS_PREFIX = '/__bench';

/** A built page's HTML as the text-only floor. `pageUrlPath` is where the original is served ("/embed/x"). */
export function textOnlyFloor(html: string, pageUrlPath: string): string {
	const baseHref = pageUrlPath.replace(/[^/]*$/, '');
	const stripped = html
		.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
		.replace(/<link\b[^>]*\brel="(?:modulepreload|preload|prefetch)"[^>]*>/gi, '')
		.replace(/<link\b[^>]*\bhref="[^"]*maplibre-gl[^"]*\.css"[^>]*>/gi, '');
	if (/<script\b/i.test(stripped)) throw new Error('text-only floor: a script survived');
	// Relative URLs (./_app/…, ../_app/…) keep resolving as on the original page.
	return stripped.replace(/<head>/i, `<head>\n\t\t<base href="${baseHref}" />`);
}

export interface FloorPage {
	/** Short name, e.g. "story" or "embed". */
	name: string;
	/** Path of the page on the site, e.g. "/" or "/embed/advance-1988/". */
	path: string;
}

/** Where a page's file is in the build: every page is a folder with an index.html (/x/ → x/index.html). */
function builtFile(siteDir: string, path: string): string {
	return join(siteDir, path, 'index.html');
}

/**
 * The story's label font as its pages declare it (FontFaces.svelte): the family, and the @font-face
 * rules with their URLs made absolute, for the map floor to declare it the same way.
 */
export function labelFontOf(html: string): { family: string; css: string } {
	const family = /<meta name="story-label-font" content="([^"]*)"/.exec(html)?.[1] ?? 'sans-serif';
	const css = (/<style>(@font-face[\s\S]*?)<\/style>/.exec(html)?.[1] ?? '').replace(
		/url\("(?:\.{1,2}\/)+/g,
		'url("/'
	);
	return { family, css };
}

export function textFloorPath(name: string): string {
	return `${FLOORS_PREFIX}/text/${name}`;
}

export const MAP_FLOOR_PATH = `${FLOORS_PREFIX}/maplibre/`;
/** Where the map floor's bundle is served: MapLibre, its worker and a few lines of ours. */
export const MAP_FLOOR_ASSETS = `${MAP_FLOOR_PATH}_app/immutable/`;

/**
 * An empty page on the site's origin, loaded first in every new browser so that starting the
 * browser's processes for the site is not timed as part of the page under test.
 */
export const BLANK_PATH = `${FLOORS_PREFIX}/blank`;
const BLANK_PAGE =
	'<!doctype html><html lang="en"><title>blank</title><link rel="icon" href="data:,"></html>\n';

/** The minimal text floor: a heading and a paragraph, no script, no web font. */
export const MINIMAL_PATH = `${FLOORS_PREFIX}/minimal`;
const MINIMAL_PAGE = `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<title>Floor: a minimal text page</title>
		<link rel="icon" href="data:," />
	</head>
	<body>
		<h1>A minimal page</h1>
		<p>A heading and a paragraph of text, with no script, no stylesheet and no web font: what the
		browser needs to paint any text at all, measured in the same run as the story.</p>
	</body>
</html>
`;

export async function buildFloors(options: {
	siteDir: string;
	outDir: string;
	pages: readonly FloorPage[];
}): Promise<void> {
	const outDir = resolve(options.outDir);
	await rm(outDir, { recursive: true, force: true });
	await mkdir(join(outDir, 'text'), { recursive: true });
	await writeFile(join(outDir, 'blank.html'), BLANK_PAGE);
	await writeFile(join(outDir, 'minimal.html'), MINIMAL_PAGE);
	for (const page of options.pages) {
		const html = await readFile(builtFile(options.siteDir, page.path), 'utf8');
		await writeFile(join(outDir, 'text', `${page.name}.html`), textOnlyFloor(html, page.path));
	}

	const manifest = JSON.parse(
		await readFile(join(options.siteDir, 'data', 'manifest.json'), 'utf8')
	) as DataManifest;
	const font = labelFontOf(await readFile(builtFile(options.siteDir, '/'), 'utf8'));
	await build({
		configFile: false,
		root: join(here, 'maplibre'),
		base: `${MAP_FLOOR_PATH}`,
		logLevel: 'warn',
		define: {
			BASEMAP_MANIFEST: JSON.stringify(manifest.basemap),
			LABEL_FONT_FAMILY: JSON.stringify(font.family)
		},
		plugins: [
			{
				name: 'story-label-font',
				transformIndexHtml: (html) => html.replace('</head>', `<style>${font.css}</style></head>`)
			}
		],
		build: {
			outDir: join(outDir, 'maplibre'),
			// Hashed names under _app/immutable/, like the site's: the same caching rules apply.
			assetsDir: '_app/immutable',
			emptyOutDir: true,
			chunkSizeWarningLimit: 2000,
			reportCompressedSize: false
		}
	});
	await precompress(outDir);
}
