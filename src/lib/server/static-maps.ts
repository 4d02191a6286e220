/**
 * Build time only: every chapter's static maps (one SVG per frame in STATIC_MAP_FRAMES), drawn
 * from the same data as the live map: the Natural Earth sources of the basemap and the story
 * layers `npm run geo` wrote to static/data. Rendered once per build and shared by the page
 * (which links them with a content hash) and the prerendered /maps/ endpoint.
 */
import { createHash } from 'node:crypto';
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
	type StaticMapFrameId,
	type StaticMapImage,
	type StaticMaps
} from '../static-map/frames';
import { renderStaticMap } from '../static-map/render';
import type { StoryLayerData } from '../static-map/story-layers';
import { loadSite } from './load-site';
import { staticDir } from './static-dir';

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

/** Every chapter's static maps, in story order and STATIC_MAP_FRAMES order. */
export function renderChapterMaps(input: {
	story: Pick<Story, 'chapters'>;
	layers: readonly ManifestLayer[];
	/** Layer id → the features `npm run geo` serves for it. */
	layerFeatures: ReadonlyMap<string, readonly Feature[]>;
	basemap: NaturalEarth;
}): RenderedStaticMap[] {
	const layers: StoryLayerData[] = input.layers.map((layer) => ({
		id: layer.id,
		color: layer.color,
		features: input.layerFeatures.get(layer.id) ?? []
	}));
	const storyPlaceNames = new Set(
		input.layers.flatMap((l) =>
			l.features.filter((f) => f.geometry === 'Point').map((f) => f.properties.name)
		)
	);
	return input.story.chapters.flatMap((chapter) => {
		const view = chapterView(chapter, input.layers);
		return STATIC_MAP_FRAMES.map((frame) => {
			const svg = renderStaticMap({
				size: frame,
				view,
				title: `Map: ${chapter.title}`,
				description: chapter.description,
				basemap: input.basemap,
				layers,
				storyPlaceNames
			});
			const hash = createHash('sha256').update(svg).digest('hex').slice(0, 10);
			const image: StaticMapImage = {
				frame: frame.id,
				src: `${staticMapPath(frame.id, chapter.id)}?v=${hash}`,
				width: frame.width,
				height: frame.height,
				...(frame.media ? { media: frame.media } : {})
			};
			return { chapterId: chapter.id, frame: frame.id, image, svg };
		});
	});
}

let cached: Promise<Map<string, RenderedStaticMap>> | undefined;

const key = (frame: string, chapterId: string) => `${frame}/${chapterId}`;

/** Every chapter's static maps, keyed `<frame>/<chapter id>`. Rendered once per build. */
export function renderStaticMaps(root = process.cwd()): Promise<Map<string, RenderedStaticMap>> {
	cached ??= (async () => {
		const { story, manifest } = await loadSite(root);
		const basemap = await readNaturalEarth(resolve(root, 'geo/sources/natural-earth'), manifest.region);
		const layerFeatures = new Map(
			await Promise.all(
				manifest.layers.map(
					async (layer) =>
						[
							layer.id,
							(await readCollection(resolve(staticDir(root), layer.url.split('?')[0]!))).features
						] as const
				)
			)
		);
		const maps = renderChapterMaps({ story, layers: manifest.layers, layerFeatures, basemap });
		return new Map(maps.map((map) => [key(map.frame, map.chapterId), map]));
	})();
	return cached;
}

export async function staticMap(frame: string, chapterId: string): Promise<RenderedStaticMap | undefined> {
	return (await renderStaticMaps()).get(key(frame, chapterId));
}

/** What the page needs to show them: chapter id → its images for the poster and for the figure. */
export async function staticMapImages(): Promise<StaticMaps> {
	const maps = await renderStaticMaps();
	const { story } = await loadSite();
	const pick = (chapterId: string, frames: readonly StaticMapFrameId[]) =>
		frames.map((frame) => maps.get(key(frame, chapterId))!.image);
	// Without a prototype: a chapter id such as "constructor" finds its own maps and nothing else.
	const images: StaticMaps = Object.create(null);
	for (const chapter of story.chapters)
		images[chapter.id] = { poster: pick(chapter.id, POSTER_FRAMES), figure: pick(chapter.id, FIGURE_FRAMES) };
	return images;
}
