/**
 * The budgets count KB of gzip, whatever encoding the browser negotiated (Chromium takes brotli
 * here): the size of a served file gzipped at level 9, read from the .gz the build wrote beside it
 * (scripts/precompress.js) or computed once.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function gzipSizes(roots: { prefix: string; dir: string }[]): (urlPath: string) => number {
	const cache = new Map<string, number>();
	const fileFor = (path: string): string | undefined => {
		const root = roots.find((r) => path === r.prefix || path.startsWith(`${r.prefix}/`)) ?? roots.at(-1)!;
		const relative = decodeURIComponent(path.slice(root.prefix.length)).replace(/^\/+/, '');
		for (const candidate of [relative, `${relative}.html`, join(relative, 'index.html')]) {
			const file = join(root.dir, candidate);
			if (existsSync(file) && statSync(file).isFile()) return file;
		}
		return undefined;
	};
	return (urlPath) => {
		const known = cache.get(urlPath);
		if (known !== undefined) return known;
		const file = fileFor(urlPath);
		let size = 0;
		if (file) {
			const raw = readFileSync(file);
			size = existsSync(`${file}.gz`)
				? statSync(`${file}.gz`).size
				: raw.length === 0
					? 0
					: Math.min(raw.length, gzipSync(raw, { level: 9 }).length);
		}
		cache.set(urlPath, size);
		return size;
	};
}
