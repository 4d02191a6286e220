/**
 * The budgets of issue 6, checked on the medians of the measured runs. Time budgets are ratios
 * against the floor pages of the same run; sizes are absolute (they do not depend on the machine).
 * KB = 1000 bytes of each loaded file gzipped at level 9 (the server sends brotli to Chromium;
 * those bytes and the headers are reported beside).
 */
import type { PageName, PageRun, RunRecord } from './types';
import { ratio, summarize, type Summary } from './stats';

export interface Budget {
	id: string;
	label: string;
	value: number | null;
	limit: number;
	unit: 'ratio' | 'ms' | 'KB' | 'score' | 'count';
	ok: boolean | null;
	/** What the value is made of, for the table. */
	detail?: string;
}

export function pageSummary(
	runs: readonly RunRecord[],
	page: PageName,
	value: (run: PageRun) => number | null | undefined
): Summary | null {
	return summarize(runs.map((run) => (run.pages[page] ? value(run.pages[page]) : null)));
}

const KB = 1000;

export function beyondMaplibre(run: PageRun): number {
	return run.bytes.total - run.bytes.maplibreJs - run.bytes.maplibreWorker;
}

export function chapterChanges(runs: readonly RunRecord[]) {
	return runs.flatMap((run) => run.pages.story?.chapters ?? []);
}

export function budgetsOf(runs: readonly RunRecord[]): Budget[] {
	const budgets: Budget[] = [];
	const atMost = (
		id: string,
		label: string,
		value: number | null,
		limit: number,
		unit: Budget['unit'],
		detail?: string
	) => budgets.push({ id, label, value, limit, unit, ok: value === null ? null : value <= limit, detail });
	const median = (page: PageName, value: (run: PageRun) => number | null | undefined) =>
		pageSummary(runs, page, value)?.median ?? null;
	/** A page's median over its floor's; null when either was not measured. */
	const versus = (page: PageName, floor: PageName, value: (run: PageRun) => number | null | undefined) =>
		ratio(pageSummary(runs, page, value), pageSummary(runs, floor, value));
	/** A median size in KB; null (unknown, not 0 KB) when the page was not measured. */
	const kb = (page: PageName, bytes: (run: PageRun) => number) => {
		const value = median(page, bytes);
		return value === null ? null : value / KB;
	};

	for (const [page, text, map, name] of [
		['story', 'storyText', 'storyMap', 'story'],
		['embed', 'embedText', 'embedMap', 'embed']
	] as const) {
		atMost(
			`${name}-fcp`,
			`${name} FCP ÷ text floor`,
			versus(page, text, (r) => r.load.fcp),
			1.15,
			'ratio'
		);
		atMost(
			`${name}-lcp`,
			`${name} LCP ÷ text floor`,
			versus(page, text, (r) => r.load.lcp),
			1.15,
			'ratio'
		);
		const lcpNotText = runs.filter(
			(run) => run.pages[page] && run.pages[page].load.lcpKind !== 'text'
		).length;
		atMost(`${name}-lcp-text`, `${name} LCP element is text (runs where it is not)`, lcpNotText, 0, 'count');
		atMost(
			`${name}-first-draw`,
			`${name} map first draw ÷ bare MapLibre`,
			versus(page, map, (r) => r.load.mapFirstDraw),
			1.15,
			'ratio'
		);
		atMost(
			`${name}-ready`,
			`${name} map ready ÷ bare MapLibre`,
			versus(page, map, (r) => r.load.mapReady),
			1.25,
			'ratio'
		);
		atMost(
			`${name}-cls`,
			`${name} CLS`,
			median(page, (r) => r.load.cls),
			0.01,
			'score'
		);
		atMost(
			`${name}-our-js`,
			`${name} JS before the map chunk (our initial module graph)`,
			kb(page, (r) => r.bytes.initialJs),
			40,
			'KB'
		);
		atMost(
			`${name}-first-load`,
			`${name} first load beyond MapLibre's chunk and worker`,
			kb(page, beyondMaplibre),
			250,
			'KB'
		);
		atMost(
			`${name}-basemap`,
			`${name} basemap data for the first view`,
			kb(page, (r) => r.bytes.basemap),
			150,
			'KB'
		);
	}
	atMost(
		'story-region-tiles',
		'story: region-detail tiles before any chapter zooms in',
		median('story', (r) => r.regionTiles),
		0,
		'count'
	);

	const changes = chapterChanges(runs);
	const moveStart = summarize(changes.map((c) => c.moveStart));
	atMost('move-start-median', 'chapter change → movestart, median', moveStart?.median ?? null, 20, 'ms');
	atMost('move-start-worst', 'chapter change → movestart, worst', moveStart?.max ?? null, 50, 'ms');

	atMost(
		'heap',
		'JS heap after a full traverse ÷ bare MapLibre',
		versus('story', 'storyMap', (r) => r.heap),
		1.3,
		'ratio'
	);
	atMost(
		'scroll-our-ms',
		'our code per frame while scrolling (mean)',
		median('story', (r) => r.scroll?.ourMsPerFrame),
		2,
		'ms'
	);
	return budgets;
}
