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
const read = { bottomVisible: true, topVisible: true };
const midway = { bottomVisible: false, topVisible: false };

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
