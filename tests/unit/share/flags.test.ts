import { describe, expect, it } from 'vitest';
import { DEFAULT_FLAGS, flagsQuery, parseEmbedFlags } from '../../../src/lib/share/flags';

const ids = ['overview', 'tehran', 'advance-1988'];

describe('parseEmbedFlags', () => {
	it('gives the defaults for an empty query', () => {
		expect(parseEmbedFlags('', ids)).toEqual(DEFAULT_FLAGS);
		expect(parseEmbedFlags('?', ids)).toEqual(DEFAULT_FLAGS);
	});

	it('reads each flag as editors write it in Datawrapper', () => {
		expect(parseEmbedFlags('?plain=true&dark=true&static=true&transparent=true', ids)).toEqual({
			plain: true,
			dark: 'dark',
			static: true,
			transparent: true,
			chapter: undefined
		});
	});

	it('accepts a bare flag and the usual spellings of yes and no', () => {
		expect(parseEmbedFlags('?plain', ids).plain).toBe(true);
		for (const yes of ['1', 'on', 'yes', 'TRUE', ' true '])
			expect(parseEmbedFlags(`?static=${yes}`, ids).static).toBe(true);
		for (const no of ['0', 'off', 'no', 'false'])
			expect(parseEmbedFlags(`?static=${no}`, ids).static).toBe(false);
	});

	it('supports dark=auto (follow the reader) and dark=false', () => {
		expect(parseEmbedFlags('?dark=auto', ids).dark).toBe('auto');
		expect(parseEmbedFlags('?dark=false', ids).dark).toBe('light');
		expect(parseEmbedFlags('?dark', ids).dark).toBe('dark');
	});

	it('ignores malformed values instead of guessing', () => {
		const flags = parseEmbedFlags('?plain=maybe&dark=%3Cscript%3E&static=2&transparent=[]', ids);
		expect(flags).toEqual(DEFAULT_FLAGS);
	});

	it('ignores unknown keys', () => {
		expect(parseEmbedFlags('?logo=off&fitchart=1&__proto__=x&constructor=y', ids)).toEqual(DEFAULT_FLAGS);
	});

	it('takes a chapter only when it is one of the story’s ids', () => {
		expect(parseEmbedFlags('?chapter=tehran', ids).chapter).toBe('tehran');
		expect(parseEmbedFlags('?chapter=Tehran', ids).chapter).toBeUndefined();
		expect(parseEmbedFlags('?chapter=tehran%20', ids).chapter).toBeUndefined();
		expect(parseEmbedFlags('?chapter=%3Cscript%3Ealert(1)%3C%2Fscript%3E', ids).chapter).toBeUndefined();
		expect(parseEmbedFlags('?chapter=', ids).chapter).toBeUndefined();
	});

	it('returns the known id, never the string from the URL', () => {
		const known = ['tehran'];
		const flags = parseEmbedFlags(new URLSearchParams({ chapter: 'tehran' }), known);
		expect(flags.chapter).toBe(known[0]);
	});

	it('uses the first value when a flag is repeated', () => {
		expect(parseEmbedFlags('?dark=true&dark=false', ids).dark).toBe('dark');
	});
});

describe('flagsQuery', () => {
	it('is empty for the defaults', () => {
		expect(flagsQuery({})).toBe('');
		expect(flagsQuery(DEFAULT_FLAGS)).toBe('');
	});

	it('writes the flags in a fixed order that parses back to the same flags', () => {
		const query = flagsQuery({ transparent: true, static: true, dark: 'auto', plain: true });
		expect(query).toBe('?plain=true&dark=auto&static=true&transparent=true');
		expect(parseEmbedFlags(query, ids)).toEqual({
			plain: true,
			dark: 'auto',
			static: true,
			transparent: true,
			chapter: undefined
		});
	});
});
