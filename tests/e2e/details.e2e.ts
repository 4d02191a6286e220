import type { Page } from '@playwright/test';
import { expect, map, mapReady, scrollToChapter, test } from './fixtures';
import { mapPixels } from './pixels';
import { stringPattern } from './story-under-test';

const engine = { tag: '@engine' };
const details = (page: Page) => page.getByTestId('place-details');

test(
	'clicking a place on the map opens its details, with sources, and marks it',
	engine,
	async ({ page, story }) => {
		const { chapter, layer } = story.clickable;
		await page.goto(`${story.home}#${chapter}`);
		await mapReady(page);
		await expect(map(page)).toHaveAttribute('data-chapter', chapter);
		const spot = (await mapPixels(page, [story.colors[layer]!])).hotspots[0];
		expect(spot, `a dot of layer ${layer} is drawn`).not.toBeNull();
		await page.mouse.click(spot!.x, spot!.y);
		await expect(details(page)).toBeVisible();
		const place = await details(page).getAttribute('data-place');
		expect(story.features[layer]).toContain(place);
		await expect(details(page).getByRole('heading', { name: story.text.t('place.sources') })).toBeVisible();
		await expect(details(page).locator('ol.sources li').first()).toContainText(/\p{L}/u);
		await expect(page).toHaveURL(new RegExp(`#place=${place}$`));
		await page.screenshot({ path: test.info().outputPath('details-from-map.png') });
	}
);

test(
	'keyboard: the places list opens details, Escape closes them and returns focus',
	engine,
	async ({ page, story }) => {
		const place = story.listedPlace;
		await page.goto(`${story.home}#${place.chapter}`);
		await mapReady(page);
		const button = page.locator(`section#${place.chapter} button[data-place="${place.id}"]`);
		await expect(button).toHaveAccessibleName(new RegExp(`^${place.name}`));
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(details(page)).toHaveAttribute('data-place', place.id);
		await expect(page.getByRole('dialog', { name: place.name })).toBeVisible();
		await expect(details(page).getByRole('heading', { level: 2 })).toBeFocused();
		if (place.approximateKm !== undefined)
			await expect(details(page)).toContainText(
				story.text.t('place.approximateBy', { km: place.approximateKm })
			);
		await expect(button).toHaveAttribute('aria-pressed', 'true');
		await page.keyboard.press('Escape');
		await expect(details(page)).toHaveCount(0);
		await expect(button).toBeFocused();
		await expect(page).toHaveURL(new RegExp(`#${place.chapter}$`));
	}
);

test(
	'a #place= link opens the story at a chapter that names the place, with its details open',
	engine,
	async ({ page, story }) => {
		const place = story.linkedPlace;
		await page.goto(`${story.home}#place=${place.id}`);
		await mapReady(page);
		await expect(details(page)).toHaveAttribute('data-place', place.id);
		await expect(map(page)).toHaveAttribute('data-chapter', place.chapter);
		await expect(details(page).getByRole('link', { name: place.chapterTitle, exact: true })).toHaveAttribute(
			'href',
			`#${place.chapter}`
		);
	}
);

test('a line draws itself as the reader scrolls through its chapter', async ({ page, story }) => {
	test.skip(!story.draw, 'no chapter of this story draws a line');
	const { chapter, totalKm } = story.draw!;
	await page.goto(story.home);
	await mapReady(page);
	await scrollToChapter(page, chapter);
	await expect(map(page)).toHaveAttribute('data-chapter', chapter);
	const drawn = async () => Number(await map(page).getAttribute('data-drawn-km'));
	const atStart = await drawn();
	// Scroll until the chapter's bottom has passed the middle of the screen.
	await page.locator(`section#${chapter}`).evaluate((el) => {
		const box = el.getBoundingClientRect();
		window.scrollBy({ top: box.bottom - window.innerHeight * 0.3, behavior: 'instant' });
	});
	await expect.poll(drawn).toBeGreaterThan(atStart + totalKm / 2);
	expect(atStart).toBeLessThan(totalKm * 0.4);
	// The last stop reached is named.
	await expect(page.getByTestId('draw-caption')).toContainText(/\p{L}/u);
});

test('the legend shows only what the chapter shows, and the timeline jumps to a chapter', async ({
	page,
	story
}) => {
	const { views, text } = story;
	await page.goto(story.home);
	await mapReady(page);
	const legend = page.getByTestId('map-legend');
	for (const view of views.slice(0, 3)) {
		await scrollToChapter(page, view.id);
		await expect(map(page)).toHaveAttribute('data-chapter', view.id);
		await expect(legend.locator('li')).toHaveText(view.legend);
	}
	const dated = views.filter((view) => view.year !== undefined);
	const timeline = page.getByRole('slider', { name: stringPattern(text, 'timeline.slider') });
	// A chapter alone in its year (a click goes to the nearest dot).
	const rank = dated.findLastIndex((view) => dated.filter((v) => v.year === view.year).length === 1);
	const target = dated[rank]!;
	await page.getByTestId('timeline').locator('.dot').nth(rank).click();
	await expect(map(page)).toHaveAttribute('data-chapter', target.id);
	await expect(timeline).toHaveAttribute('aria-valuetext', `${text.year(target.year!)}: ${target.title}`);
	await timeline.focus();
	// Keys move along the dated chapters.
	await page.keyboard.press('Home');
	await expect(map(page)).toHaveAttribute('data-chapter', dated[0]!.id);
	await page.keyboard.press('ArrowRight');
	await expect(map(page)).toHaveAttribute('data-chapter', dated[1]!.id);
});
