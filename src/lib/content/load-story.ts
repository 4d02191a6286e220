/**
 * Raw content files → a validated, rendered Story. Pure: the caller reads the files.
 * Every problem in every file is collected, then thrown together as one ValidationError,
 * so an author sees the whole list at once.
 */
import type { z } from 'zod';
import { checkChapterText, type ChapterText } from './chapter-text';
import { chapterWriting } from './chapter-writing';
import { ENGINE_STRINGS } from '../i18n/strings';
import { fillMeasures, findMeasures } from './measures';
import { framingProblem } from './framing';
import { splitFrontMatter } from './front-matter';
import { renderMarkdown } from './markdown';
import { checkCorrections, newestFirst } from './check-corrections';
import { checkSources } from './check-sources';
import {
	ChapterFrontMatter,
	CorrectionsFile,
	SourcesFile,
	StoryMeta,
	type Chapter,
	type Correction,
	type Side,
	type Source,
	type SourceEntry,
	type Story
} from './schema';
import { IssueList } from './validation-error';
import { parseYaml, parseYamlFile, type ParsedYaml } from './yaml-file';
import { formatPath, issuesFromZod } from './zod-issues';
import { unionBBox } from '../geodata/bbox';
import { featuresById, type ManifestFeature, type ManifestLayer } from '../geodata/manifest';

export interface ContentFile {
	/** Path shown in error messages, relative to the project root. */
	path: string;
	text: string;
}

export interface StoryFiles {
	story: ContentFile;
	sources: ContentFile;
	chapters: ContentFile[];
	/** corrections.yaml, when the story has one. */
	corrections?: ContentFile;
}

export interface LoadOptions {
	/** Today as YYYY-MM-DD (default: the current UTC date): no date may lie after it. */
	today?: string;
}

interface ChapterDraft {
	file: string;
	data: z.infer<typeof ChapterFrontMatter>;
	yaml: ParsedYaml;
	body: string;
	bodyLineOffset: number;
	/** Its body's citations and problems, from one parse. */
	text: ChapterText;
}

/** Reads one chapter file. `ids` receives its id even when the rest is invalid, to avoid knock-on errors. */
function readChapter(file: ContentFile, issues: IssueList, ids: Set<string>): ChapterDraft | undefined {
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
	if (!yaml) {
		// Its YAML error is reported; keep its id so story.yaml is not also told the chapter is missing.
		const id = /^id:[ \t]*['"]?([a-z0-9-]+)['"]?[ \t]*$/m.exec(split.yaml)?.[1];
		if (id) ids.add(id);
		return undefined;
	}
	const id = (yaml.data as { id?: unknown } | null)?.id;
	if (typeof id === 'string') ids.add(id);
	const result = ChapterFrontMatter.safeParse(yaml.data);
	if (!result.success) {
		issuesFromZod(result.error, file.path, yaml).forEach((issue) => issues.add(issue));
		return undefined;
	}
	return {
		file: file.path,
		data: result.data,
		yaml,
		body: split.body,
		bodyLineOffset: split.bodyLineOffset,
		text: checkChapterText(split.body)
	};
}

/** Checks a chapter's text and its references to layers, features and sources. */
function checkChapter(
	chapter: ChapterDraft,
	layers: ReadonlyMap<string, ManifestLayer>,
	features: ReadonlyMap<string, ManifestFeature>,
	sources: ReadonlyMap<string, SourceEntry>,
	sourcesPath: string,
	issues: IssueList
): void {
	const { file, data, yaml } = chapter;
	const at = (path: PropertyKey[], message: string) =>
		issues.add({ file, field: formatPath(path), message, line: yaml.lineOf(path) });
	const bodyLine = (line: number) => chapter.bodyLineOffset + line + 1;
	const known = [...layers.keys()].join(', ');
	const shownLayers = new Set(data.layers);
	const featureLayer = (id: string) => features.get(id)?.layer;

	data.layers.forEach((id, i) => {
		if (!layers.has(id)) at(['layers', i], `unknown layer "${id}" (known layers: ${known})`);
	});
	if ('fit' in data.camera) {
		const fit = data.camera.fit;
		(Array.isArray(fit) ? fit : [fit]).forEach((id, i) => {
			if (!layers.has(id))
				at(
					Array.isArray(fit) ? ['camera', 'fit', i] : ['camera', 'fit'],
					`unknown layer "${id}" (known layers: ${known})`
				);
		});
	}
	data.highlight.forEach((id, i) => {
		const layer = featureLayer(id);
		if (!layer) at(['highlight', i], `unknown feature "${id}": no story layer has a feature with this id`);
		else if (!shownLayers.has(layer)) {
			at(
				['highlight', i],
				`feature "${id}" is in layer "${layer}", which this chapter does not show; add it to layers`
			);
		}
	});
	data.places?.forEach((id, i) => {
		const layer = featureLayer(id);
		if (!layer) at(['places', i], `unknown feature "${id}": no story layer has a feature with this id`);
		else if (!shownLayers.has(layer)) {
			at(
				['places', i],
				`feature "${id}" is in layer "${layer}", which this chapter does not show; add it to layers`
			);
		}
	});
	if (data.draw !== undefined) {
		const drawn = features.get(data.draw);
		if (!drawn) at(['draw'], `unknown feature "${data.draw}": no story layer has a feature with this id`);
		else if (!shownLayers.has(drawn.layer)) {
			at(
				['draw'],
				`feature "${data.draw}" is in layer "${drawn.layer}", which this chapter does not show; add it to layers`
			);
		} else if (drawn.geometry !== 'LineString')
			at(['draw'], `feature "${data.draw}" is a ${drawn.geometry}; only a LineString can be drawn`);
		else if (!drawn.lengthKm)
			at(
				['draw'],
				`feature "${data.draw}" has no length (its positions are all one place): there is nothing to draw`
			);
	}
	data.sources.forEach((id, i) => {
		if (!sources.has(id)) at(['sources', i], `unknown source "${id}" (not in ${sourcesPath})`);
	});

	const { citations } = chapter.text;
	for (const citation of citations) {
		for (const id of citation.ids) {
			if (!sources.has(id)) {
				issues.add({
					file,
					field: 'text',
					line: bodyLine(citation.line),
					message: `cites unknown source "${id}" (not in ${sourcesPath})`
				});
			}
		}
	}
	for (const { id, line } of findMeasures(chapter.body)) {
		if (features.get(id)?.lengthKm === undefined) {
			issues.add({
				file,
				field: 'text',
				line: bodyLine(line),
				message: `{{length:${id}}} needs a LineString feature with that id`
			});
		}
	}
	for (const problem of chapter.text.problems) {
		issues.add({ file, field: 'text', line: bodyLine(problem.line), message: problem.message });
	}
	if (chapter.body.trim() === '') issues.add({ file, field: 'text', message: 'the chapter has no text' });
	if (citations.length === 0 && data.sources.length === 0) {
		at(
			['sources'],
			'a chapter needs at least one source: cite one in the text with [@source-id] or list it under sources'
		);
	}

	const camera = data.camera;
	const shown = [...shownLayers].filter((id) => layers.has(id)).map((id) => layers.get(id)!.bbox);
	if ('center' in camera && shown.length > 0) {
		const extent = unionBBox(shown);
		const problem = framingProblem(camera.center, camera.zoom, extent);
		if (problem?.kind === 'swapped') {
			at(['camera', 'center'], `looks like [latitude, longitude]: write [${problem.suggestion.join(', ')}]`);
		} else if (problem?.kind === 'far') {
			at(
				['camera', 'center'],
				`is ${problem.degrees.toFixed(1)}° away from this chapter's layers: none of them would be in view at zoom ${camera.zoom} ` +
					`(they lie within [${extent.map((v) => v.toFixed(2)).join(', ')}], west, south, east, north)`
			);
		}
	}
}

/**
 * Numbers sources in reading order: chapter citations, chapter sources, then places on the map (the
 * layers of each chapter in turn, then the rest). Each layer is numbered once: linear in the story.
 */
function numberSources(
	chapters: readonly ChapterDraft[],
	layers: readonly ManifestLayer[],
	registry: ReadonlyMap<string, SourceEntry>,
	sides: StoryMeta['sides']
): Map<string, Source> {
	const numbered = new Map<string, Source>();
	const add = (id: string) => {
		const entry = registry.get(id);
		if (!entry || numbered.has(id)) return;
		const { affiliation, ...rest } = entry;
		const side =
			affiliation === undefined ? undefined : { id: affiliation, label: sides[affiliation]!.label };
		numbered.set(id, { ...rest, id, number: numbered.size + 1, ...(side ? { side } : {}) });
	};
	for (const chapter of chapters) {
		chapter.text.citations.forEach((c) => c.ids.forEach(add));
		chapter.data.sources.forEach(add);
	}
	const numberedLayers = new Set<string>();
	const addLayer = (layer: ManifestLayer) => {
		if (numberedLayers.has(layer.id)) return;
		numberedLayers.add(layer.id);
		layer.features.forEach((f) => f.properties.sources.forEach(add));
	};
	for (const chapter of chapters) {
		const shown = new Set(chapter.data.layers);
		layers.filter((layer) => shown.has(layer.id)).forEach(addLayer);
	}
	layers.forEach(addLayer);
	return numbered;
}

/** The sides in use, in the order story.yaml lists them. */
function sidesInUse(sources: readonly Source[], sides: StoryMeta['sides']): Side[] {
	const used = new Set(sources.flatMap((source) => (source.side ? [source.side.id] : [])));
	return Object.entries(sides)
		.filter(([id]) => used.has(id))
		.map(([id, side]) => ({ id, label: side.label, explanation: side.explanation }));
}

export function loadStory(
	files: StoryFiles,
	geoLayers: readonly ManifestLayer[],
	options: LoadOptions = {}
): Story {
	const today = options.today ?? new Date().toISOString().slice(0, 10);
	const issues = new IssueList();
	const storyFile = parseYamlFile(StoryMeta, files.story, issues);
	const sourcesFile = parseYamlFile(SourcesFile, files.sources, issues);
	// A Map, so that a source id such as "constructor" cannot find Object.prototype's.
	const registry = sourcesFile && new Map(Object.entries(sourcesFile.data));
	const correctionsFile = files.corrections
		? parseYamlFile(CorrectionsFile, files.corrections, issues)
		: { data: [] as Correction[], yaml: undefined };
	const attemptedIds = new Set<string>();
	const drafts = files.chapters
		.map((file) => readChapter(file, issues, attemptedIds))
		.filter((d) => d !== undefined);

	const layers = new Map(geoLayers.map((layer) => [layer.id, layer]));
	const features = featuresById({ layers: geoLayers });

	const byId = new Map<string, ChapterDraft>();
	for (const draft of drafts) {
		const first = byId.get(draft.data.id);
		if (first) {
			issues.add({
				file: draft.file,
				field: 'id',
				line: draft.yaml.lineOf(['id']),
				message: `duplicate chapter id "${draft.data.id}" (also used by ${first.file})`
			});
		} else byId.set(draft.data.id, draft);
	}

	if (storyFile) {
		const listed = new Set<string>();
		storyFile.data.chapters.forEach((id, i) => {
			const line = storyFile.yaml.lineOf(['chapters', i]);
			if (listed.has(id))
				issues.add({
					file: files.story.path,
					field: `chapters[${i}]`,
					line,
					message: `"${id}" is listed twice`
				});
			else if (!attemptedIds.has(id)) {
				issues.add({
					file: files.story.path,
					field: `chapters[${i}]`,
					line,
					message: `no chapter file has id "${id}"`
				});
			}
			listed.add(id);
		});
		for (const draft of byId.values()) {
			if (!listed.has(draft.data.id)) {
				issues.add({
					file: draft.file,
					field: 'id',
					line: draft.yaml.lineOf(['id']),
					message: `chapter "${draft.data.id}" is not listed in ${files.story.path} (add it to chapters, or delete the file)`
				});
			}
		}
	}

	if (storyFile && sourcesFile) {
		checkSources(
			sourcesFile.data,
			sourcesFile.yaml,
			files.sources.path,
			storyFile.data,
			files.story.path,
			today,
			issues
		);
	}
	if (storyFile && correctionsFile?.yaml && files.corrections) {
		checkCorrections(
			correctionsFile.data,
			correctionsFile.yaml,
			files.corrections.path,
			storyFile.data,
			storyFile.yaml,
			files.story.path,
			today,
			issues
		);
	}

	if (registry) {
		for (const draft of byId.values())
			checkChapter(draft, layers, features, registry, files.sources.path, issues);
		for (const layer of geoLayers) {
			for (const feature of layer.features) {
				feature.properties.sources.forEach((id, i) => {
					if (!registry.has(id)) {
						issues.add({
							file: layer.sourceFile,
							field: `features[id=${feature.id}].properties.sources[${i}]`,
							message: `unknown source "${id}" (not in ${files.sources.path})`
						});
					}
				});
			}
		}
	}

	issues.throwIfAny();
	// Validation passed, so everything below is present and consistent.
	const meta = storyFile!.data;
	const ordered = meta.chapters.map((id) => byId.get(id)!);
	const numbered = numberSources(ordered, geoLayers, registry!, meta.sides);
	const corrections = newestFirst(correctionsFile!.data);

	const writing = chapterWriting({ ...ENGINE_STRINGS, ...meta.copy }, meta.locale ?? meta.lang);
	const chapters: Chapter[] = ordered.map((draft) => {
		const sourceIds = [...new Set([...draft.text.citations.flatMap((c) => c.ids), ...draft.data.sources])];
		const html = renderMarkdown(
			fillMeasures(draft.body, geoLayers, writing.km),
			writing.env(`${draft.data.id}-source`, (id) => numbered.get(id))
		);
		return {
			...draft.data,
			places: draft.data.places ?? draft.data.highlight,
			html,
			sourceIds,
			corrections: corrections.filter((c) => c.chapter === draft.data.id)
		};
	});

	const sources = [...numbered.values()];
	return { meta, chapters, sources, sides: sidesInUse(sources, meta.sides), corrections };
}
