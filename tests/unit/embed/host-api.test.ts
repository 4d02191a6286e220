/**
 * The embed's half of the host API (src/lib/embed/host-api.ts), with a fake window: silent until a
 * hello, answers only the window that framed it at the hello's origin, goes only where asked by
 * that window and origin.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveHostApi } from '../../../src/lib/embed/host-api';

let listeners: ((event: { data: unknown; source: unknown; origin: string }) => void)[];
let posted: { data: unknown; origin: string }[];
let parent: { postMessage(data: unknown, origin: string): void };

beforeEach(() => {
	listeners = [];
	posted = [];
	parent = { postMessage: (data, origin) => posted.push({ data, origin }) };
	(globalThis as Record<string, unknown>).window = {
		parent,
		addEventListener: (_type: string, listener: (typeof listeners)[number]) => listeners.push(listener),
		removeEventListener: (_type: string, listener: (typeof listeners)[number]) =>
			listeners.splice(listeners.indexOf(listener), 1)
	};
});
afterEach(() => {
	delete (globalThis as Record<string, unknown>).window;
});

const send = (data: unknown, source: unknown, origin: string) => {
	for (const listener of [...listeners]) listener({ data, source, origin });
};

describe('the host API, embed side', () => {
	it('says nothing until the host says hello, then answers it at its origin only', () => {
		let current = 'tehran';
		const api = serveHostApi({ chapters: ['tehran', 'paris'], current: () => current });
		api.changed();
		expect(posted).toEqual([]);
		send({ 'story-map-embed': 'hello' }, {}, 'https://evil.example.net');
		expect(posted, 'a hello from another window is ignored').toEqual([]);
		send({ 'story-map-embed': 'hello' }, parent, 'https://news.example.com');
		expect(posted).toEqual([
			{
				data: { 'story-map-embed': 'ready', chapter: 'tehran', chapters: ['tehran', 'paris'] },
				origin: 'https://news.example.com'
			}
		]);
		current = 'paris';
		api.changed();
		expect(posted.at(-1)).toEqual({
			data: { 'story-map-embed': 'chapter', chapter: 'paris', index: 1 },
			origin: 'https://news.example.com'
		});
	});

	it('goes to a chapter only when the greeting window asks, from its origin, for one of the story’s', () => {
		const went: string[] = [];
		serveHostApi({ chapters: ['tehran', 'paris'], current: () => 'tehran', go: (id) => went.push(id) });
		send({ 'story-map-embed': 'go', chapter: 'paris' }, parent, 'https://news.example.com');
		expect(went, 'not before a hello').toEqual([]);
		send({ 'story-map-embed': 'hello' }, parent, 'https://news.example.com');
		send({ 'story-map-embed': 'go', chapter: 'paris' }, parent, 'https://other.example.org');
		send({ 'story-map-embed': 'go', chapter: 'paris' }, {}, 'https://news.example.com');
		send({ 'story-map-embed': 'go', chapter: 'london' }, parent, 'https://news.example.com');
		expect(went).toEqual([]);
		send({ 'story-map-embed': 'go', chapter: 'paris' }, parent, 'https://news.example.com');
		expect(went).toEqual(['paris']);
	});

	it('does nothing outside a frame', () => {
		(globalThis as { window: { parent: unknown } }).window.parent = (
			globalThis as { window: unknown }
		).window;
		const api = serveHostApi({ chapters: ['tehran'], current: () => 'tehran' });
		expect(listeners).toEqual([]);
		api.changed();
		expect(posted).toEqual([]);
	});
});
