import { describe, expect, it } from 'vitest';
import { activeChapterIndex, triggerLine } from '../../../src/lib/scrolly/active-chapter';

describe('activeChapterIndex', () => {
	it('is the first chapter before any chapter reaches the line', () => {
		expect(activeChapterIndex([500, 1500, 2500], 400)).toBe(0);
	});
	it('is the last chapter whose top has passed the line', () => {
		expect(activeChapterIndex([-900, 100, 1100], 400)).toBe(1);
	});
	it('stays on the previous chapter in the gap between chapters', () => {
		expect(activeChapterIndex([-2000, -600, 700], 400)).toBe(1);
	});
	it('lands on the right chapter after a jump far down (no event history needed)', () => {
		expect(activeChapterIndex([-9000, -7000, -5000, -3000, 300, 2000], 400)).toBe(4);
	});
	it('counts a top exactly on the line', () => {
		expect(activeChapterIndex([0, 400], 400)).toBe(1);
	});
});

describe('triggerLine', () => {
	it('sits in the readable part of the viewport', () => {
		expect(triggerLine(800, 0)).toBeCloseTo(360);
		expect(triggerLine(800, 300, 0.5)).toBe(550);
	});
});
