/**
 * Where places appear in the story, and the URL fragments that point at chapters and places:
 * `#<chapter-id>` and `#place=<feature-id>`. Pure.
 */
import type { Chapter, Source } from '../content/schema';
import type { ManifestFeature, ManifestLayer } from '../geodata/manifest';

type ChapterRef = Pick<Chapter, 'id' | 'title' | 'places' | 'layers'>;

/** Chapters that list the place, in reading order. */
export function chaptersMentioning(featureId: string, chapters: readonly ChapterRef[]): ChapterRef[] {
	return chapters.filter((chapter) => chapter.places.includes(featureId));
}

/**
 * The chapter to open a place in: the first that lists it, else the first that shows its layer
 * (-1 if none does).
 */
export function chapterIndexForPlace(
	featureId: string,
	layerId: string,
	chapters: readonly ChapterRef[]
): number {
	const listing = chapters.findIndex((chapter) => chapter.places.includes(featureId));
	return listing >= 0 ? listing : chapters.findIndex((chapter) => chapter.layers.includes(layerId));
}

export type StoryHash = { chapter: string } | { place: string } | null;

/** Reads a fragment, accepting only ids the story knows (anything else is ignored). */
export function parseStoryHash(
	hash: string,
	known: { chapters: ReadonlySet<string>; places: ReadonlySet<string> }
): StoryHash {
	const value = decodeURIComponent(hash.replace(/^#/, ''));
	const place = /^place=([a-z0-9-]+)$/.exec(value)?.[1];
	if (place !== undefined) return known.places.has(place) ? { place } : null;
	return known.chapters.has(value) ? { chapter: value } : null;
}

export const placeHash = (featureId: string) => `#place=${featureId}`;

/** A place's sources, in the story's numbering order. */
export function placeSources(feature: ManifestFeature, sourcesById: ReadonlyMap<string, Source>): Source[] {
	return feature.properties.sources.map((id) => sourcesById.get(id)!).sort((a, b) => a.number - b.number);
}

export interface PlaceDetail {
	sources: Source[];
	chapters: { id: string; title: string }[];
}

/**
 * For every place in `layers`: its sources and the chapters that name it (what its details panel
 * lists). One pass over the chapters, one over the places; keyed in an object without a prototype,
 * so a place id such as "constructor" finds its own entry and nothing else.
 */
export function placeDetails(
	layers: readonly Pick<ManifestLayer, 'features'>[],
	chapters: readonly ChapterRef[],
	sourcesById: ReadonlyMap<string, Source>
): Record<string, PlaceDetail> {
	const naming = new Map<string, { id: string; title: string }[]>();
	for (const { id, title, places } of chapters) {
		for (const place of new Set(places)) {
			const list = naming.get(place);
			if (list) list.push({ id, title });
			else naming.set(place, [{ id, title }]);
		}
	}
	const details: Record<string, PlaceDetail> = Object.create(null);
	for (const layer of layers) {
		for (const feature of layer.features) {
			details[feature.id] = {
				sources: placeSources(feature, sourcesById),
				chapters: naming.get(feature.id) ?? []
			};
		}
	}
	return details;
}
