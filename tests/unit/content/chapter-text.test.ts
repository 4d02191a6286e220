/** Chapter Markdown: where citations are citations, what is refused, and how links to other origins render. */
import { describe, expect, it } from 'vitest';
import { checkChapterText } from '../../../src/lib/content/chapter-text';
import { isOtherOrigin, renderMarkdown } from '../../../src/lib/content/markdown';

const messages = (body: string) => checkChapterText(body).problems.map((p) => `${p.line}: ${p.message}`);

describe('citations', () => {
	it('are found with their body line, also when one spans two lines', () => {
		const { citations, problems } = checkChapterText(
			'First [@a].\n\nSecond [@b; @c] and\n[@d;\n@e] then [@f].\n'
		);
		expect(problems).toEqual([]);
		expect(citations.map((c) => [c.ids.join('+'), c.line])).toEqual([
			['a', 0],
			['b+c', 2],
			['d+e', 3],
			['f', 4]
		]);
	});

	it('in code spans, code blocks and after an escaped bracket are text, not citations nor mistakes', () => {
		const body =
			'Write `[@source-id]` [@a].\n\n```\n[@another; @one]\n```\n\n    [@indented]\n\nAn escaped \\[@x] bracket.\n';
		const { citations, problems } = checkChapterText(body);
		expect(citations.map((c) => c.ids)).toEqual([['a']]);
		expect(problems).toEqual([]);
		expect(renderMarkdown(body, { sourceAnchor: 's', resolve: () => ({ number: 1, title: 'A' }) })).toContain(
			'<code>[@source-id]</code>'
		);
	});

	it('inside a link’s text are refused, whether markdown-it made the link or gave it up', () => {
		expect(messages('See [the account [@a]](https://example.org/x).\n')).toEqual([
			"0: a citation cannot be inside a link's text ([@a]): put it after the link"
		]);
		expect(messages('See [the account](https://example.org/x) [@a].\n')).toEqual([]);
	});

	it('that are malformed or unclosed are refused with their line; a link whose text starts with @ is a link', () => {
		expect(messages('Ok [@a].\nBad [@Bad Id] and [@b, @c].\nOpen [@d and more\n')).toEqual([
			'1: malformed citation [@Bad Id]: write [@source-id] or [@one; @two]',
			'1: malformed citation [@b, @c]: write [@source-id] or [@one; @two]',
			'2: unclosed citation [@d and more: close it with ] (write [@source-id] or [@one; @two])'
		]);
		expect(messages('Follow [@handle](https://example.org/handle) [@a].\n')).toEqual([]);
	});

	it('quote at most 40 characters of what the author wrote', () => {
		const [problem] = messages(`[@${'x'.repeat(500)}\n`);
		expect(problem!.length).toBeLessThan(150);
	});
});

describe('chapter text', () => {
	it('refuses bidi controls and controls that only appear once entities are decoded', () => {
		expect(messages('The figure was &#x202E;0001&#x202C; [@a].\n')).toEqual([
			expect.stringMatching(/^0: holds U\+202E \(RIGHT-TO-LEFT OVERRIDE\)/)
		]);
		// markdown-it itself turns control characters written as entities into U+FFFD.
		expect(messages('A bell &#7; rings [@a].\n')).toEqual([]);
	});

	it('shows entity-encoded markup as the text it spells', () => {
		const html = renderMarkdown('&lt;script&gt;alert(1)&lt;/script&gt; [@a]', {
			sourceAnchor: 's',
			resolve: () => undefined
		});
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(html).not.toContain('<script');
	});
});

describe('links', () => {
	it('to other origins are told apart the way a browser resolves them', () => {
		for (const other of [
			'https://example.org/',
			'http://x',
			'//example.org/x',
			'/\\example.org/x',
			'mailto:a@b.c',
			'HTTPS://X'
		])
			expect(isOtherOrigin(other), other).toBe(true);
		for (const same of ['#tehran', '/chapter/paris', 'chapter/paris', '?x=1', '../embed'])
			expect(isOtherOrigin(same), same).toBe(false);
	});

	it('to other origins render with rel="noopener noreferrer", protocol-relative ones and autolinks too', () => {
		const html = renderMarkdown(
			'[a](//mirror.example.net/p) [b](https://example.org) <https://example.org/c> [d](#tehran)',
			{
				sourceAnchor: 's',
				resolve: () => undefined
			}
		);
		expect(html).toContain('<a href="//mirror.example.net/p" rel="noopener noreferrer">a</a>');
		expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">b</a>');
		expect(html).toContain(
			'<a href="https://example.org/c" rel="noopener noreferrer">https://example.org/c</a>'
		);
		expect(html).toContain('<a href="#tehran">d</a>');
	});
});
