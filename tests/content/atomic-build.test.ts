/**
 * A build that fails, wherever it fails, changes nothing: static/ and build/ stay byte for byte as
 * the last good build left them, and no staging folder stays behind. Faults are injected into a
 * throwaway copy of the project at each step of `npm run build` (scripts/build.ts): validation, the
 * geodata step, inside `vite build` (a page that throws while prerendering, a component that does not
 * compile), and the final swap, after static/data has already been replaced (so it must be put back).
 */
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace, npm, snapshot, stagingLeftovers, type Workspace } from './project-copy';

let workspace: Workspace;
let project: string;
/** static/ and build/ after the last good build. */
let good: Record<string, string>;

const OUTPUT = ['static', 'build'];

/** Runs `npm run build` with a change made for it and undone after. */
async function failingBuild(change: () => Promise<() => Promise<void>>, env: Record<string, string> = {}) {
	const undo = await change();
	try {
		return await npm(project, 'build', { env });
	} finally {
		await undo();
	}
}

/** Replaces `find` in a project file; returns the undo. */
async function edit(file: string, find: string, replace: string): Promise<() => Promise<void>> {
	const path = join(project, file);
	const original = await readFile(path, 'utf8');
	if (!original.includes(find)) throw new Error(`${file}: "${find}" is not in the file`);
	await writeFile(path, original.replace(find, replace));
	return () => writeFile(path, original);
}

beforeAll(async () => {
	workspace = await createWorkspace('story-atomic-');
	project = await workspace.copy('project');
	// A previous output the first build must replace entirely.
	for (const dir of ['build', 'static/data', 'static/basemap']) {
		await mkdir(join(project, dir), { recursive: true });
		await writeFile(join(project, dir, 'previous-build.txt'), `previous ${dir}\n`);
	}
}, 60_000);

afterAll(async () => {
	if (workspace) await workspace.remove();
});

describe('npm run build is all or nothing', { timeout: 300_000 }, () => {
	it('a good build replaces static/data, static/basemap and build/ entirely', async () => {
		const result = await npm(project, 'build');
		expect(result.code, result.stderr).toBe(0);
		good = await snapshot(project, OUTPUT);
		expect(Object.keys(good)).not.toContain('build/previous-build.txt');
		expect(Object.keys(good)).not.toContain('static/data/previous-build.txt');
		expect(Object.keys(good)).toContain('build/index.html');
		expect(Object.keys(good)).toContain('static/data/manifest.json');
		expect(await stagingLeftovers(project)).toEqual([]);
	});

	const faults: {
		name: string;
		change: () => Promise<() => Promise<void>>;
		env?: Record<string, string>;
		says: RegExp;
	}[] = [
		{
			name: 'invalid content (validation)',
			change: () => edit('src/content/chapters/tehran.md', 'places: [tehran]', 'places: [tehran, tehran]'),
			says: /places\[1\]: "tehran" is listed twice/
		},
		{
			name: 'the basemap sources gone (the geodata step)',
			change: async () => {
				const sources = join(project, 'geo/sources');
				await rm(sources);
				await mkdir(join(sources, 'natural-earth'), { recursive: true });
				return async () => {
					await rm(sources, { recursive: true });
					await symlink(join(import.meta.dirname, '../../geo/sources'), sources);
				};
			},
			says: /Basemap input .* cannot be read/
		},
		{
			name: 'a page that throws while it is prerendered (inside vite build)',
			change: () =>
				edit(
					'src/routes/[[edition=edition]]/embed/[chapter]/+page.server.ts',
					'export const load: PageServerLoad = ({ params }) =>',
					"export const load: PageServerLoad = ({ params }) =>\n\tparams.chapter === 'paris' ? Promise.reject(new Error('injected prerender failure')) :"
				),
			says: /vite build failed/
		},
		{
			name: 'a component that does not compile (inside vite build)',
			change: () =>
				edit(
					'src/lib/story/SourceList.svelte',
					'<ol class="sources source-list">',
					'<ol class="sources source-list"'
				),
			says: /vite build failed/
		},
		{
			name: 'the final swap, after static/data was already replaced',
			change: async () => async () => {},
			env: { BUILD_FAULT: 'swap' },
			says: /fault injected at "swap"/
		}
	];

	for (const fault of faults) {
		it(`${fault.name}: fails and leaves static/ and build/ as they were`, async () => {
			expect(good, 'the good build ran first').toBeDefined();
			const result = await failingBuild(fault.change, fault.env);
			expect(result.code).not.toBe(0);
			expect(result.stdout + result.stderr).toMatch(fault.says);
			expect(await snapshot(project, OUTPUT)).toEqual(good);
			expect(await stagingLeftovers(project)).toEqual([]);
		});
	}
});
