import { describe, expect, it } from 'vitest';
import { budgetsOf } from '../../../bench/lib/budgets';
import type { PageRun, RunRecord } from '../../../bench/lib/types';

function pageRun(fcp: number, initialJs: number): PageRun {
	return {
		url: '/',
		load: { fcp, lcp: fcp, lcpKind: 'text', cls: 0, mapFirstDraw: null, mapReady: null },
		firstLoad: [],
		bytes: { total: initialJs, initialJs, maplibreJs: 0, maplibreWorker: 0, basemap: 0 },
		requests: 1,
		regionTiles: 0,
		errors: []
	} as unknown as PageRun;
}

describe('budgetsOf', () => {
	const runs: RunRecord[] = [
		{
			index: 1,
			warmup: false,
			loadavg: [],
			pages: { story: pageRun(230, 39_000), storyText: pageRun(200, 0) }
		}
	];
	const budget = (id: string) => budgetsOf(runs).find((b) => b.id === id)!;

	it('checks time budgets as ratios against the floor of the same run', () => {
		expect(budget('story-fcp').value).toBeCloseTo(1.15);
		expect(budget('story-fcp').ok).toBe(true);
	});

	it('counts sizes in KB of 1000 bytes', () => {
		expect(budget('story-our-js')).toMatchObject({ value: 39, ok: true });
	});

	it('leaves a budget unknown, not met, when its page was not measured', () => {
		expect(budget('embed-our-js')).toMatchObject({ value: null, ok: null });
		expect(budget('embed-fcp')).toMatchObject({ value: null, ok: null });
	});
});
