/** The bench's Markdown report: medians (min–max) per page, the floors beside them, the budgets. */
import type { Budget } from './budgets';
import { beyondMaplibre, chapterChanges, pageSummary } from './budgets';
import type { ScrollResult } from './measure';
import { summarize, type Summary } from './stats';
import type { PageName, PageRun, RunRecord } from './types';

type Meta = {
	date: string;
	mode: string;
	runs: number;
	deepRuns: number;
	warmup: number;
	chapters: number | string;
	scrollMs: number;
	viewport: { width: number; height: number };
	chromium: string;
	commit: string;
	dirty: boolean;
	loadavg: { before: number[]; after: number[]; perRun: number[][] };
	embed: string;
};

const fmt = (s: Summary | null, digits = 0, scale = 1): string =>
	s
		? s.n > 1
			? `${(s.median / scale).toFixed(digits)} (${(s.min / scale).toFixed(digits)}–${(s.max / scale).toFixed(digits)})`
			: (s.median / scale).toFixed(digits)
		: '–';

const table = (header: string[], rows: string[][]): string =>
	[
		`| ${header.join(' | ')} |`,
		`| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
		...rows.map((row) => `| ${row.join(' | ')} |`)
	].join('\n');

function budgetCell(budgets: readonly Budget[], id: string): string {
	const budget = budgets.find((b) => b.id === id);
	if (!budget) return '';
	const value =
		budget.value === null
			? '–'
			: budget.unit === 'ratio'
				? `${budget.value.toFixed(2)}×`
				: budget.unit === 'score'
					? budget.value.toFixed(3)
					: budget.unit === 'KB'
						? `${budget.value.toFixed(1)} KB`
						: budget.unit === 'ms'
							? `${budget.value.toFixed(1)} ms`
							: String(budget.value);
	const limit =
		budget.unit === 'ratio'
			? `${budget.limit}×`
			: budget.unit === 'count'
				? String(budget.limit)
				: `${budget.limit} ${budget.unit === 'score' ? '' : budget.unit}`.trim();
	return `${value} ≤ ${limit} ${budget.ok === null ? '?' : budget.ok ? '✅' : '❌'}`;
}

function loadTable(runs: readonly RunRecord[], budgets: readonly Budget[], page: 'story' | 'embed'): string {
	const text: PageName = page === 'story' ? 'storyText' : 'embedText';
	const map: PageName = page === 'story' ? 'storyMap' : 'embedMap';
	const s = (p: PageName, v: (r: PageRun) => number | null | undefined) => pageSummary(runs, p, v);
	const row = (label: string, v: (r: PageRun) => number | null | undefined, budget: string, digits = 0) => [
		label,
		fmt(s(page, v), digits),
		fmt(s(text, v), digits),
		fmt(s(map, v), digits),
		budgetCell(budgets, budget)
	];
	return table(
		['', page, 'text-only floor', 'bare-MapLibre floor', 'budget'],
		[
			row('FCP, ms', (r) => r.load.fcp, `${page}-fcp`),
			row('LCP, ms', (r) => r.load.lcp, `${page}-lcp`),
			row('DOMContentLoaded, ms', (r) => r.load.dcl, ''),
			row('CLS', (r) => r.load.cls, `${page}-cls`, 3),
			row('map created, ms', (r) => r.load.mapCreated, ''),
			row('map first draw, ms', (r) => r.load.mapFirstDraw, `${page}-first-draw`),
			row('map ready, ms', (r) => r.load.mapReady, `${page}-ready`),
			row('requests (first load)', (r) => r.requests, '')
		]
	);
}

function bytesTable(runs: readonly RunRecord[], budgets: readonly Budget[]): string {
	const pages: PageName[] = ['story', 'embed', 'storyText', 'storyMap'];
	const kb = (v: (r: PageRun) => number) => pages.map((p) => fmt(pageSummary(runs, p, v), 1, 1000));
	return table(
		[
			'KB gzip -9 of each file (first load)',
			'story',
			'embed',
			'text-only floor',
			'bare-MapLibre floor',
			'budget (story / embed)'
		],
		[
			['total', ...kb((r) => r.bytes.total), ''],
			['HTML', ...kb((r) => r.bytes.html), ''],
			[
				'our JS: initial module graph',
				...kb((r) => r.bytes.initialJs),
				`${budgetCell(budgets, 'story-our-js')} / ${budgetCell(budgets, 'embed-our-js')}`
			],
			['our JS: loaded later (map code, lazy parts)', ...kb((r) => r.bytes.ourJs - r.bytes.initialJs), ''],
			['MapLibre JS', ...kb((r) => r.bytes.maplibreJs), ''],
			['MapLibre worker', ...kb((r) => r.bytes.maplibreWorker), ''],
			['CSS', ...kb((r) => r.bytes.css), ''],
			['fonts', ...kb((r) => r.bytes.fonts), ''],
			[
				'basemap tiles',
				...kb((r) => r.bytes.basemap),
				`${budgetCell(budgets, 'story-basemap')} / ${budgetCell(budgets, 'embed-basemap')}`
			],
			['story data', ...kb((r) => r.bytes.storyData), ''],
			['other', ...kb((r) => r.bytes.other), ''],
			['as sent (brotli), bodies', ...kb((r) => r.bytes.sent), ''],
			['as sent, with HTTP headers', ...kb((r) => r.bytes.wire), ''],
			[
				'**beyond MapLibre chunk + worker**',
				...kb(beyondMaplibre),
				`${budgetCell(budgets, 'story-first-load')} / ${budgetCell(budgets, 'embed-first-load')}`
			]
		]
	);
}

function chapterTable(runs: readonly RunRecord[], budgets: readonly Budget[]): string {
	const changes = chapterChanges(runs);
	const moved = changes.filter((c) => c.moveStart !== null);
	const ms = (v: number[]) => fmt(summarize(v), 1);
	return table(
		['chapter change →', 'median (min–max), ms', 'budget'],
		[
			[
				'`movestart`',
				ms(moved.map((c) => c.moveStart!)),
				`${budgetCell(budgets, 'move-start-median')}; worst ${budgetCell(budgets, 'move-start-worst')}`
			],
			['first map frame', ms(moved.map((c) => c.firstFrame!)), ''],
			['settled (idle)', ms(moved.map((c) => c.settled!)), ''],
			[`changes measured`, `${moved.length} (of ${changes.length}; the rest keep the camera)`, '']
		]
	);
}

function scrollTable(runs: readonly RunRecord[], budgets: readonly Budget[], scrollMs: number): string {
	const s = (v: (r: ScrollResult) => number) =>
		pageSummary(runs, 'story', (r) => (r.scroll ? v(r.scroll) : null));
	return table(
		[`${scrollMs / 1000} s scripted scroll through the story`, 'median (min–max)', 'budget'],
		[
			['frames rendered', fmt(s((r) => r.frames)), ''],
			['longest frame gap, ms', fmt(s((r) => r.longestFrameGap)), ''],
			['chapter changes during the scroll', fmt(s((r) => r.chapterChanges)), ''],
			['long tasks', fmt(s((r) => r.longTasks)), ''],
			['blocking time (Σ long task − 50 ms), ms', fmt(s((r) => r.blockingTime)), ''],
			['main-thread CPU: our code, ms', fmt(s((r) => r.cpu.ours)), ''],
			['main-thread CPU: MapLibre, ms', fmt(s((r) => r.cpu.maplibre)), ''],
			['main-thread CPU: no script (style, layout, paint, GC), ms', fmt(s((r) => r.cpu.other)), ''],
			['main-thread CPU: the bench driving the scroll, ms', fmt(s((r) => r.cpu.bench)), ''],
			[
				'long frames, script time: ours / MapLibre, ms',
				`${fmt(s((r) => r.longFrameScripts.ours))} / ${fmt(s((r) => r.longFrameScripts.maplibre))}`,
				''
			],
			[
				'our script time in the worst long frame, ms',
				fmt(
					s((r) => r.worstFrameOurScripts),
					1
				),
				''
			],
			[
				'**our code per frame (mean), ms**',
				fmt(
					s((r) => r.ourMsPerFrame),
					2
				),
				budgetCell(budgets, 'scroll-our-ms')
			]
		]
	);
}

function heapTable(runs: readonly RunRecord[], budgets: readonly Budget[]): string {
	const mb = (p: PageName) =>
		fmt(
			pageSummary(runs, p, (r) => r.heap),
			1,
			1e6
		);
	return table(
		[
			'JS heap after GC, MB',
			'story (after full traverse)',
			'bare MapLibre (same cameras)',
			'embed (after load)',
			'budget'
		],
		[['used', mb('story'), mb('storyMap'), mb('embed'), budgetCell(budgets, 'heap')]]
	);
}

export function renderReport(meta: Meta, runs: readonly RunRecord[], budgets: readonly Budget[]): string {
	const load = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' ');
	const perRun = meta.loadavg.perRun.map((l) => l[0]!.toFixed(1)).join(', ');
	const failed = budgets.filter((b) => b.ok === false);
	return [
		`## Benchmark (${meta.mode}) — ${meta.date}`,
		'',
		`Commit ${meta.commit}${meta.dirty ? ' (with uncommitted changes)' : ''}, Chromium ${meta.chromium}, ` +
			`viewport ${meta.viewport.width}×${meta.viewport.height} @1x (mobile, touch), ` +
			`${meta.runs} run(s) of every page load after ${meta.warmup} warm-up, the first ${meta.deepRuns} of them also with the chapter traverse, heap and scroll; ` +
			`each page load in a new browser (cold caches); ` +
			`chapters: ${meta.chapters}; embed: \`${meta.embed}\`.`,
		`Load average (1/5/15 min): before ${load(meta.loadavg.before)}, after ${load(meta.loadavg.after)}; at the start of each run (1 min): ${perRun}.`,
		'',
		'Times in ms since navigation start; medians with (min–max).',
		'',
		'### Story page',
		'',
		loadTable(runs, budgets, 'story'),
		'',
		'### Single-chapter embed',
		'',
		loadTable(runs, budgets, 'embed'),
		'',
		'### Bytes',
		'',
		bytesTable(runs, budgets),
		'',
		`Region-detail tiles in the story's first view: ${budgetCell(budgets, 'story-region-tiles')}.`,
		`LCP element (story): ${[...new Set(runs.map((r) => `${r.pages.story?.load.lcpElement} (${r.pages.story?.load.lcpKind})`))].join('; ')}.`,
		`LCP element (embed): ${[...new Set(runs.map((r) => `${r.pages.embed?.load.lcpElement} (${r.pages.embed?.load.lcpKind})`))].join('; ')}.`,
		'',
		'### Chapter changes (story)',
		'',
		chapterTable(runs, budgets),
		'',
		'### Scrolling (story)',
		'',
		scrollTable(runs, budgets, meta.scrollMs),
		'',
		'### Memory',
		'',
		heapTable(runs, budgets),
		'',
		failed.length === 0
			? `All ${budgets.length} budgets hold.`
			: `Over budget: ${failed.map((b) => b.label).join('; ')}.`,
		''
	].join('\n');
}
