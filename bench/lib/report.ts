/** The bench's Markdown report: the budgets, then medians (min–max) per scenario and page. */
import type { Budget } from './budgets';
import { beyondMaplibre, chapterChanges, pageSummary } from './budgets';
import type { ScrollResult } from './measure';
import { checkRevisit } from './revisit';
import type { Protocol } from './server';
import { summarize, type Summary } from './stats';
import type { PageName, PageRun, RunRecord, ScenarioId } from './types';

export type Meta = {
	date: string;
	mode: string;
	runs: number;
	deepRuns: number;
	warmup: number;
	chapters: number | string;
	scrollMs: number;
	viewport: { width: number; height: number; deviceScaleFactor: number; mobile: boolean };
	chromium: string;
	commit: string;
	dirty: boolean;
	loadavg: { before: number[]; after: number[]; perRun: number[][] };
	embed: string;
	scenarios: ScenarioId[];
	durationS: number;
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

const SCENARIO_NAMES = { cpu: 'CPU-bound (loopback)', slow4g: 'slow 4G', repeat: 'repeat visit' } as const;
const PROTOCOL_NAMES: Record<Protocol, string> = { h1: 'HTTP/1.1', h2: 'HTTP/2' };

/** "224 / 256 ms = 0.88× ✅" */
export function budgetCell(budget: Budget | undefined): string {
	if (!budget) return '';
	const mark = budget.ok === null ? '?' : budget.ok ? '✅' : '❌';
	if (budget.value === null) return `– ${mark}`;
	const of = budget.of === 'MB' ? (v: number) => `${v.toFixed(1)} MB` : (v: number) => `${v.toFixed(0)} ms`;
	switch (budget.unit) {
		case 'ratio':
			return `${budget.page === null ? '–' : of(budget.page).replace(/ (ms|MB)$/, '')} / ${budget.floor === null ? '–' : of(budget.floor)} = ${budget.value.toFixed(2)}× ${mark}`;
		case 'score':
			return `${budget.value.toFixed(3)} ${mark}`;
		case 'KB':
			return `${budget.value.toFixed(1)} KB ${mark}`;
		case 'ms':
			return `${budget.value.toFixed(1)} ms ${mark}`;
		default:
			return `${budget.value} ${mark}`;
	}
}

const limitOf = (budget: Budget): string =>
	budget.unit === 'ratio'
		? `≤ ${budget.limit}×`
		: budget.unit === 'count'
			? `${budget.limit}`
			: `≤ ${budget.limit}${budget.unit === 'score' ? '' : ` ${budget.unit}`}`;

function budgetTable(budgets: readonly Budget[], protocols: readonly Protocol[]): string {
	const seen = new Set<string>();
	const rows: string[][] = [];
	for (const budget of budgets) {
		if (seen.has(budget.id)) continue;
		seen.add(budget.id);
		const same = protocols.map((p) => budgets.find((b) => b.id === budget.id && b.protocol === p));
		const details = [...new Set(same.map((b) => b?.detail).filter(Boolean))].join('; ');
		rows.push([
			SCENARIO_NAMES[budget.scenario],
			`${budget.label}${details ? ` (${details})` : ''}`,
			limitOf(budget),
			...same.map(budgetCell)
		]);
	}
	return table(
		['scenario', 'budget: the story (its floor)', 'limit', ...protocols.map((p) => PROTOCOL_NAMES[p])],
		rows
	);
}

function loadTable(runs: readonly RunRecord[], scenario: ScenarioId, pages: readonly PageName[]): string {
	const names: Partial<Record<PageName, string>> = {
		story: 'story',
		storyText: 'same HTML, no scripts',
		minimal: 'minimal text page',
		storyMap: 'bare MapLibre',
		embed: 'embed',
		embedText: 'embed HTML, no scripts',
		embedMap: 'bare MapLibre (embed size)'
	};
	const shown = pages.filter((p) => runs.some((run) => run.scenarios[scenario]?.[p]));
	const row = (label: string, v: (r: PageRun) => number | null | undefined, digits = 0) => [
		label,
		...shown.map((p) => fmt(pageSummary(runs, scenario, p, v), digits))
	];
	const rows = [
		row('FCP', (r) => r.load.fcp),
		row('LCP', (r) => r.load.lcp),
		row('static map painted', (r) => r.load.staticMap),
		row('DOMContentLoaded', (r) => r.load.dcl),
		row('CLS', (r) => r.load.cls, 3),
		row('app started (SvelteKit `init`)', (r) => r.load.appStart),
		row('page hydrated', (r) => r.load.hydrated),
		row('map created', (r) => r.load.mapCreated),
		row('map first draw', (r) => r.load.mapFirstDraw),
		row('map ready', (r) => r.load.mapReady),
		row('main-thread busy, navigation → map ready', (r) => r.load.mainThread?.busy),
		row('blocking time (Σ task − 50 ms), same window', (r) => r.load.mainThread?.blocking),
		row('long tasks, same window', (r) => r.load.mainThread?.longTasks),
		row('requests (first load)', (r) => r.requests),
		row('KB sent (first load, compressed bodies)', (r) => r.bytes.sent / 1000, 1)
	].filter((r) => r.slice(1).some((cell) => cell !== '–'));
	return table(['ms since navigation', ...shown.map((p) => names[p]!)], rows);
}

function revisitList(runs: readonly RunRecord[], scenario: ScenarioId): string {
	const lines: string[] = [];
	for (const page of ['story', 'storyMap'] as const) {
		const served = runs.map((run) => run.scenarios[scenario]?.[page]?.revisit).find((s) => s !== undefined);
		if (!served) continue;
		const check = checkRevisit(served);
		lines.push(
			`- ${page === 'story' ? 'story' : 'bare MapLibre'}: ${served.length} request(s) reached the server on the second visit` +
				(served.length > 0
					? `: ${served
							.slice(0, 12)
							.map((s) => `\`${s.url.replace(/\?.*$/, '')}\` ${s.status}`)
							.join(', ')}${served.length > 12 ? ', …' : ''}`
					: '') +
				`; re-downloaded: ${check.redownloaded.length}; needless: ${check.needless.length}.`
		);
	}
	return lines.join('\n');
}

function bytesTable(runs: readonly RunRecord[]): string {
	const pages: PageName[] = ['story', 'embed', 'storyText', 'minimal', 'storyMap'];
	const kb = (v: (r: PageRun) => number) => pages.map((p) => fmt(pageSummary(runs, 'cpu-h1', p, v), 1, 1000));
	return table(
		[
			'KB gzip -9 of each file (first load, HTTP/1.1)',
			'story',
			'embed',
			'same HTML',
			'minimal',
			'bare MapLibre'
		],
		[
			['total', ...kb((r) => r.bytes.total)],
			['HTML', ...kb((r) => r.bytes.html)],
			['our JS: initial module graph', ...kb((r) => r.bytes.initialJs)],
			['… of which Svelte’s and SvelteKit’s runtime', ...kb((r) => r.bytes.initialFramework)],
			['our JS: loaded later (map code, lazy parts)', ...kb((r) => r.bytes.ourJs - r.bytes.initialJs)],
			['MapLibre JS', ...kb((r) => r.bytes.maplibreJs)],
			['MapLibre worker', ...kb((r) => r.bytes.maplibreWorker)],
			['CSS', ...kb((r) => r.bytes.css)],
			['fonts', ...kb((r) => r.bytes.fonts)],
			['basemap tiles', ...kb((r) => r.bytes.basemap)],
			['story data', ...kb((r) => r.bytes.storyData)],
			['other', ...kb((r) => r.bytes.other)],
			['as sent (brotli), bodies', ...kb((r) => r.bytes.sent)],
			['as sent, with HTTP headers', ...kb((r) => r.bytes.wire)],
			['beyond MapLibre chunk + worker', ...kb(beyondMaplibre)]
		]
	);
}

function chapterTable(runs: readonly RunRecord[]): string {
	const changes = chapterChanges(runs);
	const moved = changes.filter((c) => c.moveStart !== null);
	const ms = (v: number[]) => fmt(summarize(v), 1);
	return table(
		['chapter change →', 'median (min–max), ms'],
		[
			['`movestart`', ms(moved.map((c) => c.moveStart!))],
			['first map frame', ms(moved.map((c) => c.firstFrame!))],
			['settled (idle)', ms(moved.map((c) => c.settled!))],
			['changes measured', `${moved.length} (of ${changes.length}; the rest keep the camera)`]
		]
	);
}

function scrollTable(runs: readonly RunRecord[], scrollMs: number): string {
	const s = (v: (r: ScrollResult) => number) =>
		pageSummary(runs, 'cpu-h1', 'story', (r) => (r.scroll ? v(r.scroll) : null));
	return table(
		[`${scrollMs / 1000} s scripted scroll through the story`, 'median (min–max)'],
		[
			['frames rendered', fmt(s((r) => r.frames))],
			['longest frame gap, ms', fmt(s((r) => r.longestFrameGap))],
			['chapter changes during the scroll', fmt(s((r) => r.chapterChanges))],
			['long tasks', fmt(s((r) => r.longTasks))],
			['blocking time (Σ long task − 50 ms), ms', fmt(s((r) => r.blockingTime))],
			['main-thread CPU: our code, ms', fmt(s((r) => r.cpu.ours))],
			['main-thread CPU: MapLibre, ms', fmt(s((r) => r.cpu.maplibre))],
			['main-thread CPU: no script (style, layout, paint, GC), ms', fmt(s((r) => r.cpu.other))],
			[
				'long frames, script time: ours / MapLibre, ms',
				`${fmt(s((r) => r.longFrameScripts.ours))} / ${fmt(s((r) => r.longFrameScripts.maplibre))}`
			],
			[
				'our script time in the worst long frame, ms',
				fmt(
					s((r) => r.worstFrameOurScripts),
					1
				)
			],
			[
				'our code per frame (mean), ms',
				fmt(
					s((r) => r.ourMsPerFrame),
					2
				)
			]
		]
	);
}

function heapTable(runs: readonly RunRecord[]): string {
	const mb = (p: PageName) =>
		fmt(
			pageSummary(runs, 'cpu-h1', p, (r) => r.heap),
			1,
			1e6
		);
	return table(
		[
			'JS heap after GC, MB',
			'story (after full traverse)',
			'bare MapLibre (same cameras)',
			'page alone (MapLibre blocked, same traverse)',
			'blank page',
			'embed (after load)'
		],
		[['used', mb('story'), mb('storyMap'), mb('storyAlone'), mb('blank'), mb('embed')]]
	);
}

export function renderReport(meta: Meta, runs: readonly RunRecord[], budgets: readonly Budget[]): string {
	const load = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' ');
	const perRun = meta.loadavg.perRun.map((l) => l[0]!.toFixed(1)).join(', ');
	const failed = budgets.filter((b) => b.ok === false);
	const protocols = [...new Set(budgets.map((b) => b.protocol))];
	const sections: string[] = [];
	for (const scenario of meta.scenarios) {
		const [kind, protocol] = scenario.split('-') as [keyof typeof SCENARIO_NAMES, Protocol];
		sections.push(
			`### ${SCENARIO_NAMES[kind]}, ${PROTOCOL_NAMES[protocol]}`,
			'',
			loadTable(runs, scenario, ['story', 'storyText', 'minimal', 'storyMap']),
			''
		);
		if (kind === 'repeat') sections.push(revisitList(runs, scenario), '');
		if (scenario === 'cpu-h1' && runs.some((run) => run.scenarios[scenario]?.embed))
			sections.push(
				`Chapter embed \`${meta.embed}\` (no budget of its own; for issue 13):`,
				'',
				loadTable(runs, scenario, ['embed', 'embedText', 'embedMap']),
				''
			);
	}
	const storyLcp = [
		...new Set(
			runs.map((r) => r.scenarios['cpu-h1']?.story?.load).map((l) => l && `${l.lcpElement} (${l.lcpKind})`)
		)
	].join('; ');
	return [
		`## Benchmark (${meta.mode}) — ${meta.date}`,
		'',
		`Commit ${meta.commit}${meta.dirty ? ' (with uncommitted changes)' : ''}, Chromium ${meta.chromium}, ` +
			`viewport ${meta.viewport.width}×${meta.viewport.height} @1x (mobile, touch), ` +
			`${meta.runs} run(s) of every scenario and page after ${meta.warmup} warm-up, the first ${meta.deepRuns} of them also with the chapter traverse, heap and scroll; ` +
			`each page load in a new browser (cold caches; the repeat visit loads twice in one); ` +
			`chapters: ${meta.chapters}; embed: \`${meta.embed}\`; ${Math.round(meta.durationS / 60)} min.`,
		`Load average (1/5/15 min): before ${load(meta.loadavg.before)}, after ${load(meta.loadavg.after)}; at the start of each run (1 min): ${perRun}.`,
		'',
		'### Budgets (medians; ratios against floors of the same run and scenario)',
		'',
		budgetTable(budgets, protocols),
		'',
		failed.length === 0
			? `All ${budgets.length} budgets hold.`
			: `Over budget: ${failed.map((b) => `${b.label} (${PROTOCOL_NAMES[b.protocol]})`).join('; ')}.`,
		'',
		'Times in ms since navigation start; medians with (min–max).',
		'',
		...sections,
		'### Bytes',
		'',
		bytesTable(runs),
		'',
		`Region-detail tiles in the story's first view: ${fmt(pageSummary(runs, 'cpu-h1', 'story', (r) => r.regionTiles))}. LCP element (story): ${storyLcp}.`,
		'',
		'### Chapter changes (story)',
		'',
		chapterTable(runs),
		'',
		'### Scrolling (story)',
		'',
		scrollTable(runs, meta.scrollMs),
		'',
		'### Memory',
		'',
		heapTable(runs),
		''
	].join('\n');
}
