/**
 * `npm run bench`: how fast the story and a chapter embed load and run on a phone-sized screen,
 * against two floor pages built and measured in the same run (text only; bare MapLibre), so that
 * every time budget is a ratio on this shared, noisy machine. See docs/performance.md.
 *
 *   npm run bench               full: build; 1 warm-up run, then 9 runs of every page load, the
 *                               first 3 of them also with the full traverse, heap and 3 s scroll
 *   npm run bench -- --smoke    one run, 3 chapters, 1 s scroll (CI: checks that it works)
 *   options: --runs N  --deep-runs N  --no-build  --port P  --out DIR  --chapters N  --scroll MS
 *            --embed <chapter-id>  --pages story,storyText,…  (a subset, for quick comparisons)
 *
 * Writes <out>/bench.json and <out>/bench.md (default out: bench/results/) and prints the table.
 * Exit code 1 when a budget fails (full mode) or when any measurement is missing (both modes).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../scripts/chromium';
import { embedPath as embedPathOf } from '../src/lib/site-paths';
import { BLANK_PATH, buildFloors, FLOORS_PREFIX, MAP_FLOOR_PATH, textFloorPath } from './floors/build-floors';
import { budgetsOf, type Budget } from './lib/budgets';
import { gzipSizes } from './lib/gzip-size';
import { heapAfterGc, mapGeometry, measureLoad, scrollThrough, traverseChapters } from './lib/measure';
import { modulepreloads, NetworkLog, sumBytes } from './lib/network';
import { NAME_HELPER, installProbe } from './lib/probe';
import { scriptOwners } from './lib/profile';
import { renderReport } from './lib/report';
import { startServer } from './lib/server';
import type { PageName, PageRun, RunRecord } from './lib/types';

const { values: args } = parseArgs({
	options: {
		smoke: { type: 'boolean', default: false },
		runs: { type: 'string' },
		'deep-runs': { type: 'string' },
		chapters: { type: 'string' },
		build: { type: 'boolean', default: true },
		'no-build': { type: 'boolean', default: false },
		port: { type: 'string', default: process.env.BENCH_PORT ?? '4180' },
		out: { type: 'string', default: 'bench/results' },
		embed: { type: 'string', default: 'advance-1988' },
		pages: { type: 'string' },
		scroll: { type: 'string' }
	}
});

const SMOKE = args.smoke!;
const RUNS = Number(args.runs ?? (SMOKE ? 1 : 9));
/** Runs (after the warm-up) that also traverse every chapter, weigh the heap and scroll: they are slow. */
const DEEP_RUNS = Number(args['deep-runs'] ?? (SMOKE ? 1 : 3));
const WARMUP = SMOKE ? 0 : 1;
const CHAPTERS = Number(args.chapters ?? (SMOKE ? 3 : Infinity));
const SCROLL_MS = Number(args.scroll ?? (SMOKE ? 1000 : 3000));
const TIMEOUT_MS = 120_000;
/** A mid-range phone's CSS viewport; device pixel ratio 1 (WebGL is software-rendered here). */
const VIEWPORT = { width: 390, height: 844 };
const SETTLE_MS = 1000;
const SITE_DIR = 'build';
const FLOORS_DIR = join(args.out!, 'floors');

function git(...command: string[]): string {
	return spawnSync('git', command, { encoding: 'utf8' }).stdout.trim();
}

/**
 * Where the site's MapLibre module is: its own file (`maplibre-gl.<hash>.js`, see
 * src/lib/map/load-maplibre.ts) or, if it is ever bundled again, the chunk the Vite manifest names.
 */
async function maplibreChunkPath(): Promise<string> {
	const manifest = JSON.parse(
		await readFile('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
	) as Record<string, { file: string }>;
	const entry = Object.entries(manifest).find(([source]) =>
		/^node_modules\/maplibre-gl\/dist\/maplibre-gl\.mjs(\?url)?$/.test(source)
	)?.[1];
	if (!entry) throw new Error('No MapLibre module in the Vite manifest: is the build current?');
	return `/${entry.file}`;
}

async function main(): Promise<void> {
	if (args.build && !args['no-build']) {
		console.log('bench: npm run build:local');
		const built = spawnSync('npm', ['run', 'build:local'], { stdio: ['ignore', 'ignore', 'inherit'] });
		if (built.status !== 0) throw new Error('npm run build failed');
	}
	const embedPath = embedPathOf({ kind: 'chapter', id: args.embed! });
	console.log('bench: building the floor pages');
	await buildFloors({
		siteDir: SITE_DIR,
		outDir: FLOORS_DIR,
		pages: [
			{ name: 'story', path: '/' },
			{ name: 'embed', path: embedPath }
		]
	});
	const maplibreChunk = await maplibreChunkPath();
	const server = await startServer({ siteDir: SITE_DIR, floorsDir: FLOORS_DIR, port: Number(args.port) });
	const origin = server.origin;
	const owners = scriptOwners([maplibreChunk, 'maplibre-gl-worker', `${MAP_FLOOR_PATH}assets/`], origin);
	const classifier = { maplibreChunk, mapFloorAssets: `${MAP_FLOOR_PATH}assets/` };
	const gzipSize = gzipSizes([
		{ prefix: FLOORS_PREFIX, dir: FLOORS_DIR },
		{ prefix: '', dir: SITE_DIR }
	]);

	const launch = () => chromium.launch(CHROMIUM_LAUNCH_OPTIONS);

	/** One cold page load (a new browser: empty HTTP, code and shader caches) and what follows it. */
	async function measurePage(
		path: string,
		options: {
			map: boolean;
			then?: (
				page: import('@playwright/test').Page,
				cdp: import('@playwright/test').CDPSession
			) => Promise<Partial<PageRun>>;
		}
	): Promise<PageRun> {
		const browser: Browser = await launch();
		try {
			const context = await browser.newContext({
				viewport: VIEWPORT,
				deviceScaleFactor: 1,
				isMobile: true,
				hasTouch: true
			});
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			page.on('console', (message) => {
				if (message.type() === 'error' && !/GPU stall|GL Driver Message/.test(message.text()))
					errors.push(message.text());
			});
			await page.addInitScript({ content: `${NAME_HELPER}\n(${installProbe.toString()})();` });
			const cdp = await context.newCDPSession(page);
			await page.goto(`${origin}${BLANK_PATH}`);
			server.takeServed();
			const network = new NetworkLog(page, classifier);
			const url = `${origin}${path}`;
			const load = await measureLoad(page, url, {
				map: options.map,
				settleMs: SETTLE_MS,
				timeoutMs: TIMEOUT_MS
			});
			network.setTimeOrigin(load.timeOrigin);
			const firstLoad = network
				.settled(server.takeServed(), gzipSize, modulepreloads(load.html, url))
				.filter((r) => r.start <= (load.mapReady ?? load.end));
			load.html = `${load.html.length} characters`;
			const more = options.then ? await options.then(page, cdp) : {};
			await context.close();
			return {
				url: path,
				load,
				firstLoad,
				bytes: sumBytes(firstLoad),
				requests: firstLoad.length,
				regionTiles: firstLoad.filter((r) => r.url.includes('/basemap/region/')).length,
				errors,
				...more
			};
		} finally {
			await browser.close();
		}
	}

	const chromiumVersion = await launch().then(async (browser) => {
		const version = browser.version();
		await browser.close();
		return version;
	});

	// The floors copy the story's map size and cameras, measured in the first (warm-up) run.
	let storyGeometry = { width: VIEWPORT.width, height: VIEWPORT.height, camera: '' };
	let embedGeometry = storyGeometry;
	let storyCameras: string[] = [];
	const mapFloor = (g: typeof storyGeometry) =>
		`${MAP_FLOOR_PATH}?w=${g.width}&h=${g.height}&camera=${encodeURIComponent(g.camera)}`;

	const measures: Record<PageName, (deep: boolean) => Promise<PageRun>> = {
		story: (deep) =>
			measurePage('/', {
				map: true,
				then: async (page, cdp) => {
					storyGeometry = await mapGeometry(page);
					if (!deep) return {};
					const chapters = await traverseChapters(page, CHAPTERS, TIMEOUT_MS);
					const heap = await heapAfterGc(cdp);
					const scroll =
						SCROLL_MS > 0 ? await scrollThrough(page, cdp, owners, SCROLL_MS, TIMEOUT_MS) : undefined;
					if (storyCameras.length === 0) storyCameras = chapters.map((c) => c.camera);
					return { chapters, heap, scroll };
				}
			}),
		storyText: () => measurePage(textFloorPath('story'), { map: false }),
		storyMap: (deep) =>
			measurePage(mapFloor(storyGeometry), {
				map: true,
				then: async (page, cdp) => {
					if (!deep) return {};
					await page.evaluate(
						({ cameras, duration }) =>
							(
								window as unknown as { benchFloor: { traverse: (c: string[], d: number) => Promise<void> } }
							).benchFloor.traverse(cameras, duration),
						{ cameras: storyCameras, duration: 2000 }
					);
					return { heap: await heapAfterGc(cdp) };
				}
			}),
		embed: () =>
			measurePage(embedPath, {
				map: true,
				then: async (page, cdp) => {
					embedGeometry = await mapGeometry(page);
					return { heap: await heapAfterGc(cdp) };
				}
			}),
		embedText: () => measurePage(textFloorPath('embed'), { map: false }),
		embedMap: () => measurePage(mapFloor(embedGeometry), { map: true })
	};
	// The story and the embed first (the map floors copy their geometry); later runs rotate the order
	// so that a slow moment of the machine does not always hit the same page.
	const all: PageName[] = ['story', 'embed', 'storyText', 'storyMap', 'embedText', 'embedMap'];
	const order = args.pages ? all.filter((name) => args.pages!.split(',').includes(name)) : all;

	const runs: RunRecord[] = [];
	const startedAt = new Date();
	const loadBefore = loadavg();
	try {
		for (let index = 0; index < WARMUP + RUNS; index++) {
			const warmup = index < WARMUP;
			const shift = index === 0 ? 0 : index % order.length;
			const sequence = [...order.slice(shift), ...order.slice(0, shift)];
			const deep = index < WARMUP + DEEP_RUNS;
			const record: RunRecord = { index, warmup, loadavg: loadavg(), pages: {} };
			for (const name of index === 0 ? order : sequence) {
				process.stdout.write(
					`bench: run ${index + 1}/${WARMUP + RUNS}${warmup ? ' (warm-up)' : deep ? ' (deep)' : ''} ${name}… `
				);
				const started = Date.now();
				record.pages[name] = await measures[name](deep);
				console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
			}
			runs.push(record);
		}
	} finally {
		await server.close();
	}

	const measured = runs.filter((run) => !run.warmup);
	const budgets: Budget[] = budgetsOf(measured);
	const meta = {
		date: startedAt.toISOString(),
		mode: SMOKE ? 'smoke' : 'full',
		runs: RUNS,
		deepRuns: DEEP_RUNS,
		warmup: WARMUP,
		chapters: Number.isFinite(CHAPTERS) ? CHAPTERS : 'all',
		scrollMs: SCROLL_MS,
		viewport: { ...VIEWPORT, deviceScaleFactor: 1, mobile: true },
		chromium: chromiumVersion,
		commit: git('rev-parse', '--short', 'HEAD'),
		dirty: git('status', '--porcelain').length > 0,
		loadavg: { before: loadBefore, after: loadavg(), perRun: runs.map((r) => r.loadavg) },
		embed: embedPath
	};
	const report = renderReport(meta, measured, budgets);
	await mkdir(args.out!, { recursive: true });
	await writeFile(join(args.out!, 'bench.json'), JSON.stringify({ meta, budgets, runs }, null, '\t'));
	await writeFile(join(args.out!, 'bench.md'), report);
	console.log(`\n${report}`);

	const missing = problemsOf(measured);
	for (const problem of missing) console.error(`bench: ${problem}`);
	const failed = budgets.filter((b) => b.ok === false);
	if (!SMOKE) for (const budget of failed) console.error(`bench: over budget: ${budget.label}`);
	if (missing.length > 0 || (!SMOKE && failed.length > 0)) process.exitCode = 1;
}

/** Measurements that should exist but do not, and page errors: the bench itself is broken then. */
function problemsOf(runs: readonly RunRecord[]): string[] {
	const problems: string[] = [];
	for (const run of runs) {
		for (const [name, page] of Object.entries(run.pages)) {
			for (const error of page.errors) problems.push(`run ${run.index} ${name}: page error: ${error}`);
			if (page.load.fcp === null) problems.push(`run ${run.index} ${name}: no FCP`);
			if (page.load.lcp === null) problems.push(`run ${run.index} ${name}: no LCP`);
			const mapped = !name.endsWith('Text');
			if (mapped && (page.load.mapFirstDraw === null || page.load.mapReady === null))
				problems.push(`run ${run.index} ${name}: no map first-draw/ready marks`);
			if (name === 'story' && run.index < WARMUP + DEEP_RUNS) {
				if (!page.chapters?.length || page.chapters.every((c) => c.moveStart === null))
					problems.push(`run ${run.index} story: no chapter change moved the map`);
				if (!page.scroll || page.scroll.frames < 10)
					problems.push(`run ${run.index} story: scroll produced no frames`);
			}
		}
	}
	return problems;
}

await main();
