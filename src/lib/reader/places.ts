/**
 * Where places appear in the story, and the URL fragments that point at chapters and places:
 * `#<chapter-id>` and `#place=<feature-id>`. Pure.
 */
import type { Chapter, Source } from '../content/schema';
import type { ManifestFeature } from '../geodata/manifest';

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
	known: { chapters: { has(id: string): boolean }; places: { has(id: string): boolean } }
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

/** Items by their id (a plain lookup; the reader state derives it again when its input changes). */
export function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
	return new Map(items.map((item) => [item.id, item]));
}
