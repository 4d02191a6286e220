import { describe, expect, it } from 'vitest';
import { transport } from '../../src/hooks';
import { markupOf, PrerenderedHtml } from '../../src/lib/prerendered';

describe('text the browser keeps as the server wrote it', () => {
	it('is rendered once, when the page is rendered', () => {
		let renders = 0;
		const text = new PrerenderedHtml(() => `<p>rendered ${++renders}</p>`);
		expect(renders).toBe(0);
		expect(markupOf(text)).toBe('<p>rendered 1</p>');
		expect(markupOf(text)).toBe('<p>rendered 1</p>');
	});

	it('reaches the browser empty, not a second time as data', () => {
		const { encode, decode } = transport.PrerenderedHtml!;
		const sent = encode(new PrerenderedHtml(() => '<p>a long chapter</p>'));
		expect(JSON.stringify(sent)).not.toContain('chapter');
		expect(encode('<p>a plain string</p>')).toBe(false);
		const received = decode(sent);
		expect(received).toBeInstanceOf(PrerenderedHtml);
		// Markup that is not empty, so hydration takes the server's nodes as they are; no empty
		// comment, which would end Svelte's {@html} block.
		expect(markupOf(received)).not.toBe('');
		expect(markupOf(received)).not.toContain('<!---->');
	});

	it('leaves plain strings (embeds render their text in the browser) as they are', () => {
		expect(markupOf('<p>text</p>')).toBe('<p>text</p>');
	});
});
