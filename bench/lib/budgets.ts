/**
 * The budgets of issue 16, checked on the medians of the measured runs, in each scenario and over
 * each protocol. Time budgets are ratios against floor pages measured in the same run and the same
 * scenario (this machine is shared and noisy); sizes and counts are absolute. KB = 1000 bytes of
 * each loaded file gzipped at level 9.
 */
import { checkRevisit } from './revisit';
import type { Protocol } from './server';
import { ratio, summarize, type Summary } from './stats';
import type { PageName, PageRun, RunRecord, ScenarioId, ScenarioKind } from './types';

export interface Budget {
	id: string;
	scenario: ScenarioKind;
	protocol: Protocol;
	label: string;
	/** The story's median (or the count), and its floor's median for a ratio. */
	page: number | null;
	floor: number | null;
	/** The ratio for a ratio budget; else the value itself. */
	value: number | null;
	limit: number;
	unit: 'ratio' | 'ms' | 'KB' | 'score' | 'count';
	/** Unit of `page` and `floor` for the table. */
	of?: 'ms' | 'MB';
	ok: boolean | null;
	/** What the value is made of, for the table. */
	detail?: string;
}

type Value = (run: PageRun) => number | null | undefined;

export function pageSummary(
	runs: readonly RunRecord[],
	scenario: ScenarioId,
	page: PageName,
	value: Value
): Summary | null {
	return summarize(
		runs.map((run) => {
			const measured = run.scenarios[scenario]?.[page];
			return measured ? value(measured) : null;
		})
	);
}

const KB = 1000;

export function beyondMaplibre(run: PageRun): number {
	return run.bytes.total - run.bytes.maplibreJs - run.bytes.maplibreWorker;
}

export function chapterChanges(runs: readonly RunRecord[]) {
	return runs.flatMap((run) => run.scenarios['cpu-h1']?.story?.chapters ?? []);
}

const sinceCreated = (at: (r: PageRun) => number | null) => (r: PageRun) => {
	const time = at(r);
	return time === null || r.load.mapCreated === null ? null : time - r.load.mapCreated;
};

export function budgetsOf(
	runs: readonly RunRecord[],
	protocols: readonly Protocol[] = ['h1', 'h2']
): Budget[] {
	const budgets: Budget[] = [];
	const add = (budget: Omit<Budget, 'ok'>) =>
		budgets.push({ ...budget, ok: budget.value === null ? null : budget.value <= budget.limit });

	for (const protocol of protocols) {
		const cpu: ScenarioId = `cpu-${protocol}`;
		const slow: ScenarioId = `slow4g-${protocol}`;
		const repeat: ScenarioId = `repeat-${protocol}`;
		const median = (scenario: ScenarioId, page: PageName, value: Value) =>
			pageSummary(runs, scenario, page, value)?.median ?? null;
		/** The story's median over a floor's median, in one scenario. */
		const versus = (
			id: string,
			scenario: ScenarioId,
			kind: ScenarioKind,
			label: string,
			floor: PageName,
			limit: number,
			value: Value,
			floorValue: Value = value
		) => {
			const page = median(scenario, 'story', value);
			const base = median(scenario, floor, floorValue);
			add({
				id,
				scenario: kind,
				protocol,
				label,
				page,
				floor: base,
				value: ratio(
					pageSummary(runs, scenario, 'story', value),
					pageSummary(runs, scenario, floor, floorValue)
				),
				limit,
				unit: 'ratio',
				of: 'ms'
			});
		};

		// CPU-bound, loopback.
		versus(
			'fcp-text',
			cpu,
			'cpu',
			'FCP ÷ the same HTML without scripts',
			'storyText',
			1.0,
			(r) => r.load.fcp
		);
		versus(
			'lcp-text',
			cpu,
			'cpu',
			'LCP ÷ that floor’s LCP, whatever the element',
			'storyText',
			1.15,
			(r) => r.load.lcp
		);
		add({
			id: 'cls',
			scenario: 'cpu',
			protocol,
			label: 'CLS',
			page: null,
			floor: null,
			value: median(cpu, 'story', (r) => r.load.cls),
			limit: 0.01,
			unit: 'score'
		});
		versus('fcp-minimal', cpu, 'cpu', 'FCP ÷ a minimal text page', 'minimal', 1.5, (r) => r.load.fcp);
		versus(
			'map-first-draw',
			cpu,
			'cpu',
			'`new Map` → first draw ÷ bare MapLibre’s',
			'storyMap',
			1.1,
			sinceCreated((r) => r.load.mapFirstDraw)
		);
		versus(
			'map-own-ready',
			cpu,
			'cpu',
			'`new Map` → map ready ÷ bare MapLibre’s',
			'storyMap',
			1.25,
			sinceCreated((r) => r.load.mapReady)
		);
		versus(
			'map-ready',
			cpu,
			'cpu',
			'navigation → map ready ÷ bare MapLibre’s',
			'storyMap',
			1.5,
			(r) => r.load.mapReady
		);
		versus(
			'busy',
			cpu,
			'cpu',
			'main-thread busy time, navigation → map ready ÷ bare MapLibre’s',
			'storyMap',
			1.3,
			(r) => r.load.mainThread?.busy
		);
		versus(
			'blocking',
			cpu,
			'cpu',
			'blocking time (Σ task − 50 ms), navigation → map ready ÷ bare MapLibre’s',
			'storyMap',
			1.5,
			(r) => r.load.mainThread?.blocking
		);

		// Slow 4G, cold cache.
		versus(
			'slow-fcp',
			slow,
			'slow4g',
			'FCP ÷ the same HTML without scripts',
			'storyText',
			1.1,
			(r) => r.load.fcp
		);
		versus(
			'slow-static-map',
			slow,
			'slow4g',
			'first chapter’s static map painted ÷ that floor’s LCP',
			'storyText',
			1.2,
			(r) => r.load.staticMap,
			(r) => r.load.lcp
		);
		versus(
			'slow-map-ready',
			slow,
			'slow4g',
			'navigation → map ready ÷ bare MapLibre’s',
			'storyMap',
			1.2,
			(r) => r.load.mapReady
		);

		// Repeat visit, warm HTTP cache.
		versus(
			'repeat-map-ready',
			repeat,
			'repeat',
			'navigation → map ready ÷ bare MapLibre’s repeat visit',
			'storyMap',
			1.25,
			(r) => r.load.mapReady
		);
		const revisits = runs
			.flatMap((run) =>
				['story', 'storyMap'].map((page) => run.scenarios[repeat]?.[page as PageName]?.revisit)
			)
			.filter((served) => served !== undefined)
			.map((served) => checkRevisit(served));
		const worst = (count: (check: ReturnType<typeof checkRevisit>) => number) =>
			revisits.length === 0 ? null : Math.max(...revisits.map(count));
		const examples = (list: (check: ReturnType<typeof checkRevisit>) => string[]) =>
			[...new Set(revisits.flatMap(list))].slice(0, 6).join(', ');
		add({
			id: 'repeat-redownloads',
			scenario: 'repeat',
			protocol,
			label: 'hashed files downloaded again (worst run, story and floor)',
			page: null,
			floor: null,
			value: worst((c) => c.redownloaded.length),
			limit: 0,
			unit: 'count',
			detail: examples((c) => c.redownloaded)
		});
		add({
			id: 'repeat-revalidations',
			scenario: 'repeat',
			protocol,
			label: 'requests other than HTML and data that may change (worst run)',
			page: null,
			floor: null,
			value: worst((c) => c.needless.length),
			limit: 0,
			unit: 'count',
			detail: examples((c) => c.needless)
		});
	}

	// Once, on the HTTP/1.1 CPU-bound runs: what does not depend on the protocol.
	const cpu: ScenarioId = 'cpu-h1';
	const median = (page: PageName, value: Value) => pageSummary(runs, cpu, page, value)?.median ?? null;
	const ourJs = median('story', (r) => r.bytes.initialJs - r.bytes.initialFramework);
	add({
		id: 'our-js',
		scenario: 'cpu',
		protocol: 'h1',
		label: 'our JS before the map chunk, beyond Svelte’s and SvelteKit’s runtime',
		page: null,
		floor: null,
		value: ourJs === null ? null : ourJs / KB,
		limit: 10,
		unit: 'KB',
		detail: (() => {
			const all = median('story', (r) => r.bytes.initialJs);
			const framework = median('story', (r) => r.bytes.initialFramework);
			return all === null || framework === null
				? undefined
				: `${(all / KB).toFixed(1)} KB in all, ${(framework / KB).toFixed(1)} KB of it Svelte and SvelteKit`;
		})()
	});
	const heap = (page: PageName) => median(page, (r) => r.heap);
	const [story, map, alone, blank] = [heap('story'), heap('storyMap'), heap('storyAlone'), heap('blank')];
	const reference = map === null || alone === null || blank === null ? null : alone + map - blank;
	add({
		id: 'heap',
		scenario: 'cpu',
		protocol: 'h1',
		label: 'JS heap after a full traverse ÷ (page alone + bare map − blank page)',
		page: story === null ? null : story / 1e6,
		floor: reference === null ? null : reference / 1e6,
		value: story === null || reference === null ? null : story / reference,
		limit: 1.15,
		unit: 'ratio',
		of: 'MB',
		detail:
			alone === null || map === null || blank === null
				? undefined
				: `page alone ${(alone / 1e6).toFixed(1)} MB, bare map ${(map / 1e6).toFixed(1)} MB, blank ${(blank / 1e6).toFixed(1)} MB`
	});
	const changes = chapterChanges(runs);
	const moveStart = summarize(changes.map((c) => c.moveStart));
	add({
		id: 'move-start-median',
		scenario: 'cpu',
		protocol: 'h1',
		label: 'chapter change → `movestart`, median',
		page: null,
		floor: null,
		value: moveStart?.median ?? null,
		limit: 20,
		unit: 'ms'
	});
	add({
		id: 'move-start-worst',
		scenario: 'cpu',
		protocol: 'h1',
		label: 'chapter change → `movestart`, worst',
		page: null,
		floor: null,
		value: moveStart?.max ?? null,
		limit: 50,
		unit: 'ms'
	});
	add({
		id: 'scroll-our-ms',
		scenario: 'cpu',
		protocol: 'h1',
		label: 'our code per frame while scrolling (mean)',
		page: null,
		floor: null,
		value: median('story', (r) => r.scroll?.ourMsPerFrame),
		limit: 2,
		unit: 'ms'
	});
	return budgets;
}
