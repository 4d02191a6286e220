/** The public log of corrections and updates (corrections.yaml), and chapter summaries and periods. */
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../../src/lib/content/load-story';
import type { ValidationIssue } from '../../../src/lib/content/validation-error';
import { chapterFile, issuesOf, layers, storyFiles } from './fixtures';

const TODAY = '2026-06-01';
const entry = (id: string, date: string, extra = '') =>
	`- id: ${id}\n  date: '${date}'\n  kind: correction\n  what: Fixed a date.\n  why: It was wrong.\n${extra}`;

describe('corrections.yaml', () => {
	it('is optional, and loads newest first, each chapter with its own entries', () => {
		expect(loadStory(storyFiles(), layers(), { today: TODAY }).corrections).toEqual([]);
		const story = loadStory(
			storyFiles({
				corrections:
					entry('older', '2025-12-01', '  chapter: alpha\n') +
					entry('whole-story', '2026-01-01') +
					entry('newer', '2025-12-02', '  chapter: alpha\n')
			}),
			layers(),
			{ today: TODAY }
		);
		expect(story.corrections.map((c) => c.id)).toEqual(['whole-story', 'newer', 'older']);
		expect(story.chapters.find((c) => c.id === 'alpha')!.corrections.map((c) => c.id)).toEqual([
			'newer',
			'older'
		]);
		expect(story.chapters.find((c) => c.id === 'beta')!.corrections).toEqual([]);
	});

	const cases: {
		name: string;
		corrections: string;
		expected: Partial<Omit<ValidationIssue, 'message'>> & { message: RegExp };
	}[] = [
		{
			name: 'an id used twice',
			corrections: entry('fix', '2025-12-01') + entry('fix', '2025-12-02'),
			expected: {
				file: 'content/corrections.yaml',
				field: '[1].id',
				line: 6,
				message: /used by an earlier entry/
			}
		},
		{
			name: 'an unknown chapter',
			corrections: entry('fix', '2025-12-01', '  chapter: gamma\n'),
			expected: { field: '[0].chapter', line: 6, message: /unknown chapter "gamma"/ }
		},
		{
			name: 'a date in the future',
			corrections: entry('fix', '2026-06-02'),
			expected: { field: '[0].date', line: 2, message: /is in the future/ }
		},
		{
			name: 'a kind that is neither correction nor update',
			corrections: entry('fix', '2025-12-01').replace('kind: correction', 'kind: erratum'),
			expected: { field: '[0].kind', line: 3, message: /must be correction or update/ }
		},
		{
			name: 'a story last updated before its newest correction',
			corrections: entry('fix', '2026-02-01'),
			expected: {
				file: 'content/story.yaml',
				field: 'updated',
				line: 3,
				message: /older than the newest correction \(fix, 2026-02-01/
			}
		}
	];
	for (const { name, corrections, expected } of cases) {
		it(`rejects ${name}, with the file, line and field`, () => {
			const issues = issuesOf(storyFiles({ corrections }), TODAY);
			const { message, ...where } = expected;
			const match = issues.find((issue) => message.test(issue.message));
			expect(match, `issues were: ${JSON.stringify(issues, null, 1)}`).toBeDefined();
			expect(match).toMatchObject({ file: 'content/corrections.yaml', ...where });
		});
	}
});

describe('a chapter summary and period', () => {
	const alpha = (frontMatter: string) =>
		chapterFile(
			'alpha',
			`title: Alpha\ndescription: d.\ncamera: { center: [10, 45], zoom: 5 }\n${frontMatter}`
		);
	const beta = chapterFile('beta', 'title: Beta\ncamera: { fit: cities }\nlayers: [cities]\ndescription: d.');
	const reject = (frontMatter: string) =>
		issuesOf(storyFiles({ chapters: [alpha(frontMatter), beta] }), TODAY);

	it('loads with the chapter', () => {
		const story = loadStory(
			storyFiles({
				chapters: [alpha("summary: Alpha, briefly.\nperiod: { from: '1988-07', to: '1989' }"), beta]
			}),
			layers(),
			{ today: TODAY }
		);
		const chapter = story.chapters.find((c) => c.id === 'alpha')!;
		expect(chapter.summary).toBe('Alpha, briefly.');
		expect(chapter.period).toEqual({ from: '1988-07', to: '1989' });
	});

	it('rejects a missing summary, a long one, and one with citations', () => {
		expect(
			issuesOf(
				storyFiles({
					chapters: [
						{
							path: 'content/chapters/alpha.md',
							text: '---\nid: alpha\ntitle: A\ndescription: d.\ncamera: { fit: cities }\n---\n\nText [@src-a].\n'
						},
						beta
					]
				}),
				TODAY
			)
		).toContainEqual(expect.objectContaining({ field: 'summary', message: 'is missing' }));
		expect(reject(`summary: ${'x'.repeat(201)}`)).toContainEqual(
			expect.objectContaining({ field: 'summary', line: 6, message: 'must be 200 characters or fewer' })
		);
		expect(reject('summary: It happened [@src-a].')).toContainEqual(
			expect.objectContaining({ field: 'summary', message: expect.stringMatching(/must not cite sources/) })
		);
	});

	it('rejects a period that ends before it starts, or a date that is not one', () => {
		expect(reject("period: { from: '1989', to: '1988-07' }")).toContainEqual(
			expect.objectContaining({ field: 'period', message: 'from must not be later than to' })
		);
		expect(reject("period: { from: '1988-13', to: '1989' }")).toContainEqual(
			expect.objectContaining({ field: 'period.from' })
		);
	});
});
