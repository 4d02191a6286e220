import type { Page } from '@playwright/test';
import { expect, map, mapReady, parseCamera, scrollToChapter, test } from './fixtures';
import { mapPixels } from './pixels';
import type { ExpectedView } from './story-under-test';

/** Tests tagged @engine run on every story and edition (playwright.config.ts); the rest on the default one. */
const engine = { tag: '@engine' };
/** Per story, not per edition: an edition cannot change a chapter's camera or layers (load-edition.ts). */
const perStory = { tag: ['@engine', '@per-story'] };

async function expectCameraNear(page: Page, view: ExpectedView): Promise<void> {
	await expect(async () => {
		const camera = parseCamera(await map(page).getAttribute('data-camera'));
		expect(Math.abs(camera.lon - view.center[0]), `longitude for ${view.id}`).toBeLessThan(0.05);
		expect(Math.abs(camera.lat - view.center[1]), `latitude for ${view.id}`).toBeLessThan(0.05);
		if (view.zoom !== undefined) expect(camera.zoom).toBeCloseTo(view.zoom, 1);
		if (view.maxZoom !== undefined) expect(camera.zoom).toBeLessThanOrEqual(view.maxZoom + 0.01);
	}).toPass({ timeout: 30_000 });
}

test('the story text is there without JavaScript', engine, async ({ browser, story }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(story.home);
	await expect(page.locator('html')).toHaveAttribute('lang', story.lang);
	await expect(page.locator('html')).toHaveAttribute('dir', story.dir);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
	for (const view of story.views)
		await expect(page.getByRole('heading', { level: 2, name: view.title, exact: true })).toBeVisible();
	const citation = page.locator('section[data-chapter-id] sup.cite a').first();
	const chapter = await citation.evaluate((a) => a.closest('section')!.id);
	await expect(citation).toHaveAttribute('href', new RegExp(`#${chapter}-source-\\d+`));
	await expect(page.getByRole('heading', { name: story.text.t('page.sources.title') })).toBeVisible();
	await context.close();
});

test('the map really draws: basemap and story layers, in pixels', engine, async ({ page, story }) => {
	await page.goto(story.home);
	await mapReady(page);
	const first = story.views[0]!;
	await expect(map(page)).toHaveAttribute('data-chapter', first.id);
	const { counts, distinctColours } = await mapPixels(
		page,
		first.layers.map((id) => story.colors[id]!)
	);
	expect(distinctColours, 'a real rendering has many colours').toBeGreaterThan(200);
	first.layers.forEach((id, i) =>
		expect(counts[i], `pixels in the colour of layer ${id}`).toBeGreaterThan(20)
	);
	if (story.labelFont)
		await expect(
			map(page).locator('.maplibregl-ctrl-attrib'),
			'labels in the self-hosted font'
		).toContainText(story.labelFont);
	await page.screenshot({ path: test.info().outputPath('first-chapter.png') });
});

test(
	'scrolling through the story moves the map to each chapter and shows exactly its layers',
	perStory,
	async ({ page, story }) => {
		await page.goto(story.home);
		await mapReady(page);
		for (const view of story.views) {
			await scrollToChapter(page, view.id);
			await expect(map(page)).toHaveAttribute('data-chapter', view.id);
			// In the map's drawing order, whatever the chapter's order.
			await expect
				.poll(async () => ((await map(page).getAttribute('data-layers')) ?? '').split(' ').sort())
				.toEqual([...view.layers].sort());
			await expectCameraNear(page, view);
		}
		await expect(page).toHaveURL(new RegExp(`#${story.views.at(-1)!.id}$`));
	}
);

test('a #chapter link opens the story at that chapter', engine, async ({ page, story }) => {
	const target = story.views.at(-2)!;
	await page.goto(`${story.home}#${target.id}`);
	await mapReady(page);
	await expect(map(page)).toHaveAttribute('data-chapter', target.id);
	await expectCameraNear(page, target);
	const top = await page.locator(`section#${target.id}`).evaluate((el) => el.getBoundingClientRect().top);
	expect(top).toBeLessThan(100);
});

test(
	'keyboard: j and k step between chapters, PageDown once a chapter is read',
	engine,
	async ({ page, story }) => {
		const { views } = story;
		await page.goto(story.home);
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
	}
);

test('scrolling does not fill the history: the hash is replaced, not pushed', async ({ page, story }) => {
	await page.goto(story.home);
	await mapReady(page);
	const before = await page.evaluate(() => history.length);
	for (const view of story.views.slice(1, 4)) {
		await scrollToChapter(page, view.id);
		await expect(page).toHaveURL(new RegExp(`#${view.id}$`));
	}
	expect(await page.evaluate(() => history.length)).toBe(before);
});
