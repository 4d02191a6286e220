import { describe, expect, it } from 'vitest';
import { activeMark, buildTimeline } from '../../../src/lib/story/timeline';

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

	it('has no timeline without dated chapters', () => {
		expect(buildTimeline([{}, {}], 2026)).toBeUndefined();
	});
});
