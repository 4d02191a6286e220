import { expectedViews, layerColors, type ExpectedView } from './expected-views';
import { expect, map, mapReady, parseCamera, scrollToChapter, test } from './fixtures';
import type { Page } from '@playwright/test';
import { mapPixels } from './pixels';

let views: ExpectedView[];
let colors: Record<string, string>;
test.beforeAll(async () => {
	views = await expectedViews();
	colors = await layerColors();
});

async function expectCameraNear(page: Page, view: ExpectedView): Promise<void> {
	await expect(async () => {
		const camera = parseCamera(await map(page).getAttribute('data-camera'));
		expect(Math.abs(camera.lon - view.center[0]), `longitude for ${view.id}`).toBeLessThan(0.05);
		expect(Math.abs(camera.lat - view.center[1]), `latitude for ${view.id}`).toBeLessThan(0.05);
		if (view.zoom !== undefined) expect(camera.zoom).toBeCloseTo(view.zoom, 1);
		if (view.maxZoom !== undefined) expect(camera.zoom).toBeLessThanOrEqual(view.maxZoom + 0.01);
	}).toPass({ timeout: 30_000 });
}

test('the story text is there without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Mojahedin-e Khalq');
	for (const view of views)
		await expect(page.getByRole('heading', { level: 2, name: view.title })).toBeVisible();
	await expect(page.locator('section#advance-1988 sup.cite a').first()).toHaveAttribute(
		'href',
		/#advance-1988-source-\d+/
	);
	await expect(page.getByRole('heading', { name: 'All sources' })).toBeVisible();
	await context.close();
});

test('the map really draws: basemap and story layers, in pixels', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	await expect(map(page)).toHaveAttribute('data-chapter', 'overview');
	const layerIds = views[0]!.layers;
	const { counts, distinctColours } = await mapPixels(
		page,
		layerIds.map((id) => colors[id]!)
	);
	expect(distinctColours, 'a real rendering has many colours').toBeGreaterThan(200);
	layerIds.forEach((id, i) => expect(counts[i], `pixels in the colour of layer ${id}`).toBeGreaterThan(20));
	await expect(map(page).locator('.maplibregl-ctrl-attrib'), 'labels in the self-hosted font').toContainText(
		'Labels: Vazirmatn'
	);
	await page.screenshot({ path: test.info().outputPath('overview.png') });
});

test('scrolling through the story moves the map to each chapter and shows exactly its layers', async ({
	page
}) => {
	await page.goto('/');
	await mapReady(page);
	for (const view of views) {
		await scrollToChapter(page, view.id);
		await expect(map(page)).toHaveAttribute('data-chapter', view.id);
		await expect(map(page)).toHaveAttribute('data-layers', view.layers.join(' '));
		await expectCameraNear(page, view);
	}
	await expect(page).toHaveURL(new RegExp(`#${views.at(-1)!.id}$`));
});

test('a #chapter link opens the story at that chapter', async ({ page }) => {
	const target = views.find((v) => v.id === 'albania')!;
	await page.goto(`/#${target.id}`);
	await mapReady(page);
	await expect(map(page)).toHaveAttribute('data-chapter', target.id);
	await expectCameraNear(page, target);
	const top = await page.locator(`section#${target.id}`).evaluate((el) => el.getBoundingClientRect().top);
	expect(top).toBeLessThan(100);
});

test('keyboard: j and k step between chapters, PageDown once a chapter is read', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	await page.keyboard.press('j');
	await expect(map(page)).toHaveAttribute('data-chapter', views[1]!.id);
	await expect(page.locator(`#${views[1]!.id}-title`)).toBeFocused();
	await page.keyboard.press('j');
	await expect(map(page)).toHaveAttribute('data-chapter', views[2]!.id);
	await page.keyboard.press('k');
	await expect(map(page)).toHaveAttribute('data-chapter', views[1]!.id);
	// PageDown first scrolls the rest of the chapter into view (no text is skipped), then steps on.
	const section = page.locator(`section#${views[1]!.id}`);
	await expect
		.poll(() => section.evaluate((el) => Math.round(el.getBoundingClientRect().top)))
		.toBeLessThan(40);
	await expect(async () => {
		const bottomBefore = await section.evaluate((el) => el.getBoundingClientRect().bottom);
		await page.keyboard.press('PageDown');
		if (bottomBefore > page.viewportSize()!.height) {
			await expect(map(page)).toHaveAttribute('data-chapter', views[1]!.id);
		}
		await expect(map(page)).toHaveAttribute('data-chapter', views[2]!.id, { timeout: 1500 });
	}).toPass({ timeout: 20_000 });
});

test('scrolling does not fill the history: the hash is replaced, not pushed', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	const before = await page.evaluate(() => history.length);
	for (const view of views.slice(1, 4)) {
		await scrollToChapter(page, view.id);
		await expect(page).toHaveURL(new RegExp(`#${view.id}$`));
	}
	expect(await page.evaluate(() => history.length)).toBe(before);
});
