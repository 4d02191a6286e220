import { describe, expect, it } from 'vitest';
import { budgetsOf } from '../../../bench/lib/budgets';
import type { Served } from '../../../bench/lib/server';
import type { PageRun, RunRecord } from '../../../bench/lib/types';

function pageRun(load: Partial<PageRun['load']>, extra: Partial<PageRun> = {}): PageRun {
	return {
		url: '/',
		load: { fcp: null, lcp: null, cls: 0, mapCreated: null, mapFirstDraw: null, mapReady: null, ...load },
		firstLoad: [],
		bytes: { total: 0, initialJs: 0, initialFramework: 0, maplibreJs: 0, maplibreWorker: 0 },
		requests: 1,
		regionTiles: 0,
		errors: [],
		...extra
	} as unknown as PageRun;
}

const served = (url: string, status: number): Served => ({
	url,
	status,
	conditional: true,
	bytes: 0,
	body: 0
});

describe('budgetsOf', () => {
	const runs: RunRecord[] = [
		{
			index: 1,
			warmup: false,
			loadavg: [],
			scenarios: {
				'cpu-h1': {
					story: pageRun(
						{ fcp: 230, lcp: 300, mapCreated: 500, mapFirstDraw: 1000, mapReady: 1500 },
						{
							bytes: { initialJs: 39_000, initialFramework: 30_000 } as PageRun['bytes'],
							heap: 12e6
						}
					),
					storyText: pageRun({ fcp: 230, lcp: 250 }),
					minimal: pageRun({ fcp: 100, lcp: 100 }),
					storyMap: pageRun({ fcp: 200, mapCreated: 200, mapFirstDraw: 650, mapReady: 1000 }, { heap: 8e6 }),
					storyAlone: pageRun({}, { heap: 4e6 }),
					blank: pageRun({}, { heap: 1e6 })
				},
				'repeat-h1': {
					story: pageRun(
						{ mapReady: 800 },
						{ revisit: [served('/', 304), served('/fonts/a.0123456789.woff2', 304)] }
					),
					storyMap: pageRun(
						{ mapReady: 700 },
						{ revisit: [served('/__bench/maplibre/_app/immutable/index-Ab12Cd34.js', 200)] }
					)
				}
			}
		}
	];
	const budget = (id: string, protocol = 'h1') =>
		budgetsOf(runs, ['h1']).find((b) => b.id === id && b.protocol === protocol)!;

	it('checks time budgets as ratios against the floor of the same run and scenario', () => {
		expect(budget('fcp-text')).toMatchObject({ page: 230, floor: 230, value: 1, ok: true });
		expect(budget('fcp-minimal')).toMatchObject({ value: 2.3, ok: false });
		expect(budget('map-ready').value).toBeCloseTo(1.5);
		expect(budget('repeat-map-ready').value).toBeCloseTo(800 / 700);
	});

	it('times the map’s own work from `new Map`', () => {
		expect(budget('map-first-draw').value).toBeCloseTo(500 / 450);
		expect(budget('map-own-ready').value).toBeCloseTo(1000 / 800);
	});

	it('weighs the heap against the page alone plus the bare map, less a blank page', () => {
		expect(budget('heap').value).toBeCloseTo(12 / (4 + 8 - 1));
	});

	it('counts our JavaScript beyond the framework’s runtime in KB of 1000 bytes', () => {
		expect(budget('our-js')).toMatchObject({ value: 9, ok: true });
	});

	it('finds hashed files downloaded again, and revalidations of what cannot change', () => {
		expect(budget('repeat-redownloads')).toMatchObject({ value: 1, ok: false });
		expect(budget('repeat-revalidations')).toMatchObject({ value: 1, ok: false });
	});

	it('leaves a budget unknown, not met, when its page was not measured', () => {
		expect(budget('slow-fcp')).toMatchObject({ value: null, ok: null });
		expect(budget('busy')).toMatchObject({ value: null, ok: null });
	});
});
