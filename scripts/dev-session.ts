/**
 * The authors' live preview, driven from outside: `vite dev` on a throwaway copy of a story folder
 * (STORY_DIR), so that a test or a benchmark can edit its files without touching the story. Used by
 * tests/e2e/preview.e2e.ts (does an edit show?) and bench/preview.ts (how soon?).
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DevSession {
	origin: string;
	/** The copy of the story the dev server reads. */
	story: string;
	/** Everything the dev server printed so far. */
	output(): string;
	/** Rewrites a file of the copy (a path inside the story folder). */
	edit(file: string, change: (text: string) => string): Promise<void>;
	stop(): Promise<void>;
}

/** Starts the dev server and resolves once it listens (or rejects after `timeoutMs`). */
export async function startDevSession(options: {
	storyFolder: string;
	port: number;
	timeoutMs?: number;
}): Promise<DevSession> {
	const story = await mkdtemp(join(tmpdir(), 'story-preview-'));
	await cp(options.storyFolder, story, { recursive: true });
	const server = spawn('npx', ['vite', 'dev', '--port', String(options.port), '--strictPort'], {
		env: { ...process.env, STORY_DIR: story, NO_COLOR: '1', FORCE_COLOR: '0' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	server.stdout.on('data', (chunk) => (output += String(chunk)));
	server.stderr.on('data', (chunk) => (output += String(chunk)));
	const stop = async () => {
		server.kill();
		await rm(story, { recursive: true, force: true });
	};
	const origin = `http://localhost:${options.port}`;
	const deadline = Date.now() + (options.timeoutMs ?? 60_000);
	while (!output.includes(`localhost:${options.port}`)) {
		if (server.exitCode !== null || Date.now() > deadline) {
			await stop();
			throw new Error(`the dev server did not start:\n${output}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return {
		origin,
		story,
		output: () => output,
		async edit(file, change) {
			const path = join(story, file);
			await writeFile(path, change(await readFile(path, 'utf8')));
		},
		stop
	};
}
