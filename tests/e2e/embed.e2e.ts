/**
 * Embeds, as journalists use them: a page on another site (tests/e2e/host/, written from our own
 * snippet generator) embeds the whole story and one chapter; pym.js and script-less hosts; flags;
 * oEmbed; the Share / Embed dialog.
 */
import type { Frame, Locator, Page } from '@playwright/test';
import { frameTitle, oembedPath, type OEmbedRich } from '../../src/lib/share/oembed';
import { embedCode, INITIAL_HEIGHT } from '../../src/lib/share/snippet';
import { chapterLinkPath, embedPath, embedQueryPath, socialImagePath } from '../../src/lib/site-paths';
import { loadSite } from '../../src/lib/server/load-site';
import { expectedViews, type ExpectedView } from './expected-views';
import { expect, mapReady, parseCamera, test } from './fixtures';
import { mapPixels } from './pixels';
import { HOST_CHAPTER, HOST_ORIGIN, SITE_ORIGIN } from './host/origins';

test.use({ otherOrigins: [HOST_ORIGIN] });

let views: ExpectedView[];
test.beforeAll(async () => {
	views = await expectedViews();
});

interface Received {
	data: unknown;
	origin: string;
	/** Index of the iframe whose window sent it, or -1. */
	frame: number;
}

/** Records, in the host page, every message it receives (installed before the page's own scripts). */
async function recordMessages(page: Page): Promise<() => Promise<Received[]>> {
	await page.addInitScript(() => {
		if (window !== window.top) return;
		const received: unknown[] = [];
		Object.defineProperty(window, '__received', { value: received });
		window.addEventListener('message', (event) => {
			const frames = [...document.querySelectorAll('iframe')];
			received.push({
				data: event.data,
				origin: event.origin,
				frame: frames.findIndex((frame) => frame.contentWindow === event.source)
			});
		});
	});
	return () => page.evaluate(() => (window as unknown as { __received: Received[] }).__received);
}

/** Brings a (lazy) embed into view and returns its document once the embed has rendered. */
async function openEmbed(iframe: Locator): Promise<Frame> {
	await iframe.scrollIntoViewIfNeeded();
	const frame = (await (await iframe.elementHandle())!.contentFrame())!;
	await frame.locator('.embed').waitFor();
	return frame;
}

async function frameMapReady(frame: Frame): Promise<void> {
	await expect(frame.getByTestId('story-map')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
}

/** The iframe is as tall as the embed's content (± 3 px); returns that height. */
async function expectFitsContent(iframe: Locator, frame: Frame): Promise<number> {
	let height = 0;
	await expect(async () => {
		const content = await frame.locator('.embed').evaluate((el) => el.getBoundingClientRect().height);
		height = (await iframe.boundingBox())!.height;
		expect(Math.abs(height - content), `iframe ${height}px, content ${content}px`).toBeLessThanOrEqual(3);
	}).toPass({ timeout: 15_000 });
	return height;
}

async function expectCameraNear(frame: Frame, view: ExpectedView): Promise<void> {
	const map = frame.getByTestId('story-map');
	await expect(map).toHaveAttribute('data-chapter', view.id);
	await expect(async () => {
		const camera = parseCamera(await map.getAttribute('data-camera'));
		expect(Math.abs(camera.lon - view.center[0]), `longitude for ${view.id}`).toBeLessThan(0.05);
		expect(Math.abs(camera.lat - view.center[1]), `latitude for ${view.id}`).toBeLessThan(0.05);
		if (view.zoom !== undefined) expect(camera.zoom).toBeCloseTo(view.zoom, 1);
		if (view.maxZoom !== undefined) expect(camera.zoom).toBeLessThanOrEqual(view.maxZoom + 0.01);
	}).toPass({ timeout: 30_000 });
}

/** Exactly the documented height messages (see README, Embedding), from one of our frames. */
function expectDocumented(message: Received): void {
	expect(message.origin, 'sender').toBe(SITE_ORIGIN);
	expect(message.frame, 'sent by one of the embeds').toBeGreaterThanOrEqual(0);
	const { data } = message;
	const height = expect.any(Number);
	if (typeof data === 'string') {
		const medium = JSON.parse(data);
		expect(medium).toEqual({
			src: expect.stringMatching(/\/embed\/([a-z0-9-]+\/)?$/),
			context: 'iframe.resize',
			height
		});
		expect(medium.src.startsWith(SITE_ORIGIN)).toBe(true);
	} else if (typeof data === 'object' && data !== null && 'sentinel' in data) {
		expect(data).toEqual({ sentinel: 'amp', type: 'embed-size', height });
	} else {
		expect(Object.keys(data as object)).toEqual(['datawrapper-height']);
		const byId = (data as Record<string, Record<string, number>>)['datawrapper-height']!;
		expect(Object.keys(byId)).toHaveLength(1);
		expect(['story', `chapter-${HOST_CHAPTER}`]).toContain(Object.keys(byId)[0]);
		expect(Object.values(byId)[0]).toEqual(height);
	}
}

test('a page on another site shows both embeds at their content height, also after a viewport change', async ({
	page
}) => {
	const received = await recordMessages(page);
	await page.goto(`${HOST_ORIGIN}/`);
	const storyIframe = page.locator('iframe[src$="/embed/"]');
	const chapterIframe = page.locator(`iframe[src$="/embed/${HOST_CHAPTER}/"]`);

	const storyFrame = await openEmbed(storyIframe);
	await frameMapReady(storyFrame);
	await expect(storyFrame.getByTestId('story-map')).toHaveAttribute('data-chapter', views[0]!.id);
	const storyHeight = await expectFitsContent(storyIframe, storyFrame);
	await page.screenshot({ path: test.info().outputPath('host-story-embed.png') });

	const chapterFrame = await openEmbed(chapterIframe);
	await frameMapReady(chapterFrame);
	await expectCameraNear(
		chapterFrame,
		views.find((view) => view.id === HOST_CHAPTER)!
	);
	await expect(chapterFrame.locator('.maplibregl-ctrl-zoom-in'), 'interactive by default').toBeVisible();
	const chapterHeight = await expectFitsContent(chapterIframe, chapterFrame);
	await page.screenshot({ path: test.info().outputPath('host-chapter-embed.png') });

	// A phone-sized column: the text wraps into more lines and both frames follow.
	await page.setViewportSize({ width: 400, height: 800 });
	expect(await expectFitsContent(storyIframe, storyFrame)).toBeGreaterThan(storyHeight + 50);
	expect(await expectFitsContent(chapterIframe, chapterFrame)).toBeGreaterThan(chapterHeight + 50);

	const messages = await received();
	for (const message of messages) expectDocumented(message);
	const dialects = (frame: number) =>
		new Set(
			messages
				.filter((m) => m.frame === frame)
				.map((m) => (typeof m.data === 'string' ? 'medium' : 'sentinel' in (m.data as object) ? 'amp' : 'dw'))
		);
	expect(dialects(0)).toEqual(new Set(['dw', 'amp', 'medium']));
	expect(dialects(1)).toEqual(new Set(['dw', 'amp', 'medium']));
});

test('the whole-story embed steps by button and by keyboard, and its frame follows the new content', async ({
	page
}) => {
	await page.goto(`${HOST_ORIGIN}/`);
	const iframe = page.locator('iframe[src$="/embed/"]');
	const frame = await openEmbed(iframe);
	await frameMapReady(frame);
	const position = frame.getByTestId('step-position');
	const heading = (i: number) => frame.getByRole('heading', { level: 2, name: views[i]!.title });

	await expect(frame.getByRole('button', { name: 'Previous' })).toBeDisabled();
	await frame.getByRole('button', { name: 'Next' }).click();
	await expect(position).toHaveText(`2 / ${views.length}`);
	await expect(heading(1)).toBeVisible();
	await expect(heading(0)).toBeHidden();
	await expectCameraNear(frame, views[1]!);
	await expectFitsContent(iframe, frame);
	await expect(frame.getByTestId('story-link')).toHaveAttribute('href', new RegExp(`#${views[1]!.id}$`));

	// Focus is in the frame (on Next): the keys step too.
	await page.keyboard.press('ArrowRight');
	await expect(position).toHaveText(`3 / ${views.length}`);
	await expectCameraNear(frame, views[2]!);
	await page.keyboard.press('k');
	await expect(position).toHaveText(`2 / ${views.length}`);
	await page.keyboard.press('ArrowLeft');
	await expect(position).toHaveText(`1 / ${views.length}`);
	await expect(heading(0)).toBeVisible();
	await expectFitsContent(iframe, frame);
});

test('with the parent script, the whole-story embed can follow the host page’s scroll', async ({ page }) => {
	await page.goto(`${HOST_ORIGIN}/scroll.html`);
	const iframe = page.locator('iframe[data-story-map-embed="scroll"]');
	const frame = await openEmbed(iframe);
	await frameMapReady(frame);
	// Told where it is, the frame shows every chapter instead of the stepper, at its full height.
	await expect(frame.getByRole('navigation', { name: 'Chapters' })).toBeHidden();
	for (const view of views)
		await expect(frame.getByRole('heading', { level: 2, name: view.title })).toBeVisible();
	await expectFitsContent(iframe, frame);

	const panel = frame.locator('.map-panel');
	const panelHeight = (await panel.boundingBox())!.height;
	for (const view of [views[2]!, views[4]!]) {
		// Scroll the host page until the chapter starts just below the map.
		const top = (await frame.locator(`section[data-chapter-id="${view.id}"]`).boundingBox())!.y;
		await page.evaluate((dy) => window.scrollBy(0, dy), top - panelHeight - 40);
		await expectCameraNear(frame, view);
		// The map stays at the top of the host's screen while the text scrolls under it.
		await expect.poll(async () => Math.abs((await panel.boundingBox())!.y)).toBeLessThanOrEqual(1);
	}
	await page.screenshot({ path: test.info().outputPath('host-follow-scroll.png') });
});

test('flags change what they should, and hostile query values are never reflected', async ({ page }) => {
	await page.goto(`${embedPath({ kind: 'chapter', id: 'tehran' })}?plain&dark=true&static=1&transparent=yes`);
	await mapReady(page);
	await expect(page.locator('html')).toHaveAttribute('data-embed-theme', 'dark');
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
		'rgba(0, 0, 0, 0)'
	);
	await expect(page.locator('.embed header'), 'plain: no header').toHaveCount(0);
	await expect(page.locator('.embed-credits'), 'plain: no credits line').toHaveCount(0);
	await expect(page.getByText('Sources:'), 'the sources stay').toBeVisible();
	await expect(page.getByTestId('story-link')).toHaveAttribute('href', /#tehran$/);
	await expect(page.locator('.maplibregl-ctrl-zoom-in'), 'static: no zoom buttons').toHaveCount(0);
	await expect(page.locator('.maplibregl-canvas-container.maplibregl-interactive')).toHaveCount(0);
	await expect(page.locator('.maplibregl-ctrl-attrib'), 'the map keeps its attribution').toBeVisible();

	// ?chapter= on /embed shows that chapter; a chapter that does not exist is ignored.
	await page.goto(embedQueryPath('paris'));
	await expect(page.locator('[data-embed="chapter-paris"] h1')).toHaveText(
		views.find((v) => v.id === 'paris')!.title
	);

	let dialogs = 0;
	page.on('dialog', (dialog) => {
		dialogs++;
		void dialog.dismiss();
	});
	const hostile = {
		chapter: '<script>alert(1)</script>',
		dark: '"><img src=x onerror=alert(2)>',
		plain: "'-alert(3)-'",
		childId: '<svg onload=alert(4)>'
	};
	await page.goto(`${embedPath({ kind: 'story' })}?${new URLSearchParams(hostile)}`);
	await expect(page.locator('html')).toHaveAttribute('data-embed-theme', 'light');
	await expect(
		page.locator('[data-embed="story"]'),
		'an unknown chapter shows the whole story'
	).toBeVisible();
	const html = await page.content();
	for (const needle of ['alert(', 'onerror', 'onload', '<script>alert', '%3Cscript']) {
		expect(html, `"${needle}" must not be in the page`).not.toContain(needle);
	}
	expect(dialogs).toBe(0);
});

test('oEmbed: valid JSON per embed, advertised by the pages, and its html works pasted into a page', async ({
	page,
	request
}) => {
	const { story } = (await loadSite()).editions[0]!;
	const targets = [
		{ kind: 'story' as const },
		...story.chapters.map((chapter) => ({ kind: 'chapter' as const, id: chapter.id }))
	];
	for (const target of targets) {
		const response = await request.get(oembedPath(target));
		expect(response.ok()).toBe(true);
		expect(response.headers()['content-type']).toContain('application/json');
		const body = (await response.json()) as OEmbedRich;
		expect(body).toMatchObject({ type: 'rich', version: '1.0', provider_name: story.meta.title });
		expect(body.title.length).toBeGreaterThan(0);
		expect(body.provider_url).toMatch(/^https?:\/\/[^/]+(\/.*)?\/$/);
		expect(Number.isInteger(body.width) && body.width > 0).toBe(true);
		expect(Number.isInteger(body.height) && body.height > 0).toBe(true);
		expect(body.html).toContain(`<iframe src="${body.provider_url}${embedPath(target).slice(1)}"`);
		expect(body.html).toContain(`<script async src="${body.provider_url}embed.js"></script>`);
		expect(body).toMatchObject({ thumbnail_width: 1200, thumbnail_height: 630 });
		expect(body.thumbnail_url.startsWith(body.provider_url), body.thumbnail_url).toBe(true);
	}

	// The link-preview picture of the story and of every chapter, in every edition: a 1200 × 630 PNG.
	for (const { info, story: edition } of (await loadSite()).editions) {
		const all = [
			{ kind: 'story' as const },
			...edition.chapters.map((c) => ({ kind: 'chapter' as const, id: c.id }))
		];
		for (const target of all) {
			const path = socialImagePath(target, info.prefix);
			const response = await request.get(path);
			expect(response.ok(), path).toBe(true);
			expect(response.headers()['content-type']).toBe('image/png');
			const png = await response.body();
			expect(png.subarray(1, 4).toString('latin1'), path).toBe('PNG');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
		}
	}

	// Discovery: the story page, the embeds and the chapter links point at their oEmbed JSON.
	for (const [page, target] of [
		['/', { kind: 'story' }],
		[embedPath({ kind: 'story' }), { kind: 'story' }],
		[embedPath({ kind: 'chapter', id: 'tehran' }), { kind: 'chapter', id: 'tehran' }],
		[chapterLinkPath('tehran'), { kind: 'chapter', id: 'tehran' }]
	] as const) {
		const html = await (await request.get(page)).text();
		const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
		expect(href, `oEmbed link on ${page}`).toBeDefined();
		expect(new URL(href!).pathname.endsWith(oembedPath(target)), href).toBe(true);
	}
	// Open Graph per chapter, on the shareable chapter link, which sends readers on to the story.
	const chapterPage = await (await request.get(chapterLinkPath('tehran'))).text();
	const tehran = story.chapters.find((chapter) => chapter.id === 'tehran')!;
	expect(chapterPage).toContain(`<meta property="og:title" content="${tehran.title} — `);
	expect(chapterPage).toContain('<meta name="twitter:card" content="summary_large_image"');
	expect(chapterPage).toContain(`<meta property="og:description" content="${tehran.summary}"`);
	expect(chapterPage).toMatch(/<meta property="og:image" content="[^"]*\/og\/chapters\/tehran\.png"/);
	expect(chapterPage).toContain('<meta property="og:image:width" content="1200"');
	expect(chapterPage).toContain('<meta property="og:image:height" content="630"');
	expect(chapterPage).toContain(`<meta property="og:image:alt" content="${tehran.description}"`);
	expect(chapterPage).toContain('<meta http-equiv="refresh" content="0; url=../../#tehran"');

	// The chapter's oEmbed html, pasted into a page on another site (see host/build-host.ts).
	await page.goto(`${HOST_ORIGIN}/oembed.html`);
	const iframe = page.locator('iframe[data-story-map-embed]');
	await expectFitsContent(iframe, await openEmbed(iframe));
});

test('pym.js hosts resize the embed; without any script it works at its initial height', async ({ page }) => {
	await page.goto(`${HOST_ORIGIN}/pym.html`);
	const pymIframe = page.locator('#pym-map iframe');
	await expect(pymIframe).toHaveAttribute('src', /childId=pym-map/);
	await expectFitsContent(pymIframe, await openEmbed(pymIframe));

	await page.goto(`${HOST_ORIGIN}/no-script.html`);
	const iframe = page.locator('iframe[data-story-map-embed]');
	const frame = await openEmbed(iframe);
	const link = frame.getByTestId('story-link');
	await link.scrollIntoViewIfNeeded();
	await expect(link, 'the end of the embed is reachable inside the frame').toBeInViewport();
	expect((await iframe.boundingBox())!.height).toBe(INITIAL_HEIGHT.chapter);
});

test('Share / Embed: the chapter link and both embed codes copy, and the preview is live', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SITE_ORIGIN });
	const { story, info } = (await loadSite()).editions[0]!;
	const paris = story.chapters.find((chapter) => chapter.id === 'paris')!;
	await page.goto('/#paris');
	const button = page.locator('section#paris').getByRole('button', { name: 'Share / Embed' });
	await button.click();
	const dialog = page.getByRole('dialog', { name: `Share or embed “${paris.title}”` });
	await expect(dialog).toBeVisible();
	const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

	await dialog.getByRole('button', { name: 'Copy' }).first().click();
	await expect(dialog.getByText('Copied.')).toBeVisible();
	expect(await clipboard()).toBe(`${SITE_ORIGIN}${chapterLinkPath('paris')}`);

	await dialog.getByLabel('Dark colours').check();
	const chapterCode = dialog.getByLabel('Embed this chapter’s map');
	const expected = embedCode({
		siteUrl: SITE_ORIGIN,
		target: { kind: 'chapter', id: 'paris' },
		flags: { dark: 'dark', plain: false, static: false, transparent: false },
		title: frameTitle(info.strings, story.meta.title, paris.title)
	});
	await expect(chapterCode).toHaveValue(expected);
	await dialog.getByRole('button', { name: 'Copy' }).nth(1).click();
	await expect.poll(clipboard).toBe(expected);
	await expect(dialog.getByLabel('Embed the whole story (chapter by chapter)')).toHaveValue(
		/<iframe src="[^"]+\/embed\/\?dark=true"/
	);

	await dialog.locator('summary', { hasText: 'Preview' }).first().click();
	const preview = dialog.getByTestId('embed-preview');
	await expect(preview).toHaveAttribute(
		'src',
		`${SITE_ORIGIN}${embedPath({ kind: 'chapter', id: 'paris' })}?dark=true`
	);
	const previewFrame = await openEmbed(preview);
	await expect(previewFrame.locator('html')).toHaveAttribute('data-embed-theme', 'dark');
	await expectFitsContent(preview, previewFrame);

	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(button).toBeFocused();
});

test('a single-chapter embed opens a place’s details inside the frame, with links back to the story', async ({
	page
}) => {
	await page.goto(embedPath({ kind: 'chapter', id: 'camp-ashraf' }));
	await mapReady(page);
	const button = page.getByRole('button', { name: 'Share / Embed' });
	await expect(button).toHaveCount(0);
	// Click the place on the map: the highlighted camp is drawn in its layer's colour.
	const { manifest } = await loadSite();
	const color = manifest.layers.find((layer) => layer.id === 'camp-ashraf')!.color;
	const spot = (await mapPixels(page, [color])).hotspots[0];
	expect(spot).not.toBeNull();
	await page.mouse.click(spot!.x, spot!.y);
	const details = page.getByTestId('place-details');
	await expect(details).toBeVisible();
	await expect(details.locator('ol.sources li').first()).toContainText(/\w/);
	const chapterLink = details.getByRole('link', { name: views.find((v) => v.id === 'camp-ashraf')!.title });
	await expect(chapterLink).toHaveAttribute('href', /\/#camp-ashraf$/);
	await expect(chapterLink).toHaveAttribute('target', '_blank');
	await page.keyboard.press('Escape');
	await expect(details).toHaveCount(0);
});
