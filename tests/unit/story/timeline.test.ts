import { describe, expect, it } from 'vitest';
import { activeMark, buildTimeline, MAX_TICKS, tickStep } from '../../../src/lib/story/timeline';

const timeline = buildTimeline(
	[{}, { year: 1965 }, { year: 1988 }, { year: 1988 }, {}, { year: 2013 }],
	2026
)!;

describe('buildTimeline', () => {
	it('runs from the first year to today, with decade ticks', () => {
		expect([timeline.start, timeline.end]).toEqual([1965, 2026]);
		expect(timeline.ticks.map((t) => t.year)).toEqual([1970, 1980, 1990, 2000, 2010, 2020]);
	});

	it('places dated chapters by year and sets same-year chapters side by side', () => {
		expect(timeline.marks.map((m) => [m.chapterIndex, m.year, m.sameYearRank])).toEqual([
			[1, 1965, 0],
			[2, 1988, 0],
			[3, 1988, 1],
			[5, 2013, 0]
		]);
		expect(timeline.marks[0]!.position).toBe(0);
		expect(timeline.marks[3]!.position).toBeCloseTo((2013 - 1965) / (2026 - 1965));
	});

	it('keeps the last dated chapter lit through undated ones', () => {
		expect(activeMark(timeline, 4)?.chapterIndex).toBe(3);
		expect(activeMark(timeline, 0)).toBeUndefined();
	});

	it('labels round years, few enough to fit a phone, whatever the span', () => {
		expect(tickStep(1965, 2026)).toBe(10);
		const long = buildTimeline([{ year: 1859 }, { year: 2021 }], 2026)!;
		expect(long.ticks.map((t) => t.year)).toEqual([1875, 1900, 1925, 1950, 1975, 2000, 2025]);
		expect(buildTimeline([{ year: 2019 }], 2026)!.ticks.map((t) => t.year)).toEqual([2020, 2022, 2024, 2026]);
		for (const [start, end] of [
			[1, 3000],
			[1900, 1901],
			[1500, 2026]
		] as const) {
			const ticks = buildTimeline([{ year: start }], end)!.ticks;
			expect(ticks.length).toBeLessThanOrEqual(MAX_TICKS);
			expect(ticks.length).toBeGreaterThan(0);
		}
	});

	it('has no timeline without dated chapters', () => {
		expect(buildTimeline([{}, {}], 2026)).toBeUndefined();
	});
});
