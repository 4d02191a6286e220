/**
 * The story's editions as pages receive them (src/lib/i18n/edition.ts): the original, in the
 * story's own language, and one per translation (editions/<lang>/, see docs/editions.md). Build
 * time only.
 */
import { nameIn } from '../content/local-names';
import type { Story, StoryMeta } from '../content/schema';
import type { ManifestLayer } from '../geodata/manifest';
import type { EditionInfo, EditionLink, PlaceLabel } from '../i18n/edition';
import { directionOf, type Locale } from '../i18n/format';
import { ENGINE_STRINGS, type Strings } from '../i18n/strings';
import type { LoadedEdition } from '../content/load-edition';
import type { EditionSite } from './load-site';
import { pageFont, type FontAsset } from './story-fonts';

/** How the edition writes, from its settings (defaults: the language's own direction; en dates as en-GB). */
export function localeOf(settings: Pick<StoryMeta, 'lang' | 'dir' | 'locale' | 'calendar'>): Locale {
	return {
		lang: settings.lang,
		dir: settings.dir ?? directionOf(settings.lang),
		intl: settings.locale ?? (settings.lang === 'en' ? 'en-GB' : settings.lang),
		...(settings.calendar ? { calendar: settings.calendar } : {})
	};
}

/** A language's name in that language ("English", "فارسی"). */
export function endonym(lang: string): string {
	const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
	return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/**
 * The map's label of each point: its name in the edition's language, and, when the settings ask
 * for one, its name in a second language on a line of its own.
 * @param nameOf a feature's name in this edition
 */
export function placeLabels(
	layers: readonly ManifestLayer[],
	nameOf: (feature: ManifestLayer['features'][number]) => string,
	secondLine: string | undefined,
	storyLang: string
): Record<string, PlaceLabel> {
	// Without a prototype: looking up a feature id such as "constructor" that has no label finds nothing.
	const labels: Record<string, PlaceLabel> = Object.create(null);
	for (const feature of layers.flatMap((layer) => layer.features)) {
		if (feature.geometry !== 'Point') continue;
		const name = nameOf(feature);
		const second = secondLine ? nameIn(feature.properties, secondLine, storyLang) : undefined;
		labels[feature.id] = second && second !== name ? [name, second] : [name];
	}
	return labels;
}

/** Every edition's link, the original first (prefix '' for the story's own language). */
function editionLinks(meta: StoryMeta): EditionLink[] {
	return [
		{ lang: meta.lang, prefix: '', name: endonym(meta.lang) },
		...meta.editions.map((lang) => ({ lang, prefix: lang, name: endonym(lang) }))
	];
}

function pageFonts(
	meta: Pick<StoryMeta, 'fonts'>,
	fonts: ReadonlyMap<string, FontAsset>
): EditionInfo['fonts'] {
	return {
		...(meta.fonts.labels ? { labels: pageFont(meta.fonts.labels, fonts) } : {}),
		...(meta.fonts.text ? { text: pageFont(meta.fonts.text, fonts) } : {})
	};
}

/** The story in its own language: its words as written, the engine's strings with its `copy`. */
export function originalEdition(
	story: Story,
	layers: ManifestLayer[],
	fonts: ReadonlyMap<string, FontAsset>
): EditionSite {
	const { meta } = story;
	const editions = editionLinks(meta);
	const info: EditionInfo = {
		...editions[0]!,
		locale: localeOf(meta),
		strings: { ...ENGINE_STRINGS, ...meta.copy } as Strings,
		editions,
		fonts: pageFonts(meta, fonts),
		placeLabels: placeLabels(layers, (f) => f.properties.name, meta.place_names.map_second_line, meta.lang)
	};
	return { info, story, layers };
}

/**
 * An edition in another language: its words (loadEdition), the original's layers and sources.
 * Its map names each place in its language and, under it, in the language its settings ask for
 * (the original’s, for an edition in another language).
 */
export function translatedEdition(
	loaded: LoadedEdition,
	original: { story: Story; layers: readonly ManifestLayer[] },
	fonts: ReadonlyMap<string, FontAsset>
): EditionSite {
	const { meta } = loaded.story;
	const editions = editionLinks(original.story.meta);
	const info: EditionInfo = {
		...editions.find((e) => e.lang === meta.lang)!,
		locale: localeOf(meta),
		strings: loaded.strings,
		editions,
		fonts: pageFonts(meta, fonts),
		placeLabels: placeLabels(
			original.layers,
			(f) => loaded.names.get(f.id) ?? f.properties.name,
			meta.place_names.map_second_line,
			original.story.meta.lang
		)
	};
	return { info, story: loaded.story, layers: loaded.layers };
}
