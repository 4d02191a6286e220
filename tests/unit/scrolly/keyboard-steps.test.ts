import { describe, expect, it } from 'vitest';
import { stepForKey, type KeyInput } from '../../../src/lib/scrolly/keyboard-steps';

const key = (key: string, extra: Partial<KeyInput> = {}): KeyInput => ({
	key,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	shiftKey: false,
	targetOwnsKeys: false,
	...extra
});
const read = { mode: 'scroll', chapter: { bottomVisible: true, topVisible: true } } as const;
const midway = { mode: 'scroll', chapter: { bottomVisible: false, topVisible: false } } as const;
const stepper = { mode: 'stepper', dir: 'ltr' } as const;
const rtlStepper = { mode: 'stepper', dir: 'rtl' } as const;

describe('stepForKey', () => {
	it('j and k always step', () => {
		expect(stepForKey(key('j'), midway)).toBe('next');
		expect(stepForKey(key('k'), midway)).toBe('previous');
	});
	it('arrows and page keys step only once the chapter is in view, so long chapters stay readable', () => {
		expect(stepForKey(key('ArrowDown'), read)).toBe('next');
		expect(stepForKey(key('PageDown'), midway)).toBeUndefined();
		expect(stepForKey(key('PageUp'), read)).toBe('previous');
		expect(stepForKey(key('ArrowUp'), midway)).toBeUndefined();
	});
	it('leaves modified keys, form fields and the map alone', () => {
		expect(stepForKey(key('j', { ctrlKey: true }), read)).toBeUndefined();
		expect(stepForKey(key('J', { shiftKey: true }), read)).toBeUndefined();
		expect(stepForKey(key('ArrowDown', { targetOwnsKeys: true }), read)).toBeUndefined();
		expect(stepForKey(key('x'), read)).toBeUndefined();
	});
});

describe('stepForKey in the stepper (one chapter at a time)', () => {
	it('steps with the arrow that points the way the text reads, and with j / k', () => {
		expect(stepForKey(key('ArrowRight'), stepper)).toBe('next');
		expect(stepForKey(key('ArrowLeft'), stepper)).toBe('previous');
		expect(stepForKey(key('j'), stepper)).toBe('next');
		expect(stepForKey(key('k'), stepper)).toBe('previous');
	});
	it('mirrors the arrows in a right-to-left edition (j / k stay)', () => {
		expect(stepForKey(key('ArrowLeft'), rtlStepper)).toBe('next');
		expect(stepForKey(key('ArrowRight'), rtlStepper)).toBe('previous');
		expect(stepForKey(key('j'), rtlStepper)).toBe('next');
	});
	it('leaves other keys, modified keys and keys aimed at the map or a field alone', () => {
		expect(stepForKey(key('ArrowDown'), stepper)).toBeUndefined();
		expect(stepForKey(key('Enter'), stepper)).toBeUndefined();
		expect(stepForKey(key('ArrowRight', { altKey: true }), stepper)).toBeUndefined();
		expect(stepForKey(key('ArrowRight', { ctrlKey: true }), stepper)).toBeUndefined();
		expect(stepForKey(key('j', { shiftKey: true }), stepper)).toBeUndefined();
		expect(stepForKey(key('ArrowRight', { targetOwnsKeys: true }), stepper)).toBeUndefined();
	});
});
