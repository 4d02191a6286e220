/**
 * The reader is never left without a map: the prerendered static maps stand in for the live map
 * before it is ready, without JavaScript, without WebGL, and in print.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, map, mapReady, scrollToChapter, test } from './fixtures';

const engine = { tag: '@engine' };

const poster = (page: Page) => page.getByTestId('map-poster');

/** Scrolls the image into view (figures are lazy) and waits until it has decoded real pixels. */
async function expectLoaded(image: Locator): Promise<void> {
	await image.scrollIntoViewIfNeeded();
	await expect(image).toBeVisible();
	await expect
		.poll(() => image.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)))
		.toBeGreaterThan(0);
}

test(
	'without JavaScript every chapter shows its static map, described in words',
	engine,
	async ({ browser, story }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(story.home);
		await expect(page.locator('.map-column')).toBeHidden();
		for (const view of story.views) {
			const image = page.locator(`section#${view.id} figure img`);
			await expectLoaded(image);
			expect(await image.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname)).toContain(
				`${story.home}maps/figure/${view.id}.svg`
			);
			const description = await page
				.locator(`section#${view.id} .map-description`)
				.evaluate((p) => p.lastChild!.textContent!.trim());
			await expect(image).toHaveAttribute('alt', description);
		}
		await context.close();
	}
);

test(
	'without JavaScript an embed shows its chapter’s static map, its byline and date, and stays out of search results',
	engine,
	async ({ browser, story }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const chapter = story.views.at(-1)!.id;
		await page.goto(`${story.home}embed/${chapter}/`);
		await expectLoaded(poster(page).getByRole('img'));
		await expect(poster(page)).toHaveAttribute('data-chapter', chapter);
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
			'href',
			new RegExp(`${story.home}chapter/${chapter}/$`)
		);
		await expect(page.locator('.embed-footer time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
		// The whole-story embed too: the first chapter's map.
		await page.goto(`${story.home}embed/`);
		await expectLoaded(poster(page).getByRole('img'));
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		await context.close();
	}
);

test(
	'without WebGL the story shows the static map and a short message, not an error',
	engine,
	async ({ page, story }) => {
		await page.addInitScript(() => {
			const getContext = HTMLCanvasElement.prototype.getContext;
			HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
				if (args[0] === 'webgl' || args[0] === 'webgl2') return null;
				return (getContext as (...a: unknown[]) => unknown).apply(this, args);
			} as typeof getContext;
		});
		await page.goto(story.home);
		const message = map(page).getByRole('status');
		await expect(message).toHaveText(story.text.t('map.failed'));
		await expect(page.getByText(/WebGL|GPUInitialization|Error:/)).toHaveCount(0);
		await expectLoaded(poster(page).getByRole('img'));
		// The static map follows the reader from chapter to chapter.
		const target = story.views.at(-1)!;
		await scrollToChapter(page, target.id);
		await expect(poster(page)).toHaveAttribute('data-chapter', target.id);
		await expect(poster(page).getByRole('img')).toHaveAttribute(
			'src',
			new RegExp(`${story.home}maps/wide/${target.id}\\.svg`)
		);
		await expectLoaded(poster(page).getByRole('img'));
		await expect(message).toBeVisible();
		// Why the map failed goes to the console as a warning (for whoever debugs it), never an error.
	}
);

test('print gives every chapter in order with its static map, and all sources', async ({ page, story }) => {
	const { views } = story;
	await page.goto(story.home);
	await mapReady(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.map-column')).toBeHidden();
	const ids = await page.locator('section[data-chapter-id]').evaluateAll((s) => s.map((e) => e.id));
	expect(ids).toEqual(views.map((v) => v.id));
	let previousBottom = 0;
	for (const view of views) {
		const image = page.locator(`section#${view.id} figure img`);
		await expectLoaded(image);
		const { top, bottom } = await image.evaluate((img) => {
			const box = img.getBoundingClientRect();
			return { top: box.top + window.scrollY, bottom: box.bottom + window.scrollY };
		});
		expect(top, `the map of ${view.id} comes after the one before`).toBeGreaterThan(previousBottom);
		previousBottom = bottom;
		await expect(page.locator(`section#${view.id} ol.sources li`).first()).toBeVisible();
	}
	await expect(page.getByRole('heading', { name: story.text.t('page.sources.title') })).toBeVisible();
	await expect(page.locator('#sources ol.sources li').last()).toBeVisible();
});

test('the static map stands in until the live map is ready, and the swap shifts nothing', async ({
	page,
	story
}) => {
	await page.addInitScript(() => {
		const w = window as unknown as { layoutShift: number; posterAtStart?: boolean };
		w.layoutShift = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
			})[]) {
				if (!entry.hadRecentInput) w.layoutShift += entry.value;
			}
		}).observe({ type: 'layout-shift', buffered: true });
		document.addEventListener('DOMContentLoaded', () => {
			w.posterAtStart = document.querySelector('[data-testid="map-poster"] img') !== null;
		});
	});
	await page.goto(story.home);
	await mapReady(page);
	await expect(poster(page)).toHaveCount(0);
	const { layoutShift, posterAtStart } = await page.evaluate(() => {
		const w = window as unknown as { layoutShift: number; posterAtStart: boolean };
		return { layoutShift: w.layoutShift, posterAtStart: w.posterAtStart };
	});
	expect(posterAtStart, 'the first paint already has the static map').toBe(true);
	expect(layoutShift, 'cumulative layout shift while the map loads').toBeLessThan(0.01);
	test.info().annotations.push({ type: 'CLS', description: layoutShift.toFixed(4) });
});
