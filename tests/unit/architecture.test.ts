/**
 * The engine's folders are layers (docs/architecture.md): a folder imports only from the layers
 * below it, so the code reads bottom-up and nothing depends on a page. The one exception is the
 * schema's types (src/lib/content/schema.ts is the single source of truth for content types), which
 * any folder may import as types.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = resolve('src/lib');

/** Bottom to top. Folders of one layer may not import each other. '.' is src/lib's own files. */
const LAYERS: string[][] = [
	['.', 'i18n'],
	['geodata'],
	['content'],
	['map', 'scrolly', 'share'],
	['static-map'],
	['reader'],
	['story'],
	['embed'],
	['server']
];
const SCHEMA = 'content/schema.ts';

const layerOf = new Map(
	LAYERS.flatMap((folders, level) => folders.map((folder) => [folder, level] as const))
);

function filesIn(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return filesIn(path);
		return /\.(ts|js|svelte)$/.test(entry.name) ? [path] : [];
	});
}

const folderOf = (file: string) => {
	const parts = relative(LIB, file).split('/');
	return parts.length > 1 ? parts[0]! : '.';
};

interface Import {
	line: number;
	target: string;
	typeOnly: boolean;
}

/** Static and dynamic imports and re-exports of src/lib files (relative or `$lib/`). */
function importsOf(file: string): Import[] {
	const source = readFileSync(file, 'utf8');
	const found: Import[] = [];
	const pattern =
		/\b(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
	for (const match of source.matchAll(pattern)) {
		const specifier = match[3] ?? match[4]!;
		let target: string;
		if (specifier.startsWith('.')) target = resolve(dirname(file), specifier);
		else if (specifier.startsWith('$lib/')) target = join(LIB, specifier.slice('$lib/'.length));
		else continue;
		if (!target.startsWith(`${LIB}/`)) continue;
		const line = source.slice(0, match.index).split('\n').length;
		found.push({ line, target: relative(LIB, target), typeOnly: match[2] !== undefined });
	}
	return found;
}

describe('the layers of src/lib', () => {
	it('names every folder of src/lib', () => {
		const folders = readdirSync(LIB, { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name);
		expect(folders.filter((folder) => !layerOf.has(folder))).toEqual([]);
	});

	it('has no import from a layer above or beside (only the schema’s types may come from anywhere)', () => {
		const wrong: string[] = [];
		for (const file of filesIn(LIB)) {
			const from = folderOf(file);
			for (const { line, target, typeOnly } of importsOf(file)) {
				const to = target.includes('/') ? target.split('/')[0]! : '.';
				if (to === from) continue;
				const schemaTypes = typeOnly && target.replace(/\.ts$/, '') === SCHEMA.replace(/\.ts$/, '');
				if (layerOf.get(to)! < layerOf.get(from)! || schemaTypes) continue;
				wrong.push(`src/lib/${relative(LIB, file)}:${line} imports ${target} (${from} → ${to})`);
			}
		}
		expect(wrong).toEqual([]);
	});
});
