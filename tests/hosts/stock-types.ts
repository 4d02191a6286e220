/**
 * What stock servers send for each kind of file the build writes: Debian's nginx maps extensions
 * with /etc/nginx/mime.types (anything else: application/octet-stream), Apache httpd with
 * /etc/mime.types (anything else: no type at all).
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';

/** Extension → type, from a mime.types file in either format (nginx's `type ext ext;` or Apache's `type ext ext`). */
export async function readMimeTypes(file: string): Promise<Map<string, string>> {
	const text = (await readFile(file, 'utf8')).replace(/#.*$/gm, '').replace(/\btypes\s*\{|\}/g, '');
	const types = new Map<string, string>();
	for (const entry of text.split(/[;\n]/)) {
		const [type, ...extensions] = entry.trim().split(/\s+/);
		if (!type || !type.includes('/')) continue;
		for (const extension of extensions) if (!types.has(extension)) types.set(extension, type);
	}
	return types;
}

/** Every extension of a file under `dir` (host files without one, like _headers, left out). */
export async function extensionsUnder(dir: string): Promise<Set<string>> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return new Set(
		entries
			.filter((entry) => entry.isFile() && !basename(entry.name).startsWith('.'))
			.map((entry) => extname(entry.name).slice(1))
			.filter(Boolean)
	);
}
