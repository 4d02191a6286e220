/**
 * A scroll storm: hundreds of random jumps, fast scrolls, key presses and resizes in a row. Afterwards
 * the map shows exactly the active chapter's view, nothing threw, and the JS heap has not grown by
 * more than a few MB compared with a full calm traverse (so nothing leaks per chapter change).
 */
import type { Page } from '@playwright/test';
import { expect, map, mapReady, parseCamera, scrollToChapter, test } from './fixtures';

test.setTimeout(240_000);

async function heapMB(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	await cdp.detach();
	return usedSize / 1024 / 1024;
}

/** A seeded random sequence, so a failure can be replayed. */
function random(seed: number): () => number {
	return () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
}

async function settleAt(page: Page, id: string): Promise<void> {
	await scrollToChapter(page, id);
	await expect(map(page)).toHaveAttribute('data-chapter', id);
}

test('after a storm of scrolls, jumps, keys and resizes the map shows exactly the active chapter', async ({
	page,
	story
}) => {
	const { views } = story;
	await page.goto(story.home);
	await mapReady(page);
	for (const view of views) await settleAt(page, view.id);
	await settleAt(page, views[0]!.id);
	const before = await heapMB(page);

	const next = random(20261127);
	const sizes = [
		{ width: 1280, height: 800 },
		{ width: 390, height: 844 },
		{ width: 1024, height: 700 }
	];
	for (let round = 0; round < 12; round++) {
		await page.setViewportSize(sizes[round % sizes.length]!);
		// 25 actions per round, fired without waiting for the map: scroll jumps, fling scrolls, keys.
		await page.evaluate(
			async (seed) => {
				let s = seed;
				const rand = () => (s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296;
				const height = document.documentElement.scrollHeight;
				for (let i = 0; i < 25; i++) {
					const kind = rand();
					if (kind < 0.5) window.scrollTo({ top: rand() * height, behavior: 'instant' });
					else if (kind < 0.8) window.scrollBy({ top: (rand() - 0.5) * 4000, behavior: 'smooth' });
					else window.dispatchEvent(new KeyboardEvent('keydown', { key: rand() < 0.5 ? 'j' : 'k' }));
					await new Promise(requestAnimationFrame);
				}
			},
			Math.floor(next() * 1e9)
		);
	}
	await page.setViewportSize(sizes[0]!);

	const target = views[Math.floor(next() * views.length)]!;
	await settleAt(page, target.id);
	await expect(map(page)).toHaveAttribute('data-layers', target.layers.join(' '));
	await expect(async () => {
		const camera = parseCamera(await map(page).getAttribute('data-camera'));
		expect(Math.abs(camera.lon - target.center[0])).toBeLessThan(0.05);
		expect(Math.abs(camera.lat - target.center[1])).toBeLessThan(0.05);
	}).toPass({ timeout: 30_000 });

	await settleAt(page, views[0]!.id);
	const after = await heapMB(page);
	test.info().annotations.push({
		type: 'heap',
		description: `before ${before.toFixed(1)} MB, after ${after.toFixed(1)} MB`
	});
	console.log(`storm heap: before ${before.toFixed(1)} MB, after ${after.toFixed(1)} MB`);
	expect(after - before, 'heap growth over the storm, MB').toBeLessThan(5);
});
