/**
 * Hostile or broken content must never reach readers. For every case in tests/fixtures/broken/
 * (an overlay on a copy of the real story), the real commands are run in a throwaway copy of the
 * project: `npm run validate` must fail and name the file, the field and what is wrong; for the
 * cases marked `build`, `npm run build` must fail the same way and leave the previous output
 * (sentinel build/ and static/ folders) byte for byte as it was.
 *
 * The format of a case is in tests/fixtures/broken/README.md. Big and non-UTF-8 files are produced
 * by edits at run time, never committed.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const corpus = join(root, 'tests/fixtures/broken');
const run = promisify(execFile);

interface Expected {
	/** What is broken, in words. */
	description: string;
	file: string;
	/** The field as messages name it ('' for problems with the whole file). */
	field: string;
	/** Regular expression for the message after `file:line field: `. */
	message: string;
	line?: number;
	/** Also run the whole build chain and check that it leaves the previous output alone. */
	build?: boolean;
}

type Edit = { file: string } & (
	| { find: string; replace: string }
	| { find: string; replaceHex: string }
	| { pattern: string; replace: string }
	| { append: string }
	| { padToBytes: number }
	| { delete: true }
);

/** What the project copy needs: the story, and the code that checks and builds it. */
const COPIED = ['package.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json', 'src', 'scripts'];
const COPIED_GEO = ['pipeline'];

let work: string;
let template: string;

beforeAll(async () => {
	work = await mkdtemp(join(tmpdir(), 'story-broken-'));
	template = join(work, 'template');
	for (const name of COPIED) await cp(join(root, name), join(template, name), { recursive: true });
	for (const name of COPIED_GEO)
		await cp(join(root, 'geo', name), join(template, 'geo', name), { recursive: true });
	await symlink(join(root, 'geo/sources'), join(template, 'geo/sources'));
	await symlink(join(root, 'node_modules'), join(template, 'node_modules'));
	await mkdir(join(template, 'static'));
	await cp(join(root, 'static/favicon.svg'), join(template, 'static/favicon.svg'));
});

afterAll(async () => {
	if (work) await rm(work, { recursive: true, force: true });
});

async function applyEdit(project: string, edit: Edit): Promise<void> {
	const path = join(project, edit.file);
	if ('delete' in edit) return rm(path);
	const bytes = await readFile(path);
	const text = bytes.toString('utf8');
	if ('padToBytes' in edit) {
		// Trailing spaces: still valid JSON or YAML, only too big.
		return writeFile(path, Buffer.concat([bytes, Buffer.alloc(edit.padToBytes - bytes.length, ' ')]));
	}
	if ('append' in edit) return writeFile(path, text + edit.append);
	if ('pattern' in edit) {
		const pattern = new RegExp(edit.pattern, 'm');
		if (!pattern.test(text)) throw new Error(`${edit.file}: the pattern ${edit.pattern} matches nothing`);
		return writeFile(path, text.replace(pattern, edit.replace));
	}
	const at = text.indexOf(edit.find);
	if (at < 0) throw new Error(`${edit.file}: "${edit.find}" is not in the file (has the story changed?)`);
	const replacement = 'replaceHex' in edit ? Buffer.from(edit.replaceHex, 'hex') : Buffer.from(edit.replace);
	const before = Buffer.from(text.slice(0, at));
	const after = Buffer.from(text.slice(at + edit.find.length));
	await writeFile(path, Buffer.concat([before, replacement, after]));
}

/** A fresh copy of the project with the case applied. */
async function projectFor(name: string): Promise<string> {
	const project = join(work, name);
	await cp(template, project, { recursive: true, verbatimSymlinks: true });
	const dir = join(corpus, name);
	const entries = await readdir(dir);
	if (entries.includes('files')) await cp(join(dir, 'files'), project, { recursive: true });
	if (entries.includes('edits.json')) {
		const edits = JSON.parse(await readFile(join(dir, 'edits.json'), 'utf8')) as Edit[];
		for (const edit of edits) await applyEdit(project, edit);
	}
	return project;
}

async function npm(
	project: string,
	script: string
): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await run('npm', ['run', script], { cwd: project, maxBuffer: 1 << 24 });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The line ValidationError prints for the expected problem: `  - file:line field: message`. */
function problemLine(expected: Expected): RegExp {
	const field = expected.field ? ` ${escape(expected.field)}:` : '';
	const line = expected.line === undefined ? '(?::\\d+)?' : `:${expected.line}`;
	return new RegExp(`^  - ${escape(expected.file)}${line}${field} ${expected.message}`, 'm');
}

function expectClearFailure(result: { code: number; stdout: string; stderr: string }, expected: Expected) {
	expect(result.code, 'exit code').not.toBe(0);
	expect(result.stderr).toMatch(/^Invalid story content \(\d+ problems?\):$/m);
	expect(result.stderr).toMatch(problemLine(expected));
	expect(result.stderr, 'no stack trace: the author gets a message, not a crash').not.toMatch(
		/^\s+at .+:\d+:\d+\)?$/m
	);
	expect(result.stdout).not.toMatch(/^valid:/m);
}

/** Every file under `dirs` with a hash of its bytes. */
async function snapshot(project: string, dirs: string[]): Promise<Record<string, string>> {
	const files: Record<string, string> = {};
	for (const dir of dirs) {
		const entries = await readdir(join(project, dir), { recursive: true, withFileTypes: true });
		for (const entry of entries.filter((e) => e.isFile())) {
			const path = join(entry.parentPath, entry.name);
			files[path.slice(project.length + 1)] = createHash('sha256')
				.update(await readFile(path))
				.digest('hex');
		}
	}
	return files;
}

const cases = (await readdir(corpus, { withFileTypes: true }))
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name)
	.sort();

describe('the broken-content corpus', () => {
	it('the corpus is big enough and every case says what it expects', async () => {
		expect(cases.length).toBeGreaterThanOrEqual(25);
		for (const name of cases) {
			const expected = JSON.parse(await readFile(join(corpus, name, 'expected.json'), 'utf8')) as Expected;
			expect(expected.file, name).toMatch(/^src\/content\//);
			expect(typeof expected.field, name).toBe('string');
			expect(() => new RegExp(expected.message), name).not.toThrow();
		}
	});

	it('the unbroken copy of the project validates (so every failure below is the case’s own)', async () => {
		const project = join(work, 'unbroken');
		await cp(template, project, { recursive: true, verbatimSymlinks: true });
		const { code, stdout } = await npm(project, 'validate');
		expect(code).toBe(0);
		expect(stdout).toMatch(/^valid: \d+ chapters/m);
	});
});

// Each case has its own copy of the project, so cases run side by side (each is mostly Node start-up).
describe.concurrent('broken content', { timeout: 90_000 }, () => {
	for (const name of cases) {
		it(`${name}: npm run validate fails and says where and why`, async () => {
			const expected = JSON.parse(await readFile(join(corpus, name, 'expected.json'), 'utf8')) as Expected;
			const project = await projectFor(name);
			expectClearFailure(await npm(project, 'validate'), expected);

			if (expected.build) {
				// The previous output: a build/ and static/ the build chain would replace if it got that far.
				for (const dir of ['build', 'static/data', 'static/basemap']) {
					await mkdir(join(project, dir), { recursive: true });
					await writeFile(join(project, dir, 'previous-build.txt'), `previous ${dir}\n`);
				}
				const before = await snapshot(project, ['build', 'static']);
				expectClearFailure(await npm(project, 'build'), expected);
				expect(await snapshot(project, ['build', 'static'])).toEqual(before);
			}
			await rm(project, { recursive: true, force: true });
		});
	}
});
