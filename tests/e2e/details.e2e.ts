import type { Page } from '@playwright/test';
import { expect, map, mapReady, scrollToChapter, test } from './fixtures';
import { layerColors } from './expected-views';

const details = (page: Page) => page.getByTestId('place-details');

/** Screen position of the biggest blob of a colour in the map (decoded in the page from a screenshot). */
async function findColour(page: Page, hex: string): Promise<{ x: number; y: number } | null> {
	const box = (await map(page).boundingBox())!;
	const png = await map(page).screenshot();
	const found = await page.evaluate(
		async ({ data, hex }) => {
			const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
			const canvas = new OffscreenCanvas(image.width, image.height);
			const context = canvas.getContext('2d')!;
			context.drawImage(image, 0, 0);
			const { data: px, width, height } = context.getImageData(0, 0, image.width, image.height);
			const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
			// Score each 12-px cell by matching pixels; the best cell is the feature's dot.
			let best = { score: 0, x: 0, y: 0 };
			for (let cy = 0; cy < height; cy += 12) {
				for (let cx = 0; cx < width; cx += 12) {
					let score = 0;
					for (let y = cy; y < Math.min(height, cy + 12); y++) {
						for (let x = cx; x < Math.min(width, cx + 12); x++) {
							const i = (y * width + x) * 4;
							if (Math.abs(px[i]! - r!) + Math.abs(px[i + 1]! - g!) + Math.abs(px[i + 2]! - b!) < 20) score++;
						}
					}
					if (score > best.score) best = { score, x: cx + 6, y: cy + 6 };
				}
			}
			return best.score > 20 ? { x: best.x, y: best.y } : null;
		},
		{ data: png.toString('base64'), hex }
	);
	return found && { x: box.x + found.x, y: box.y + found.y };
}

test('clicking a place on the map opens its details, with sources, and marks it', async ({ page }) => {
	await page.goto('/#paris');
	await mapReady(page);
	await expect(map(page)).toHaveAttribute('data-chapter', 'paris');
	const colors = await layerColors();
	const spot = await findColour(page, colors.paris!);
	expect(spot, 'a Paris-layer dot is drawn').not.toBeNull();
	await page.mouse.click(spot!.x, spot!.y);
	await expect(details(page)).toBeVisible();
	await expect(details(page)).toHaveAttribute('data-place', /^(paris|auvers-sur-oise)$/);
	await expect(details(page).getByRole('heading', { name: 'Sources' })).toBeVisible();
	await expect(details(page).locator('ol.sources li').first()).toContainText(/\w/);
	await expect(page).toHaveURL(/#place=(paris|auvers-sur-oise)$/);
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
});

test('the legend shows only what the chapter shows, and the timeline jumps to a chapter', async ({
	page
}) => {
	await page.goto('/#tehran');
	await mapReady(page);
	const legend = page.getByTestId('map-legend');
	await expect(legend.locator('li')).toHaveCount(1);
	await scrollToChapter(page, 'advance-1988');
	await expect(legend).toContainText('Approximate location');
	await expect(legend).not.toContainText('Exile in France');
	await page.getByTestId('timeline').getByRole('button', { name: /^1981/ }).click();
	await expect(map(page)).toHaveAttribute('data-chapter', 'paris');
});
