/** The whole-story embed's stepper: which key or swipe moves to which chapter. Pure. */
import type { KeyInput, Step } from '../scrolly/keyboard-steps';

export type { Step };
export type StepKey = KeyInput;

/** ← / → and, as in the story, j / k. */
export function stepForKey(input: StepKey): Step | undefined {
	if (input.altKey || input.ctrlKey || input.metaKey || input.shiftKey || input.targetOwnsKeys)
		return undefined;
	if (input.key === 'ArrowRight' || input.key === 'j') return 'next';
	if (input.key === 'ArrowLeft' || input.key === 'k') return 'previous';
	return undefined;
}

/** Shortest horizontal travel, in CSS px, that counts as a swipe. */
export const SWIPE_MIN_PX = 48;

/**
 * A horizontal swipe (finger from right to left: next), or undefined for a tap, a vertical scroll
 * or a diagonal drag.
 */
export function stepForSwipe(dx: number, dy: number): Step | undefined {
	if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < 1.5 * Math.abs(dy)) return undefined;
	return dx < 0 ? 'next' : 'previous';
}

/** The chapter index after a step, staying within the story. */
export function stepIndex(index: number, step: Step, count: number): number {
	return Math.min(count - 1, Math.max(0, index + (step === 'next' ? 1 : -1)));
}
