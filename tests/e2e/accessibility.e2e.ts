import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { embedPath } from '../../src/lib/site-paths';
import { expect, map, mapReady, scrollToChapter, test } from './fixtures';

async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary).toEqual([]);
}

test('axe finds no WCAG 2.2 AA violations on the story, nor with a place’s details open', async ({
	page
}) => {
	await page.goto('/');
	await mapReady(page);
	await expectNoAxeViolations(page);
	await page
		.locator('section#camp-ashraf')
		.getByRole('button', { name: /Camp Ashraf/ })
		.click();
	await expect(page.getByTestId('place-details')).toBeVisible();
	await expectNoAxeViolations(page);
});

test('the page can be zoomed: no zoom lock in the viewport meta', async ({ page }) => {
	await page.goto('/');
	const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
	expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale/);
});

test('every control is reachable by Tab, and the map is not a keyboard trap', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	const reached = new Set<string>();
	for (let i = 0; i < 30; i++) {
		await page.keyboard.press('Tab');
		reached.add(
			await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				const testId = el?.closest('[data-testid]')?.getAttribute('data-testid');
				return testId ?? el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
			})
		);
	}
	expect(reached).toContain('Reduce motion');
	expect(reached).toContain('timeline');
	expect(reached).toContain('story-map');
	expect(
		[...reached].some((name) => /^Source \d+:/.test(name)),
		'footnote links'
	).toBe(true);
	const canvas = page.locator('.maplibregl-canvas');
	await canvas.focus();
	await page.keyboard.press('Tab');
	await expect(canvas).not.toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(canvas).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(canvas).not.toBeFocused();
});

test.describe('with reduced motion (OS setting)', () => {
	test.use({ reducedMotion: 'reduce' });

	test('flights become jumps and the route shows its final state', async ({ page }) => {
		await page.goto('/');
		await mapReady(page);
		await page.evaluate(() => {
			const target = document.querySelector('[data-testid="story-map"]')!;
			(window as unknown as { moves: number }).moves = 0;
			new MutationObserver(() => (window as unknown as { moves: number }).moves++).observe(target, {
				attributeFilter: ['data-camera']
			});
		});
		await scrollToChapter(page, 'advance-1988');
		await expect(map(page)).toHaveAttribute('data-chapter', 'advance-1988');
		await expect.poll(async () => Number(await map(page).getAttribute('data-drawn-km'))).toBeGreaterThan(100);
		// A jump ends in a single move; a flight reports none until it lands, so count camera updates.
		expect(await page.evaluate(() => (window as unknown as { moves: number }).moves)).toBeLessThanOrEqual(1);
		await expect(page.getByRole('button', { name: 'Reduce motion' })).toHaveAttribute('aria-pressed', 'true');
	});
});

test('the motion toggle turns animation off for this tab only', async ({ page, context }) => {
	await page.goto('/');
	await mapReady(page);
	const toggle = page.getByRole('button', { name: 'Reduce motion' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await scrollToChapter(page, 'advance-1988');
	await expect.poll(async () => Number(await map(page).getAttribute('data-drawn-km'))).toBeGreaterThan(100);
	await page.reload();
	await expect(page.getByRole('button', { name: 'Reduce motion' })).toHaveAttribute('aria-pressed', 'true');
	const other = await context.newPage();
	await other.goto('/');
	await expect(other.getByRole('button', { name: 'Reduce motion' })).toHaveAttribute('aria-pressed', 'false');
});

test('axe finds no violations on the embed views (whole story and one chapter)', async ({ page }) => {
	await page.goto(embedPath({ kind: 'story' }));
	await mapReady(page);
	await expectNoAxeViolations(page);
	await page.goto(embedPath({ kind: 'chapter', id: 'advance-1988' }));
	await mapReady(page);
	await expectNoAxeViolations(page);
});

test.describe('on a small phone (360 × 740)', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

	test('nothing overflows sideways, the map stays in view and axe finds nothing', async ({ page }) => {
		await page.goto('/#paris');
		await mapReady(page);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		const box = (await map(page).boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.height).toBeGreaterThan(200);
		await expect(page.locator('#paris-title')).toBeInViewport();
		await expectNoAxeViolations(page);
	});
});
