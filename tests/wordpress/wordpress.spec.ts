/**
 * Story map embeds in a real WordPress (Debian's 6.1), as journalists make them: a story link and a
 * chapter link pasted on their own line (oEmbed discovery: WordPress keeps a sandboxed iframe and
 * its own wp-embed.js), our snippet in a Custom HTML block by an Administrator, the same by an Author
 * (WordPress strips it on save), and a chapter link by an Author; in a block theme and a classic
 * theme, on a 1280 × 900 desktop and a 390 × 844 phone. Each case is checked as a reader would see
 * it, screenshotted, and written as a row of the results table (printed by global-teardown.ts).
 */
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import {
	CASES,
	CHAPTER,
	POSTS_FILE,
	RESULTS_FILE,
	SITE_ORIGIN,
	SITES,
	WIDTHS,
	type Posts
} from './wordpress';

/** WordPress's wp-embed.js keeps oEmbed frames between 200 and 1000 px high. */
const WORDPRESS_MAX_HEIGHT = 1000;
const SCREENSHOTS = 'test-results/wordpress';

export interface ResultRow {
	theme: string;
	case: string;
	role: string;
	width: string;
	frame: boolean;
	frameWidth?: number;
	columnWidth?: number;
	mapReady?: boolean;
	frameHeight?: number;
	contentHeight?: number;
	resized?: boolean;
	secretMessages?: number;
	ourConsoleErrors: string[];
	link?: string;
	shown?: string;
	pass: boolean;
}

function posts(): Posts {
	return JSON.parse(readFileSync(POSTS_FILE, 'utf8')) as Posts;
}

/** Our embed's frame, once the page has one. */
function storyFrame(page: Page): Frame | undefined {
	return page.frames().find((frame) => frame.url().startsWith(SITE_ORIGIN));
}

/** Where the embed's "full story" link took the reader: a new tab, the whole window, or nowhere. */
async function followStoryLink(page: Page, frame: Frame): Promise<string> {
	const link = frame.getByTestId('story-link');
	if (!(await link.count())) return 'no link';
	const popup = page
		.context()
		.waitForEvent('page', { timeout: 6_000 })
		.then((p) => p)
		.catch(() => undefined);
	const navigation = page
		.waitForURL((url) => url.href.startsWith(SITE_ORIGIN), { timeout: 6_000 })
		.then(() => page.url())
		.catch(() => undefined);
	await link.click();
	const [opened, navigated] = await Promise.all([popup, navigation]);
	if (opened) {
		await opened.waitForLoadState('domcontentloaded').catch(() => {});
		return `new tab: ${opened.url().replace(SITE_ORIGIN, '')}`;
	}
	if (navigated) return `same tab: ${navigated.replace(SITE_ORIGIN, '')}`;
	return 'nothing happened';
}

for (const site of SITES) {
	for (const kase of CASES) {
		for (const size of WIDTHS) {
			test(`${site.theme} · ${kase.name} · ${kase.role} · ${size.id}`, async ({ browser }) => {
				const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
				const page = await context.newPage();
				const errors: string[] = [];
				page.on('console', (message) => {
					if (message.type() !== 'error') return;
					const where = message.location().url;
					if (where.startsWith(SITE_ORIGIN) || message.text().includes(SITE_ORIGIN) || !where)
						errors.push(message.text().slice(0, 200));
				});
				page.on('pageerror', (error) => errors.push(`page error: ${error.message.slice(0, 200)}`));
				await page.addInitScript(() => {
					const seen: unknown[] = [];
					(window as unknown as { __messages: unknown[] }).__messages = seen;
					window.addEventListener('message', (event) => seen.push(event.data));
					document.addEventListener('securitypolicyviolation', (event) =>
						console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
					);
				});

				const url = posts()[site.theme]![kase.id]!;
				await page.goto(url, { waitUntil: 'load' });
				const row: ResultRow = {
					theme: site.theme,
					case: kase.name,
					role: kase.role,
					width: `${size.width}×${size.height}`,
					frame: false,
					ourConsoleErrors: errors,
					pass: false
				};
				const iframe = page.locator(`iframe[src^="${SITE_ORIGIN}"]`).first();
				row.frame = (await iframe.count()) > 0;
				const shot = join(SCREENSHOTS, `${site.theme}-${kase.id}-${size.id}.png`);
				mkdirSync(SCREENSHOTS, { recursive: true });

				if (!row.frame) {
					// What the reader sees where the embed was meant to be.
					row.shown = (await page.locator('.entry-content, .wp-block-post-content').first().innerText())
						.replace(/A paragraph of the article, as wide as the text column\./g, '')
						.replace(/\s+/g, ' ')
						.trim()
						.slice(0, 120);
					await page.getByTestId('lead').first().scrollIntoViewIfNeeded();
					await page.screenshot({ path: shot });
					const link = page.locator(
						`.entry-content a[href^="${SITE_ORIGIN}"], .wp-block-post-content a[href^="${SITE_ORIGIN}"]`
					);
					row.pass = (await link.count()) > 0 && errors.length === 0;
					appendFileSync(RESULTS_FILE, `${JSON.stringify(row)}\n`);
					expect.soft(row.shown, 'the reader sees a way to the map, not a blank').not.toBe('');
					expect.soft(await link.count(), 'a link to the map').toBeGreaterThan(0);
					await context.close();
					return;
				}

				await iframe.evaluate((element) => element.scrollIntoView({ block: 'start' }));
				const wordpressFrame = (await iframe.getAttribute('data-secret')) !== null;
				let frame: Frame | undefined;
				await expect
					.poll(() => (frame = storyFrame(page)) !== undefined, { timeout: 20_000 })
					.toBe(true)
					.catch(() => {});
				if (frame) {
					row.mapReady = await expect(frame.getByTestId('story-map'))
						.toHaveAttribute('data-ready', 'true', { timeout: 30_000 })
						.then(
							() => true,
							() => false
						);
					const measure = async () => {
						const content = await frame!
							.evaluate(() =>
								Math.ceil(document.querySelector('.embed')?.getBoundingClientRect().height ?? 0)
							)
							.catch(() => 0);
						const box = await iframe.boundingBox();
						return { content, height: Math.round(box?.height ?? 0), width: Math.round(box?.width ?? 0) };
					};
					const fits = (m: { content: number; height: number }) =>
						Math.abs(m.height - (wordpressFrame ? Math.min(m.content, WORDPRESS_MAX_HEIGHT) : m.content)) <=
						3;
					await expect
						.poll(async () => fits(await measure()), { timeout: 10_000 })
						.toBe(true)
						.catch(() => {});
					const measured = await measure();
					row.frameWidth = measured.width;
					row.frameHeight = measured.height;
					row.contentHeight = measured.content;
					row.resized = fits(measured);
				}
				const lead = await page.getByTestId('lead').first().boundingBox();
				row.columnWidth = Math.round(lead?.width ?? 0);
				if (wordpressFrame) {
					const secret = await iframe.getAttribute('data-secret');
					row.secretMessages = await page.evaluate(
						(s) =>
							(
								window as unknown as { __messages: { secret?: string; message?: string }[] }
							).__messages.filter(
								(m) => m && typeof m === 'object' && m.secret === s && m.message === 'height'
							).length,
						secret
					);
				}
				await page.screenshot({ path: shot });
				row.link = frame ? await followStoryLink(page, frame) : 'no frame';

				const widthOk = Math.abs((row.frameWidth ?? 0) - row.columnWidth) <= 2;
				// The story embed links to the story at the chapter it shows (its first, here).
				const expectedLink = kase.kind === 'story-link' ? /\/#[a-z0-9-]+$/ : new RegExp(`/#${CHAPTER}$`);
				const linkOk = !!row.link && expectedLink.test(row.link);
				row.pass =
					widthOk &&
					!!row.mapReady &&
					!!row.resized &&
					(!wordpressFrame || (row.secretMessages ?? 0) > 0) &&
					errors.length === 0 &&
					linkOk;
				appendFileSync(RESULTS_FILE, `${JSON.stringify(row)}\n`);

				expect
					.soft(row.frameWidth, 'frame as wide as the column')
					.toBeGreaterThanOrEqual(row.columnWidth - 2);
				expect.soft(row.frameWidth, 'frame as wide as the column').toBeLessThanOrEqual(row.columnWidth + 2);
				expect.soft(row.mapReady, 'the live map is ready in the frame').toBe(true);
				expect.soft(row.resized, 'the frame is resized to its content').toBe(true);
				if (wordpressFrame)
					expect.soft(row.secretMessages, 'height messages with the secret').toBeGreaterThan(0);
				expect.soft(errors, 'no console error from our code').toEqual([]);
				expect.soft(row.link, 'the story link opens the story at the chapter').toMatch(expectedLink);
				await context.close();
			});
		}
	}
}
