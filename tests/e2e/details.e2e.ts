import type { Page } from '@playwright/test';
import { expect, map, mapReady, scrollToChapter, test } from './fixtures';
import { expectedViews, layerColors, layerFeatures } from './expected-views';
import { mapPixels } from './pixels';

const details = (page: Page) => page.getByTestId('place-details');

test('clicking a place on the map opens its details, with sources, and marks it', async ({ page }) => {
	await page.goto('/#paris');
	await mapReady(page);
	await expect(map(page)).toHaveAttribute('data-chapter', 'paris');
	const colors = await layerColors();
	const spot = (await mapPixels(page, [colors.paris!])).hotspots[0];
	expect(spot, 'a Paris-layer dot is drawn').not.toBeNull();
	await page.mouse.click(spot!.x, spot!.y);
	await expect(details(page)).toBeVisible();
	const place = await details(page).getAttribute('data-place');
	expect((await layerFeatures()).paris).toContain(place);
	await expect(details(page).getByRole('heading', { name: 'Sources' })).toBeVisible();
	await expect(details(page).locator('ol.sources li').first()).toContainText(/\w/);
	await expect(page).toHaveURL(new RegExp(`#place=${place}$`));
	await page.screenshot({ path: test.info().outputPath('details-from-map.png') });
});

test('keyboard: the places list opens details, Escape closes them and returns focus', async ({ page }) => {
	await page.goto('/#camp-ashraf');
	await mapReady(page);
	const button = page.locator('section#camp-ashraf').getByRole('button', { name: /Camp Ashraf/ });
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(details(page)).toHaveAttribute('data-place', 'camp-ashraf');
	await expect(page.getByRole('dialog', { name: 'Camp Ashraf' })).toBeVisible();
	await expect(details(page).getByRole('heading', { level: 2 })).toBeFocused();
	await expect(details(page)).toContainText(/Approximate location: may be off by up to \d+ km/);
	await expect(button).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('Escape');
	await expect(details(page)).toHaveCount(0);
	await expect(button).toBeFocused();
	await expect(page).toHaveURL(/#camp-ashraf$/);
});

test('a #place= link opens the story at a chapter that names the place, with its details open', async ({
	page
}) => {
	await page.goto('/#place=chaharzebar-pass');
	await mapReady(page);
	await expect(details(page)).toHaveAttribute('data-place', 'chaharzebar-pass');
	await expect(map(page)).toHaveAttribute('data-chapter', 'advance-1988');
	await expect(details(page).getByRole('link', { name: /advance/i })).toHaveAttribute(
		'href',
		'#advance-1988'
	);
});

test('the 1988 route draws itself as the reader scrolls through its chapter', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	await scrollToChapter(page, 'advance-1988');
	await expect(map(page)).toHaveAttribute('data-chapter', 'advance-1988');
	const drawn = async () => Number(await map(page).getAttribute('data-drawn-km'));
	const atStart = await drawn();
	// Scroll until the chapter's bottom has passed the middle of the screen.
	await page.locator('section#advance-1988').evaluate((el) => {
		const box = el.getBoundingClientRect();
		window.scrollBy({ top: box.bottom - window.innerHeight * 0.3, behavior: 'instant' });
	});
	await expect.poll(drawn).toBeGreaterThan(atStart + 50);
	expect(atStart).toBeLessThan(40);
	// The last town reached is named, with its date and time.
	await expect(page.getByTestId('draw-caption')).toContainText(/July 1988/);
});

test('the legend shows only what the chapter shows, and the timeline jumps to a chapter', async ({
	page
}) => {
	await page.goto('/');
	await mapReady(page);
	const legend = page.getByTestId('map-legend');
	// The overview shows the moves between countries as arcs, and says so in the legend.
	await expect(map(page)).toHaveAttribute('data-layers', /\bmoves\b/);
	await expect(legend).toContainText(/Moves/);
	await scrollToChapter(page, 'tehran');
	await expect(legend.locator('li')).toHaveCount(1);
	await scrollToChapter(page, 'advance-1988');
	await expect(legend).toContainText('Approximate location');
	await expect(legend).not.toContainText('Exile in France');
	const timeline = page.getByRole('slider', { name: /Chapter by year/ });
	const views = await expectedViews();
	const paris = views.find((view) => view.id === 'paris')!;
	await page.getByTestId('timeline').locator(`.dot[title$="${paris.title}"]`).click();
	await expect(map(page)).toHaveAttribute('data-chapter', 'paris');
	await expect(timeline).toHaveAttribute('aria-valuetext', /^1981: /);
	await timeline.focus();
	// Keys move along the dated chapters (the overview has no year).
	await page.keyboard.press('Home');
	await expect(map(page)).toHaveAttribute('data-chapter', views[1]!.id);
	await page.keyboard.press('ArrowRight');
	await expect(map(page)).toHaveAttribute('data-chapter', views[2]!.id);
});
