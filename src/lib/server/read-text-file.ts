/** Reads an author's file as UTF-8 text, refusing what would be unsafe or slow to parse. */
import { readFile, stat } from 'node:fs/promises';
import type { IssueList } from '../content/validation-error';

/** Content and GeoJSON files are hand-written; anything bigger is a mistake (or an attack). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * @param displayPath the path to name in error messages (relative to the project root)
 * @returns the text, or undefined after recording why it could not be read
 */
export async function readTextFile(
	path: string,
	displayPath: string,
	issues: IssueList
): Promise<string | undefined> {
	let size: number;
	try {
		size = (await stat(path)).size;
	} catch {
		issues.add({ file: displayPath, field: '', message: 'file is missing' });
		return undefined;
	}
	if (size > MAX_FILE_BYTES) {
		const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
		issues.add({
			file: displayPath,
			field: '',
			message: `file is ${mb(size)}; the limit is ${mb(MAX_FILE_BYTES)}`
		});
		return undefined;
	}
	const bytes = await readFile(path);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const offset = firstInvalidUtf8(bytes);
		const line = bytes.subarray(0, offset).toString('latin1').split('\n').length;
		issues.add({
			file: displayPath,
			field: '',
			line,
			message: `is not valid UTF-8 (bad byte at offset ${offset}); save it as UTF-8`
		});
		return undefined;
	}
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let low = 0;
	let high = bytes.length;
	while (high - low > 1) {
		const mid = (low + high) >> 1;
		try {
			decoder.decode(bytes.subarray(0, mid), { stream: true });
			low = mid;
		} catch {
			high = mid;
		}
	}
	return low;
}
