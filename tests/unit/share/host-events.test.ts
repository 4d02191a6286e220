import { describe, expect, it } from 'vitest';
import {
	chapterEvent,
	HELLO,
	isHello,
	readEmbedEvent,
	readGo,
	readyEvent
} from '../../../src/lib/share/host-events';

const chapters = ['tehran', 'paris', 'advance-1988'];

describe('the host API’s messages', () => {
	it('starts with the host’s hello, exactly', () => {
		expect(isHello(HELLO)).toBe(true);
		expect(isHello({ 'story-map-embed': 'hello', extra: 1 })).toBe(false);
		expect(isHello({ 'story-map-embed': 'request-height' })).toBe(false);
		expect(isHello('hello')).toBe(false);
	});

	it('goes only to one of the story’s chapters, asked in exactly the documented shape', () => {
		expect(readGo({ 'story-map-embed': 'go', chapter: 'paris' }, chapters)).toBe('paris');
		expect(readGo({ 'story-map-embed': 'go', chapter: 'london' }, chapters)).toBeUndefined();
		expect(readGo({ 'story-map-embed': 'go', chapter: 'constructor' }, chapters)).toBeUndefined();
		expect(readGo({ 'story-map-embed': 'go', chapter: 'paris', x: 1 }, chapters)).toBeUndefined();
		expect(readGo({ 'story-map-embed': 'go', chapter: 3 }, chapters)).toBeUndefined();
		expect(readGo({ 'story-map-embed': 'hello' }, chapters)).toBeUndefined();
		expect(readGo(null, chapters)).toBeUndefined();
	});

	it('announces ready and each chapter in a shape the host can read back', () => {
		const ready = readyEvent('tehran', chapters);
		expect(ready).toEqual({ 'story-map-embed': 'ready', chapter: 'tehran', chapters });
		expect(readEmbedEvent(ready)).toEqual(ready);
		const change = chapterEvent('paris', 1);
		expect(change).toEqual({ 'story-map-embed': 'chapter', chapter: 'paris', index: 1 });
		expect(readEmbedEvent(change)).toEqual(change);
		expect(readEmbedEvent({ 'story-map-embed': 'chapter', chapter: '<img>', index: 1 })).toBeUndefined();
		expect(readEmbedEvent({ 'story-map-embed': 'chapter', chapter: 'paris', index: -1 })).toBeUndefined();
		expect(readEmbedEvent({ 'story-map-embed': 'go', chapter: 'paris' })).toBeUndefined();
	});
});
