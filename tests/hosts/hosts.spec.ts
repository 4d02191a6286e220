/**
 * The built site on real static hosts (global-setup.ts starts them), each at the root and under a
 * sub-path, in Chromium: what a reader, a journalist embedding the story and a link preview get.
 * Each describe is one row of the results table (results-table.ts), each test one column.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test as withoutBrowser, type Frame, type Locator } from '@playwright/test';
import { escapeHtml } from '../../src/lib/share/snippet';
import { expect, map, mapReady, test } from '../e2e/fixtures';
import {
	accessLog,
	CHAPTER,
	HOST_PAGE_ORIGIN,
	HOST_PAGES_DIR,
	HOSTS,
	MOUNTS,
	PLACE,
	siteBase,
	SITE_DIR,
	WORK_DIR
} from './hosts';
import { fileFor, readAccessLog, typeProblem, BROWSER_CHECKED } from './access-log';
import { extensionsUnder, readMimeTypes } from './stock-types';

interface Offers {
	link: string;
	chapterCode: string;
	storyCode: string;
}

/** What the Share dialog offered on this host (written by the first test, read by the others). */
const offersFile = (row: string) => join(WORK_DIR, 'offers', `${row}.json`);

async function readOffers(row: string): Promise<Offers> {
	const file = offersFile(row);
	if (!existsSync(file))
		throw new Error('The Share dialog was never read on this host (the story test failed)');
	return JSON.parse(await readFile(file, 'utf8')) as Offers;
}

/** The address the site was built for (PUBLIC_SITE_URL), as its oEmbed JSON gives it. */
async function publicSiteUrl(): Promise<string> {
	const story = JSON.parse(await readFile(join(SITE_DIR, 'oembed/story.json'), 'utf8')) as {
		provider_url: string;
	};
	return story.provider_url.replace(/\/$/, '');
}

/** Fetches without following redirects: a redirect is a failure here. */
async function expectServed(url: string, type: RegExp): Promise<string> {
	const response = await fetch(url, { redirect: 'manual' });
	expect(response.status, `${url} (Location: ${response.headers.get('location')})`).toBe(200);
	expect(response.headers.get('content-type'), url).toMatch(type);
	return response.text();
}

async function frameOf(iframe: Locator): Promise<Frame> {
	await iframe.scrollIntoViewIfNeeded();
	const frame = (await (await iframe.elementHandle())!.contentFrame())!;
	await frame.locator('.embed').waitFor({ timeout: 30_000 });
	return frame;
}

async function expectFitsContent(iframe: Locator, frame: Frame): Promise<void> {
	await expect(async () => {
		const content = await frame.locator('.embed').evaluate((el) => el.getBoundingClientRect().height);
		const height = (await iframe.boundingBox())!.height;
		expect(Math.abs(height - content), `iframe ${height}px, content ${content}px`).toBeLessThanOrEqual(3);
	}).toPass({ timeout: 15_000 });
}

withoutBrowser.describe('the build', () => {
	withoutBrowser('every file type served right by stock servers', async () => {
		const stock = {
			'nginx (/etc/nginx/mime.types)': await readMimeTypes('/etc/nginx/mime.types'),
			'Apache (/etc/mime.types)': await readMimeTypes('/etc/mime.types')
		};
		// .br and .gz are only ever sent as the Content-Encoding of the file they compress.
		const extensions = [...(await extensionsUnder(SITE_DIR))].filter((e) => e !== 'br' && e !== 'gz');
		expect(extensions).toEqual(expect.arrayContaining(['html', 'js', 'css', 'json', 'svg', 'woff2']));
		const problems: string[] = [];
		for (const extension of extensions) {
			for (const [server, types] of Object.entries(stock)) {
				const sent = types.get(extension) ?? 'its default';
				const needed = BROWSER_CHECKED[extension];
				if (needed && !needed.includes(sent))
					problems.push(`.${extension}: ${server} sends ${sent}, browsers need ${needed.join(' or ')}`);
				// Read with fetch(), which does not check the type: any type works.
				if (!needed && !['json', 'geojson', 'pbf'].includes(extension))
					problems.push(`.${extension}: unknown kind of file`);
			}
		}
		expect(problems).toEqual([]);
	});
});

for (const host of HOSTS) {
	for (const mount of MOUNTS) {
		const base = siteBase(host.id, mount.id);
		const row = `${host.id}-${mount.id}`;

		test.describe(`${host.name} at ${mount.path}`, () => {
			test.use({ baseURL: base, otherOrigins: [HOST_PAGE_ORIGIN] });

			test('story, #place=, Share dialog', async ({ page }) => {
				await page.goto(`${base}#place=${PLACE}`);
				await mapReady(page);
				await expect(page.getByTestId('place-details')).toHaveAttribute('data-place', PLACE);
				await page.screenshot({ path: test.info().outputPath(`${row}-story.png`) });

				const share = page.locator(`section#${CHAPTER}`).getByRole('button', { name: 'Share / Embed' });
				await share.click();
				const dialog = page.getByTestId('share-dialog');
				const offers: Offers = {
					link: await dialog.getByLabel('Link to this chapter').inputValue(),
					chapterCode: await dialog.getByLabel('Embed this chapter’s map').inputValue(),
					storyCode: await dialog.getByLabel('Embed the whole story (chapter by chapter)').inputValue()
				};
				await mkdir(join(WORK_DIR, 'offers'), { recursive: true });
				await writeFile(offersFile(row), JSON.stringify(offers));
				expect(offers.link.startsWith(base), offers.link).toBe(true);
			});

			test('chapter link lands (#chapter)', async ({ page }) => {
				const { link } = await readOffers(row);
				await page.goto(link);
				await expect(page).toHaveURL(`${base}#${CHAPTER}`, { timeout: 30_000 });
				await mapReady(page);
				await expect(map(page)).toHaveAttribute('data-chapter', CHAPTER);
			});

			test('embeds on another origin', async ({ page }) => {
				const { chapterCode, storyCode } = await readOffers(row);
				const template = await readFile('tests/e2e/host/article.html', 'utf8');
				const block = (html: string) => `<div class="embed-block">\n${html}\n</div>`;
				await writeFile(
					join(HOST_PAGES_DIR, `${row}.html`),
					template
						.replaceAll('{{title}}', escapeHtml(`Embedded from ${host.name} at ${mount.path}`))
						.replace('{{embeds}}', [block(chapterCode), block(storyCode)].join('\n'))
				);
				await page.goto(`${HOST_PAGE_ORIGIN}/${row}.html`);
				const iframes = page.locator('iframe[data-story-map-embed]');
				await expect(iframes).toHaveCount(2);
				for (const [index, iframe] of (await iframes.all()).entries()) {
					expect(await iframe.getAttribute('src')).toMatch(new RegExp(`^${base}embed`));
					const frame = await frameOf(iframe);
					await expect(frame.getByTestId('story-map')).toHaveAttribute('data-ready', 'true', {
						timeout: 60_000
					});
					await expectFitsContent(iframe, frame);
					await iframe.screenshot({ path: test.info().outputPath(`${row}-embed-${index + 1}.png`) });
				}
			});

			test('oEmbed and advertised URLs', async () => {
				const publicUrl = await publicSiteUrl();
				const here = (url: string) =>
					url.startsWith(publicUrl) ? base.replace(/\/$/, '') + url.slice(publicUrl.length) : url;
				const { link, chapterCode } = await readOffers(row);
				const pages = [base, link, /src="([^"]+)"/.exec(chapterCode)![1]!.replaceAll('&amp;', '&')];
				const advertised = new Set<string>([/<script[^>]* src="([^"]+)"/.exec(chapterCode)![1]!]);
				for (const url of pages) {
					const html = await expectServed(url, /^text\/html/);
					expect(html, `${url} names itself for link previews`).toMatch(
						/<meta property="og:url" content="http/
					);
					for (const [, found] of html.matchAll(
						/<(?:meta property="og:url" content|link rel="canonical" href|link rel="alternate" type="application\/json\+oembed" href)="([^"]+)"/g
					)) {
						advertised.add(here(found!));
					}
				}
				const oembeds = [...advertised].filter((url) => url.endsWith('.json'));
				expect(oembeds.length, 'oEmbed discovery links').toBeGreaterThanOrEqual(2);
				for (const url of oembeds) {
					const json = JSON.parse(await expectServed(url, /^application\/json/)) as { html: string };
					for (const [, src] of json.html.matchAll(/src="([^"]+)"/g)) advertised.add(here(src!));
				}
				for (const url of advertised) {
					await expectServed(
						url,
						url.endsWith('.js') ? /javascript/ : url.endsWith('.json') ? /^application\/json/ : /^text\/html/
					);
				}
			});

			test('every response', async () => {
				const requests = await readAccessLog(accessLog(host.id, mount.id));
				expect(requests.length, 'requests logged').toBeGreaterThan(20);
				const failed = requests
					.filter((r) => r.status >= 300 && r.status !== 304)
					.map((r) => `${r.status} ${r.path}`);
				expect(failed, 'redirects and errors').toEqual([]);
				const wrongTypes = [...new Set(requests.map((r) => typeProblem(r, host.configured)).filter(Boolean))];
				expect(wrongTypes, 'Content-Type').toEqual([]);
				if (host.configured) {
					const uncompressed = requests
						.filter((r) => r.status === 200 && r.method === 'GET' && !r.contentEncoding)
						.filter((r) => {
							const file = fileFor(SITE_DIR, mount.path, r.path);
							return file !== undefined && existsSync(`${file}.gz`);
						})
						.map((r) => r.path);
					expect([...new Set(uncompressed)], 'precompressed files served uncompressed').toEqual([]);
				}
			});
		});
	}
}
