/**
 * What hostile content could do to the page once it is past validation (tests/fixtures/broken has
 * what validation refuses): a word or an address wider than the screen must wrap, wherever an
 * author's text is shown, on a desktop and on a small phone; no page may tell another site where
 * its reader came from.
 */
import type { Page } from '@playwright/test';
import { chapterLinkPath, embedPath } from '../../src/lib/site-paths';
import { expect, test } from './fixtures';

const LONG_WORD = 'Mojahedin'.repeat(45);
const LONG_URL = `https://example.org/${'a-very-long-path/'.repeat(15)}`;

/** Appends the long word and address to every element matching each selector (the text authors write). */
async function lengthenAuthorText(page: Page, selectors: string[]): Promise<number> {
	return page.evaluate(
		({ selectors, word, url }) => {
			let count = 0;
			for (const selector of selectors) {
				for (const element of document.querySelectorAll(selector)) {
					element.append(` ${word} ${url}`);
					count += 1;
				}
			}
			return count;
		},
		{ selectors, word: LONG_WORD, url: LONG_URL }
	);
}

async function overflow(page: Page): Promise<number> {
	// Two frames: the layout has caught up with the new text.
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
	return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

const STORY_TEXT = [
	'.masthead h1',
	'.masthead .subtitle',
	'.chapter h2',
	'.chapter .date',
	'.chapter .prose p',
	'.chapter .map-description',
	'.chapter .sources li',
	'.places li button',
	'.all-sources li',
	'.legend li'
];
const EMBED_TEXT = [
	'.chapter-embed h1',
	'.chapter-embed h2',
	'.chapter-embed .prose p',
	'.chapter-embed li',
	'.embed li'
];

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 360, height: 740 }
]) {
	test.describe(`at ${viewport.width} px`, () => {
		test.use({ viewport });

		test('a 405-character word and a long address in any author text do not make the story scroll sideways', async ({
			page,
			story
		}) => {
			await page.goto(`${story.home}#${story.views[1]!.id}`);
			expect(await lengthenAuthorText(page, STORY_TEXT)).toBeGreaterThan(50);
			expect(await overflow(page)).toBeLessThanOrEqual(0);
		});

		test('nor a chapter embed', async ({ page, story }) => {
			await page.goto(embedPath({ kind: 'chapter', id: story.views[1]!.id }, story.edition));
			expect(await lengthenAuthorText(page, EMBED_TEXT)).toBeGreaterThan(3);
			expect(await overflow(page)).toBeLessThanOrEqual(0);
		});
	});
}

test('every page asks for no referrer, and every link to another origin is rel="noopener noreferrer"', async ({
	page,
	baseURL,
	story
}) => {
	const chapter = story.views[1]!.id;
	const paths = [
		story.home,
		embedPath({ kind: 'story' }, story.edition),
		embedPath({ kind: 'chapter', id: chapter }, story.edition),
		chapterLinkPath(chapter, story.edition)
	];
	for (const path of paths) {
		const html = await (await page.request.get(path)).text();
		expect(html, path).toContain('<meta name="referrer" content="no-referrer"');
		const anchors = [...html.matchAll(/<a\b[^>]*>/g)].map((match) => match[0]);
		expect(anchors.length, path).toBeGreaterThan(0);
		for (const anchor of anchors) {
			const href = /\shref="([^"]*)"/.exec(anchor)?.[1]?.replaceAll('&amp;', '&');
			if (href === undefined || new URL(href, `${baseURL}${path}`).origin === new URL(baseURL!).origin)
				continue;
			expect(anchor, path).toMatch(/\srel="noopener noreferrer"/);
		}
	}
});
