/**
 * Hostile or broken content must never reach readers. For every case in tests/fixtures/broken/
 * (an overlay on a copy of the real story), the real commands are run in a throwaway copy of the
 * project: `npm run validate` must fail and name the file, the field and what is wrong; for the
 * cases marked `build`, `npm run build` must fail the same way and leave the previous output
 * (sentinel build/ and static/ folders) byte for byte as it was. No case may print a stack trace or
 * a raw control or bidirectional character.
 *
 * Cases marked `accepted` are hostile but harmless once rendered safely: they are applied together
 * to one copy, built once, and the pages are checked for what they must and must not contain.
 *
 * The format of a case is in tests/fixtures/broken/README.md. Big, special (FIFOs, symbolic links,
 * unreadable files) and non-UTF-8 files are produced by edits at run time, never committed.
 */
import { execFile } from 'node:child_process';
import { chmod, cp, mkdir, readdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	createWorkspace,
	npm,
	root,
	snapshot,
	stagingLeftovers,
	type CommandResult,
	type Workspace
} from './project-copy';

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
	/** Regular expressions the output must not match (e.g. what a refused file holds). */
	outputLacks?: string[];
}

/** A case the story must survive: it builds, and its page shows the input safely. */
interface Accepted {
	description: string;
	file: string;
	accepted: true;
	/** The built page to look at, under build/ (e.g. "index.html"). */
	page: string;
	/** Regular expressions the page must match. */
	contains: string[];
	/** Regular expressions the page must not match. */
	lacks?: string[];
}

type Edit = { file: string } & (
	| { find: string; replace: string }
	| { find: string; replaceHex: string }
	| { pattern: string; replace: string }
	| { append: string }
	| { find: string; insertRepeated: string; times: number }
	| { padToBytes: number }
	| { sparseBytes: number }
	| { delete: true }
	| { makeFifo: true }
	| { makeFolder: true }
	| { symlinkTo: string }
	| { mode: string }
);

let workspace: Workspace;

beforeAll(async () => {
	workspace = await createWorkspace('story-broken-');
});

afterAll(async () => {
	if (workspace) await workspace.remove();
});

async function applyEdit(project: string, edit: Edit): Promise<void> {
	const path = join(project, edit.file);
	if ('delete' in edit) return rm(path, { recursive: true });
	if ('makeFifo' in edit) {
		await rm(path, { force: true });
		await run('mkfifo', [path]);
		return;
	}
	if ('makeFolder' in edit) {
		await rm(path, { force: true });
		return mkdir(path);
	}
	if ('symlinkTo' in edit) {
		await rm(path, { force: true });
		return symlink(edit.symlinkTo, path);
	}
	if ('mode' in edit) return chmod(path, Number.parseInt(edit.mode, 8));
	// A file that claims gigabytes without using the disk: refused by its size, never read.
	if ('sparseBytes' in edit) return truncate(path, edit.sparseBytes);
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
	const before = Buffer.from(text.slice(0, at));
	const after = Buffer.from(text.slice(at + edit.find.length));
	if ('insertRepeated' in edit) {
		const copies = Array.from({ length: edit.times }, (_, i) =>
			edit.insertRepeated.replaceAll('{i}', String(i))
		);
		return writeFile(path, Buffer.concat([before, Buffer.from(edit.find + copies.join('')), after]));
	}
	const replacement = 'replaceHex' in edit ? Buffer.from(edit.replaceHex, 'hex') : Buffer.from(edit.replace);
	await writeFile(path, Buffer.concat([before, replacement, after]));
}

async function editsOf(name: string): Promise<Edit[]> {
	const entries = await readdir(join(corpus, name));
	return entries.includes('edits.json')
		? (JSON.parse(await readFile(join(corpus, name, 'edits.json'), 'utf8')) as Edit[])
		: [];
}

/** Applies a case (its files, then its edits) to `project`. */
async function applyCase(project: string, name: string): Promise<void> {
	const dir = join(corpus, name);
	if ((await readdir(dir)).includes('files')) await cp(join(dir, 'files'), project, { recursive: true });
	for (const edit of await editsOf(name)) await applyEdit(project, edit);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The line ValidationError prints for the expected problem: `  - file:line field: message`. */
function problemLine(expected: Expected): RegExp {
	const field = expected.field ? ` ${escape(expected.field)}:` : '';
	const line = expected.line === undefined ? '(?::\\d+)?' : `:${expected.line}`;
	return new RegExp(`^  - ${escape(expected.file)}${line}${field} ${expected.message}`, 'm');
}

/** Anything that would act on a terminal instead of being shown: controls (but newline) and bidi controls. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function expectSafeOutput(result: CommandResult) {
	for (const [name, text] of [
		['stdout', result.stdout],
		['stderr', result.stderr]
	] as const) {
		const raw = RAW_CONTROL.exec(text);
		expect(raw, `${name} holds a raw U+${raw?.[0].charCodeAt(0).toString(16)}`).toBeNull();
		expect(text, `no stack trace in ${name}: the author gets a message, not a crash`).not.toMatch(
			/^\s+at .+:\d+:\d+\)?$/m
		);
	}
}

function expectClearFailure(result: CommandResult, expected: Expected) {
	expect(result.code, 'exit code').not.toBe(0);
	expect(result.stderr).toMatch(/^Invalid story content \(\d+ problems?\):$/m);
	expect(result.stderr).toMatch(problemLine(expected));
	expectSafeOutput(result);
	expect(result.stdout).not.toMatch(/^valid:/m);
	for (const lacks of expected.outputLacks ?? []) {
		expect(result.stdout + result.stderr).not.toMatch(new RegExp(lacks));
	}
}

const allCases = (await readdir(corpus, { withFileTypes: true }))
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name)
	.sort();
const expectations = new Map(
	await Promise.all(
		allCases.map(
			async (name) =>
				[
					name,
					JSON.parse(await readFile(join(corpus, name, 'expected.json'), 'utf8')) as Expected | Accepted
				] as const
		)
	)
);
const refused = allCases.filter((name) => !('accepted' in expectations.get(name)!));
const accepted = allCases.filter((name) => 'accepted' in expectations.get(name)!);

describe('the broken-content corpus', { timeout: 60_000 }, () => {
	it('the corpus is big enough and every case says what it expects', () => {
		expect(refused.length).toBeGreaterThanOrEqual(60);
		expect(accepted.length).toBeGreaterThanOrEqual(4);
		for (const [name, expected] of expectations) {
			expect(expected.file, name).toMatch(/^src\/content\//);
			expect(expected.description, name).toBeTruthy();
			if ('accepted' in expected) {
				expect(expected.contains.length, name).toBeGreaterThan(0);
				for (const pattern of [...expected.contains, ...(expected.lacks ?? [])])
					expect(() => new RegExp(pattern), name).not.toThrow();
			} else {
				expect(typeof expected.field, name).toBe('string');
				expect(() => new RegExp(expected.message), name).not.toThrow();
			}
		}
	});

	it('the unbroken copy of the project validates (so every failure below is the case’s own)', async () => {
		const project = await workspace.copy('unbroken');
		const result = await npm(project, 'validate');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^valid: \d+ chapters/m);
		await rm(project, { recursive: true, force: true });
	});
});

// Each case has its own copy of the project, so cases run side by side (each is mostly Node start-up).
describe.concurrent('broken content', { timeout: 180_000 }, () => {
	for (const name of refused) {
		it(`${name}: npm run validate fails and says where and why`, async () => {
			const expected = expectations.get(name) as Expected;
			const project = await workspace.copy(name);
			await applyCase(project, name);
			// Root reads any file: a case with unreadable files runs as an unprivileged user.
			const unprivileged = (await editsOf(name)).some((edit) => 'mode' in edit);
			expectClearFailure(await npm(project, 'validate', { unprivileged }), expected);

			if (expected.build) {
				// The previous output: a build/ and static/ the build chain would replace if it got that far.
				for (const dir of ['build', 'static/data', 'static/basemap']) {
					await mkdir(join(project, dir), { recursive: true });
					await writeFile(join(project, dir, 'previous-build.txt'), `previous ${dir}\n`);
				}
				const before = await snapshot(project, ['build', 'static']);
				expectClearFailure(await npm(project, 'build', { unprivileged }), expected);
				expect(await snapshot(project, ['build', 'static'])).toEqual(before);
				expect(await stagingLeftovers(project)).toEqual([]);
			}
			await rm(project, { recursive: true, force: true });
		});
	}
});

describe('hostile content the story survives', { timeout: 600_000 }, () => {
	let project: string;
	let built: CommandResult;

	beforeAll(async () => {
		project = await workspace.copy('accepted');
		for (const name of accepted) await applyCase(project, name);
		// These cases change the original's words; an edition checked against it would rightly refuse
		// a translation that no longer matches (docs/editions.md). They test the original, alone.
		const storyYaml = join(project, 'src/content/story.yaml');
		await writeFile(
			storyYaml,
			(await readFile(storyYaml, 'utf8')).replace(/^editions: .*$/m, 'editions: []')
		);
		built = await npm(project, 'build');
	}, 600_000);

	it('all of it together builds, with nothing raw or crashing on the terminal', () => {
		expect(built.code, built.stderr).toBe(0);
		expectSafeOutput(built);
	});

	for (const name of accepted) {
		it(`${name}: the page shows it safely`, async () => {
			const expected = expectations.get(name) as Accepted;
			const html = await readFile(join(project, 'build', expected.page), 'utf8');
			for (const pattern of expected.contains) expect(html).toMatch(new RegExp(pattern));
			for (const pattern of expected.lacks ?? []) expect(html).not.toMatch(new RegExp(pattern));
		});
	}
});
