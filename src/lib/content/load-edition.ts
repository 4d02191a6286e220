/**
 * An edition in another language (editions/<lang>/, docs/editions.md) → the story in that language.
 * Pure: the caller reads the files. Only words are translated: cameras, layers, places, sources,
 * citations and their numbers are the original's. Parity with the original is checked (every
 * chapter translated or declared a fallback; the same citations, paragraph by paragraph; every
 * string, layer and side), and every problem is thrown together as one ValidationError; what is
 * only out of date (a translation older than a later change to its original) comes back as a warning.
 */
import { directionOf } from '../i18n/format';
import { ENGINE_STRINGS, type Strings } from '../i18n/strings';
import type { ManifestFeature, ManifestLayer } from '../geodata/manifest';
import { checkStrings } from './check-strings';
import { checkChapterText } from './chapter-text';
import { chapterWriting } from './chapter-writing';
import { splitFrontMatter } from './front-matter';
import { nameIn } from './local-names';
import { fillMeasures } from './measures';
import { renderMarkdown } from './markdown';
import {
	EditionChapterFrontMatter,
	EditionCorrections,
	EditionLayers,
	EditionSettings,
	EditionSources,
	EditionStrings,
	type Chapter,
	type Correction,
	type ShownCorrection,
	type Source,
	type Story
} from './schema';
import type { ContentFile, StoryFiles } from './load-story';
import { IssueList, type ValidationIssue } from './validation-error';
import { parseYaml, parseYamlFile, type ParsedYaml } from './yaml-file';
import { issuesFromZod } from './zod-issues';

export interface EditionFiles {
	/** The edition's language, as its folder is named (editions/<lang>/). */
	lang: string;
	/** The folder, as messages name it (src/content/editions/fa). */
	dir: string;
	edition: ContentFile;
	strings: ContentFile;
	chapters: ContentFile[];
	layers?: ContentFile;
	sources?: ContentFile;
	corrections?: ContentFile;
}

/** The original story, as loadStory made it, with the files it was made from. */
export interface OriginalStory {
	story: Story;
	files: StoryFiles;
	layers: readonly ManifestLayer[];
}

export interface LoadedEdition {
	settings: EditionSettings;
	/** The engine's strings in this language, with the edition's `copy`. */
	strings: Strings;
	story: Story;
	/** The layers with their words (titles, legends, feature texts and names) in this language. */
	layers: ManifestLayer[];
	/** Feature id → its name in this language, and the original's feature id → original name. */
	names: Map<string, string>;
	warnings: ValidationIssue[];
}

/** A chapter body's paragraphs (Markdown blocks between blank lines), with their first line and the ids they cite. */
export function paragraphCitations(body: string): { line: number; ids: string[] }[] {
	const paragraphs: { line: number; end: number; ids: string[] }[] = [];
	const lines = body.split('\n');
	let start = -1;
	lines.forEach((line, i) => {
		if (line.trim() !== '' && start < 0) start = i;
		if (line.trim() === '' && start >= 0) {
			paragraphs.push({ line: start, end: i, ids: [] });
			start = -1;
		}
	});
	if (start >= 0) paragraphs.push({ line: start, end: lines.length, ids: [] });
	let p = 0;
	for (const citation of checkChapterText(body).citations) {
		while (p < paragraphs.length - 1 && citation.line >= paragraphs[p]!.end) p += 1;
		paragraphs[p]?.ids.push(...citation.ids);
	}
	return paragraphs.map(({ line, ids }) => ({ line, ids }));
}

interface TranslatedChapter {
	file: string;
	data: EditionChapterFrontMatter;
	yaml: ParsedYaml;
	body: string;
	bodyLineOffset: number;
}

/** The same citations, paragraph by paragraph: the first place a translation differs from its original. */
function citationParity(
	original: string,
	translated: TranslatedChapter
): Omit<ValidationIssue, 'file'> | undefined {
	const a = paragraphCitations(original);
	const b = paragraphCitations(translated.body);
	const at = (line: number) => translated.bodyLineOffset + line + 1;
	if (a.length !== b.length)
		return {
			field: 'text',
			line: at(b[Math.min(a.length, b.length) - 1]?.line ?? 0),
			message: `has ${b.length} paragraphs where the original has ${a.length}: translate paragraph for paragraph`
		};
	for (const [i, paragraph] of b.entries()) {
		const expected = [...a[i]!.ids].sort().join(', ');
		const found = [...paragraph.ids].sort().join(', ');
		if (expected !== found)
			return {
				field: 'text',
				line: at(paragraph.line),
				message: `paragraph ${i + 1} cites ${found ? `[${found}]` : 'nothing'} where the original cites ${expected ? `[${expected}]` : 'nothing'}: the same sources, the same number of times`
			};
	}
	return undefined;
}

function readTranslatedChapter(file: ContentFile, issues: IssueList): TranslatedChapter | undefined {
	const split = splitFrontMatter(file.text);
	if (!split) {
		issues.add({
			file: file.path,
			field: '',
			line: 1,
			message: 'must start with YAML front matter between two "---" lines'
		});
		return undefined;
	}
	const yaml = parseYaml(split.yaml, file.path, issues, split.yamlLineOffset);
	if (!yaml) return undefined;
	const result = EditionChapterFrontMatter.safeParse(yaml.data);
	if (!result.success) {
		issuesFromZod(result.error, file.path, yaml).forEach((issue) => issues.add(issue));
		return undefined;
	}
	return { file: file.path, data: result.data, yaml, body: split.body, bodyLineOffset: split.bodyLineOffset };
}

/** The original chapters' Markdown bodies, by chapter id. */
function originalBodies(files: StoryFiles): Map<string, string> {
	const bodies = new Map<string, string>();
	for (const file of files.chapters) {
		const split = splitFrontMatter(file.text);
		const id = split && /^id:[ \t]*['"]?([a-z0-9-]+)['"]?[ \t]*$/m.exec(split.yaml)?.[1];
		if (split && id) bodies.set(id, split.body);
	}
	return bodies;
}

export function loadEdition(files: EditionFiles, original: OriginalStory): LoadedEdition {
	const issues = new IssueList();
	const warnings: ValidationIssue[] = [];
	const { story } = original;
	const settingsFile = parseYamlFile(EditionSettings, files.edition, issues);
	const stringsFile = parseYamlFile(EditionStrings, files.strings, issues);
	const layersFile = files.layers ? parseYamlFile(EditionLayers, files.layers, issues) : undefined;
	const sourcesFile = files.sources ? parseYamlFile(EditionSources, files.sources, issues) : undefined;
	const correctionsFile = files.corrections
		? parseYamlFile(EditionCorrections, files.corrections, issues)
		: undefined;

	const settings = settingsFile?.data;
	if (settingsFile && settings && settings.lang !== files.lang)
		issues.add({
			file: files.edition.path,
			field: 'lang',
			line: settingsFile.yaml.lineOf(['lang']),
			message: `is "${settings.lang}" but the folder is editions/${files.lang}`
		});

	// Strings: every key, the catalogue's placeholders; then the edition's copy overrides.
	if (stringsFile)
		checkStrings(stringsFile.data, true, (key) => ({
			file: files.strings.path,
			field: key ?? '',
			line: key ? stringsFile.yaml.lineOf([key]) : undefined
		})).forEach((issue) => issues.add(issue));
	if (settingsFile && settings)
		checkStrings(settings.copy, false, (key) => ({
			file: files.edition.path,
			field: key ? `copy.${key}` : 'copy',
			line: settingsFile.yaml.lineOf(key ? ['copy', key] : ['copy'])
		})).forEach((issue) => issues.add(issue));

	// Chapters: one translation per chapter of the original, or a declared fallback.
	const bodies = originalBodies(original.files);
	const chapterIds = new Set(story.chapters.map((c) => c.id));
	const translated = new Map<string, TranslatedChapter>();
	for (const file of files.chapters) {
		const chapter = readTranslatedChapter(file, issues);
		if (!chapter) continue;
		const { id } = chapter.data;
		const line = chapter.yaml.lineOf(['id']);
		if (!chapterIds.has(id)) {
			issues.add({ file: file.path, field: 'id', line, message: `no chapter "${id}" in the original story` });
			continue;
		}
		if (translated.has(id)) {
			issues.add({
				file: file.path,
				field: 'id',
				line,
				message: `chapter "${id}" is translated twice (also ${translated.get(id)!.file})`
			});
			continue;
		}
		translated.set(id, chapter);
		const parity = citationParity(bodies.get(id) ?? '', chapter);
		if (parity) issues.add({ file: file.path, ...parity });
		if (chapter.body.trim() === '')
			issues.add({ file: file.path, field: 'text', message: 'the chapter has no text' });
		for (const problem of checkChapterText(chapter.body).problems)
			issues.add({
				file: file.path,
				field: 'text',
				line: chapter.bodyLineOffset + problem.line + 1,
				message: problem.message
			});
	}
	const fallback = new Set(settings?.fallback ?? []);
	for (const chapter of story.chapters) {
		if (!translated.has(chapter.id) && !fallback.has(chapter.id))
			issues.add({
				file: `${files.dir}/chapters/${chapter.id}.md`,
				field: '',
				message: `missing: translate chapter "${chapter.id}", or list it under fallback in ${files.edition.path}`
			});
	}
	if (settingsFile && settings)
		settings.fallback.forEach((id, i) => {
			if (!chapterIds.has(id))
				issues.add({
					file: files.edition.path,
					field: `fallback[${i}]`,
					line: settingsFile.yaml.lineOf(['fallback', i]),
					message: `no chapter "${id}" in the original story`
				});
		});

	// Out of date: a change to the original logged after the translation was checked.
	for (const chapter of story.chapters) {
		const translation = translated.get(chapter.id);
		const latest = chapter.corrections[0];
		if (translation && latest && latest.date > translation.data.translated)
			warnings.push({
				file: translation.file,
				field: 'translated',
				line: translation.yaml.lineOf(['translated']),
				message: `is ${translation.data.translated}, but the original changed on ${latest.date} (corrections.yaml: ${latest.id}): check the translation, then update the date`
			});
	}

	// Layers and features: every word the original shows.
	const layerWords = layersFile?.data ?? { layers: {}, features: {} };
	const layersPath = files.layers?.path ?? `${files.dir}/layers.yaml`;
	const layerLine = (path: PropertyKey[]) => layersFile?.yaml.lineOf(path);
	const features = new Map(original.layers.flatMap((l) => l.features.map((f) => [f.id, f] as const)));
	for (const layer of original.layers) {
		if (!Object.hasOwn(layerWords.layers, layer.id))
			issues.add({
				file: layersPath,
				field: `layers.${layer.id}`,
				line: layerLine(['layers']),
				message: `missing: the title and legend of layer "${layer.id}"`
			});
		for (const feature of layer.features) {
			const words = Object.hasOwn(layerWords.features, feature.id) ? layerWords.features[feature.id]! : {};
			for (const field of ['date', 'summary', 'location_note'] as const) {
				if (feature.properties[field] !== undefined && words[field] === undefined)
					issues.add({
						file: layersPath,
						field: `features.${feature.id}.${field}`,
						line: layerLine(['features', feature.id]),
						message: `missing: the translation of feature "${feature.id}"'s ${field}`
					});
			}
		}
	}
	for (const id of Object.keys(layerWords.layers))
		if (!original.layers.some((l) => l.id === id))
			issues.add({
				file: layersPath,
				field: `layers.${id}`,
				line: layerLine(['layers', id]),
				message: `no layer "${id}" in the original story`
			});
	for (const id of Object.keys(layerWords.features))
		if (!features.has(id))
			issues.add({
				file: layersPath,
				field: `features.${id}`,
				line: layerLine(['features', id]),
				message: `no feature "${id}" in the original story`
			});

	// Sides, sources, corrections.
	for (const side of story.sides) {
		if (settings && !Object.hasOwn(settings.sides, side.id))
			issues.add({
				file: files.edition.path,
				field: `sides.${side.id}`,
				line: settingsFile?.yaml.lineOf(['sides']),
				message: `missing: the label and explanation of side "${side.id}"`
			});
	}
	const sourceWords = sourcesFile?.data ?? {};
	const sourceIds = new Set(story.sources.map((s) => s.id));
	for (const id of Object.keys(sourceWords))
		if (!sourceIds.has(id))
			issues.add({
				file: files.sources!.path,
				field: id,
				line: sourcesFile?.yaml.lineOf([id]),
				message: `no source "${id}" in the original story`
			});
	const correctionWords = correctionsFile?.data ?? {};
	for (const correction of story.corrections) {
		if (!Object.hasOwn(correctionWords, correction.id))
			warnings.push({
				file: files.corrections?.path ?? `${files.dir}/corrections.yaml`,
				field: correction.id,
				message: `not translated yet: readers of this edition see the original's words for correction "${correction.id}"`
			});
	}
	for (const id of Object.keys(correctionWords))
		if (!story.corrections.some((c) => c.id === id))
			issues.add({
				file: files.corrections!.path,
				field: id,
				line: correctionsFile?.yaml.lineOf([id]),
				message: `no correction "${id}" in the original's corrections.yaml`
			});

	issues.throwIfAny();
	// Everything below is present and consistent.
	const s = settings!;
	const strings = { ...ENGINE_STRINGS, ...stringsFile!.data, ...s.copy } as Strings;
	const writing = chapterWriting(strings, s.locale ?? s.lang);

	const localCorrection = (c: Correction): ShownCorrection =>
		Object.hasOwn(correctionWords, c.id)
			? { ...c, ...correctionWords[c.id]! }
			: { ...c, lang: story.meta.lang };

	const sources: Source[] = story.sources.map((source) => {
		const words = Object.hasOwn(sourceWords, source.id) ? sourceWords[source.id]! : {};
		const side = source.side && {
			id: source.side.id,
			label: s.sides[source.side.id]?.label ?? source.side.label
		};
		return {
			...source,
			...(words.note ? { note: words.note } : {}),
			...(words.description && source.description ? { description: words.description } : {}),
			...(side ? { side } : {})
		};
	});
	const numbered = new Map(sources.map((source) => [source.id, source]));

	const chapters: Chapter[] = story.chapters.map((chapter) => {
		const translation = translated.get(chapter.id);
		const corrections = chapter.corrections.map(localCorrection);
		if (!translation) return { ...chapter, lang: story.meta.lang, corrections };
		const html = renderMarkdown(
			fillMeasures(translation.body, original.layers, writing.km),
			writing.env(`${chapter.id}-source`, (id) => numbered.get(id))
		);
		const { title, date, description, summary } = translation.data;
		return { ...chapter, title, description, summary, ...(date ? { date } : {}), html, corrections };
	});

	// The layers' words; each feature named in this language, its original name kept as a local name.
	const names = new Map<string, string>();
	const layers = original.layers.map((layer) => {
		const words = layerWords.layers[layer.id]!;
		return {
			...layer,
			title: words.title,
			legend: words.legend,
			features: layer.features.map((feature): ManifestFeature => {
				const own = Object.hasOwn(layerWords.features, feature.id) ? layerWords.features[feature.id]! : {};
				const name =
					own.name ?? nameIn(feature.properties, s.lang, story.meta.lang) ?? feature.properties.name;
				names.set(feature.id, name);
				return {
					...feature,
					properties: {
						...feature.properties,
						[`name_${story.meta.lang}`]: feature.properties.name,
						name,
						...(own.date ? { date: own.date } : {}),
						...(own.summary ? { summary: own.summary } : {}),
						...(own.location_note ? { location_note: own.location_note } : {})
					}
				};
			})
		};
	});

	const meta = {
		...story.meta,
		lang: s.lang,
		dir: s.dir ?? directionOf(s.lang),
		locale: s.locale,
		calendar: s.calendar,
		title: s.title,
		subtitle: s.subtitle,
		description: s.description,
		byline: s.byline,
		copy: s.copy,
		place_names: { ...story.meta.place_names, map_second_line: s.place_names.map_second_line },
		fonts: { ...story.meta.fonts, ...(s.fonts.text ? { text: s.fonts.text } : {}) }
	};
	const sides = story.sides.map((side) => ({ id: side.id, ...s.sides[side.id]! }));
	return {
		settings: s,
		strings,
		story: { meta, chapters, sources, sides, corrections: story.corrections.map(localCorrection) },
		layers,
		names,
		warnings
	};
}
