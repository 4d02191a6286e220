/**
 * What the browser tests expect of the story they run on, computed from the same content and data
 * the site is built from: the engine's tests name no chapter, place or word of one story. They run
 * on this project's story in each of its editions and on the example story (playwright.config.ts).
 */
import { chapterIndexForPlace } from '../../src/lib/reader/places';
import type { ManifestFeature, ManifestLayer } from '../../src/lib/geodata/manifest';
import { legendFor } from '../../src/lib/map/legend';
import { chapterView } from '../../src/lib/map/view';
import { PageText } from '../../src/lib/i18n/page-text';
import type { StringKey } from '../../src/lib/i18n/strings';
import { readSite } from '../../src/lib/server/load-site';
import { storyDir } from '../../src/lib/server/story-dir';
import { storyPath } from '../../src/lib/site-paths';

/** Which story and edition a Playwright project tests. */
export interface StoryChoice {
	/** The story folder ('' for $STORY_DIR, else the project's story). */
	folder: string;
	/** The edition's prefix ('' for the story's own language, 'fa' for /fa/). */
	edition: string;
}

export interface ExpectedView {
	id: string;
	title: string;
	year?: number;
	/** Centre the camera should end at (for fitted cameras, the centre of the fitted box in Web Mercator). */
	center: [number, number];
	/** Exact zoom for explicit cameras; for fitted cameras, the highest zoom allowed. */
	zoom?: number;
	maxZoom?: number;
	layers: string[];
	/** What the legend lists for this chapter, in order. */
	legend: string[];
}

export interface Place {
	id: string;
	name: string;
	/** The chapter a `#place=` link opens, and that the details link back to. */
	chapter: string;
	chapterTitle: string;
	/** How far off an approximate place may be, in km. */
	approximateKm?: number;
}

export interface StoryUnderTest {
	edition: string;
	lang: string;
	dir: 'ltr' | 'rtl';
	/** The story page's path ('/', '/fa/'). */
	home: string;
	title: string;
	/** The edition's words and numbers, as its pages write them. */
	text: PageText;
	views: ExpectedView[];
	colors: Record<string, string>;
	features: Record<string, string[]>;
	/** The family that draws the map's labels, if the story ships one. */
	labelFont?: string;
	/** A place that a chapter lists (an approximate one if any): the keyboard path to details. */
	listedPlace: Place;
	/** A place opened by a link, whose chapter is not the first. */
	linkedPlace: Place;
	/** A chapter with a layer of points in a colour of its own, to click on the map. */
	clickable: { chapter: string; layer: string };
	/** A chapter that draws a line as the reader scrolls, and the line's length. */
	draw?: { chapter: string; totalKm: number };
	/** A layer the first chapter shows (the resilience tests make its file fail). */
	failingLayer: { layer: string; title: string };
}

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latitudeOf = (y: number) => ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;

const isPlace = (f: ManifestFeature) =>
	(f.geometry === 'Point' || f.geometry === 'MultiPoint') && f.properties.kind !== 'uncertainty';

function expected<T>(value: T | undefined, what: string): T {
	if (value === undefined) throw new Error(`the story under test has no ${what}`);
	return value;
}

export async function loadStoryUnderTest(choice: StoryChoice): Promise<StoryUnderTest> {
	const root = process.cwd();
	const site = await readSite(root, storyDir(root, choice.folder || undefined));
	const edition = expected(
		site.editions.find((e) => e.info.prefix === choice.edition),
		`edition "${choice.edition}"`
	);
	const { story, layers, info } = edition;
	const text = new PageText(info.strings, info.locale);
	const layerById = new Map<string, ManifestLayer>(layers.map((layer) => [layer.id, layer]));
	const featureById = new Map(layers.flatMap((layer) => layer.features.map((f) => [f.id, f] as const)));

	const views: ExpectedView[] = story.chapters.map((chapter) => {
		const { camera, layers: shown } = chapterView(chapter, site.manifest.layers);
		const legend = legendFor(shown.map((id) => layerById.get(id)!)).map((entry) =>
			'label' in entry
				? entry.label
				: text.t(entry.convention === 'approximate' ? 'map.legend.approximate' : 'map.legend.schematic')
		);
		const common = { id: chapter.id, title: chapter.title, year: chapter.year, layers: shown, legend };
		if (camera.kind === 'center') return { ...common, center: camera.center, zoom: camera.zoom };
		const [w, s, e, n] = camera.bounds;
		return {
			...common,
			center: [(w + e) / 2, latitudeOf((mercatorY(s) + mercatorY(n)) / 2)],
			maxZoom: camera.maxZoom
		};
	});

	const place = (id: string): Place => {
		const feature = featureById.get(id)!;
		const index = chapterIndexForPlace(id, feature.layer, story.chapters);
		const chapter = story.chapters[index]!;
		const { certainty, radius_km } = feature.properties;
		return {
			id,
			name: feature.properties.name,
			chapter: chapter.id,
			chapterTitle: chapter.title,
			...(certainty === 'approximate' && radius_km !== undefined ? { approximateKm: radius_km } : {})
		};
	};
	const listed = story.chapters.flatMap((chapter) => chapter.places.filter((id) => featureById.has(id)));
	const listedPlace = place(
		expected(
			listed.find((id) => featureById.get(id)!.properties.certainty === 'approximate') ?? listed[0],
			'chapter that lists a place'
		)
	);
	const linkedPlace = place(
		expected(
			[...listed].reverse().find((id) => place(id).chapter !== story.chapters[0]!.id),
			'place listed after the first chapter'
		)
	);

	// A chapter after the first showing a layer of points whose colour no other shown layer has.
	const clickable = expected(
		views.slice(1).flatMap((view) =>
			view.layers
				.filter((id) => layerById.get(id)!.features.some(isPlace))
				.filter((id) =>
					view.layers.every((o) => o === id || layerById.get(o)!.color !== layerById.get(id)!.color)
				)
				.map((layer) => ({ chapter: view.id, layer }))
		)[0],
		'chapter with a layer of points in a colour of its own'
	);

	const drawing = story.chapters.find((chapter) => chapter.draw);
	const plan = drawing && site.drawPlans.find((p) => p.feature === drawing.draw);

	const failing = expected(views[0]!.layers[0], 'layer in the first chapter');

	return {
		edition: choice.edition,
		lang: story.meta.lang,
		dir: info.locale.dir,
		home: storyPath(choice.edition),
		title: story.meta.title,
		text,
		views,
		colors: Object.fromEntries(layers.map((layer) => [layer.id, layer.color])),
		features: Object.fromEntries(layers.map((layer) => [layer.id, layer.features.map((f) => f.id)])),
		labelFont: info.fonts.labels?.family,
		listedPlace,
		linkedPlace,
		clickable,
		...(drawing && plan ? { draw: { chapter: drawing.id, totalKm: plan.totalKm } } : {}),
		failingLayer: { layer: failing, title: layerById.get(failing)!.title }
	};
}

/** A catalogue string as a pattern: its placeholders match any text. */
export function stringPattern(text: PageText, key: StringKey): RegExp {
	const parts = text.raw(key).split(/\{[a-zA-Z]+\}/);
	return new RegExp(parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+'));
}
