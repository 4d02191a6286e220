/**
 * `npm run bench`: how fast the story (and a chapter embed) loads and runs on a phone-sized screen,
 * in three scenarios, over HTTP/1.1 and HTTP/2, against floor pages built and measured in the same
 * run (the same HTML without scripts; a minimal text page; bare MapLibre), so that every time budget
 * is a ratio on this shared, noisy machine. See docs/performance.md.
 *
 *   npm run bench               full: build; 1 warm-up run, then 7 runs of every scenario and page,
 *                               the first 3 of them also with the full traverse, heap and 3 s scroll
 *   npm run bench -- --smoke    one run, fewer pages, 3 chapters, 1 s scroll (CI: checks that it works)
 *   npm run bench -- --breakdown  traced loads of the story and bare MapLibre: where the main
 *                               thread's time goes (docs/performance.md), no budgets
 *   options: --runs N  --deep-runs N  --no-build  --port P  --out DIR  --chapters N  --scroll MS
 *            --embed <chapter-id>  --scenarios cpu-h1,slow4g-h2,…  --pages story,storyMap,…
 *
 * Scenarios: cpu (loopback, no throttling), slow4g (network throttled as a slow 4G phone, cold
 * cache), repeat (the page loaded again with a warm HTTP cache); each over HTTP/1.1 (`-h1`, port P)
 * and HTTP/2 with TLS (`-h2`, port P+1).
 * Writes <out>/bench.json and <out>/bench.md (default out: bench/results/) and prints the table.
 * Exit code 1 when a budget fails (full mode) or when any measurement is missing (both modes).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from '@playwright/test';
import { embedPath as embedPathOf } from '../src/lib/site-paths';
import {
	BLANK_PATH,
	buildFloors,
	FLOORS_PREFIX,
	MAP_FLOOR_ASSETS,
	MAP_FLOOR_PATH,
	MINIMAL_PATH,
	textFloorPath
} from './floors/build-floors';
import { runBreakdown } from './lib/breakdown-run';
import { budgetsOf, type Budget } from './lib/budgets';
import { makeCertificate } from './lib/certificate';
import { gzipSizes } from './lib/gzip-size';
import { heapAfterGc, mapGeometry, scrollThrough, traverseChapters } from './lib/measure';
import { scriptOwners } from './lib/profile';
import { renderReport, type Meta } from './lib/report';
import { startServer, type BenchServer, type Protocol } from './lib/server';
import { launchBrowser, measurePage, type LoadOptions, type SessionSetup } from './lib/session';
import { TASK_CATEGORIES } from './lib/trace';
import type { PageName, PageRun, RunRecord, ScenarioId, ScenarioKind, ScenarioPages } from './lib/types';

const { values: args } = parseArgs({
	options: {
		smoke: { type: 'boolean', default: false },
		breakdown: { type: 'boolean', default: false },
		runs: { type: 'string' },
		'deep-runs': { type: 'string' },
		chapters: { type: 'string' },
		build: { type: 'boolean', default: true },
		'no-build': { type: 'boolean', default: false },
		port: { type: 'string', default: process.env.BENCH_PORT ?? '4180' },
		out: { type: 'string', default: 'bench/results' },
		embed: { type: 'string', default: 'advance-1988' },
		scenarios: { type: 'string' },
		pages: { type: 'string' },
		scroll: { type: 'string' }
	}
});

const SMOKE = args.smoke!;
const RUNS = Number(args.runs ?? (SMOKE ? 1 : 7));
/** Runs (after the warm-up) that also traverse every chapter, weigh the heap and scroll: they are slow. */
const DEEP_RUNS = Number(args['deep-runs'] ?? (SMOKE ? 1 : 3));
const WARMUP = SMOKE ? 0 : 1;
const CHAPTERS = Number(args.chapters ?? (SMOKE ? 3 : Infinity));
const SCROLL_MS = Number(args.scroll ?? (SMOKE ? 1000 : 3000));
const TIMEOUT_MS = 120_000;
const SETTLE_MS = 1000;
const SITE_DIR = 'build';
const FLOORS_DIR = join(args.out!, 'floors');

/** Every scenario and the pages it loads (the story's floors; the embed only where the CPU is measured). */
const SCENARIOS: Record<ScenarioId, PageName[]> = {
	'cpu-h1': ['story', 'embed', 'storyText', 'minimal', 'storyMap', 'embedText', 'embedMap'],
	'cpu-h2': ['story', 'storyText', 'minimal', 'storyMap'],
	'slow4g-h1': ['story', 'storyText', 'minimal', 'storyMap'],
	'slow4g-h2': ['story', 'storyText', 'minimal', 'storyMap'],
	'repeat-h1': ['story', 'storyMap'],
	'repeat-h2': ['story', 'storyMap']
};
/** The smoke run: every kind of measurement once, as few loads as that takes. */
const SMOKE_SCENARIOS: Partial<Record<ScenarioId, PageName[]>> = {
	'cpu-h1': ['story', 'embed', 'storyText', 'minimal', 'storyMap'],
	'slow4g-h2': ['story'],
	'repeat-h1': ['story']
};
/** Loaded in the deep runs only, for the heap budget: the page alone (MapLibre blocked), a blank page. */
const HEAP_PAGES: PageName[] = ['storyAlone', 'blank'];

function git(...command: string[]): string {
	return spawnSync('git', command, { encoding: 'utf8' }).stdout.trim();
}

/** The Vite manifest of the site's client build: where MapLibre's module and the framework's chunks are. */
async function clientChunks(): Promise<{ maplibreChunk: string; frameworkChunks: Set<string> }> {
	const manifest = JSON.parse(
		await readFile('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
	) as Record<string, { file: string; name?: string }>;
	const maplibre = Object.entries(manifest).find(([source]) =>
		/^node_modules\/maplibre-gl\/dist\/maplibre-gl\.mjs(\?url)?$/.test(source)
	)?.[1];
	if (!maplibre) throw new Error('No MapLibre module in the Vite manifest: is the build current?');
	// The runtime is the `framework` chunk (vite.config.ts) and SvelteKit's entry.
	const framework = Object.entries(manifest)
		.filter(
			([source, chunk]) => chunk.name === 'framework' || source.startsWith('node_modules/@sveltejs/kit/')
		)
		.map(([, chunk]) => `/${chunk.file}`);
	if (!framework.some((file) => !file.includes('/entry/')))
		throw new Error(
			'No framework chunk in the Vite manifest (vite.config.ts codeSplitting): is the build current?'
		);
	// Another build since (npm run build:example, say) leaves the manifest of other files.
	const missing = [`/${maplibre.file}`, ...framework].filter((file) => !existsSync(join(SITE_DIR, file)));
	if (missing.length > 0)
		throw new Error(
			`The Vite manifest names ${missing[0]}, which is not in ${SITE_DIR}/: another site was built since; run npm run build:local`
		);
	return { maplibreChunk: `/${maplibre.file}`, frameworkChunks: new Set(framework) };
}

function parseScenarios(): Partial<Record<ScenarioId, PageName[]>> {
	const base = SMOKE ? SMOKE_SCENARIOS : SCENARIOS;
	const chosen = args.scenarios
		? (args.scenarios.split(',') as ScenarioId[]).filter((id) => id in SCENARIOS)
		: (Object.keys(base) as ScenarioId[]);
	const pages = args.pages?.split(',');
	return Object.fromEntries(
		chosen.map((id) => [id, (base[id] ?? SCENARIOS[id]).filter((page) => !pages || pages.includes(page))])
	);
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
	const { maplibreChunk, frameworkChunks } = await clientChunks();
	const scenarios = parseScenarios();
	const protocols = [...new Set(Object.keys(scenarios).map((id) => id.split('-')[1] as Protocol))];
	const certificate = protocols.includes('h2') || args.breakdown ? makeCertificate() : undefined;
	const port = Number(args.port);
	const servers: Partial<Record<Protocol, BenchServer>> = {};
	for (const protocol of args.breakdown ? ['h1' as const] : protocols)
		servers[protocol] = await startServer({
			siteDir: SITE_DIR,
			floorsDir: FLOORS_DIR,
			port: protocol === 'h1' ? port : port + 1,
			protocol,
			certificate
		});
	const gzipSize = gzipSizes([
		{ prefix: FLOORS_PREFIX, dir: FLOORS_DIR },
		{ prefix: '', dir: SITE_DIR }
	]);
	const classifier = { maplibreChunk, mapFloorAssets: MAP_FLOOR_ASSETS, frameworkChunks };
	const setupOf = (protocol: Protocol): SessionSetup => ({
		server: servers[protocol]!,
		classifier,
		gzipSize,
		spki: certificate?.spki,
		settleMs: SETTLE_MS,
		timeoutMs: TIMEOUT_MS
	});
	const ownersOf = (origin: string) =>
		scriptOwners([maplibreChunk, 'maplibre-gl-worker', MAP_FLOOR_ASSETS], origin);

	const chromiumVersion = await launchBrowser().then(async (browser) => {
		const version = browser.version();
		await browser.close();
		return version;
	});

	// The floors copy the story's map size and cameras, measured in the first (warm-up) run.
	let storyGeometry = { width: 390, height: 844, camera: '' };
	let embedGeometry = storyGeometry;
	let storyCameras: string[] = [];
	const mapFloor = (g: typeof storyGeometry) =>
		`${MAP_FLOOR_PATH}?w=${g.width}&h=${g.height}&camera=${encodeURIComponent(g.camera)}`;

	if (args.breakdown) {
		try {
			// One untraced load first, for the bare map's size and camera.
			await measurePage(setupOf('h1'), '/', {
				map: true,
				then: async (page) => {
					storyGeometry = await mapGeometry(page);
					return {};
				}
			});
			const report = await runBreakdown({
				setup: setupOf('h1'),
				pages: { story: '/', storyMap: mapFloor(storyGeometry) },
				owners: ownersOf(servers.h1!.origin),
				frameworkChunks,
				runs: Number(args.runs ?? 3),
				outDir: args.out!
			});
			console.log(`\n${report}`);
		} finally {
			for (const server of Object.values(servers)) await server.close();
		}
		return;
	}

	/** How to load each page in a scenario: what is traced or throttled, and what follows the load. */
	function loadPlan(
		scenario: ScenarioId,
		name: PageName,
		deep: boolean
	): { path: string; options: LoadOptions } {
		const kind = scenario.split('-')[0] as ScenarioKind;
		const owners = ownersOf(servers[scenario.split('-')[1] as Protocol]!.origin);
		const common = {
			trace: kind === 'cpu' ? TASK_CATEGORIES : undefined,
			slow: kind === 'slow4g',
			repeat: kind === 'repeat'
		};
		const then = (fn: (page: Page, cdp: CDPSession) => Promise<Partial<PageRun>>) =>
			kind === 'cpu' ? fn : undefined;
		switch (name) {
			case 'story':
				return {
					path: '/',
					options: {
						...common,
						map: true,
						then: then(async (page, cdp) => {
							if (scenario === 'cpu-h1') storyGeometry = await mapGeometry(page);
							if (!deep || scenario !== 'cpu-h1') return {};
							const chapters = await traverseChapters(page, CHAPTERS, TIMEOUT_MS);
							const heap = await heapAfterGc(cdp);
							const scroll =
								SCROLL_MS > 0 ? await scrollThrough(page, cdp, owners, SCROLL_MS, TIMEOUT_MS) : undefined;
							if (storyCameras.length === 0) storyCameras = chapters.map((c) => c.camera);
							return { chapters, heap, scroll };
						})
					}
				};
			case 'storyText':
				return { path: textFloorPath('story'), options: { ...common, map: false } };
			case 'minimal':
				return { path: MINIMAL_PATH, options: { ...common, map: false } };
			case 'storyMap':
				return {
					path: mapFloor(storyGeometry),
					options: {
						...common,
						map: true,
						then: then(async (page, cdp) => {
							if (!deep || scenario !== 'cpu-h1') return {};
							await page.evaluate(
								({ cameras, duration }) =>
									(
										window as unknown as {
											benchFloor: { traverse: (c: string[], d: number) => Promise<void> };
										}
									).benchFloor.traverse(cameras, duration),
								{ cameras: storyCameras, duration: 2000 }
							);
							return { heap: await heapAfterGc(cdp) };
						})
					}
				};
			case 'embed':
				return {
					path: embedPath,
					options: {
						...common,
						map: true,
						then: then(async (page, cdp) => {
							embedGeometry = await mapGeometry(page);
							return { heap: await heapAfterGc(cdp) };
						})
					}
				};
			case 'embedText':
				return { path: textFloorPath('embed'), options: { ...common, map: false } };
			case 'embedMap':
				return { path: mapFloor(embedGeometry), options: { ...common, map: true } };
			case 'storyAlone':
				return {
					path: '/',
					options: {
						map: true,
						withoutMaplibre: true,
						then: async (page, cdp) => {
							await traverseChapters(page, CHAPTERS, TIMEOUT_MS, false);
							return { heap: await heapAfterGc(cdp) };
						}
					}
				};
			case 'blank':
				return {
					path: BLANK_PATH,
					options: { map: false, then: async (_page, cdp) => ({ heap: await heapAfterGc(cdp) }) }
				};
		}
	}

	const runs: RunRecord[] = [];
	const startedAt = new Date();
	const loadBefore = loadavg();
	const scenarioIds = Object.keys(scenarios) as ScenarioId[];
	try {
		for (let index = 0; index < WARMUP + RUNS; index++) {
			const warmup = index < WARMUP;
			const deep = index < WARMUP + DEEP_RUNS;
			const record: RunRecord = { index, warmup, loadavg: loadavg(), scenarios: {} };
			// The first run loads the story and the embed before their map floors (which copy their
			// geometry); later runs rotate the order of scenarios and pages, so that a slow moment of
			// the machine does not always hit the same page.
			const rotate = <T>(list: T[]) => {
				const shift = index === 0 ? 0 : index % list.length;
				return [...list.slice(shift), ...list.slice(0, shift)];
			};
			for (const scenario of rotate(scenarioIds)) {
				const pages: PageName[] = [
					...scenarios[scenario]!,
					...(deep && scenario === 'cpu-h1' && !args.pages ? HEAP_PAGES : [])
				];
				const pagesRun: ScenarioPages = {};
				for (const name of index === 0 ? pages : rotate(pages)) {
					process.stdout.write(
						`bench: run ${index + 1}/${WARMUP + RUNS}${warmup ? ' (warm-up)' : deep ? ' (deep)' : ''} ${scenario} ${name}… `
					);
					const started = Date.now();
					const plan = loadPlan(scenario, name, deep);
					pagesRun[name] = await measurePage(
						setupOf(scenario.split('-')[1] as Protocol),
						plan.path,
						plan.options
					);
					console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
				}
				record.scenarios[scenario] = pagesRun;
			}
			runs.push(record);
		}
	} finally {
		for (const server of Object.values(servers)) await server.close();
	}

	const measured = runs.filter((run) => !run.warmup);
	const budgets: Budget[] = budgetsOf(measured, protocols);
	const meta: Meta = {
		date: startedAt.toISOString(),
		mode: SMOKE ? 'smoke' : 'full',
		runs: RUNS,
		deepRuns: DEEP_RUNS,
		warmup: WARMUP,
		chapters: Number.isFinite(CHAPTERS) ? CHAPTERS : 'all',
		scrollMs: SCROLL_MS,
		viewport: { width: 390, height: 844, deviceScaleFactor: 1, mobile: true },
		chromium: chromiumVersion,
		commit: git('rev-parse', '--short', 'HEAD'),
		dirty: git('status', '--porcelain').length > 0,
		loadavg: { before: loadBefore, after: loadavg(), perRun: runs.map((r) => r.loadavg) },
		embed: embedPath,
		scenarios: scenarioIds,
		durationS: Math.round((Date.now() - startedAt.getTime()) / 1000)
	};
	const report = renderReport(meta, measured, budgets);
	await mkdir(args.out!, { recursive: true });
	await writeFile(join(args.out!, 'bench.json'), JSON.stringify({ meta, budgets, runs }, null, '\t'));
	await writeFile(join(args.out!, 'bench.md'), report);
	console.log(`\n${report}`);

	const missing = problemsOf(measured);
	for (const problem of missing) console.error(`bench: ${problem}`);
	const failed = budgets.filter((b) => b.ok === false);
	if (!SMOKE)
		for (const budget of failed) console.error(`bench: over budget: ${budget.protocol} ${budget.label}`);
	if (missing.length > 0 || (!SMOKE && failed.length > 0)) process.exitCode = 1;
}

/** Measurements that should exist but do not, and page errors: the bench itself is broken then. */
function problemsOf(runs: readonly RunRecord[]): string[] {
	const problems: string[] = [];
	for (const run of runs) {
		for (const [scenario, pages] of Object.entries(run.scenarios)) {
			for (const [name, page] of Object.entries(pages)) {
				const where = `run ${run.index} ${scenario} ${name}`;
				for (const error of page.errors) problems.push(`${where}: page error: ${error}`);
				if (name === 'storyAlone' || name === 'blank') {
					if (typeof page.heap !== 'number') problems.push(`${where}: no heap`);
					continue;
				}
				if (page.load.fcp === null) problems.push(`${where}: no FCP`);
				if (page.load.lcp === null) problems.push(`${where}: no LCP`);
				const mapped = ['story', 'storyMap', 'embed', 'embedMap'].includes(name);
				if (mapped && (page.load.mapFirstDraw === null || page.load.mapReady === null))
					problems.push(`${where}: no map first-draw/ready marks`);
				if (mapped && scenario.startsWith('cpu') && page.load.mainThread === null)
					problems.push(`${where}: no main-thread time from the trace`);
				if ((name === 'story' || name === 'storyText') && page.load.staticMap === null)
					problems.push(`${where}: no static map paint (elementtiming)`);
				if (scenario.startsWith('repeat') && !page.revisit) problems.push(`${where}: no repeat visit log`);
				if (name === 'story' && scenario === 'cpu-h1' && run.index < WARMUP + DEEP_RUNS) {
					if (!page.chapters?.length || page.chapters.every((c) => c.moveStart === null))
						problems.push(`${where}: no chapter change moved the map`);
					if (!page.scroll || page.scroll.frames < 10) problems.push(`${where}: scroll produced no frames`);
				}
			}
		}
	}
	return problems;
}

await main();
// Everything is written by now, but some handle (not tracked down yet: the servers are closed and
// every browser too) kept the process alive for about 100 s more, which CI's smoke run waited for.
process.exit();
