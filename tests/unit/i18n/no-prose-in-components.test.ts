/**
 * Components hold no reader-facing words: every word a reader sees comes from the story's content
 * or from the strings catalogue (src/lib/i18n/strings.ts), so that an edition in another language
 * is content only. This walks every component's template (Svelte's own parser) and fails on text,
 * or on a reader-facing attribute (aria-label, title, alt…), written out in the markup.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const folders = ['src/lib', 'src/routes'];

/** Attributes whose value a reader hears or sees. */
const READER_ATTRIBUTES = new Set([
	'aria-label',
	'aria-description',
	'aria-valuetext',
	'title',
	'alt',
	'placeholder',
	'label'
]);

/** Letters that make a word (any script); digits, punctuation and symbols (×, ↗, →) are not words. */
const WORD = /\p{L}{2,}/u;

/** Elements whose text is not shown to readers as prose. */
const NOT_PROSE = new Set(['style', 'script', 'noscript', 'kbd', 'svelte:head']);

function componentFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return componentFiles(path);
		return entry.name.endsWith('.svelte') ? [path] : [];
	});
}

interface Found {
	line: number;
	text: string;
}

type Node = { type: string; start: number; [key: string]: unknown };

function lineOf(source: string, offset: number): number {
	return source.slice(0, offset).split('\n').length;
}

/** Prose written out in a component's markup. */
function proseIn(source: string): Found[] {
	const ast = parse(source, { modern: true });
	const found: Found[] = [];
	const visit = (value: unknown, insideNotProse: boolean): void => {
		if (Array.isArray(value)) {
			value.forEach((item) => visit(item, insideNotProse));
			return;
		}
		if (!value || typeof value !== 'object') return;
		const node = value as Node;
		if (node.type === 'Text' && !insideNotProse && WORD.test(String(node.data))) {
			found.push({ line: lineOf(source, node.start), text: String(node.data).trim() });
		}
		if (node.type === 'Attribute' && READER_ATTRIBUTES.has(String(node.name)) && Array.isArray(node.value)) {
			for (const part of node.value as Node[]) {
				if (part.type === 'Text' && WORD.test(String(part.data)))
					found.push({
						line: lineOf(source, part.start),
						text: `${String(node.name)}="${String(part.data)}"`
					});
			}
		}
		const name = typeof node.name === 'string' ? node.name : '';
		const skip = insideNotProse || NOT_PROSE.has(name) || node.type === 'SvelteHead';
		for (const [key, child] of Object.entries(node)) {
			if (
				key === 'attributes' ||
				key === 'fragment' ||
				key === 'nodes' ||
				key === 'consequent' ||
				key === 'alternate' ||
				key === 'body' ||
				key === 'fallback' ||
				key === 'pending' ||
				key === 'then' ||
				key === 'catch'
			)
				visit(child, skip);
		}
	};
	visit(ast.fragment, false);
	return found;
}

describe('components hold no reader-facing prose', () => {
	const files = folders.flatMap((folder) => componentFiles(join(root, folder)));

	it('finds the components', () => {
		expect(files.length).toBeGreaterThan(20);
	});

	for (const file of files) {
		it(relative(root, file), () => {
			const found = proseIn(readFileSync(file, 'utf8')).map(({ line, text }) => `line ${line}: ${text}`);
			expect(found, 'words belong in the strings catalogue (src/lib/i18n/strings.ts) or in content').toEqual(
				[]
			);
		});
	}

	it('would catch prose (the check itself works)', () => {
		expect(proseIn('<p>Read more</p>').map((f) => f.text)).toEqual(['Read more']);
		expect(proseIn('<button aria-label="Close">×</button>').map((f) => f.text)).toEqual([
			'aria-label="Close"'
		]);
		expect(proseIn('{#if x}<span>Loading…</span>{/if}').map((f) => f.text)).toEqual(['Loading…']);
		expect(proseIn('<p>{text.t("a")} · <kbd>j</kbd> ↗</p>')).toEqual([]);
	});
});
