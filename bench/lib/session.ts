/**
 * One measured page load in a browser of its own (empty HTTP, code and shader caches), and for the
 * repeat visit, a second load in the same browser. Each browser first opens an empty page on the
 * same origin, so that starting its processes is not timed as part of the page.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../scripts/chromium';
import { BLANK_PATH } from '../floors/build-floors';
import { measureLoad, type LoadResult } from './measure';
import { modulepreloads, NetworkLog, sumBytes, type Classifier } from './network';
import { installProbe, NAME_HELPER } from './probe';
import type { BenchServer } from './server';
import type { TraceEvent } from './trace';
import type { PageRun } from './types';

/** A mid-range phone's CSS viewport; device pixel ratio 1 (WebGL is software-rendered here). */
export const VIEWPORT = { width: 390, height: 844 };

/**
 * A mid-range phone on a poor mobile link, as Lighthouse's "slow 4G" names it: 150 ms round trip,
 * 1.6 Mbit/s down, 750 kbit/s up. DevTools applies it per request (each waits the round trip
 * before its response starts), to the page's and its workers' requests alike.
 */
export const SLOW_4G = {
	offline: false,
	latency: 150,
	downloadThroughput: (1.6e6 / 8) | 0,
	uploadThroughput: (750e3 / 8) | 0
};

export interface LoadOptions {
	map: boolean;
	/** Trace the load with these categories (TASK_CATEGORIES: main-thread tasks). */
	trace?: readonly string[];
	/** Receives the trace's events. */
	onTrace?: (events: TraceEvent[], result: LoadResult) => void;
	/** Throttle the network as SLOW_4G from the navigation on. */
	slow?: boolean;
	/** Load the page once first in the same browser, and measure the second load (a warm HTTP cache). */
	repeat?: boolean;
	/** Block MapLibre's module and worker: the page alone, for the heap budget. */
	withoutMaplibre?: boolean;
	/** What to do once the first view is done. */
	then?: (page: Page, cdp: CDPSession) => Promise<Partial<PageRun>>;
}

export interface SessionSetup {
	server: BenchServer;
	classifier: Classifier;
	gzipSize: (urlPath: string) => number;
	/** base64 SPKI hash of the HTTPS server's certificate. */
	spki?: string;
	settleMs: number;
	timeoutMs: number;
}

async function newPage(context: BrowserContext): Promise<{ page: Page; cdp: CDPSession; errors: string[] }> {
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error' && !/GPU stall|GL Driver Message/.test(message.text()))
			errors.push(message.text());
	});
	await page.addInitScript({ content: `${NAME_HELPER}\n(${installProbe.toString()})();` });
	const cdp = await context.newCDPSession(page);
	return { page, cdp, errors };
}

export function launchBrowser(spki?: string): Promise<Browser> {
	return chromium.launch({
		...CHROMIUM_LAUNCH_OPTIONS,
		args: [
			...CHROMIUM_LAUNCH_OPTIONS.args,
			...(spki ? [`--ignore-certificate-errors-spki-list=${spki}`] : [])
		]
	});
}

export async function measurePage(setup: SessionSetup, path: string, options: LoadOptions): Promise<PageRun> {
	const { server } = setup;
	const browser = await launchBrowser(setup.spki);
	try {
		const context = await browser.newContext({
			viewport: VIEWPORT,
			deviceScaleFactor: 1,
			isMobile: true,
			hasTouch: true
		});
		if (options.withoutMaplibre)
			await context.route(/\/maplibre-gl(-worker)?\.[^/]*\.js$/, (route) => route.abort());
		const url = `${server.origin}${path}`;
		const load = (page: Page, cdp: CDPSession) =>
			measureLoad(page, cdp, url, {
				map: options.map && !options.withoutMaplibre,
				settleMs: setup.settleMs,
				timeoutMs: setup.timeoutMs,
				trace: options.trace,
				onTrace: options.onTrace
			});
		if (options.repeat) {
			const first = await newPage(context);
			await first.page.goto(`${server.origin}${BLANK_PATH}`);
			await measureLoad(first.page, first.cdp, url, {
				map: options.map,
				settleMs: setup.settleMs,
				timeoutMs: setup.timeoutMs
			});
			await first.page.close();
		}
		const { page, cdp, errors } = await newPage(context);
		await page.goto(`${server.origin}${BLANK_PATH}`);
		if (options.slow) await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
		server.takeServed();
		const network = new NetworkLog(page, setup.classifier);
		const result: LoadResult = await load(page, cdp);
		network.setTimeOrigin(result.timeOrigin);
		const served = server.takeServed();
		const firstLoad = network
			.settled(served, setup.gzipSize, modulepreloads(result.html, url))
			.filter((r) => r.start <= (result.mapReady ?? result.end));
		result.html = `${result.html.length} characters`;
		if (options.slow)
			await cdp.send('Network.emulateNetworkConditions', {
				...SLOW_4G,
				latency: 0,
				downloadThroughput: -1,
				uploadThroughput: -1
			});
		const more = options.then ? await options.then(page, cdp) : {};
		await context.close();
		return {
			url: path,
			load: result,
			firstLoad,
			bytes: sumBytes(firstLoad),
			requests: firstLoad.length,
			regionTiles: firstLoad.filter((r) => r.url.includes('/basemap/region/')).length,
			...(options.repeat ? { revisit: served } : {}),
			errors: options.withoutMaplibre ? [] : errors,
			...more
		};
	} finally {
		await browser.close();
	}
}
