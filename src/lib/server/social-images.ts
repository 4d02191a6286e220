/**
 * Build time only: the link-preview pictures (og:image, oEmbed's thumbnail), one PNG of 1200 × 630
 * per edition for the story and for each chapter: the chapter's static map (drawn as the /maps/
 * SVGs are, framed for this box) under a band with the chapter's title, rasterised by resvg with
 * the story's own fonts (its woff2 files, unpacked to TrueType, which resvg reads). Rendered once
 * per build, in parallel (resvg works off the main thread), and kept by a hash of the card's SVG and
 * fonts in node_modules/.cache, so a rebuild with the same content rasterises nothing.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import decompressWoff2 from 'wawoff2/decompress.js';
import type { Chapter } from '../content/schema';
import { interpolate } from '../i18n/strings';
import { chapterView } from '../map/view';
import { SOCIAL_IMAGE, type EmbedTarget } from '../site-paths';
import { renderStaticMap } from '../static-map/render';
import { escapeXml } from '../static-map/svg';
import type { EditionSite } from './load-site';
import { drawingSources } from './static-maps';

const { width: WIDTH, height: HEIGHT } = SOCIAL_IMAGE;
const BAND = 178;
const MARGIN = 56;
const COLOURS = { ink: '#1d1d1b', accent: '#a63d2a', paper: '#ffffff', rule: '#d9d4c7' };

export interface SocialImage {
	prefix: string;
	target: EmbedTarget;
	png: Uint8Array;
}

/** Lines of at most `max` px at `size` px, estimated (resvg cannot wrap): at most `lines` of them. */
export function wrapTitle(text: string, size: number, max: number, lines = 2): string[] | undefined {
	const width = (word: string) => [...word].length * size * 0.56;
	const result: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		const next = line ? `${line} ${word}` : word;
		if (width(next) <= max || !line) line = next;
		else {
			result.push(line);
			line = word;
		}
	}
	if (line) result.push(line);
	return result.length <= lines && result.every((l) => width(l) <= max) ? result : undefined;
}

/** The card: the map above, the kicker and the title in a band below, in the edition's direction. */
export function socialCardSvg(input: {
	mapSvg: string;
	kicker: string;
	title: string;
	dir: 'ltr' | 'rtl';
	fontFamily: string | undefined;
}): string {
	const family = `${input.fontFamily ? `'${input.fontFamily.replace(/'/g, '')}', ` : ''}'DejaVu Sans', sans-serif`;
	const max = WIDTH - 2 * MARGIN;
	// One line at full size; a title that needs two is set smaller, so both fit under the kicker.
	let size = 54;
	let lines = wrapTitle(input.title, size, max, 1);
	if (!lines) lines = wrapTitle(input.title, (size = 46), max);
	while (!lines && size > 34) lines = wrapTitle(input.title, (size -= 4), max);
	lines ??= [input.title.length > 70 ? `${input.title.slice(0, 68)}…` : input.title];
	const rtl = input.dir === 'rtl';
	const x = rtl ? WIDTH - MARGIN : MARGIN;
	const anchor = rtl ? 'end' : 'start';
	const top = HEIGHT - BAND;
	const text = (y: number, attrs: string, content: string) =>
		`<text x="${x}" y="${y}" text-anchor="${anchor}" direction="${input.dir}" ${attrs}>${escapeXml(content)}</text>`;
	// The first line's capitals start below the kicker's baseline (top + 44).
	const firstBaseline = top + 56 + 0.78 * size;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
		`<style>text{font-family:${family}}</style>`,
		input.mapSvg
			.replace(/^<svg\b/, `<svg x="0" y="0" width="${WIDTH}" height="${top}"`)
			.replace(/ width="\d+" height="\d+"(?= viewBox)/, ''),
		`<rect x="0" y="${top}" width="${WIDTH}" height="${BAND}" fill="${COLOURS.paper}"/>`,
		`<rect x="0" y="${top}" width="${WIDTH}" height="6" fill="${COLOURS.accent}"/>`,
		text(top + 44, `font-size="24" font-weight="700" fill="${COLOURS.accent}"`, input.kicker),
		...lines.map((line, i) =>
			text(
				Math.round(firstBaseline + i * size * 1.12),
				`font-size="${size}" font-weight="700" fill="${COLOURS.ink}"`,
				line
			)
		),
		'</svg>'
	].join('');
}

/** The story's woff2 fonts as TrueType files resvg can read, unpacked once into the cache. */
async function fontFiles(
	site: { fonts: ReadonlyMap<string, { name: string; bytes: Uint8Array }> },
	cache: string
) {
	const files: string[] = [];
	for (const asset of site.fonts.values()) {
		if (!asset.name.endsWith('.woff2')) continue;
		const path = join(cache, asset.name.replace(/\.woff2$/, '.ttf'));
		const cached = await readFile(path).catch(() => undefined);
		if (!cached) {
			const ttf = await decompressWoff2(asset.bytes);
			await writeFile(`${path}.tmp`, ttf);
			await rename(`${path}.tmp`, path);
		}
		files.push(path);
	}
	return files;
}

function cardFor(
	edition: EditionSite,
	chapter: Chapter,
	sources: Awaited<ReturnType<typeof drawingSources>>,
	title: string,
	kicker: string
): string {
	const { info } = edition;
	const mapSvg = renderStaticMap({
		size: { width: WIDTH, height: HEIGHT - BAND },
		view: chapterView(chapter, edition.layers),
		title: interpolate(info.strings['map.embedLabel'], { chapter: chapter.title }),
		description: chapter.description,
		basemap: sources.basemap,
		layers: edition.layers.map((layer) => ({
			id: layer.id,
			color: layer.color,
			features: sources.layerFeatures.get(layer.id) ?? []
		})),
		placeLabels: info.placeLabels,
		attribution: info.strings['map.basemapCredit'],
		fontFamily: info.fonts.labels?.family,
		labelLanguage: info.locale.lang
	});
	return socialCardSvg({
		mapSvg,
		kicker,
		title,
		dir: info.locale.dir,
		fontFamily: info.fonts.text?.family ?? info.fonts.labels?.family
	});
}

async function renderAll(root: string): Promise<Map<string, SocialImage>> {
	const started = performance.now();
	const sources = await drawingSources(root);
	const { site } = sources;
	const cache = resolve(root, 'node_modules/.cache/story-social-images');
	await mkdir(cache, { recursive: true });
	const fonts = await fontFiles(site, cache);
	const fontKey = createHash('sha256').update(fonts.join('\n')).digest('hex');
	const options = {
		font: { fontFiles: fonts, loadSystemFonts: fonts.length === 0 },
		logLevel: 'error' as const
	};

	const cards = site.editions.flatMap((edition) => {
		const { story, info } = edition;
		const first = story.chapters[0]!;
		return [
			{
				prefix: info.prefix,
				target: { kind: 'story' } as EmbedTarget,
				svg: cardFor(edition, first, sources, story.meta.title, info.strings['page.kicker'])
			},
			...story.chapters.map((chapter) => ({
				prefix: info.prefix,
				target: { kind: 'chapter', id: chapter.id } as EmbedTarget,
				svg: cardFor(edition, chapter, sources, chapter.title, story.meta.title)
			}))
		];
	});
	let drawn = 0;
	const images = await Promise.all(
		cards.map(async ({ prefix, target, svg }) => {
			const hash = createHash('sha256').update(fontKey).update(svg).digest('hex').slice(0, 32);
			const file = join(cache, `${hash}.png`);
			const cached: Uint8Array | undefined = await readFile(file).catch(() => undefined);
			if (cached) return { prefix, target, png: cached } satisfies SocialImage;
			const png: Uint8Array = (await renderAsync(svg, options)).asPng();
			drawn += 1;
			await writeFile(`${file}.tmp`, png);
			await rename(`${file}.tmp`, file);
			return { prefix, target, png } satisfies SocialImage;
		})
	);
	const ms = Math.round(performance.now() - started);
	console.log(
		`social images: ${images.length} (${drawn} drawn, ${images.length - drawn} cached) in ${ms} ms`
	);
	return new Map(images.map((image) => [socialImageKey(image.prefix, image.target), image]));
}

export function socialImageKey(prefix: string, target: EmbedTarget): string {
	return `${prefix}/${target.kind === 'story' ? 'story' : `chapters/${target.id}`}`;
}

let rendered: Promise<Map<string, SocialImage>> | undefined;

/** Every edition's story and chapter pictures, rendered once per build. */
export function renderSocialImages(root = process.cwd()): Promise<Map<string, SocialImage>> {
	rendered ??= renderAll(root);
	return rendered;
}
