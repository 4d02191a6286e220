/**
 * An edition of the story as its pages receive it: its language and how it writes, the engine's
 * strings in that language, its fonts, the map labels of its places, and the other editions (for
 * the language switch and hreflang links). Built at build time (src/lib/server/editions.ts).
 */
import type { Locale } from './format';
import type { Strings } from './strings';

/** A self-hosted font as pages declare it (URLs relative to the site root). */
export interface PageFont {
	family: string;
	licence: string;
	/** The licence's text, served by the site. */
	licenceUrl: string;
	files: { url: string; weight: number; unicodeRange: string }[];
}

/** A point's label on the map: its name, then maybe its name in a second language, line by line. */
export type PlaceLabel = string[];

export interface EditionLink {
	lang: string;
	/** The edition's path below the site root: '' for the story's own language, 'ar' for /ar/. */
	prefix: string;
	/** Its name in its own language ("English", "فارسی"). */
	name: string;
}

export interface EditionInfo extends EditionLink {
	locale: Locale;
	strings: Strings;
	/** Every edition, this one included, in the story's order (the first is the original). */
	editions: EditionLink[];
	fonts: { labels?: PageFont; text?: PageFont };
	/** Feature id → the map's label for it in this edition: its name, and maybe a second line. */
	placeLabels: Record<string, PlaceLabel>;
}
