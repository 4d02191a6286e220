import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { embedPath } from '../../src/lib/site-paths';
import { stringPattern } from './story-under-test';
import { expect, map, mapReady, scrollToChapter, test } from './fixtures';

const engine = { tag: '@engine' };

async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary).toEqual([]);
}

test(
	'axe finds no WCAG 2.2 AA violations on the story, nor with a place’s details open',
	engine,
	async ({ page, story }) => {
		await page.goto(story.home);
		await mapReady(page);
		await expectNoAxeViolations(page);
		const place = story.listedPlace;
		await page.locator(`section#${place.chapter} button[data-place="${place.id}"]`).click();
		await expect(page.getByTestId('place-details')).toBeVisible();
		await expectNoAxeViolations(page);
	}
);

test('the page can be zoomed: no zoom lock in the viewport meta', async ({ page, story }) => {
	await page.goto(story.home);
	const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
	expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale/);
});

test(
	'every control is reachable by Tab, and the map is not a keyboard trap',
	engine,
	async ({ page, story }) => {
		const { text } = story;
		await page.goto(story.home);
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
		expect(reached).toContain(text.t('page.motion.toggle'));
		expect(reached).toContain('timeline');
		expect(reached).toContain('story-map');
		expect(
			[...reached].some((name) => stringPattern(text, 'source.cited').test(name)),
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
	}
);

test.describe('with reduced motion (OS setting)', () => {
	test.use({ reducedMotion: 'reduce' });

	test('flights become jumps and a drawn line shows its final state', async ({ page, story }) => {
		test.skip(!story.draw, 'no chapter of this story draws a line');
		const { chapter, totalKm } = story.draw!;
		await page.goto(story.home);
		await mapReady(page);
		await page.evaluate(() => {
			const target = document.querySelector('[data-testid="story-map"]')!;
			(window as unknown as { moves: number }).moves = 0;
			new MutationObserver(() => (window as unknown as { moves: number }).moves++).observe(target, {
				attributeFilter: ['data-camera']
			});
		});
		await scrollToChapter(page, chapter);
		await expect(map(page)).toHaveAttribute('data-chapter', chapter);
		await expect
			.poll(async () => Number(await map(page).getAttribute('data-drawn-km')))
			.toBeGreaterThan(totalKm * 0.99);
		// A jump ends in a single move; a flight reports none until it lands, so count camera updates.
		expect(await page.evaluate(() => (window as unknown as { moves: number }).moves)).toBeLessThanOrEqual(1);
		await expect(page.getByRole('button', { name: story.text.t('page.motion.toggle') })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
	});
});

test('the motion toggle turns animation off for this tab only', async ({ page, context, story }) => {
	const name = story.text.t('page.motion.toggle');
	await page.goto(story.home);
	await mapReady(page);
	const toggle = page.getByRole('button', { name });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	if (story.draw) {
		await scrollToChapter(page, story.draw.chapter);
		await expect
			.poll(async () => Number(await map(page).getAttribute('data-drawn-km')))
			.toBeGreaterThan(story.draw.totalKm * 0.99);
	}
	await page.reload();
	await expect(page.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
	const other = await context.newPage();
	await other.goto(story.home);
	await expect(other.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'false');
});

test(
	'axe finds no violations on the embed views (whole story and one chapter)',
	engine,
	async ({ page, story }) => {
		await page.goto(embedPath({ kind: 'story' }, story.edition));
		await mapReady(page);
		await expectNoAxeViolations(page);
		await page.goto(embedPath({ kind: 'chapter', id: story.views.at(-1)!.id }, story.edition));
		await mapReady(page);
		await expectNoAxeViolations(page);
	}
);

test.describe('on a small phone (360 × 740)', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

	test(
		'nothing overflows sideways, the map stays in view and axe finds nothing',
		engine,
		async ({ page, story }) => {
			const chapter = story.views[1]!.id;
			await page.goto(`${story.home}#${chapter}`);
			await mapReady(page);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			const box = (await map(page).boundingBox())!;
			expect(box.y).toBeGreaterThanOrEqual(0);
			expect(box.height).toBeGreaterThan(200);
			await expect(page.locator(`#${chapter}-title`)).toBeInViewport();
			await page.screenshot({ path: test.info().outputPath('phone-360.png') });
			await expectNoAxeViolations(page);
		}
	);
});
