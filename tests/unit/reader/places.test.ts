import { describe, expect, it } from 'vitest';
import {
	chapterIndexForPlace,
	chaptersMentioning,
	parseStoryHash,
	placeHash
} from '../../../src/lib/reader/places';

const chapters = [
	{ id: 'intro', title: 'Intro', places: [], layers: ['a', 'b'] },
	{ id: 'one', title: 'One', places: ['x'], layers: ['a'] },
	{ id: 'two', title: 'Two', places: ['x', 'y'], layers: ['a', 'b'] }
];
const known = { chapters: new Set(['intro', 'one']), places: new Set(['x', 'y']) };

describe('places in the story', () => {
	it('lists the chapters that name a place, in order', () => {
		expect(chaptersMentioning('x', chapters).map((c) => c.id)).toEqual(['one', 'two']);
		expect(chaptersMentioning('z', chapters)).toEqual([]);
	});

	it('opens a place in the first chapter naming it, else the first showing its layer', () => {
		expect(chapterIndexForPlace('y', 'b', chapters)).toBe(2);
		expect(chapterIndexForPlace('z', 'b', chapters)).toBe(0);
		expect(chapterIndexForPlace('z', 'c', chapters)).toBe(-1);
	});
});

describe('parseStoryHash', () => {
	it('reads chapters and places', () => {
		expect(parseStoryHash('#one', known)).toEqual({ chapter: 'one' });
		expect(parseStoryHash(placeHash('y'), known)).toEqual({ place: 'y' });
	});

	it('ignores anything it does not know, including hostile input', () => {
		expect(parseStoryHash('#nope', known)).toBeNull();
		expect(parseStoryHash('#place=nope', known)).toBeNull();
		expect(parseStoryHash('#place=%3Cscript%3E', known)).toBeNull();
		expect(parseStoryHash('', known)).toBeNull();
	});
});
