/** The map failing in parts: a layer file that does not load, and the graphics context being lost. */
import { expect, map, mapReady, scrollToChapter, test } from './fixtures';

test.describe('when a layer file fails to load', () => {
	test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 503/] });

	test('that layer is missing, the rest of the chapter works, and the reader is told', async ({ page }) => {
		await page.route('**/data/paris.geojson*', (route) =>
			route.fulfill({ status: 503, body: 'unavailable' })
		);
		await page.goto('/');
		await mapReady(page);
		await expect(page.getByTestId('map-notice')).toContainText(
			/Not shown: .+ \(the data could not be loaded\)/
		);
		// The other layers still draw, chapters still change, details still open.
		await scrollToChapter(page, 'camp-ashraf');
		await expect(map(page)).toHaveAttribute('data-chapter', 'camp-ashraf');
		await page
			.locator('section#camp-ashraf')
			.getByRole('button', { name: /Camp Ashraf/ })
			.click();
		await expect(page.getByTestId('place-details')).toBeVisible();
	});
});

test('a lost graphics context shows the still map and a short message, then recovers', async ({ page }) => {
	await page.goto('/#tehran');
	await mapReady(page);
	const poster = page.getByTestId('map-poster');
	await expect(poster).toHaveCount(0);
	const lose = await page.evaluateHandle(() => {
		const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
		return (canvas.getContext('webgl2') as WebGL2RenderingContext).getExtension('WEBGL_lose_context')!;
	});
	await lose.evaluate((extension) => extension.loseContext());
	await expect(page.getByRole('status').filter({ hasText: 'browser reset its graphics' })).toBeVisible();
	await expect(poster).toBeVisible();
	await lose.evaluate((extension) => extension.restoreContext());
	await expect(page.getByRole('status').filter({ hasText: 'browser reset its graphics' })).toHaveCount(0);
	await expect(poster).toHaveCount(0);
	await expect(map(page)).toHaveAttribute('data-chapter', 'tehran');
});

test('a label font that never arrives does not keep the map away', async ({ page }) => {
	// Requests for the font files stall (never answered): the map starts after its short wait. The
	// page's `load` event may never come then (the page's own Persian text can ask for the font
	// first), so the test waits for the document only.
	await page.route('**/*.woff2', () => undefined);
	await page.goto('/#tehran', { waitUntil: 'domcontentloaded' });
	await mapReady(page);
	await expect(map(page)).toHaveAttribute('data-chapter', 'tehran');
	// The labels are drawn in another font then, so the map does not credit this one.
	await expect(map(page).locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
	await expect(map(page).locator('.maplibregl-ctrl-attrib')).not.toContainText('Vazirmatn');
});
