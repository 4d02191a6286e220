/**
 * Shared Playwright fixtures: every test fails on a page error, on a console error, and on any
 * request that leaves the site's own origin (and `otherOrigins`, e.g. a host page embedding it).
 */
import { test as base, expect, type Page } from '@playwright/test';
import { loadStoryUnderTest, type StoryChoice, type StoryUnderTest } from './story-under-test';

/** SwiftShader's harmless performance warnings (see docs/testing.md). */
const IGNORED_CONSOLE = [/GPU stall due to ReadPixels/, /GL Driver Message/, /WebGL: too many errors/];

export interface Guard {
	errors: string[];
	foreignRequests: string[];
}

interface TestFixtures {
	guard: Guard;
	otherOrigins: string[];
	expectedConsoleErrors: RegExp[];
}

interface WorkerFixtures {
	/** The story and edition this project tests (playwright.config.ts). */
	storyChoice: StoryChoice;
	/** What the tests expect of it, from its content (story-under-test.ts). */
	story: StoryUnderTest;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
	storyChoice: [
		{ folder: '', edition: '' },
		{ option: true, scope: 'worker' }
	],
	story: [async ({ storyChoice }, use) => use(await loadStoryUnderTest(storyChoice)), { scope: 'worker' }],
	otherOrigins: [[], { option: true }],
	/** Console errors a test provokes on purpose (e.g. the browser reporting a request it failed). */
	expectedConsoleErrors: [[], { option: true }],
	guard: [
		async ({ page, baseURL, otherOrigins, expectedConsoleErrors }, use) => {
			const guard: Guard = { errors: [], foreignRequests: [] };
			const allowed = new Set([new URL(baseURL!).origin, ...otherOrigins]);
			page.on('pageerror', (error) => guard.errors.push(`pageerror: ${error.message}`));
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					console.error(
						`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`
					);
				});
			});
			page.on('console', (message) => {
				const ignored = [...IGNORED_CONSOLE, ...expectedConsoleErrors];
				if (message.type() === 'error' && !ignored.some((re) => re.test(message.text()))) {
					guard.errors.push(`console: ${message.text()}`);
				}
			});
			page.on('request', (request) => {
				const url = request.url();
				if (!url.startsWith('data:') && !url.startsWith('blob:') && !allowed.has(new URL(url).origin)) {
					guard.foreignRequests.push(url);
				}
			});
			await use(guard);
			expect(guard.foreignRequests, 'requests to other origins').toEqual([]);
			expect(guard.errors, 'page errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

export const map = (page: Page) => page.getByTestId('story-map');

/** Waits until the map has drawn its first complete view. */
export async function mapReady(page: Page): Promise<void> {
	await expect(map(page)).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
}

export function parseCamera(value: string | null): { lon: number; lat: number; zoom: number } {
	const [lon, lat, zoom] = (value ?? '').split(',').map(Number);
	return { lon: lon!, lat: lat!, zoom: zoom! };
}

/** Scrolls a chapter to the top of the reading area, as a reader would. */
export async function scrollToChapter(page: Page, id: string): Promise<void> {
	await page
		.locator(`section#${id}`)
		.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
}
