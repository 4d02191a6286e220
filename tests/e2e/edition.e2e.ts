/**
 * An edition reads in its own direction and writes numbers its own way: the layout mirrors for a
 * right-to-left language, citations and footnotes use the edition's digits and commas, and text in
 * another script (a source's English headline in the Persian edition) keeps its own direction.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const edition = { tag: '@edition' };

/** The edition's ten digits, as its pages write them. */
function digitsOf(write: (n: number) => string): string {
	return Array.from({ length: 10 }, (_, n) => write(n)).join('');
}

const xOf = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!.x;

test(
	'the layout follows the reading direction: text first, then the map; time runs the same way',
	edition,
	async ({ page, story }) => {
		await page.goto(story.home);
		await expect(page.locator('html')).toHaveAttribute('dir', story.dir);
		const textFirst = (await xOf(page, '.chapters')) < (await xOf(page, '.map-column'));
		expect(textFirst, 'the chapters are on the side the reader starts from').toBe(story.dir === 'ltr');
		const dots = page.getByTestId('timeline').locator('.dot');
		const earliest = (await dots.first().boundingBox())!.x;
		const latest = (await dots.last().boundingBox())!.x;
		expect(earliest < latest, 'the timeline runs in the reading direction').toBe(story.dir === 'ltr');
		await page.screenshot({ path: test.info().outputPath('top.png') });
	}
);

test(
	'citations and footnotes use the edition’s digits and commas; other scripts keep their direction',
	edition,
	async ({ page, story }) => {
		await page.goto(story.home);
		const digits = digitsOf((n) => story.text.number(n));
		const numbers = await page.locator('sup.cite a').allTextContents();
		expect(numbers.length).toBeGreaterThan(10);
		for (const number of numbers) expect(number, 'a citation number').toMatch(new RegExp(`^[${digits}]+$`));
		const separator = story.text.t('list.separator');
		const multiple = page
			.locator('sup.cite')
			.filter({ has: page.locator('a + a') })
			.first();
		await expect(multiple).toContainText(separator.trim());
		if (separator.trim() !== ',') await expect(multiple).not.toContainText(',');

		// Each headline and publisher in a source list reads in its own direction, whatever the page's.
		const mismatched = await page.locator('#sources ol.sources li bdi').evaluateAll((elements) =>
			elements.flatMap((element) => {
				const strong = /[A-Za-z\u0590-\u08FF]/.exec(element.textContent ?? '')?.[0];
				if (!strong) return [];
				const expected = /[A-Za-z]/.test(strong) ? 'ltr' : 'rtl';
				return getComputedStyle(element).direction === expected ? [] : [element.textContent];
			})
		);
		expect(mismatched).toEqual([]);
		const chapter = story.views[0]!.id;
		await page.locator(`section#${chapter} .prose`).scrollIntoViewIfNeeded();
		await page.screenshot({ path: test.info().outputPath('first-chapter-text.png') });
		await page.locator(`section#${chapter} ol.sources`).scrollIntoViewIfNeeded();
		await page.screenshot({ path: test.info().outputPath('first-chapter-sources.png') });
	}
);
