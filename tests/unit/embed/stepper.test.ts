import { describe, expect, it } from 'vitest';
import { stepForKey, stepForSwipe, stepIndex } from '../../../src/lib/embed/stepper';

const key = (key: string, extra: Partial<Parameters<typeof stepForKey>[0]> = {}) =>
	stepForKey({
		key,
		altKey: false,
		ctrlKey: false,
		metaKey: false,
		shiftKey: false,
		targetOwnsKeys: false,
		...extra
	});

describe('stepForKey', () => {
	it('steps with the arrow keys and with j / k', () => {
		expect(key('ArrowRight')).toBe('next');
		expect(key('j')).toBe('next');
		expect(key('ArrowLeft')).toBe('previous');
		expect(key('k')).toBe('previous');
	});

	it('leaves other keys, modified keys and keys aimed at the map or a field alone', () => {
		expect(key('ArrowDown')).toBeUndefined();
		expect(key('Enter')).toBeUndefined();
		expect(key('ArrowRight', { altKey: true })).toBeUndefined();
		expect(key('ArrowRight', { ctrlKey: true })).toBeUndefined();
		expect(key('j', { shiftKey: true })).toBeUndefined();
		expect(key('ArrowRight', { targetOwnsKeys: true })).toBeUndefined();
	});
});

describe('stepForSwipe', () => {
	it('a swipe to the left goes on, to the right goes back', () => {
		expect(stepForSwipe(-120, 10)).toBe('next');
		expect(stepForSwipe(90, -20)).toBe('previous');
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
