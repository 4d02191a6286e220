/**
 * `npm run screenshots`: captures every chapter of the built story on a desktop and a phone
 * viewport, after the map has settled, into screenshots/ (for reviewing the story by eye).
 * Needs a server: run `npm run serve` first, or pass --url.
 */
import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './chromium';

const { values } = parseArgs({
	options: {
		url: { type: 'string', default: 'http://127.0.0.1:4173/' },
		out: { type: 'string', default: 'screenshots' }
	}
});
const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
await mkdir(values.out!, { recursive: true });
for (const [name, viewport] of Object.entries(viewports)) {
	const page = await browser.newPage({ viewport, deviceScaleFactor: 1, reducedMotion: 'reduce' });
	await page.goto(values.url!);
	const map = page.getByTestId('story-map');
	await map.locator('xpath=.').and(page.locator('[data-ready="true"]')).waitFor({ timeout: 90_000 });
	const ids = await page
		.locator('section[data-chapter-id]')
		.evaluateAll((sections) => sections.map((s) => s.id));
	for (const [i, id] of ids.entries()) {
		await page
			.locator(`section#${id}`)
			.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
		await page.waitForFunction(
			(id) => document.querySelector('[data-testid="story-map"]')?.getAttribute('data-chapter') === id,
			id
		);
		// Wait until the map has moved there and finished loading and drawing (MapLibre's idle).
		await page.waitForFunction(() =>
			document.querySelector('[data-testid="story-map"]')?.hasAttribute('data-settled')
		);
		const file = `${values.out}/${name}-${String(i + 1).padStart(2, '0')}-${id}.png`;
		await page.screenshot({ path: file });
		console.log(file);
	}
	await page.close();
}
await browser.close();
