import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { swapFolders } from '../../../src/lib/server/swap-folders';

let dir: string;

async function folder(path: string, content: string) {
	await mkdir(join(dir, path), { recursive: true });
	await writeFile(join(dir, path, 'file.txt'), content);
}
const content = (path: string) => readFile(join(dir, path, 'file.txt'), 'utf8');

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'swap-'));
	await folder('site/data', 'old data');
	await folder('site/build', 'old build');
	await folder('staging/data', 'new data');
	await folder('staging/build', 'new build');
});

afterEach(() => rm(dir, { recursive: true, force: true }));

describe('swapFolders', () => {
	it('replaces every target, also one that did not exist, and keeps nothing aside', async () => {
		await folder('staging/basemap', 'new basemap');
		await swapFolders(
			['data', 'basemap', 'build'].map((name) => ({
				fresh: join(dir, 'staging', name),
				target: join(dir, 'site', name)
			})),
			join(dir, 'staging')
		);
		expect(await content('site/data')).toBe('new data');
		expect(await content('site/basemap')).toBe('new basemap');
		expect(await content('site/build')).toBe('new build');
		expect(await readdir(join(dir, 'staging'))).toEqual([]);
	});

	it('puts every target back as it was when a later swap fails', async () => {
		const swaps = [
			{ fresh: join(dir, 'staging/data'), target: join(dir, 'site/data') },
			{ fresh: join(dir, 'staging/build'), target: join(dir, 'site/build') }
		];
		const failing = swapFolders(swaps, join(dir, 'staging'), (_swap, index) => {
			if (index === 1) throw new Error('disk full');
		});
		await expect(failing).rejects.toThrow('disk full');
		expect(await content('site/data')).toBe('old data');
		expect(await content('site/build')).toBe('old build');
		expect(await content('staging/data')).toBe('new data');
	});
});
