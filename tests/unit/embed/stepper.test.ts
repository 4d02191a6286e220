import { describe, expect, it } from 'vitest';
import { stepForSwipe, stepIndex } from '../../../src/lib/embed/stepper';

describe('stepForSwipe', () => {
	it('a swipe to the left goes on, to the right goes back', () => {
		expect(stepForSwipe(-120, 10)).toBe('next');
		expect(stepForSwipe(90, -20)).toBe('previous');
	});

	it('turns the other way in a right-to-left edition', () => {
		expect(stepForSwipe(120, 10, 'rtl')).toBe('next');
		expect(stepForSwipe(-90, -20, 'rtl')).toBe('previous');
	});

	it('a tap, a short drag, a scroll or a diagonal drag is not a swipe', () => {
		expect(stepForSwipe(0, 0)).toBeUndefined();
		expect(stepForSwipe(-30, 0)).toBeUndefined();
		expect(stepForSwipe(-10, 200)).toBeUndefined();
		expect(stepForSwipe(-100, 90)).toBeUndefined();
	});
});

describe('stepIndex', () => {
	it('moves one chapter and stays within the story', () => {
		expect(stepIndex(0, 'next', 6)).toBe(1);
		expect(stepIndex(5, 'next', 6)).toBe(5);
		expect(stepIndex(0, 'previous', 6)).toBe(0);
		expect(stepIndex(3, 'previous', 6)).toBe(2);
	});
});
