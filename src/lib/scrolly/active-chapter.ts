/**
 * Which chapter is active: the last one whose top edge has passed the trigger line.
 * Derived from positions, not from a sequence of enter/leave events, so fast scrolls, reloads in
 * the middle of the story and jumps to #links all land on the right chapter.
 * @param tops each chapter's top edge relative to the viewport, in reading order
 * @param line the trigger line's distance from the top of the viewport
 */
export function activeChapterIndex(tops: readonly number[], line: number): number {
	let active = 0;
	tops.forEach((top, i) => {
		if (top <= line) active = i;
	});
	return active;
}

/** The trigger line sits this far down the part of the viewport where the text is read. */
export function triggerLine(viewportHeight: number, textAreaTop: number, ratio = 0.45): number {
	return textAreaTop + (viewportHeight - textAreaTop) * ratio;
}

/**
 * How far the reader is through a chapter, 0…1: 0 when its top reaches the trigger line, 1 when
 * its bottom does. Drives lines that draw themselves.
 */
export function chapterProgress(
	top: number,
	height: number,
	viewportHeight: number,
	textAreaTop: number
): number {
	const line = triggerLine(viewportHeight, textAreaTop);
	if (height <= 0) return 1;
	return Math.min(1, Math.max(0, (line - top) / height));
}
