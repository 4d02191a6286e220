import { expect, mapReady, test } from './fixtures';

test('on a phone the static maps use the frame drawn for the map strip', async ({ page, browser }) => {
	// Hold MapLibre's worker back, so the live map cannot replace the static one before we look.
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/maplibre-gl-worker/, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/');
	const posterImage = page.getByTestId('map-poster').getByRole('img');
	await expect
		.poll(() => posterImage.evaluate((img: HTMLImageElement) => (img.complete ? img.currentSrc : '')))
		.toContain('/maps/stacked/overview.svg');
	release();
	await mapReady(page);

	const context = await browser.newContext({ javaScriptEnabled: false, viewport: page.viewportSize()! });
	const noScript = await context.newPage();
	await noScript.goto('/');
	const figure = noScript.locator('section#tehran figure img');
	await figure.scrollIntoViewIfNeeded();
	await expect
		.poll(() => figure.evaluate((img: HTMLImageElement) => (img.complete ? img.currentSrc : '')))
		.toContain('/maps/stacked/tehran.svg');
	await context.close();
});
