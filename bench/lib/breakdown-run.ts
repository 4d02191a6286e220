/**
 * `npm run bench -- --breakdown`: cold loads of the story and of the bare-MapLibre floor with a full
 * trace each (what DevTools' Performance panel records, and V8's sampling profiler), the main
 * thread's time from navigation to map ready sorted by what it was spent on (breakdown.ts). Writes
 * breakdown.md and the first trace of each page (trace-story.json, trace-storyMap.json: open them
 * in DevTools' Performance panel) to the output folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PERF_MARKS } from '../../src/lib/perf-marks';
import { BUCKETS, mainThreadBreakdown, scriptKinds, type Breakdown } from './breakdown';
import type { ScriptOwners } from './profile';
import { measurePage, type SessionSetup } from './session';
import { summarize } from './stats';
import { FULL_CATEGORIES, markTime, threadOfMark, type TraceEvent } from './trace';

type Page = 'story' | 'storyMap';

interface Measured {
	breakdown: Breakdown;
	busy: number;
	marks: Record<string, number | null>;
}

export async function runBreakdown(options: {
	setup: SessionSetup;
	pages: Record<Page, string>;
	owners: ScriptOwners;
	frameworkChunks: ReadonlySet<string>;
	runs: number;
	outDir: string;
}): Promise<string> {
	await mkdir(options.outDir, { recursive: true });
	const origin = options.setup.server.origin;
	const kinds = scriptKinds(options.owners, [...options.frameworkChunks], (url) => {
		const { pathname } = new URL(url, origin);
		return url.startsWith(origin) && (pathname.endsWith('/') || pathname.endsWith('.html'));
	});
	const results: Record<Page, Measured[]> = { story: [], storyMap: [] };
	for (let run = 0; run < options.runs; run++) {
		for (const page of ['story', 'storyMap'] as const) {
			process.stdout.write(`bench: breakdown ${run + 1}/${options.runs} ${page}… `);
			const started = Date.now();
			await measurePage(options.setup, options.pages[page], {
				map: true,
				trace: FULL_CATEGORIES,
				onTrace: (events: TraceEvent[], load) => {
					if (run === 0)
						void writeFile(
							join(options.outDir, `trace-${page}.json`),
							JSON.stringify({ traceEvents: events })
						);
					const thread = threadOfMark(events, PERF_MARKS.ready);
					const readyAt = markTime(events, PERF_MARKS.ready);
					if (!thread || readyAt === undefined || load.mapReady === null) return;
					const navigation = readyAt - load.mapReady * 1000;
					const at = (ms: number | null) => (ms === null ? undefined : navigation + ms * 1000);
					const hydration =
						load.appStart !== null && load.hydrated !== null
							? { from: at(load.appStart)!, to: at(load.hydrated)! }
							: undefined;
					const breakdown = mainThreadBreakdown(
						events,
						thread,
						{ from: navigation, to: readyAt },
						kinds,
						hydration
					);
					results[page].push({
						breakdown,
						busy: Object.values(breakdown).reduce((sum, ms) => sum + ms, 0),
						marks: {
							FCP: load.fcp,
							'app start': load.appStart,
							hydrated: load.hydrated,
							'map created': load.mapCreated,
							'first draw': load.mapFirstDraw,
							'map ready': load.mapReady
						}
					});
				}
			});
			console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
		}
	}
	const median = (page: Page, value: (m: Measured) => number | null) => {
		const s = summarize(results[page].map(value));
		return s ? `${s.median.toFixed(0)}` : '–';
	};
	const rows = [
		...BUCKETS.map((bucket) => [
			bucket,
			median('story', (m) => m.breakdown[bucket]),
			median('storyMap', (m) => m.breakdown[bucket])
		]),
		[
			'**main thread busy, navigation → map ready**',
			median('story', (m) => m.busy),
			median('storyMap', (m) => m.busy)
		],
		...Object.keys(results.story[0]?.marks ?? {}).map((mark) => [
			`_${mark}, ms after navigation_`,
			median('story', (m) => m.marks[mark] ?? null),
			median('storyMap', (m) => m.marks[mark] ?? null)
		])
	];
	const report = [
		`## Where the main thread's time goes, navigation → map ready (${new Date().toISOString()})`,
		'',
		`Medians of ${options.runs} cold loads each, traced (DevTools' categories and V8's sampling profiler), ms.`,
		'',
		'| | story | bare MapLibre |',
		'| --- | ---: | ---: |',
		...rows.map((row) => `| ${row.join(' | ')} |`),
		''
	].join('\n');
	await writeFile(join(options.outDir, 'breakdown.md'), report);
	return report;
}
