/** The map failing in parts: a layer file that does not load, and the graphics context being lost. */
import { expect, map, mapReady, scrollToChapter, test } from './fixtures';

test.describe('when a layer file fails to load', () => {
	test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 503/] });

	test('that layer is missing, the rest of the chapter works, and the reader is told', async ({
		page,
		story
	}) => {
		const failing = story.failingLayer;
		await page.route(`**/data/${failing.layer}.geojson*`, (route) =>
			route.fulfill({ status: 503, body: 'unavailable' })
		);
		await page.goto(story.home);
		await mapReady(page);
		await expect(page.getByTestId('map-notice')).toContainText(
			story.text.t('map.missing', { layers: failing.title })
		);
		// The other layers still draw, chapters still change, details still open.
		const place = story.listedPlace;
		await scrollToChapter(page, place.chapter);
		await expect(map(page)).toHaveAttribute('data-chapter', place.chapter);
		await page.locator(`section#${place.chapter} button[data-place="${place.id}"]`).click();
		await expect(page.getByTestId('place-details')).toBeVisible();
	});
});

test('a lost graphics context shows the still map and a short message, then recovers', async ({
	page,
	story
}) => {
	const chapter = story.views[1]!.id;
	await page.goto(`${story.home}#${chapter}`);
	await mapReady(page);
	const poster = page.getByTestId('map-poster');
	await expect(poster).toHaveCount(0);
	const lose = await page.evaluateHandle(() => {
		const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
		return (canvas.getContext('webgl2') as WebGL2RenderingContext).getExtension('WEBGL_lose_context')!;
	});
	await lose.evaluate((extension) => extension.loseContext());
	const message = page.getByRole('status').filter({ hasText: story.text.t('map.lost') });
	await expect(message).toBeVisible();
	await expect(poster).toBeVisible();
	await lose.evaluate((extension) => extension.restoreContext());
	await expect(message).toHaveCount(0);
	await expect(poster).toHaveCount(0);
	await expect(map(page)).toHaveAttribute('data-chapter', chapter);
});

test('a label font that never arrives does not keep the map away', async ({ page, story }) => {
	test.skip(!story.labelFont, 'the story ships no label font');
	const chapter = story.views[1]!.id;
	// Requests for the font files stall (never answered): the map starts after its short wait. The
	// page's `load` event may never come then (the page's own Persian text can ask for the font
	// first), so the test waits for the document only.
	await page.route('**/*.woff2', () => undefined);
	await page.goto(`${story.home}#${chapter}`, { waitUntil: 'domcontentloaded' });
	await mapReady(page);
	await expect(map(page)).toHaveAttribute('data-chapter', chapter);
	// The labels are drawn in another font then, so the map does not credit this one.
	await expect(map(page).locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
	await expect(map(page).locator('.maplibregl-ctrl-attrib')).not.toContainText(story.labelFont!);
});
