/** The real story's static maps: one per chapter and frame, small, showing what each chapter shows. */
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/content/load-story';
import type { Story } from '../../src/lib/content/schema';
import { IssueList } from '../../src/lib/content/validation-error';
import { originalEdition } from '../../src/lib/server/editions';
import { readStoryFiles } from '../../src/lib/server/read-story-files';
import { readFontAssets } from '../../src/lib/server/story-fonts';
import {
	readNaturalEarth,
	renderChapterMaps,
	type RenderedStaticMap
} from '../../src/lib/server/static-maps';
import { STATIC_MAP_FRAMES } from '../../src/lib/static-map/frames';
import { loadGeodata } from '../../geo/pipeline/load-geodata';

const root = resolve(import.meta.dirname, '../..');
/** Drawing every chapter's maps takes a few seconds, more on a busy machine: a generous bound, not a retry. */
const RENDER_TIMEOUT = 60_000;
let story: Story;
let input: Parameters<typeof renderChapterMaps>[0];
let maps: RenderedStaticMap[];

beforeAll(async () => {
	const geodata = await loadGeodata(resolve(root, 'src/content'), 'src/content');
	story = loadStory(await readStoryFiles(resolve(root, 'src/content'), root), geodata.layers);
	const layerFeatures = new Map(
		geodata.layers.map((layer) => {
			const served = JSON.parse(geodata.files.get(`${layer.id}.geojson`)!) as FeatureCollection;
			return [layer.id, served.features] as const;
		})
	);
	const basemap = await readNaturalEarth(resolve(root, 'geo/sources/natural-earth'), geodata.config.region);
	const fonts = await readFontAssets(
		story.meta.fonts,
		{ dir: resolve(root, 'src/content'), display: 'src/content' },
		'src/content/story.yaml',
		new IssueList()
	);
	const edition = originalEdition(story, geodata.layers, fonts).info;
	input = { story, layers: geodata.layers, layerFeatures, basemap, edition };
	maps = renderChapterMaps(input);
}, RENDER_TIMEOUT);

describe('the story’s static maps', () => {
	it('exist for every chapter in every frame', () => {
		expect(maps.map((m) => `${m.frame}/${m.chapterId}`).sort()).toEqual(
			story.chapters.flatMap((c) => STATIC_MAP_FRAMES.map((f) => `${f.id}/${c.id}`)).sort()
		);
	});

	it('stay small: under 100 KB each, 40 KB gzipped', () => {
		for (const map of maps) {
			expect(map.svg.length, `${map.frame}/${map.chapterId}`).toBeLessThan(100_000);
			expect(gzipSync(map.svg).length, `${map.frame}/${map.chapterId} gzipped`).toBeLessThan(40_000);
		}
	});

	it('show each chapter’s layers and highlights, and label its places', () => {
		for (const map of maps) {
			const chapter = story.chapters.find((c) => c.id === map.chapterId)!;
			const shown = [...map.svg.matchAll(/<g data-layer="([^"]+)">/g)].map((m) => m[1]);
			expect(shown, map.chapterId).toEqual(chapter.layers);
			for (const id of chapter.highlight) {
				expect(map.svg, `${map.chapterId}: ${id} highlighted`).toMatch(
					new RegExp(`data-feature="${id}" class="hl"`)
				);
			}
			expect(map.svg).toContain('<text class="s"');
		}
	});

	it(
		'are deterministic: the same inputs give the same bytes, linked with a content hash',
		{ timeout: RENDER_TIMEOUT },
		() => {
			expect(renderChapterMaps(input).map((m) => m.svg)).toEqual(maps.map((m) => m.svg));
			for (const map of maps)
				expect(map.image.src).toMatch(/^maps\/[a-z]+\/[a-z0-9-]+\.svg\?v=[0-9a-f]{10}$/);
		}
	);
});
