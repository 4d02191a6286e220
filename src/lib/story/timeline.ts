/** Positions on the timeline rail: chapters by year, from the first year to today. Pure. */
import type { Chapter } from '../content/schema';

export interface TimelineMark {
	chapterIndex: number;
	year: number;
	/** 0 at the first year, 1 at the end year. */
	position: number;
	/** Rank among chapters of the same year, so same-year marks can sit side by side. */
	sameYearRank: number;
}

export interface Timeline {
	start: number;
	end: number;
	marks: TimelineMark[];
	/** Labelled years (decades), with their positions. */
	ticks: { year: number; position: number }[];
}

export function buildTimeline(
	chapters: readonly Pick<Chapter, 'year'>[],
	endYear: number
): Timeline | undefined {
	const dated = chapters.flatMap((chapter, chapterIndex) =>
		chapter.year === undefined ? [] : [{ chapterIndex, year: chapter.year }]
	);
	if (dated.length === 0) return undefined;
	const start = Math.min(...dated.map((d) => d.year));
	const end = Math.max(endYear, ...dated.map((d) => d.year));
	const span = Math.max(1, end - start);
	const seen = new Map<number, number>();
	const marks = dated.map(({ chapterIndex, year }) => {
		const sameYearRank = seen.get(year) ?? 0;
		seen.set(year, sameYearRank + 1);
		return { chapterIndex, year, position: (year - start) / span, sameYearRank };
	});
	const step = tickStep(start, end);
	const ticks: Timeline['ticks'] = [];
	for (let year = Math.ceil(start / step) * step; year <= end; year += step)
		ticks.push({ year, position: (year - start) / span });
	return { start, end, marks, ticks };
}

/** At most this many labelled years fit a phone's rail (390 px) without touching. */
export const MAX_TICKS = 7;

/** The shortest round step (1, 2, 5, 10, 20, 25, 50… years) that labels at most MAX_TICKS years. */
export function tickStep(start: number, end: number): number {
	const count = (step: number) => Math.floor(end / step) - Math.ceil(start / step) + 1;
	for (let scale = 1; ; scale *= 10) {
		for (const step of [1, 2, 2.5, 5].map((n) => n * scale)) {
			if (Number.isInteger(step) && count(step) <= MAX_TICKS) return step;
		}
	}
}

/** The mark at or before the active chapter (chapters without a year keep the previous one lit). */
export function activeMark(timeline: Timeline, activeChapter: number): TimelineMark | undefined {
	return timeline.marks.filter((mark) => mark.chapterIndex <= activeChapter).at(-1);
}
