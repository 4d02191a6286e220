/** Sources a reader can verify: what sources.yaml must say, and how a loaded source reads. */
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../../src/lib/content/load-story';
import { formatSourceDate, sourceHeading } from '../../../src/lib/content/source-text';
import type { ValidationIssue } from '../../../src/lib/content/validation-error';
import { issuesOf, layers, storyFiles } from './fixtures';

const TODAY = '2026-06-01';
const A_HEAD = 'src-a:\n  title: Source A\n  publisher: Pub A\n';
const B = "src-b:\n  title: Source B\n  publisher: Pub B\n  date: '2001'\n  accessed: '2026-01-01'\n";
/** sources.yaml with src-a's remaining fields as given (src-a's first field is on line 2). */
const withA = (fields: string) => storyFiles({ sources: A_HEAD + fields + B });

describe('sources.yaml', () => {
	const cases: {
		name: string;
		sources: string;
		expected: Partial<Omit<ValidationIssue, 'message'>> & { message: RegExp };
	}[] = [
		{
			name: 'a wiki link without the revision read',
			sources:
				"src-a:\n  title: Article\n  publisher: Wikipedia\n  date: none\n  url: https://en.wikipedia.org/wiki/Rome\n  accessed: '2026-01-01'\n" +
				B,
			expected: { field: 'src-a.revision', line: 5, message: /wiki \(wikipedia\.org\).*oldid/ }
		},
		{
			name: 'a revision that is not a permanent link',
			sources:
				"src-a:\n  title: Article\n  publisher: Wikipedia\n  date: none\n  url: https://en.wikipedia.org/wiki/Rome\n  revision: https://en.wikipedia.org/wiki/Rome\n  accessed: '2026-01-01'\n" +
				B,
			expected: { field: 'src-a.revision', line: 6, message: /oldid=<number>/ }
		},
		{
			name: 'a source without a date',
			sources: A_HEAD + "  accessed: '2026-01-01'\n" + B,
			expected: { field: 'src-a.date', message: /is missing/ }
		},
		{
			name: 'a date that is not a calendar date',
			sources: A_HEAD + "  date: 28 September 2012\n  accessed: '2026-01-01'\n" + B,
			expected: { field: 'src-a.date', line: 4, message: /'1869', '1869-11' or '1869-11-17', or none/ }
		},
		{
			name: 'a date in the future',
			sources: A_HEAD + "  date: '2026-06-02'\n  accessed: '2026-01-01'\n" + B,
			expected: { field: 'src-a.date', line: 4, message: /is in the future \(today is 2026-06-01\)/ }
		},
		{
			name: 'a month in the future',
			sources: A_HEAD + "  date: '2026-07'\n  accessed: '2026-01-01'\n" + B,
			expected: { field: 'src-a.date', message: /is in the future/ }
		},
		{
			name: 'an access date in the future',
			sources: A_HEAD + "  date: '2001'\n  accessed: '2026-12-24'\n" + B,
			expected: { field: 'src-a.accessed', line: 5, message: /is in the future/ }
		},
		{
			name: 'a source without an access date',
			sources: A_HEAD + "  date: '2001'\n" + B,
			expected: { field: 'src-a.accessed', message: /is missing/ }
		},
		{
			name: 'a link to a copy host that does not say it is a copy',
			sources: A_HEAD + "  date: '2001'\n  url: https://wikimili.com/en/Rome\n  accessed: '2026-01-01'\n" + B,
			expected: { field: 'src-a.copy', line: 5, message: /wikimili\.com only holds copies.*copy: true/ }
		},
		{
			name: 'a subdomain of a copy host',
			sources:
				A_HEAD + "  date: '2001'\n  url: https://en.m.wikimili.com./Rome\n  accessed: '2026-01-01'\n" + B,
			expected: { field: 'src-a.copy', message: /wikimili\.com only holds copies/ }
		},
		{
			name: 'an unknown side',
			sources: A_HEAD + "  date: '2001'\n  accessed: '2026-01-01'\n  affiliation: government\n" + B,
			expected: {
				field: 'src-a.affiliation',
				line: 6,
				message: /unknown side "government" \(content\/story\.yaml sides: iran-state, mek-ncri\)/
			}
		},
		{
			name: 'both a title and a description',
			sources: A_HEAD + "  description: A report\n  date: '2001'\n  accessed: '2026-01-01'\n" + B,
			expected: { field: 'src-a.description', line: 4, message: /either its headline or a description/ }
		},
		{
			name: 'neither a title nor a description',
			sources: "src-a:\n  publisher: Pub A\n  date: '2001'\n  accessed: '2026-01-01'\n" + B,
			expected: { field: 'src-a.title', line: 2, message: /give the headline as title, or .* description/ }
		}
	];

	for (const { name, sources, expected } of cases) {
		it(`rejects ${name}, with the file, line and field`, () => {
			const issues = issuesOf(storyFiles({ sources }), TODAY);
			const { message, ...where } = expected;
			const match = issues.find((issue) => message.test(issue.message));
			expect(match, `issues were: ${JSON.stringify(issues, null, 1)}`).toBeDefined();
			expect(match).toMatchObject({ file: 'content/sources.yaml', ...where });
		});
	}

	it('accepts a wiki source with its revision, and a copy that says so', () => {
		const files = withA(
			"  date: none\n  url: https://wikimili.com/en/Rome\n  copy: true\n  revision: https://en.wikipedia.org/w/index.php?title=Rome&oldid=123\n  accessed: '2026-01-01'\n"
		);
		expect(() => loadStory(files, layers(), { today: TODAY })).not.toThrow();
	});
});

describe('a loaded source', () => {
	const story = loadStory(storyFiles(), layers(), { today: TODAY });

	it('carries its side with the label to show, and the story lists only the sides in use', () => {
		const b = story.sources.find((s) => s.id === 'src-b')!;
		expect(b.side).toEqual({ id: 'iran-state', label: 'Iranian state source' });
		expect(b).not.toHaveProperty('affiliation');
		expect(story.sides).toEqual([
			{
				id: 'iran-state',
				label: 'Iranian state source',
				explanation: 'Run or aligned with the Iranian state.'
			}
		]);
	});

	it('is headed by its title, or by its description in brackets', () => {
		expect(sourceHeading(story.sources.find((s) => s.id === 'src-a')!)).toBe('Source A');
		expect(sourceHeading(story.sources.find((s) => s.id === 'src-b')!)).toBe('[An item without a headline]');
	});

	it('is dated for English readers, and an undated item has no date', () => {
		expect(formatSourceDate('2012-09-28')).toBe('28 September 2012');
		expect(formatSourceDate('1988-07')).toBe('July 1988');
		expect(formatSourceDate('2013')).toBe('2013');
		expect(formatSourceDate('none')).toBeUndefined();
	});

	it('is cited in the text with its heading as the link label', () => {
		const html = story.chapters.map((c) => c.html).join('');
		expect(html).toContain('aria-label="Source 1: Source A"');
	});
});
