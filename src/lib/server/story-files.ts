/**
 * Reading an author's story folder without trusting it. Every file is checked for what it is before
 * a byte of it is read: it must resolve inside the story folder (a symbolic link to `/etc/passwd`,
 * `/proc/self/environ` or another project is refused, never opened), be a regular file (a FIFO would
 * make the read wait forever, `/dev/zero` never ends, a folder cannot be read), be readable, and be
 * under MAX_FILE_BYTES. The size is taken with `fstat` on the opened handle and the read stops at the
 * limit plus one byte, so a file swapped or grown between the check and the read cannot get past it.
 * Each refusal is one sentence with the file, never a stack trace. Build time only.
 */
import { constants, type Stats } from 'node:fs';
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { rawTextProblems } from '../content/text-rules';
import { IssueList } from '../content/validation-error';
import type { StoryDir } from './story-dir';

/** Content and GeoJSON files are hand-written; anything bigger is a mistake (or an attack). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Why a file that is not a regular file cannot be read, or undefined for a regular file. */
function notARegularFile(stats: Stats): string | undefined {
	if (stats.isFile()) return undefined;
	if (stats.isDirectory()) return 'is a folder, not a file';
	if (stats.isFIFO()) return 'is a named pipe (FIFO), not a regular file: reading it could wait forever';
	if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'is a device, not a regular file';
	if (stats.isSocket()) return 'is a socket, not a regular file';
	return 'is not a regular file';
}

function failureReason(error: unknown, what = 'file'): string {
	const code = (error as NodeJS.ErrnoException).code;
	switch (code) {
		case 'ENOENT':
		case 'ENOTDIR':
			return `${what} is missing`;
		case 'EACCES':
		case 'EPERM':
			return `${what} cannot be read: permission denied (check its permissions)`;
		case 'ELOOP':
			return 'is a symbolic link that leads back to itself';
		case 'ENAMETOOLONG':
			return 'its name is too long';
		default:
			return `${what} cannot be read (${code ?? 'unknown error'})`;
	}
}

class Refused extends Error {}

/**
 * The real path of `path` and what it is, after checking that it lies inside the story folder
 * (following symbolic links, but without opening anything).
 */
async function inspect(
	folder: StoryDir,
	path: string,
	what: string
): Promise<{ real: string; stats: Stats }> {
	let link: Stats;
	try {
		link = await lstat(path);
	} catch (error) {
		throw new Refused(failureReason(error, what));
	}
	let real: string;
	try {
		real = await realpath(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (link.isSymbolicLink() && code === 'ENOENT')
			throw new Refused('is a symbolic link to something that does not exist');
		throw new Refused(failureReason(error, what));
	}
	const inside = relative(await realpath(folder.dir), real);
	if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
		throw new Refused(
			'is a symbolic link to something outside the story folder, which is never read: copy the file into the folder instead'
		);
	}
	try {
		return { real, stats: await stat(real) };
	} catch (error) {
		throw new Refused(failureReason(error, what));
	}
}

/** At most MAX_FILE_BYTES of a regular file, read from the handle whose `fstat` was checked. */
async function readBounded(real: string, checked: Stats): Promise<Buffer> {
	let handle;
	try {
		// O_NONBLOCK: even if a FIFO were swapped in after the check, opening it would not wait.
		handle = await open(
			real,
			constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK | constants.O_NOCTTY
		);
	} catch (error) {
		throw new Refused(failureReason(error));
	}
	try {
		const stats = await handle.stat();
		if (stats.dev !== checked.dev || stats.ino !== checked.ino)
			throw new Refused('changed while it was being read: try again');
		const kind = notARegularFile(stats);
		if (kind) throw new Refused(kind);
		if (stats.size > MAX_FILE_BYTES)
			throw new Refused(`file is ${mb(stats.size)}; the limit is ${mb(MAX_FILE_BYTES)}`);
		// One byte more than expected: a file that grew since fstat is noticed, not silently cut.
		const buffer = Buffer.alloc(stats.size + 1);
		let length = 0;
		while (length < buffer.length) {
			const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
			if (bytesRead === 0) break;
			length += bytesRead;
		}
		if (length > stats.size) throw new Refused('changed while it was being read: try again');
		return buffer.subarray(0, length);
	} catch (error) {
		if (error instanceof Refused) throw error;
		throw new Refused(failureReason(error));
	} finally {
		await handle.close();
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

function decodeUtf8(bytes: Buffer, file: string, issues: IssueList): string | undefined {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const offset = firstInvalidUtf8(bytes);
		const line = bytes.subarray(0, offset).toString('latin1').split('\n').length;
		issues.add({
			file,
			field: '',
			line,
			message: `is not valid UTF-8 (bad byte at offset ${offset}); save it as UTF-8`
		});
		return undefined;
	}
}

/**
 * The bytes of `relativePath` (inside the story folder), after every check above: for files that are
 * not text (fonts).
 * @returns the bytes, or undefined after recording why the file cannot be read
 */
export async function readStoryBytes(
	folder: StoryDir,
	relativePath: string,
	issues: IssueList
): Promise<Buffer | undefined> {
	try {
		const { real, stats } = await inspect(folder, join(folder.dir, relativePath), 'file');
		const kind = notARegularFile(stats);
		if (kind) throw new Refused(kind);
		if (stats.size > MAX_FILE_BYTES)
			throw new Refused(`file is ${mb(stats.size)}; the limit is ${mb(MAX_FILE_BYTES)}`);
		return await readBounded(real, stats);
	} catch (error) {
		if (!(error instanceof Refused)) throw error;
		issues.add({ file: `${folder.display}/${relativePath}`, field: '', message: error.message });
		return undefined;
	}
}

/**
 * Reads `relativePath` (inside the story folder) as UTF-8 text.
 * @returns the text, or undefined after recording why it could not be read or holds characters no
 *   story text may (text-rules.ts)
 */
export async function readStoryFile(
	folder: StoryDir,
	relativePath: string,
	issues: IssueList
): Promise<string | undefined> {
	const file = `${folder.display}/${relativePath}`;
	const bytes = await readStoryBytes(folder, relativePath, issues);
	if (bytes === undefined) return undefined;
	const text = decodeUtf8(bytes, file, issues);
	if (text === undefined) return undefined;
	const problems = rawTextProblems(text);
	for (const problem of problems)
		issues.add({ file, field: '', line: problem.line + 1, message: problem.message });
	return problems.length === 0 ? text : undefined;
}

/**
 * The names of the files in `relativeDir` (inside the story folder) that end with `extension`, in
 * order; hidden files (editor backups and locks such as `.#chapter.md`) are left out.
 * @returns undefined after recording why the folder cannot be listed
 */
export async function listStoryFiles(
	folder: StoryDir,
	relativeDir: string,
	extension: string,
	issues: IssueList,
	purpose: string
): Promise<string[] | undefined> {
	const display = `${folder.display}/${relativeDir}`;
	try {
		const { real, stats } = await inspect(folder, join(folder.dir, relativeDir), 'folder');
		if (!stats.isDirectory()) throw new Refused(`is not a folder: ${purpose}`);
		const names = await readdir(real).catch((error: unknown) => {
			throw new Refused(failureReason(error, 'folder'));
		});
		return names.filter((name) => name.endsWith(extension) && !name.startsWith('.')).sort();
	} catch (error) {
		if (!(error instanceof Refused)) throw error;
		const message = error.message === 'folder is missing' ? `folder is missing: ${purpose}` : error.message;
		issues.add({ file: display, field: '', message });
		return undefined;
	}
}

/** Refuses a story folder that is missing or not a folder, in one sentence instead of one per file. */
export async function checkStoryFolder(folder: StoryDir): Promise<void> {
	const problem = await stat(folder.dir).then(
		(stats) =>
			stats.isDirectory() ? undefined : 'is not a folder: a story is a folder (see docs/authoring.md)',
		(error: unknown) => `is not a story folder: ${failureReason(error, 'the folder')}`
	);
	if (problem) {
		const issues = new IssueList();
		issues.add({ file: folder.display, field: '', message: problem });
		issues.throwIfAny();
	}
}
