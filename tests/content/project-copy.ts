/**
 * Throwaway copies of the project for tests that run the real commands (`npm run validate`,
 * `npm run build`) on content or code changed on purpose: the story and the code that checks and
 * builds it are copied, the Natural Earth sources and node_modules linked.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const root = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/** What a project copy needs: the story, and the code that checks and builds it. */
const COPIED = ['package.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json', 'src', 'scripts'];
const COPIED_GEO = ['pipeline'];

export interface Workspace {
	dir: string;
	/** A fresh copy of the template, named `name`. */
	copy(name: string): Promise<string>;
	remove(): Promise<void>;
}

/** A temporary folder holding one template copy of the project, copied again for each test. */
export async function createWorkspace(prefix: string): Promise<Workspace> {
	const dir = await mkdtemp(join(tmpdir(), prefix));
	// Readable by everyone: some cases run the commands as an unprivileged user (runAs).
	await chmod(dir, 0o755);
	const template = join(dir, 'template');
	for (const name of COPIED) await cp(join(root, name), join(template, name), { recursive: true });
	for (const name of COPIED_GEO)
		await cp(join(root, 'geo', name), join(template, 'geo', name), { recursive: true });
	await symlink(join(root, 'geo/sources'), join(template, 'geo/sources'));
	await symlink(join(root, 'node_modules'), join(template, 'node_modules'));
	await mkdir(join(template, 'static'));
	await cp(join(root, 'static/favicon.svg'), join(template, 'static/favicon.svg'));
	return {
		dir,
		async copy(name) {
			const project = join(dir, name);
			await cp(template, project, { recursive: true, verbatimSymlinks: true });
			return project;
		},
		remove: () => rm(dir, { recursive: true, force: true })
	};
}

export interface CommandResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** The uid and gid commands run as when a case needs a user the file system can refuse (root reads anything). */
const UNPRIVILEGED = '65534';

/**
 * Runs `npm run <script>` in `project`.
 * @param options.unprivileged run as nobody when this process is root (for unreadable files)
 */
export async function npm(
	project: string,
	script: string,
	options: { env?: Record<string, string>; unprivileged?: boolean } = {}
): Promise<CommandResult> {
	const env = { ...process.env, PUBLIC_SITE_URL: 'https://story.example', ...options.env };
	const asNobody = options.unprivileged && process.getuid?.() === 0;
	const [command, args] = asNobody
		? [
				'setpriv',
				[
					`--reuid=${UNPRIVILEGED}`,
					`--regid=${UNPRIVILEGED}`,
					'--clear-groups',
					'env',
					`HOME=${join(project, '.home')}`,
					'npm',
					'run',
					script
				]
			]
		: ['npm', ['run', script]];
	if (asNobody) {
		await mkdir(join(project, '.home'), { recursive: true });
		await chmod(join(project, '.home'), 0o777);
	}
	try {
		const { stdout, stderr } = await run(command, args, { cwd: project, env, maxBuffer: 1 << 26 });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

/** Every file under `dirs` (relative to `project`) with a hash of its bytes. */
export async function snapshot(project: string, dirs: string[]): Promise<Record<string, string>> {
	const files: Record<string, string> = {};
	for (const dir of dirs) {
		const entries = await readdir(join(project, dir), { recursive: true, withFileTypes: true }).catch(
			() => []
		);
		for (const entry of entries.filter((e) => e.isFile())) {
			const path = join(entry.parentPath, entry.name);
			files[path.slice(project.length + 1)] = createHash('sha256')
				.update(await readFile(path))
				.digest('hex');
		}
	}
	return files;
}

/** Leftovers of a build or geo run that should have cleaned up after itself. */
export async function stagingLeftovers(project: string): Promise<string[]> {
	return (await readdir(project)).filter((name) => /^\.(build|geo)-staging-/.test(name));
}
