/**
 * Tracks the active chapter with an IntersectionObserver whose root is a one-pixel band at the
 * trigger line (like scrollama's offset). The observer only wakes us when a chapter crosses the
 * band; the index itself is recomputed from positions each time. No scroll listener.
 * https://developer.mozilla.org/en-US/docs/Web/API/IntersectionObserver/rootMargin
 */
import { perfMark, PERF_MARKS } from '../perf-marks';
import { activeChapterIndex, triggerLine } from './active-chapter';

export interface ScrollTrackerOptions {
	chapters: readonly HTMLElement[];
	/** Height covered by a sticky element at the top (the map on phones), in px. */
	obscuredTop: () => number;
	onChange: (index: number) => void;
}

export function trackActiveChapter({ chapters, obscuredTop, onChange }: ScrollTrackerOptions): () => void {
	let current = -1;
	let observer: IntersectionObserver | undefined;
	let frame = 0;
	/** The band is the pixel row [at, at + 1); a chapter is "reached" once its top is inside it. */
	let at = 0;

	const update = () => {
		const index = activeChapterIndex(
			chapters.map((chapter) => chapter.getBoundingClientRect().top),
			at + 1
		);
		if (index !== current) {
			current = index;
			perfMark(PERF_MARKS.chapter, index);
			onChange(index);
		}
	};
	const observe = () => {
		observer?.disconnect();
		at = Math.round(triggerLine(window.innerHeight, obscuredTop()));
		const below = Math.max(0, window.innerHeight - at - 1);
		observer = new IntersectionObserver(update, { rootMargin: `${-at}px 0px ${-below}px 0px` });
		chapters.forEach((chapter) => observer!.observe(chapter));
	};
	const onResize = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => {
			observe();
			update();
		});
	};

	observe();
	update();
	window.addEventListener('resize', onResize);
	return () => {
		cancelAnimationFrame(frame);
		window.removeEventListener('resize', onResize);
		observer?.disconnect();
	};
}
