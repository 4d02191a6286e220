/**
 * The whole-story embed's stepper: which swipe moves to which chapter (keys: scrolly/keyboard-steps.ts),
 * and where a step lands. Pure.
 */
import type { Step } from '../scrolly/keyboard-steps';

export type { Step };

/** Shortest horizontal travel, in CSS px, that counts as a swipe. */
export const SWIPE_MIN_PX = 48;

/**
 * A horizontal swipe (the finger against the reading direction: next, as turning a page), or
 * undefined for a tap, a vertical scroll or a diagonal drag.
 */
export function stepForSwipe(dx: number, dy: number, dir: 'ltr' | 'rtl' = 'ltr'): Step | undefined {
	if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < 1.5 * Math.abs(dy)) return undefined;
	return (dir === 'rtl' ? dx > 0 : dx < 0) ? 'next' : 'previous';
}

/** The chapter index after a step, staying within the story. */
export function stepIndex(index: number, step: Step, count: number): number {
	return Math.min(count - 1, Math.max(0, index + (step === 'next' ? 1 : -1)));
}
