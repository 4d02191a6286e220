import { describe, expect, it } from 'vitest';
import { escapeForTerminal } from '../../../src/lib/content/terminal-text';
import { firstForbidden, rawTextProblems, stringProblems } from '../../../src/lib/content/text-rules';
import { formatIssue, ValidationError } from '../../../src/lib/content/validation-error';

describe('escapeForTerminal', () => {
	it('shows controls and bidirectional characters as escapes, and leaves text (Persian too) alone', () => {
		expect(escapeForTerminal('a\u001b[2Jb')).toBe('a\\u001b[2Jb');
		expect(escapeForTerminal('line\nnext\r')).toBe('line\\u000anext\\u000d');
		expect(escapeForTerminal('abc\u202edef\u2066')).toBe('abc\\u202edef\\u2066');
		expect(escapeForTerminal('\u0085\u009b')).toBe('\\u0085\\u009b');
		expect(escapeForTerminal('تهران, Évreux – “quoted”')).toBe('تهران, Évreux – “quoted”');
	});

	it('is applied to every printed issue: file name, field and message', () => {
		const issue = { file: 'chapters/\u001b[31mx.md', field: 'title', message: 'holds "\u202e"' };
		expect(formatIssue(issue)).toBe('chapters/\\u001b[31mx.md title: holds "\\u202e"');
	});

	it('lists at most a hundred issues, then says how many more', () => {
		const issues = Array.from({ length: 250 }, (_, i) => ({ file: 'f', field: '', message: `problem ${i}` }));
		const lines = new ValidationError(issues).message.split('\n');
		expect(lines).toHaveLength(1 + 100 + 1);
		expect(lines.at(-1)).toBe('  … and 150 more');
	});
});

describe('characters no story text may hold', () => {
	it('are controls (but tab and newline) and bidi embeddings, overrides and isolates; marks and joiners are fine', () => {
		for (const bad of [
			'\u0000',
			'\u0008',
			'\u000b',
			'\u001b',
			'\u007f',
			'\u0085',
			'\u202a',
			'\u202e',
			'\u2066',
			'\u2069',
			'\r'
		])
			expect(firstForbidden(`a${bad}b`), JSON.stringify(bad)).toBe(bad);
		for (const fine of ['\t', '\n', '\u200c', '\u200d', '\u200e', '\u200f', '\u061c', 'é', 'ی'])
			expect(firstForbidden(`a${fine}b`), JSON.stringify(fine)).toBeUndefined();
	});

	it('are found in raw text by line and column, CRLF line endings allowed, one problem per line', () => {
		const problems = rawTextProblems('ok\r\nfine\tline\r\nbad \u001b here \u001b\nand \u202e\n');
		expect(problems).toEqual([
			{ line: 2, message: expect.stringMatching(/^column 5 holds U\+001B \(ESC\), a control character/) },
			{ line: 3, message: expect.stringMatching(/^column 5 holds U\+202E \(RIGHT-TO-LEFT OVERRIDE\)/) }
		]);
	});

	it('in a file full of them, are reported for the first lines, then counted', () => {
		const problems = rawTextProblems('\u0007\n'.repeat(1000), 5);
		expect(problems).toHaveLength(6);
		expect(problems[5]!.message).toBe('and 995 more lines hold control or bidirectional characters');
	});

	it('are found in parsed data by field, in values and in keys', () => {
		const problems = stringProblems({
			title: 'ok',
			list: ['fine', 'x\u001by'],
			'k\u202e': 1,
			nested: { n: 5 }
		});
		expect(problems).toEqual(
			expect.arrayContaining([
				{ path: ['list', 1], message: expect.stringMatching(/^holds U\+001B \(ESC\)/) },
				{ path: ['k\u202e'], message: expect.stringMatching(/^its name holds U\+202E/) }
			])
		);
		expect(problems).toHaveLength(2);
	});

	it('are looked for without recursion or copied paths: deeply nested data takes neither the stack nor long', () => {
		let deep: unknown = 'x\u0000';
		for (let i = 0; i < 200_000; i++) deep = [deep];
		const started = performance.now();
		const [problem] = stringProblems(deep);
		expect(problem!.path).toHaveLength(200_000);
		expect(performance.now() - started).toBeLessThan(5_000);
	});
});
