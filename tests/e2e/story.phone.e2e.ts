import { expect, map, mapReady, scrollToChapter, test } from './fixtures';

test('on a phone the map stays visible above the text while chapters change', async ({ page, story }) => {
	await page.goto(story.home);
	await mapReady(page);
	for (const { id } of [story.views[1]!, story.views.at(-1)!]) {
		await scrollToChapter(page, id);
		await expect(map(page)).toHaveAttribute('data-chapter', id);
		const box = (await map(page).boundingBox())!;
		const viewport = page.viewportSize()!;
		expect(box.y).toBeGreaterThanOrEqual(-1);
		expect(box.y + box.height).toBeLessThan(viewport.height * 0.6);
		expect(box.width).toBeCloseTo(viewport.width, 0);
		// The chapter heading is below the map, not hidden behind it.
		const heading = (await page.locator(`#${id}-title`).boundingBox())!;
		expect(heading.y).toBeGreaterThanOrEqual(box.y + box.height - 1);
	}
	await page.screenshot({ path: test.info().outputPath('phone-last-chapter.png') });
});
