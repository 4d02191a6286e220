/**
 * The story schema: the single source of truth for everything an author writes
 * (a story folder's layers.yaml, layers/*.geojson properties, story.yaml, sources.yaml, chapter front matter).
 * TypeScript types are inferred from these schemas; nothing here knows about one particular story.
 */
import { z } from 'zod';
import { LOCAL_NAME_KEY } from './local-names';
import { firstDay, isPartialDate, lastDay } from './partial-date';
import { pastIsoDate, uniqueList } from './schema-rules';

export const Slug = z.string({ error: 'must be a text id' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
	error: 'must be lower-case letters and digits joined by hyphens, like "old-harbour"'
});

/** Plain text: authors' strings are shown as text, never as HTML, so markup is a mistake worth reporting. */
export const Text = z
	.string()
	.min(1, { error: 'must not be empty' })
	.refine((value) => !/<\/?[a-zA-Z][^>]*>/.test(value), {
		error: 'must be plain text: HTML tags are not allowed'
	});

/** An http(s) address (never javascript: or data:). */
export const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour like "#1f7a4d"' });

/** A full ISO date, like '2026-12-07' (quote it in YAML). */
export const IsoDate = z.string().pipe(z.iso.date({ error: "must be a date like '2026-12-07'" }));

/**
 * A date as precise as it is known: '1869', '1869-11' or '1869-11-17' (quote it in YAML).
 * Kept structured so that pages can write it in each reader's language and tests can compare it.
 */
export const PartialDate = z
	.string()
	.refine(isPartialDate, { error: "must be a date like '1869', '1869-11' or '1869-11-17'" });

/** A position as GeoJSON writes it: [longitude, latitude], with a hint when the two look swapped. */
export const LngLat = z
	.tuple([z.number(), z.number()], { error: 'must be [longitude, latitude]' })
	.superRefine(([lon, lat], ctx) => {
		const swappedHint =
			Math.abs(lon) <= 90 && Math.abs(lat) <= 180
				? ` (did you write [latitude, longitude]? Write [${lat}, ${lon}])`
				: '';
		if (!Number.isFinite(lon) || lon < -180 || lon > 180) {
			ctx.addIssue({ code: 'custom', path: [0], message: `longitude ${lon} is out of range (-180 to 180)` });
		}
		if (!Number.isFinite(lat) || lat < -90 || lat > 90) {
			ctx.addIssue({
				code: 'custom',
				path: [1],
				message: `latitude ${lat} is out of range (-90 to 90)${swappedHint}`
			});
		}
	});

/** [west, south, east, north] in degrees. */
export const BBox = z
	.tuple([z.number(), z.number(), z.number(), z.number()], { error: 'must be [west, south, east, north]' })
	.refine(([w, s, e, n]) => w >= -180 && e <= 180 && s >= -90 && n <= 90 && w < e && s < n, {
		error: 'must be [west, south, east, north] with west < east and south < north, in degrees'
	});

export type BBox = z.infer<typeof BBox>;
export type LngLat = [number, number];

// ---------------------------------------------------------------- geodata (layers.yaml, layers/)

export const LayerConfig = z.strictObject({
	id: Slug,
	/** Short name, used in the details panel and embeds. */
	title: Text,
	/** Legend line for the layer. */
	legend: Text,
	color: HexColor
});

/** layers.yaml */
export const GeoConfig = z.strictObject({
	region: BBox,
	layers: z.array(LayerConfig).min(1, { error: 'needs at least one layer' })
});

export const Certainty = z.enum(['established', 'approximate', 'disputed'], {
	error: 'must be one of: established, approximate, disputed'
});

/**
 * Properties of every feature in a story layer. Besides the fields below, a feature may give its
 * name in other languages as `name_<language>` (which languages, story.yaml `place_names` says).
 */
const FeatureFields = z.object({
	name: Text,
	/** What the feature is: city, town, camp, route, pass, site… (free vocabulary, for the legend). */
	kind: Slug,
	/** Optional role in the story, e.g. "objective" for a place that was aimed at but not reached. */
	role: Slug.optional(),
	certainty: Certainty,
	/** Uncertainty radius for approximate locations, in kilometres. */
	radius_km: z.number().positive().max(500).optional(),
	/** Zoom from which the map labels the feature (default: always), to keep overviews uncluttered. */
	label_min_zoom: z.number().min(0).max(22).optional(),
	/** How the position was established, shown with the details. */
	location_note: Text.optional(),
	/** When it happened or existed, as readers should see it ("November 1869", "1967–1975"). */
	date: Text.optional(),
	/** One paragraph for the details panel. */
	summary: Text.optional(),
	/**
	 * For a two-point LineString: draw it as the great-circle arc between its ends (a move between
	 * places), not as a straight line on the map.
	 */
	path: z.enum(['great-circle'], { error: 'must be "great-circle"' }).optional(),
	sources: uniqueList(Slug).min(1, { error: 'needs at least one source id' })
});

export const FeatureProperties = FeatureFields.catchall(z.unknown()).superRefine((p, ctx) => {
	for (const [key, value] of Object.entries(p)) {
		if (Object.hasOwn(FeatureFields.shape, key)) continue;
		if (!LOCAL_NAME_KEY.test(key)) {
			ctx.addIssue({ code: 'custom', path: [key], message: 'is not a known field (misspelt?)' });
		} else if (typeof value !== 'string' || value.trim() === '' || /<\/?[a-zA-Z][^>]*>/.test(value)) {
			ctx.addIssue({ code: 'custom', path: [key], message: 'must be a name in plain text' });
		}
	}
	if (p.certainty === 'approximate' && p.radius_km === undefined) {
		ctx.addIssue({
			code: 'custom',
			path: ['radius_km'],
			message: 'an approximate feature needs radius_km: how far off its position may be, in km'
		});
	}
});

export type LayerConfig = z.infer<typeof LayerConfig>;
export type GeoConfig = z.infer<typeof GeoConfig>;
export type Certainty = z.infer<typeof Certainty>;
export type FeatureProperties = z.infer<typeof FeatureProperties>;

// ---------------------------------------------------------------- story content

export const CenterCamera = z.strictObject({
	center: LngLat,
	zoom: z.number().min(0, { error: 'zoom must be 0 or more' }).max(18, { error: 'zoom must be 18 or less' }),
	pitch: z.number().min(0).max(60, { error: 'pitch must be 0 to 60 degrees' }).default(0),
	bearing: z.number().min(-180).max(180, { error: 'bearing must be -180 to 180 degrees' }).default(0)
});

export const FitCamera = z.strictObject({
	/** Frame these layers (their bounding box from the manifest). */
	fit: z.union([Slug, uniqueList(Slug).min(1)]),
	padding: z.number().int().min(0).max(200).default(40),
	maxZoom: z.number().min(0).max(18).optional()
});

/** Either an explicit camera or "frame these layers". */
export const Camera = z.union([CenterCamera, FitCamera], {
	error: 'must be either {center, zoom, pitch?, bearing?} or {fit, padding?, maxZoom?}'
});

export const ChapterFrontMatter = z.strictObject({
	id: Slug,
	title: Text.refine((v) => v.length <= 140, { error: 'must be 140 characters or fewer' }),
	/** Date label shown with the chapter ("September 1965", "1986–2013"). */
	date: Text.optional(),
	/** Year used to place the chapter on the timeline. */
	year: z.number().int().min(1800).max(2100).optional(),
	camera: Camera,
	/** Exactly these story layers are visible. */
	layers: uniqueList(Slug).default([]),
	/** Feature ids to highlight; each must belong to one of `layers`. */
	highlight: uniqueList(Slug).default([]),
	/**
	 * The places the chapter talks about, listed beside its text as buttons that open their details.
	 * Each must belong to one of `layers`. Default: the highlighted features.
	 */
	places: uniqueList(Slug).optional(),
	/**
	 * A LineString feature (in one of `layers`) that draws itself as the reader scrolls through the
	 * chapter; points of the same layer on the line appear as it reaches them.
	 */
	draw: Slug.optional(),
	/** Sources for the chapter besides those cited in its text with [@id]. */
	sources: uniqueList(Slug).default([]),
	/** What the map shows, in words, for readers who cannot see it. */
	description: Text,
	/**
	 * One faithful sentence on what the chapter says, for link previews (og:description, oEmbed).
	 * Plain text without citations; it keeps the chapter's attributions.
	 */
	summary: Text.refine((v) => v.length <= 200, { error: 'must be 200 characters or fewer' }).refine(
		(v) => !/\[@/.test(v),
		{ error: 'must not cite sources: a summary is plain text (cite in the chapter text)' }
	),
	/**
	 * When the events the chapter reports happened: its first and its last event, as precise as
	 * known. Content tests check that a chapter is not cited only to sources older than its last event.
	 */
	period: z
		.strictObject({ from: PartialDate, to: PartialDate })
		.refine(({ from, to }) => firstDay(from) <= lastDay(to), {
			error: 'from must not be later than to'
		})
		.optional()
});

/** A source's date: as precise as known, or the word `none` for an undated item. */
export const SourceDate = z.string().refine((v) => v === 'none' || isPartialDate(v), {
	error: "must be a date like '1869', '1869-11' or '1869-11-17', or none for an undated item"
});

export const SourceEntry = z
	.strictObject({
		/** The item's real headline. An item without one has a `description` instead. */
		title: Text.optional(),
		/** What the item is, for one without a headline; shown in square brackets. */
		description: Text.optional(),
		publisher: Text,
		/** When it was published. */
		date: SourceDate,
		/** The original publisher's address where there is one; else a copy, marked `copy: true`. */
		url: HttpUrl.optional(),
		/** The link is only a copy (a mirror, an archive, a repost), not the original publisher. */
		copy: z.literal(true, { error: 'must be true, or left out' }).optional(),
		/** When it was read (YYYY-MM-DD). */
		accessed: IsoDate,
		/** For a wiki: a permanent link to the exact revision read (…/w/index.php?title=…&oldid=…). */
		revision: HttpUrl.refine((v) => /[?&]oldid=\d+(?:&|#|$)/.test(v), {
			error: 'must be a permanent link to one revision, with oldid=<number>'
		}).optional(),
		/** Whose side the source is on, when it has one: an id from the story's `sides`. */
		affiliation: Slug.optional(),
		note: Text.optional()
	})
	.superRefine((source, ctx) => {
		if (source.title === undefined && source.description === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['title'],
				message: 'is missing: give the headline as title, or describe an item without one in description'
			});
		}
		if (source.title !== undefined && source.description !== undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['description'],
				message: 'must not be given with title: a source has either its headline or a description'
			});
		}
		if (source.copy && source.url === undefined) {
			ctx.addIssue({ code: 'custom', path: ['copy'], message: 'needs the url of the copy' });
		}
	});

/** sources.yaml: id → source. */
export const SourcesFile = z.record(Slug, SourceEntry);

/** A language tag as content uses it: "en", "ar", "pt-BR". */
export const LanguageTag = z
	.string()
	.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: 'must be a language tag like "en", "ar" or "pt-BR"' });

export const TextDirection = z.enum(['ltr', 'rtl'], { error: 'must be ltr or rtl' });

/** One file of a self-hosted font, in the story folder. */
export const FontFile = z.strictObject({
	/** Path inside the story folder, e.g. fonts/vazirmatn-arabic-400.woff2. */
	file: z
		.string()
		.regex(/^[A-Za-z0-9._/-]+\.woff2$/, { error: 'must be a .woff2 file inside the story folder' }),
	weight: z.number().int().min(100).max(900).default(400),
	/** CSS unicode-range: the characters this file covers ("U+0600-06FF, U+FB50-FDFF"). */
	unicode_range: z
		.string()
		.regex(/^U\+[0-9A-Fa-f?]{1,6}(-[0-9A-Fa-f]{1,6})?(\s*,\s*U\+[0-9A-Fa-f?]{1,6}(-[0-9A-Fa-f]{1,6})?)*$/, {
			error: 'must be a CSS unicode-range like "U+0000-00FF, U+0131"'
		})
});

/** A self-hosted font and what it is used for. */
export const FontSettings = z.strictObject({
	/** CSS family name. */
	family: Text,
	/** The licence's name, as credited to readers ("SIL Open Font License 1.1"). */
	licence: Text,
	/** The licence's text, inside the story folder (shipped with the font). */
	licence_file: z.string().min(1),
	files: z.array(FontFile).min(1, { error: 'needs at least one file' })
});

/** Local names of places: `name_<code>` properties on features. */
export const PlaceNames = z.strictObject({
	/** The languages features may give names in (`name_fa`, `name_ar`…). */
	languages: z.array(LanguageTag).default([]),
	/** A language whose name the map shows as a second label line (a local-name language, or the story's own). */
	map_second_line: LanguageTag.optional()
});

/** One side a source can belong to: its label is shown next to each source, its explanation once. */
export const SideEntry = z.strictObject({
	/** Shown next to each source of this side, e.g. "Government source". */
	label: Text,
	/** One sentence, shown where sources are listed. */
	explanation: Text
});

/** A host name like "wikipedia.org"; it also covers its subdomains. */
export const Host = z.string().regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, {
	error: 'must be a host name like "wikipedia.org" (lower case, no scheme or path)'
});

/** story.yaml */
export const StoryMeta = z.strictObject({
	title: Text,
	subtitle: Text.optional(),
	/** One-sentence summary for search engines and link previews. */
	description: Text.refine((v) => v.length <= 300, { error: 'must be 300 characters or fewer' }),
	byline: Text.optional(),
	/** The story's language, and the text direction when it is not the language's usual one. */
	lang: LanguageTag.default('en'),
	dir: TextDirection.optional(),
	/** Intl locale for numbers and dates (default: the language; "en" dates are written as en-GB does). */
	locale: z.string().min(2).optional(),
	/** The calendar readers date events by, when not the Gregorian one ("persian"): dates show both. */
	calendar: z
		.enum(['persian', 'islamic', 'hebrew'], { error: 'must be persian, islamic or hebrew' })
		.optional(),
	/** Last time the text was checked against its sources (YYYY-MM-DD). */
	updated: pastIsoDate('must be a date like 2026-11-27'),
	/** Chapter ids, in reading order. */
	chapters: z.array(Slug).min(1, { error: 'needs at least one chapter' }),
	/** Local names of places, and which one the map adds under its labels. */
	place_names: PlaceNames.default({ languages: [] }),
	/** Self-hosted fonts: `labels` draws the map's labels; `text` (optional) sets the page's text. */
	fonts: z.strictObject({ labels: FontSettings.optional(), text: FontSettings.optional() }).default({}),
	/** The page's own words, replacing the engine's (keys of src/lib/i18n/strings.ts). */
	copy: z.record(z.string(), Text).default({}),
	/** Other editions of the story, each a folder editions/<lang>/ (see docs/editions.md). */
	editions: z.array(LanguageTag).default([]),
	/** The sides a source can belong to (its `affiliation`), shown where sources are listed. */
	sides: z.record(Slug, SideEntry).default({}),
	/** Hosts whose links need more from a source: a wiki's `revision`, a copy's `copy: true`. */
	source_hosts: z
		.strictObject({
			/** A source linking to one of these (or a subdomain) must give the revision it read. */
			wikis: z.array(Host).default([]),
			/** A link to one of these (or a subdomain) is only a copy and must say `copy: true`. */
			copies: z.array(Host).default([])
		})
		.default({ wikis: [], copies: [] })
});

/** corrections.yaml: every change to what the story says after publication, in any order (loaded newest first). */
export const CorrectionEntry = z.strictObject({
	/** Stable id, so that editions in other languages can translate the entry. */
	id: Slug,
	date: IsoDate,
	/** The chapter it concerns; left out for a change to the whole story. */
	chapter: Slug.optional(),
	/** A correction fixes something that was wrong; an update reports what happened since. */
	kind: z.enum(['correction', 'update'], { error: 'must be correction or update' }),
	/** What changed. */
	what: Text,
	/** Why it changed. */
	why: Text
});

export const CorrectionsFile = z.array(CorrectionEntry, { error: 'must be a list of corrections' });

export type CenterCamera = z.infer<typeof CenterCamera>;
export type FitCamera = z.infer<typeof FitCamera>;
export type Camera = z.infer<typeof Camera>;
export type ChapterFrontMatter = z.infer<typeof ChapterFrontMatter>;
export type SourceEntry = z.infer<typeof SourceEntry>;
export type StoryMeta = z.infer<typeof StoryMeta>;
export type FontSettings = z.infer<typeof FontSettings>;
export type Correction = z.infer<typeof CorrectionEntry>;

// ---------------------------------------------------------------- loaded story (what pages receive)

/** A source as the page shows it: numbered in order of first citation, with its side resolved. */
export interface Source extends Omit<SourceEntry, 'affiliation'> {
	id: string;
	number: number;
	/** The side it belongs to (its `affiliation`), with the label to show next to it. */
	side?: { id: string; label: string };
}

/** A correction or update as pages show it. */
export interface ShownCorrection extends Correction {
	/** Set when its words are in another language than its edition's (not translated yet). */
	lang?: string;
}

/** A side that marks at least one of the story's sources. */
export interface Side {
	id: string;
	label: string;
	explanation: string;
}

export interface Chapter extends Omit<ChapterFrontMatter, 'places'> {
	/** Set when the chapter's words are in another language than its edition's (a declared fallback). */
	lang?: string;
	/** The places the chapter lists (its `places`, or else its highlighted features). */
	places: string[];
	/** Chapter text as sanitized HTML, rendered at build time. */
	html: string;
	/** Ids of the chapter's sources, in the order they are first cited. */
	sourceIds: string[];
	/** The corrections and updates that concern this chapter, newest first. */
	corrections: ShownCorrection[];
}

export interface Story {
	meta: StoryMeta;
	chapters: Chapter[];
	/** Every source the story cites, in order of first citation. */
	sources: Source[];
	/** The sides that mark its sources (only those in use), in the order story.yaml lists them. */
	sides: Side[];
	/** Every correction and update, newest first. */
	corrections: ShownCorrection[];
}

// ---------------------------------------------------------------- editions (editions/<lang>/, docs/editions.md)

/** editions/<lang>/edition.yaml: how an edition in another language writes, and its masthead. */
export const EditionSettings = z.strictObject({
	lang: LanguageTag,
	dir: TextDirection.optional(),
	/** Intl locale for numbers and dates ("fa-IR": Persian digits). */
	locale: z.string().min(2).optional(),
	/** The calendar its readers date events by: full dates show it first, then the Gregorian date. */
	calendar: z
		.enum(['persian', 'islamic', 'hebrew'], { error: 'must be persian, islamic or hebrew' })
		.optional(),
	title: Text,
	subtitle: Text.optional(),
	description: Text.refine((v) => v.length <= 300, { error: 'must be 300 characters or fewer' }),
	byline: Text.optional(),
	/** When the edition as a whole was last checked against the original. */
	translated: IsoDate,
	/** Which name the map writes under each label (a local-name language, or the original's). */
	place_names: z.strictObject({ map_second_line: LanguageTag.optional() }).default({}),
	/** A text face for this edition's script (same shape as story.yaml's fonts, files in the story folder). */
	fonts: z.strictObject({ text: FontSettings.optional() }).default({}),
	/** story.yaml's sides, in this language. */
	sides: z.record(Slug, SideEntry).default({}),
	/** Chapters deliberately left in the original language (readers are told). */
	fallback: z.array(Slug).default([]),
	/** Overrides of strings.yaml, as story.yaml's copy. */
	copy: z.record(z.string(), Text).default({})
});

/** editions/<lang>/chapters/<id>.md: the words of one chapter, in the edition's language. */
export const EditionChapterFrontMatter = z.strictObject({
	id: Slug,
	title: Text.refine((v) => v.length <= 140, { error: 'must be 140 characters or fewer' }),
	date: Text.optional(),
	description: Text,
	summary: Text.refine((v) => v.length <= 200, { error: 'must be 200 characters or fewer' }).refine(
		(v) => !/\[@/.test(v),
		{ error: 'must not cite sources: a summary is plain text (cite in the chapter text)' }
	),
	/** When this translation was last checked against its original. */
	translated: IsoDate
});

/** editions/<lang>/layers.yaml: the words of the story's layers and features. */
export const EditionLayers = z.strictObject({
	layers: z.record(Slug, z.strictObject({ title: Text, legend: Text })).default({}),
	features: z
		.record(
			Slug,
			z.strictObject({
				/** A descriptive name in this language (a proper name comes from `name_<lang>`). */
				name: Text.optional(),
				date: Text.optional(),
				summary: Text.optional(),
				location_note: Text.optional()
			})
		)
		.default({})
});

/** editions/<lang>/sources.yaml: the notes and descriptions of sources, in this language (titles stay as published). */
export const EditionSources = z.record(
	Slug,
	z.strictObject({ note: Text.optional(), description: Text.optional() })
);

/** editions/<lang>/strings.yaml: every string of the engine's catalogue (src/lib/i18n/strings.ts), translated. */
export const EditionStrings = z.record(z.string(), Text);

/** editions/<lang>/corrections.yaml: each correction's words, by its id. */
export const EditionCorrections = z.record(Slug, z.strictObject({ what: Text, why: Text }));

export type EditionSettings = z.infer<typeof EditionSettings>;
export type EditionChapterFrontMatter = z.infer<typeof EditionChapterFrontMatter>;
export type EditionLayers = z.infer<typeof EditionLayers>;
