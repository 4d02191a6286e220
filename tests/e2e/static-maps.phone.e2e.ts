import { expect, mapReady, test } from './fixtures';

test('on a phone the static maps use the frame drawn for the map strip', async ({ page, browser, story }) => {
	// Hold MapLibre's worker back, so the live map cannot replace the static one before we look.
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/maplibre-gl-worker/, async (route) => {
		await held;
		await route.continue();
	});
	const [first, second] = story.views;
	await page.goto(story.home);
	const posterImage = page.getByTestId('map-poster').getByRole('img');
	await expect
		.poll(() => posterImage.evaluate((img: HTMLImageElement) => (img.complete ? img.currentSrc : '')))
		.toContain(`${story.home}maps/stacked/${first!.id}.svg`);
	release();
	await mapReady(page);

	const context = await browser.newContext({ javaScriptEnabled: false, viewport: page.viewportSize()! });
	const noScript = await context.newPage();
	await noScript.goto(story.home);
	const figure = noScript.locator(`section#${second!.id} figure img`);
	await figure.scrollIntoViewIfNeeded();
	await expect
		.poll(() => figure.evaluate((img: HTMLImageElement) => (img.complete ? img.currentSrc : '')))
		.toContain(`${story.home}maps/stacked/${second!.id}.svg`);
	await context.close();
});
