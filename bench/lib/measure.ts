/**
 * One measurement each: a cold page load, the chapter-by-chapter traverse, the scripted scroll,
 * and the JS heap. Times are ms since the page's navigation start (performance.timeOrigin).
 */
import type { CDPSession, Page } from '@playwright/test';
import { PERF_MARKS } from '../../src/lib/perf-marks';
import {
	attributeProfile,
	topFunctions,
	type CpuProfile,
	type ScriptOwners,
	type TimeByOwner
} from './profile';
import type { ProbeData } from './probe';
import {
	busyAndBlocking,
	markTime,
	startTracing,
	stopTracing,
	threadOfMark,
	topLevelTasks,
	type TraceEvent
} from './trace';

const MAP = '[data-testid="story-map"]';

export interface LoadResult {
	fcp: number | null;
	lcp: number | null;
	/** What the last LCP candidate was: "text" or an image URL; the element. */
	lcpKind: string | null;
	lcpElement: string | null;
	/** When the first view's static map (the poster, `elementtiming="static-map"`) was painted. */
	staticMap: number | null;
	dcl: number;
	/** Largest session window of layout shifts (the CLS definition), from navigation to the end. */
	cls: number;
	shiftSources: string[];
	/** SvelteKit's client started (hooks.client.ts) and the page finished hydrating. */
	appStart: number | null;
	hydrated: number | null;
	mapCreated: number | null;
	mapFirstDraw: number | null;
	mapReady: number | null;
	/**
	 * Main thread from navigation to map ready, from a trace of the load (loads with a map, when
	 * traced): busy time (ms of tasks), blocking time (Σ each task's time over 50 ms), long tasks.
	 */
	mainThread: { busy: number; blocking: number; longTasks: number } | null;
	/** ms since the time origin when measuring stopped (the end of "first load"). */
	end: number;
	timeOrigin: number;
	/** The page's HTML as served (to read its preloads). */
	html: string;
}

/** CLS as Chrome defines it: the worst session window (shifts < 1 s apart, window ≤ 5 s). */
export function clsOf(shifts: ProbeData['shifts']): number {
	let worst = 0;
	let window = 0;
	let first = -Infinity;
	let previous = -Infinity;
	for (const shift of shifts.filter((s) => !s.hadRecentInput).sort((a, b) => a.time - b.time)) {
		if (shift.time - previous > 1000 || shift.time - first > 5000) {
			window = 0;
			first = shift.time;
		}
		window += shift.value;
		previous = shift.time;
		worst = Math.max(worst, window);
	}
	return worst;
}

/**
 * Evaluates `expression` in the page through the CDP session, awaiting a promise. Used while the
 * page loads instead of Playwright's own evaluate and waitForFunction, which inject Playwright's
 * helper script (some 300 KB) into the page: that costs the main thread ~20 ms in mid-load.
 */
async function evaluate<T>(cdp: CDPSession, expression: string): Promise<T> {
	const result = (await cdp.send('Runtime.evaluate', {
		expression,
		awaitPromise: true,
		returnByValue: true
	})) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
	if (result.exceptionDetails)
		throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
	return result.result.value;
}

async function probe(cdp: CDPSession): Promise<ProbeData> {
	return evaluate(cdp, 'window.benchProbe');
}

/** After the load, Playwright's evaluate is fine (its helper script costs nothing that is measured). */
async function pageProbe(page: Page): Promise<ProbeData> {
	return page.evaluate(() => (window as unknown as { benchProbe: ProbeData }).benchProbe);
}

async function pageMarks(page: Page): Promise<{ name: string; time: number; detail: unknown }[]> {
	return page.evaluate(() =>
		performance
			.getEntriesByType('mark')
			.map((m) => ({ name: m.name, time: m.startTime, detail: (m as PerformanceMark).detail }))
	);
}

async function marks(cdp: CDPSession): Promise<{ name: string; time: number; detail: unknown }[]> {
	return evaluate(
		cdp,
		`performance.getEntriesByType('mark').map((m) => ({ name: m.name, time: m.startTime, detail: m.detail }))`
	);
}

/**
 * Loads `url` in the page and waits until it is done with its first view: for a page with a map,
 * `map:ready` plus `settleMs` (layout shifts often come just after, e.g. a legend); for a text
 * page, the load event plus `settleMs`. With `trace`, the load is traced (TASK_CATEGORIES) and the
 * main thread's busy and blocking time from navigation to map ready are read from the trace.
 */
export async function measureLoad(
	page: Page,
	cdp: CDPSession,
	url: string,
	options: {
		map: boolean;
		settleMs: number;
		timeoutMs: number;
		/** Trace categories (TASK_CATEGORIES at least), or no trace. */
		trace?: readonly string[];
		/** Receives the trace's events. */
		onTrace?: (events: TraceEvent[], result: LoadResult) => void;
	}
): Promise<LoadResult> {
	if (options.trace) await startTracing(cdp, options.trace);
	const response = await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs });
	const html = (await response?.text()) ?? '';
	if (options.map)
		await Promise.race([
			evaluate(cdp, `window.benchProbe.whenMark(${JSON.stringify(PERF_MARKS.ready)})`),
			new Promise((_, reject) =>
				setTimeout(() => reject(new Error(`${url}: no ${PERF_MARKS.ready} mark`)), options.timeoutMs)
			)
		]);
	await new Promise((resolve) => setTimeout(resolve, options.settleMs));
	const events = options.trace ? await stopTracing(cdp) : undefined;
	const timing = await evaluate<{ dcl: number; fcp: number | null; now: number; timeOrigin: number }>(
		cdp,
		`(() => {
			const nav = performance.getEntriesByType('navigation')[0];
			const fcp = performance.getEntriesByName('first-contentful-paint')[0];
			return {
				dcl: nav ? nav.domContentLoadedEventStart : NaN,
				fcp: fcp ? fcp.startTime : null,
				now: performance.now(),
				timeOrigin: performance.timeOrigin
			};
		})()`
	);
	const data = await probe(cdp);
	const byName = new Map<string, number>();
	for (const mark of await marks(cdp)) if (!byName.has(mark.name)) byName.set(mark.name, mark.time);
	const lcp = data.lcp.at(-1);
	const mapReady = byName.get(PERF_MARKS.ready) ?? null;
	let mainThread: LoadResult['mainThread'] = null;
	if (events && mapReady !== null) {
		const thread = threadOfMark(events, PERF_MARKS.ready);
		const readyAt = markTime(events, PERF_MARKS.ready);
		if (thread && readyAt !== undefined) {
			const navigationStart = readyAt - mapReady * 1000;
			mainThread = busyAndBlocking(topLevelTasks(events, thread), navigationStart, readyAt);
		}
	}
	const result: LoadResult = {
		fcp: timing.fcp,
		lcp: lcp?.time ?? null,
		lcpKind: lcp ? (lcp.url ? `image ${lcp.url}` : 'text') : null,
		lcpElement: lcp?.tag ?? null,
		staticMap: data.elements.find((e) => e.identifier === 'static-map')?.time ?? null,
		dcl: timing.dcl,
		cls: clsOf(data.shifts),
		shiftSources: [...new Set(data.shifts.flatMap((s) => s.sources))],
		appStart: byName.get(PERF_MARKS.appStart) ?? null,
		hydrated: byName.get(PERF_MARKS.hydrated) ?? null,
		mapCreated: byName.get(PERF_MARKS.created) ?? null,
		mapFirstDraw: byName.get(PERF_MARKS.firstDraw) ?? null,
		mapReady,
		mainThread,
		end: timing.now,
		timeOrigin: timing.timeOrigin,
		html
	};
	if (events) options.onTrace?.(events, result);
	return result;
}

/** The story map's container size and camera, for the bare-MapLibre floor to match. */
export async function mapGeometry(page: Page): Promise<{ width: number; height: number; camera: string }> {
	return page.locator(MAP).evaluate((el) => {
		const box = el.getBoundingClientRect();
		return {
			width: Math.round(box.width),
			height: Math.round(box.height),
			camera: el.getAttribute('data-camera') ?? ''
		};
	});
}

export interface ChapterChange {
	chapter: string;
	/** Chapter change → camera starts moving; null when the chapter keeps the camera. */
	moveStart: number | null;
	/** Chapter change → first map frame after movestart. */
	firstFrame: number | null;
	/** Chapter change → map idle again. */
	settled: number | null;
	/** The camera after settling ("lng,lat,zoom"). */
	camera: string;
}

/**
 * Waits until the change to chapter `index` (marked at or after `since`) has settled on the map
 * (with `map: false`, until the chapter changed: the page alone, without a map).
 */
async function waitForChapterSettled(
	page: Page,
	index: number,
	since: number,
	timeoutMs: number,
	map = true
): Promise<void> {
	await page.waitForFunction(
		({ index, since, names, map }) => {
			const all = performance.getEntriesByType('mark').filter((m) => m.startTime >= since);
			const change = all.find((m) => m.name === names.chapter && (m as PerformanceMark).detail === index);
			if (!change) return false;
			if (!map) return true;
			const start = all.find((m) => m.name === names.moveStart && m.startTime >= change.startTime);
			// A chapter that keeps the camera never moves; give it a second to prove it.
			if (!start) return performance.now() - change.startTime > 1000;
			return all.some((m) => m.name === names.idle && m.startTime > start.startTime);
		},
		{ index, since, names: PERF_MARKS, map },
		{ timeout: timeoutMs, polling: 50 }
	);
}

/** Scrolls section `id` to the top of the reading area, as a reader arriving at it would. */
async function scrollToSection(page: Page, id: string): Promise<void> {
	await page
		.locator(`section#${id}`)
		.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
}

/**
 * Visits chapters 1…count-1 in order, one at a time, each settled before the next (with
 * `map: false`, each once the page has changed chapter: the page alone has no map to wait for).
 */
export async function traverseChapters(
	page: Page,
	count: number,
	timeoutMs: number,
	map = true
): Promise<ChapterChange[]> {
	const ids = await page
		.locator('section[data-chapter-id]')
		.evaluateAll((sections) => sections.map((s) => s.id));
	const changes: ChapterChange[] = [];
	for (let index = 1; index < Math.min(count, ids.length); index++) {
		const since = await page.evaluate(() => performance.now());
		await scrollToSection(page, ids[index]!);
		await waitForChapterSettled(page, index, since, timeoutMs, map);
		if (!map) continue;
		const after = (await pageMarks(page)).filter((m) => m.time >= since);
		const change = after.find((m) => m.name === PERF_MARKS.chapter && m.detail === index)!;
		const start = after.find((m) => m.name === PERF_MARKS.moveStart && m.time >= change.time);
		const frame = start && after.find((m) => m.name === PERF_MARKS.moveFrame && m.time >= start.time);
		const idle = start && after.find((m) => m.name === PERF_MARKS.idle && m.time > start.time);
		changes.push({
			chapter: ids[index]!,
			moveStart: start ? start.time - change.time : null,
			firstFrame: frame ? frame.time - change.time : null,
			settled: idle ? idle.time - change.time : null,
			camera: (await page.locator(MAP).getAttribute('data-camera')) ?? ''
		});
	}
	return changes;
}

export interface ScrollResult {
	durationMs: number;
	/** Animation frames the page produced (requestAnimationFrame callbacks). */
	frames: number;
	longestFrameGap: number;
	longTasks: number;
	/** Σ (long task − 50 ms), as in Total Blocking Time. */
	blockingTime: number;
	/** Main-thread CPU time by owner of the running script (CPU profile). */
	cpu: TimeByOwner;
	/** Our code's main-thread time per frame (mean), ms. */
	ourMsPerFrame: number;
	/** Long animation frames' script time by owner (Long Animation Frames API). */
	longFrameScripts: TimeByOwner;
	/** The most of our script time in any one long animation frame, ms. */
	worstFrameOurScripts: number;
	chapterChanges: number;
	/** Where our code's time went (self time by function, with the native calls it made). */
	ourTopFunctions: { name: string; ms: number }[];
}

/**
 * A scripted scroll from the first chapter to the last in `durationMs` (linear, one step per
 * animation frame, driven from the page), with the main thread profiled throughout.
 */
export async function scrollThrough(
	page: Page,
	cdp: CDPSession,
	owners: ScriptOwners,
	durationMs: number,
	timeoutMs: number
): Promise<ScrollResult> {
	const ids = await page
		.locator('section[data-chapter-id]')
		.evaluateAll((sections) => sections.map((s) => s.id));
	// Start settled at the first chapter.
	const since = await page.evaluate(() => performance.now());
	await scrollToSection(page, ids[0]!);
	await waitForChapterSettled(page, 0, since, timeoutMs).catch(() => undefined);

	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
	await cdp.send('Profiler.start');
	const run = await page.evaluate(
		({ durationMs, chapterMark }) =>
			new Promise<{ stamps: number[]; start: number; end: number; changes: number }>((resolve) => {
				const sections = [...document.querySelectorAll('section[data-chapter-id]')];
				const top = (el: Element) => el.getBoundingClientRect().top + window.scrollY;
				const from = window.scrollY;
				const to = from + top(sections.at(-1)!) - top(sections[0]!);
				const stamps: number[] = [];
				const start = performance.now();
				const step = (now: number) => {
					stamps.push(now);
					const progress = Math.min(1, (now - start) / durationMs);
					window.scrollTo(0, from + (to - from) * progress);
					if (progress < 1) requestAnimationFrame(step);
					else {
						const end = performance.now();
						const changes = performance
							.getEntriesByName(chapterMark)
							.filter((m) => m.startTime >= start && m.startTime <= end).length;
						resolve({ stamps, start, end, changes });
					}
				};
				requestAnimationFrame(step);
			}),
		{ durationMs, chapterMark: PERF_MARKS.chapter }
	);
	const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
	await cdp.send('Profiler.disable');

	const data = await pageProbe(page);
	const inWindow = (t: number) => t >= run.start && t <= run.end;
	const longTasks = data.longTasks.filter((t) => inWindow(t.start));
	const frames = data.frames.filter((f) => inWindow(f.start));
	const longFrameScripts: TimeByOwner = { ours: 0, maplibre: 0, bench: 0, other: 0 };
	let worstFrameOurScripts = 0;
	for (const frame of frames) {
		let ours = 0;
		for (const script of frame.scripts) {
			const owner = owners(script.url);
			longFrameScripts[owner] += script.duration;
			if (owner === 'ours') ours += script.duration;
		}
		worstFrameOurScripts = Math.max(worstFrameOurScripts, ours);
	}
	const gaps = run.stamps.slice(1).map((t, i) => t - run.stamps[i]!);
	const cpu = attributeProfile(profile, owners);
	return {
		durationMs: run.end - run.start,
		frames: run.stamps.length,
		longestFrameGap: Math.max(0, ...gaps),
		longTasks: longTasks.length,
		blockingTime: longTasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
		cpu,
		ourMsPerFrame: cpu.ours / Math.max(1, run.stamps.length),
		longFrameScripts,
		worstFrameOurScripts,
		chapterChanges: run.changes,
		ourTopFunctions: topFunctions(profile, owners, 'ours')
	};
}

/** JS heap in use on the page's main thread after a full garbage collection, bytes. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
	await cdp.send('HeapProfiler.enable');
	await cdp.send('HeapProfiler.collectGarbage');
	await cdp.send('HeapProfiler.collectGarbage');
	const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
	await cdp.send('HeapProfiler.disable');
	return usage.usedSize;
}
