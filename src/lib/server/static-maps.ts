/**
 * Build time only: every chapter's static maps (one SVG per frame in STATIC_MAP_FRAMES), drawn
 * from the same data as the live map: the Natural Earth sources of the basemap and the story
 * layers `npm run geo` wrote to static/data. Rendered once per build and shared by the page
 * (which links them with a content hash) and the prerendered /maps/ endpoint.
 */
import { createHash } from 'node:crypto';
import { dev } from '$app/environment';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { coastlineFromPolygons } from '../../../geo/pipeline/basemap/coastline';
import type { Story } from '../content/schema';
import type { ManifestLayer } from '../geodata/manifest';
import { chapterView } from '../map/view';
import { toBaseFeatures, type NaturalEarth } from '../static-map/basemap';
import {
	FIGURE_FRAMES,
	POSTER_FRAMES,
	STATIC_MAP_FRAMES,
	staticMapPath,
	type StaticMapFrame,
	type StaticMapFrameId,
	type StaticMapImage,
	type StaticMaps
} from '../static-map/frames';
import { renderStaticMap } from '../static-map/render';
import type { EditionInfo } from '../i18n/edition';
import { interpolate } from '../i18n/strings';
import type { StoryLayerData } from '../static-map/story-layers';
import { loadSite } from './load-site';

export interface RenderedStaticMap {
	chapterId: string;
	frame: StaticMapImage['frame'];
	image: StaticMapImage;
	svg: string;
}

async function readCollection(path: string): Promise<FeatureCollection> {
	try {
		return JSON.parse(await readFile(path, 'utf8')) as FeatureCollection;
	} catch (error) {
		throw new Error(`static maps: cannot read ${path}: ${(error as Error).message}`, { cause: error });
	}
}

/** The Natural Earth sources of the basemap (geo/sources/natural-earth), ready to draw. */
export async function readNaturalEarth(dir: string, region: NaturalEarth['region']): Promise<NaturalEarth> {
	const read = async (name: string) => (await readCollection(join(dir, `${name}.geojson`))).features;
	const ocean = await read('ne_10m_ocean');
	return {
		region,
		worldCountries: toBaseFeatures(await read('ne_50m_admin_0_countries_world')),
		countries: toBaseFeatures(await read('ne_10m_admin_0_countries')),
		ocean: toBaseFeatures(ocean),
		coastline: toBaseFeatures(coastlineFromPolygons(ocean as Feature[])),
		lakes: toBaseFeatures(await read('ne_10m_lakes')),
		rivers: toBaseFeatures(await read('ne_10m_rivers_lake_centerlines')),
		boundaries: toBaseFeatures(await read('ne_10m_admin_0_boundary_lines_land')),
		disputed: toBaseFeatures(await read('ne_10m_admin_0_boundary_lines_disputed_areas')),
		places: toBaseFeatures(await read('ne_10m_populated_places'))
	};
}

/** How a page links a static map: its URL carries a content hash (`dev` in the authors' preview). */
function imageOf(frame: StaticMapFrame, chapterId: string, prefix: string, hash: string): StaticMapImage {
	return {
		frame: frame.id,
		src: `${staticMapPath(frame.id, chapterId, prefix)}?v=${hash}`,
		width: frame.width,
		height: frame.height,
		...(frame.media ? { media: frame.media } : {})
	};
}

/**
 * Every chapter's static maps in one edition, in story order and STATIC_MAP_FRAMES order (or only
 * those `only` accepts).
 */
export function renderChapterMaps(input: {
	story: Pick<Story, 'chapters'>;
	layers: readonly ManifestLayer[];
	/** Layer id → the features `npm run geo` serves for it. */
	layerFeatures: ReadonlyMap<string, readonly Feature[]>;
	basemap: NaturalEarth;
	edition: Pick<EditionInfo, 'prefix' | 'placeLabels' | 'strings' | 'fonts' | 'locale'>;
	only?: (chapterId: string, frame: StaticMapFrameId) => boolean;
}): RenderedStaticMap[] {
	const { edition } = input;
	const layers: StoryLayerData[] = input.layers.map((layer) => ({
		id: layer.id,
		color: layer.color,
		features: input.layerFeatures.get(layer.id) ?? []
	}));
	return input.story.chapters.flatMap((chapter) => {
		const view = chapterView(chapter, input.layers);
		const frames = STATIC_MAP_FRAMES.filter((frame) => input.only?.(chapter.id, frame.id) ?? true);
		return frames.map((frame) => {
			const svg = renderStaticMap({
				size: frame,
				view,
				title: interpolate(edition.strings['map.embedLabel'], { chapter: chapter.title }),
				description: chapter.description,
				basemap: input.basemap,
				layers,
				placeLabels: edition.placeLabels,
				attribution: edition.strings['map.basemapCredit'],
				fontFamily: edition.fonts.labels?.family,
				labelLanguage: edition.locale.lang
			});
			const hash = createHash('sha256').update(svg).digest('hex').slice(0, 10);
			const image = imageOf(frame, chapter.id, edition.prefix, hash);
			return { chapterId: chapter.id, frame: frame.id, image, svg };
		});
	});
}

let cached: Promise<Map<string, RenderedStaticMap>> | undefined;
let naturalEarth: { region: string; data: Promise<NaturalEarth> } | undefined;

const key = (prefix: string, frame: string, chapterId: string) => `${prefix}/${frame}/${chapterId}`;

/** The basemap's sources, read once (they change only with the story's region). */
function naturalEarthFor(root: string, region: NaturalEarth['region']): Promise<NaturalEarth> {
	if (naturalEarth?.region !== String(region))
		naturalEarth = {
			region: String(region),
			data: readNaturalEarth(resolve(root, 'geo/sources/natural-earth'), region)
		};
	return naturalEarth.data;
}

/** What every static map is drawn from: the site, the basemap's sources, each layer's served features. */
export async function drawingSources(root: string) {
	const site = await loadSite(root);
	const basemap = await naturalEarthFor(root, site.manifest.region);
	const layerFeatures = new Map(
		site.manifest.layers.map((layer) => {
			const served = JSON.parse(site.layerFiles.get(`${layer.id}.geojson`)!) as FeatureCollection;
			return [layer.id, served.features as readonly Feature[]] as const;
		})
	);
	return { site, basemap, layerFeatures };
}

/** Draws the static maps `only` accepts, in every edition, keyed `<edition prefix>/<frame>/<chapter id>`. */
async function drawMaps(
	root: string,
	only?: (prefix: string, chapterId: string, frame: StaticMapFrameId) => boolean
): Promise<Map<string, RenderedStaticMap>> {
	const { site, basemap, layerFeatures } = await drawingSources(root);
	const { editions } = site;
	const maps = new Map<string, RenderedStaticMap>();
	for (const edition of editions) {
		const prefix = edition.info.prefix;
		const rendered = renderChapterMaps({
			story: edition.story,
			layers: edition.layers,
			layerFeatures,
			basemap,
			edition: edition.info,
			...(only ? { only: (chapterId, frame) => only(prefix, chapterId, frame) } : {})
		});
		for (const map of rendered) maps.set(key(prefix, map.frame, map.chapterId), map);
	}
	return maps;
}

/** Every chapter's static maps in every edition. Rendered once per build. */
export function renderStaticMaps(root = process.cwd()): Promise<Map<string, RenderedStaticMap>> {
	cached ??= drawMaps(root);
	return cached;
}

/** Makes the next renderStaticMaps draw them again (the dev server, after a story change). */
export function forgetStaticMaps(): void {
	cached = undefined;
}

/** One chapter's static map. In the authors' preview, drawn when asked for (the page loads faster). */
export async function staticMap(
	prefix: string,
	frame: string,
	chapterId: string
): Promise<RenderedStaticMap | undefined> {
	const maps = dev
		? await drawMaps(process.cwd(), (p, c, f) => p === prefix && c === chapterId && f === frame)
		: await renderStaticMaps();
	return maps.get(key(prefix, frame, chapterId));
}

/** What an edition's pages need to show them: chapter id → its images for the poster and for the figure. */
export async function staticMapImages(prefix: string, chapterIds: readonly string[]): Promise<StaticMaps> {
	const maps = dev ? undefined : await renderStaticMaps();
	const pick = (chapterId: string, frames: readonly StaticMapFrameId[]) =>
		frames.map((frame) =>
			maps
				? maps.get(key(prefix, frame, chapterId))!.image
				: imageOf(
						STATIC_MAP_FRAMES.find((f) => f.id === frame)!,
						chapterId,
						prefix,
						'dev'
					)
		);
	// Without a prototype: a chapter id such as "constructor" finds its own maps and nothing else.
	const images: StaticMaps = Object.create(null);
	for (const chapterId of chapterIds)
		images[chapterId] = { poster: pick(chapterId, POSTER_FRAMES), figure: pick(chapterId, FIGURE_FRAMES) };
	return images;
}
