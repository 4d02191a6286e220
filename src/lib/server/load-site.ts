/**
 * What every page is built from: the validated story in each of its editions, the geodata
 * manifest, the drawing plans and the fonts. Build time only.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeatureCollection, LineString, Point } from 'geojson';
import { loadStory } from '../content/load-story';
import type { Story } from '../content/schema';
import { IssueList } from '../content/validation-error';
import type { BasemapManifest, DataManifest, ManifestLayer } from '../geodata/manifest';
import { loadGeodata } from '../../../geo/pipeline/load-geodata';
import type { EditionInfo } from '../i18n/edition';
import type { DrawPlan } from '../map/route-drawing';
import { planDrawing } from '../map/route-plan';
import { loadEdition as translate } from '../content/load-edition';
import { originalEdition, translatedEdition } from './editions';
import { readEditionFiles } from './read-edition-files';
import { readStoryFiles } from './read-story-files';
import { staticDir } from './static-dir';
import { storyDir, type StoryDir } from './story-dir';
import { readFontAssets, type FontAsset } from './story-fonts';

/** One edition: its words and its layers' words, in its language. */
export interface EditionSite {
	info: EditionInfo;
	story: Story;
	/** The manifest's layers with their titles, legends and feature texts in this edition's language. */
	layers: ManifestLayer[];
}

export interface Site {
	manifest: DataManifest;
	/** The story in its own language first, then each of its other editions. */
	editions: EditionSite[];
	/** One plan per line that a chapter draws with scroll progress. */
	drawPlans: DrawPlan[];
	/** Font files and licences, by their path in the story folder. */
	fonts: Map<string, FontAsset>;
	/** The story layers as the site serves them (static/data/<name>), by file name. */
	layerFiles: Map<string, string>;
}

let cached: Promise<Site> | undefined;

async function readJson<T>(path: string): Promise<T> {
	try {
		return JSON.parse(await readFile(path, 'utf8')) as T;
	} catch {
		throw new Error(`${path} is missing or unreadable: run \`npm run geo\` first (it cuts the basemap)`);
	}
}

function planDrawings(
	story: Story,
	manifest: DataManifest,
	layerFiles: ReadonlyMap<string, string>
): DrawPlan[] {
	const drawn = [...new Set(story.chapters.flatMap((chapter) => (chapter.draw ? [chapter.draw] : [])))];
	return drawn.map((feature) => {
		const layer = manifest.layers.find((l) => l.features.some((f) => f.id === feature))!;
		const data = JSON.parse(layerFiles.get(`${layer.id}.geojson`)!) as FeatureCollection;
		const line = data.features.find((f) => f.id === feature)!.geometry as LineString;
		const points = data.features
			.filter((f) => f.geometry.type === 'Point' && f.properties?.kind !== 'uncertainty')
			.map((f) => ({ id: String(f.id), coordinates: (f.geometry as Point).coordinates }));
		return planDrawing({ feature, layer: layer.id, coordinates: line.coordinates, points });
	});
}

/**
 * Reads and validates the whole site; throws a ValidationError with every problem. The story's
 * layers are read from the story folder as `npm run geo` reads them (so the same manifest); the
 * basemap's description, from what `npm run geo` wrote. Uncached: pages use `loadSite`; tools that
 * read another story than $STORY_DIR (the browser tests of the example story) name its folder.
 */
export async function readSite(root: string, dir: StoryDir = storyDir(root)): Promise<Site> {
	const geodata = await loadGeodata(dir.dir, dir.display);
	const basemap = await readJson<{ manifest: BasemapManifest }>(
		join(staticDir(root), 'basemap/manifest.json')
	);
	const manifest: DataManifest = {
		version: 1,
		region: geodata.config.region,
		layers: geodata.layers,
		basemap: basemap.manifest
	};
	const files = await readStoryFiles(dir.dir, root);
	const story = loadStory(files, manifest.layers);
	const translations = await Promise.all(
		story.meta.editions.map(async (lang) =>
			translate(await readEditionFiles(dir.dir, lang, root), { story, files, layers: manifest.layers })
		)
	);
	const issues = new IssueList();
	const fonts = await readFontAssets(story.meta.fonts, dir, files.story.path, issues);
	for (const [i, translation] of translations.entries()) {
		const lang = story.meta.editions[i]!;
		const more = await readFontAssets(
			translation.story.meta.fonts,
			dir,
			`${dir.display}/editions/${lang}/edition.yaml`,
			issues
		);
		for (const [path, asset] of more) fonts.set(path, asset);
	}
	issues.throwIfAny();
	const original = originalEdition(story, manifest.layers, fonts);
	return {
		manifest,
		editions: [
			original,
			...translations.map((translation) =>
				translatedEdition(translation, { story, layers: manifest.layers }, fonts)
			)
		],
		drawPlans: planDrawings(story, manifest, geodata.files),
		fonts,
		layerFiles: geodata.files
	};
}

/**
 * Loads once per build: every prerendered page shares the result. In the dev server (authors'
 * live preview) it is read again after each change to the story (see `forgetSite`).
 */
export function loadSite(root = process.cwd()): Promise<Site> {
	cached ??= readSite(root);
	return cached;
}

/** Makes the next loadSite read the story again (the dev server calls it when a story file changes). */
export function forgetSite(): void {
	cached = undefined;
}

/** The edition whose pages live under `prefix` ('' for the story's own language). */
export async function loadEdition(prefix = ''): Promise<EditionSite | undefined> {
	return (await loadSite()).editions.find((edition) => edition.info.prefix === prefix);
}
