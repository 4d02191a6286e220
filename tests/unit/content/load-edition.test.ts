/**
 * Editions in other languages are content only: here a fixture edition in Italian (a language the
 * project does not ship) is checked against the small test story and built, with no code of its own.
 */
import { describe, expect, it } from 'vitest';
import { loadEdition, paragraphCitations, type EditionFiles } from '../../../src/lib/content/load-edition';
import { loadStory } from '../../../src/lib/content/load-story';
import { ValidationError, type ValidationIssue } from '../../../src/lib/content/validation-error';
import { ENGINE_STRINGS } from '../../../src/lib/i18n/strings';
import { chapterFile, layers, storyFiles } from './fixtures';

const files = storyFiles({
	chapters: [
		chapterFile(
			'alpha',
			'title: Alpha\ncamera: { center: [10, 45], zoom: 5 }\nlayers: [cities]\nhighlight: [rome]\ndescription: A map of cities.',
			'Rome is a city [@src-a].\n\nMilan is another [@src-a; @src-b].'
		),
		chapterFile(
			'beta',
			'title: Beta\ncamera: { fit: cities }\nlayers: [cities, route]\ndescription: A map of a route.',
			'A road joins them, {{length:road}} long [@src-b].'
		)
	],
	corrections: `- id: beta-fix\n  date: '2025-12-15'\n  chapter: beta\n  kind: correction\n  what: The road's length.\n  why: It was wrong.\n`
});
const story = loadStory(files, layers(), { today: '2026-06-01' });
const original = { story, files, layers: layers() };

/** Every string, in "Italian" (the catalogue's words with a mark, placeholders kept). */
const strings = Object.entries(ENGINE_STRINGS)
	.map(([key, text]) => `${key}: ${JSON.stringify(`IT ${text}`)}`)
	.join('\n');

function edition(
	overrides: Partial<Record<'edition' | 'strings' | 'layers' | 'alpha' | 'beta', string>> = {}
) {
	const chapter = (id: string, text: string) => ({ path: `content/editions/it/chapters/${id}.md`, text });
	const result: EditionFiles = {
		lang: 'it',
		dir: 'content/editions/it',
		edition: {
			path: 'content/editions/it/edition.yaml',
			text:
				overrides.edition ??
				"lang: it\ntitle: Storia di prova\ndescription: Una prova.\ntranslated: '2026-03-01'\n" +
					'sides:\n  iran-state:\n    label: Fonte dello Stato iraniano\n    explanation: Gestita dallo Stato iraniano.\n'
		},
		strings: { path: 'content/editions/it/strings.yaml', text: overrides.strings ?? strings },
		chapters: [
			chapter(
				'alpha',
				overrides.alpha ??
					"---\nid: alpha\ntitle: Alfa\ndescription: Una mappa.\nsummary: Roma e Milano.\ntranslated: '2026-03-01'\n---\n\nRoma è una città [@src-a].\n\nMilano è un'altra [@src-b; @src-a].\n"
			),
			chapter(
				'beta',
				overrides.beta ??
					"---\nid: beta\ntitle: Beta\ndescription: Una strada.\nsummary: Una strada.\ntranslated: '2025-11-15'\n---\n\nUna strada le unisce, lunga {{length:road}} [@src-b].\n"
			)
		],
		layers: {
			path: 'content/editions/it/layers.yaml',
			text:
				overrides.layers ??
				'layers:\n  cities: { title: Città, legend: Città }\n  route: { title: Strada, legend: Strade }\nfeatures:\n  road: { name: La strada }\n'
		}
	};
	return result;
}

function problems(files: EditionFiles): ValidationIssue[] {
	try {
		loadEdition(files, original);
	} catch (error) {
		expect(error).toBeInstanceOf(ValidationError);
		return (error as ValidationError).issues;
	}
	throw new Error('expected the edition to be refused');
}

describe('an edition in another language', () => {
	it('is content only: a fixture language builds the story in its words, with the original’s numbers', () => {
		const it = loadEdition(edition(), original);
		expect(it.story.meta).toMatchObject({ lang: 'it', dir: 'ltr', title: 'Storia di prova' });
		expect(it.story.chapters.map((c) => c.title)).toEqual(['Alfa', 'Beta']);
		// The same sources, numbered as in the original; the edition's measure words.
		expect(it.story.chapters[0]!.html).toContain('Roma è una città');
		expect(it.story.chapters[1]!.html).toContain('IT 412 km');
		// Citations in the edition's words: its comma between numbers, its label for each link.
		expect(it.story.chapters[0]!.html).toMatch(/<\/a>IT , <a/);
		expect(it.story.chapters[0]!.html).toContain('aria-label="IT Source 1: ');
		expect(it.story.chapters[0]!.sourceIds).toEqual(story.chapters[0]!.sourceIds);
		expect(it.story.sides).toEqual([
			{ id: 'iran-state', label: 'Fonte dello Stato iraniano', explanation: 'Gestita dallo Stato iraniano.' }
		]);
		expect(it.strings['share.button']).toBe('IT Share / Embed');
		// Layers: the edition's titles; a descriptive name translated, the original's name kept as a local name.
		const road = it.layers[1]!.features[0]!;
		expect(it.layers[0]!.title).toBe('Città');
		expect(road.properties.name).toBe('La strada');
		expect(road.properties['name_en']).toBe('Road');
	});

	it('warns when a translation is older than a change to its original', () => {
		const { warnings } = loadEdition(edition(), original);
		expect(warnings).toEqual([
			expect.objectContaining({
				file: 'content/editions/it/chapters/beta.md',
				field: 'translated',
				message: expect.stringMatching(
					/^is 2025-11-15, but the original changed on 2025-12-15 \(corrections.yaml: beta-fix\)/
				)
			}),
			expect.objectContaining({
				file: 'content/editions/it/corrections.yaml',
				field: 'beta-fix',
				message: expect.stringMatching(/^not translated yet/)
			})
		]);
	});

	it('refuses a dropped citation, paragraph by paragraph, with file, line and field', () => {
		const dropped = edition({
			alpha:
				"---\nid: alpha\ntitle: Alfa\ndescription: Una mappa.\nsummary: Roma.\ntranslated: '2026-03-01'\n---\n\nRoma è una città [@src-a].\n\nMilano è un'altra [@src-b].\n"
		});
		expect(problems(dropped)).toEqual([
			{
				file: 'content/editions/it/chapters/alpha.md',
				field: 'text',
				line: 11,
				message:
					'paragraph 2 cites [src-b] where the original cites [src-a, src-b]: the same sources, the same number of times'
			}
		]);
	});

	it('refuses merged paragraphs, a missing chapter, a missing string and a missing layer title', () => {
		const issues = problems({
			...edition({
				alpha:
					"---\nid: alpha\ntitle: Alfa\ndescription: Una mappa.\nsummary: Roma.\ntranslated: '2026-03-01'\n---\n\nRoma [@src-a]. Milano [@src-b; @src-a].\n",
				strings: strings.replace(/^share\.button: .*\n/m, ''),
				layers: 'layers:\n  cities: { title: Città, legend: Città }\n'
			}),
			chapters: edition()
				.chapters.slice(0, 1)
				.map((c) => ({
					...c,
					text: "---\nid: alpha\ntitle: Alfa\ndescription: Una mappa.\nsummary: Roma.\ntranslated: '2026-03-01'\n---\n\nRoma [@src-a]. Milano [@src-b; @src-a].\n"
				}))
		});
		expect(issues.map((i) => `${i.file} ${i.field}: ${i.message}`)).toEqual([
			'content/editions/it/strings.yaml : missing string: share.button',
			'content/editions/it/chapters/alpha.md text: has 1 paragraphs where the original has 2: translate paragraph for paragraph',
			'content/editions/it/chapters/beta.md : missing: translate chapter "beta", or list it under fallback in content/editions/it/edition.yaml',
			'content/editions/it/layers.yaml layers.route: missing: the title and legend of layer "route"'
		]);
	});

	it('shows a declared fallback chapter in the original’s words, marked with its language', () => {
		const files = edition({
			edition:
				"lang: it\ntitle: Storia\ndescription: Prova.\ntranslated: '2026-03-01'\nfallback: [beta]\n" +
				'sides:\n  iran-state: { label: Fonte, explanation: Spiegazione. }\n'
		});
		const it = loadEdition({ ...files, chapters: files.chapters.slice(0, 1) }, original);
		expect(it.story.chapters[1]).toMatchObject({ id: 'beta', title: 'Beta', lang: 'en' });
	});
});

describe('paragraphCitations', () => {
	it('lists each paragraph’s citations, in order, with its first line', () => {
		expect(paragraphCitations('A [@a].\nB [@b; @c].\n\n\nC.\n\nD `[@x]` [@d]')).toEqual([
			{ line: 0, ids: ['a', 'b', 'c'] },
			{ line: 4, ids: [] },
			{ line: 6, ids: ['d'] }
		]);
	});
});
