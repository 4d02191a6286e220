/**
 * The host page's script (/embed.js), run as the browser would run it, in a fresh context with a
 * fake window and document: which frames it resizes, and on which messages.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';
import { heightMessages } from '../../../src/lib/share/messages';

const SOURCE = readFileSync(new URL('../../../src/lib/embed/parent.js', import.meta.url), 'utf8');

interface FakeFrame {
	src: string;
	mode: string;
	top: number;
	getAttribute(name: string): string | null;
	getBoundingClientRect(): { top: number };
	contentWindow: { posted: unknown[]; targets: string[]; postMessage(data: unknown, origin: string): void };
	style: { height?: string };
	attributes: Map<string, string>;
	setAttribute(name: string, value: string): void;
	previousElementSibling: {
		classList: { contains(name: string): boolean };
		style: { display?: string };
	} | null;
	events: Map<string, ((event: { detail: unknown }) => void)[]>;
	dispatched: { type: string; detail: unknown }[];
	addEventListener(type: string, listener: (event: { detail: unknown }) => void): void;
	dispatchEvent(event: { type: string; detail: unknown }): boolean;
}

function fakeFrame(src: string, mode = ''): FakeFrame {
	const contentWindow = {
		posted: [] as unknown[],
		targets: [] as string[],
		postMessage(data: unknown, origin: string) {
			this.posted.push(data);
			this.targets.push(origin);
		}
	};
	return {
		src,
		mode,
		top: 0,
		getAttribute(name) {
			return name === 'data-story-map-embed' ? this.mode : (this.attributes.get(name) ?? null);
		},
		getBoundingClientRect() {
			return { top: this.top };
		},
		contentWindow,
		style: {},
		attributes: new Map(),
		setAttribute(name, value) {
			this.attributes.set(name, value);
		},
		previousElementSibling: null,
		events: new Map(),
		dispatched: [],
		addEventListener(type, listener) {
			this.events.set(type, [...(this.events.get(type) ?? []), listener]);
		},
		dispatchEvent(event) {
			this.dispatched.push({ type: event.type, detail: event.detail });
			for (const listener of this.events.get(event.type) ?? []) listener(event);
			return true;
		}
	};
}

/** A stand-in for the DOM's CustomEvent in the script's context. */
class FakeCustomEvent {
	constructor(
		public type: string,
		init: { detail: unknown }
	) {
		this.detail = init.detail;
	}
	detail: unknown;
}

let frames: FakeFrame[];
let listeners: ((event: { data: unknown; source: unknown; origin: string }) => void)[];
let resizeListeners: (() => void)[];
let scrollListeners: (() => void)[];
let timers: (() => void)[];
let frameCallbacks: (() => void)[];
let context: Record<string, unknown>;

function run(): void {
	runInNewContext(SOURCE, context);
}

function receive(data: unknown, source: unknown, origin: string): void {
	for (const listener of listeners) listener({ data, source, origin });
}

beforeEach(() => {
	frames = [
		fakeFrame('https://maps.example.org/embed/tehran'),
		fakeFrame('https://maps.example.org/embed', 'scroll')
	];
	listeners = [];
	resizeListeners = [];
	scrollListeners = [];
	timers = [];
	frameCallbacks = [];
	const window: Record<string, unknown> = {
		addEventListener(type: string, listener: (typeof listeners)[number]) {
			if (type === 'message') listeners.push(listener);
			if (type === 'resize') resizeListeners.push(listener as () => void);
			if (type === 'scroll') scrollListeners.push(listener as () => void);
		},
		innerHeight: 800,
		requestAnimationFrame: (callback: () => void) => frameCallbacks.push(callback)
	};
	const document = {
		baseURI: 'https://news.example.com/article',
		querySelectorAll(selector: string) {
			expect(selector).toBe('iframe[data-story-map-embed]');
			return frames;
		}
	};
	// Timers run when the test says so: the last one scheduled stands for the debounced call.
	window.setTimeout = (callback: () => void) => timers.push(callback);
	window.clearTimeout = () => timers.splice(0);
	context = { window, document, URL, WeakSet, CustomEvent: FakeCustomEvent };
	window.window = window;
});

const dw = (height: number) =>
	heightMessages({ height, embedId: 'x', src: 'https://maps.example.org/embed' })[0];

describe('the parent script', () => {
	it('asks each frame for its height when it starts', () => {
		run();
		for (const frame of frames)
			expect(frame.contentWindow.posted).toEqual([{ 'story-map-embed': 'request-height' }]);
	});

	it('resizes the frame whose window sent the height', () => {
		run();
		receive(dw(731.4), frames[1]!.contentWindow, 'https://maps.example.org');
		expect(frames[1]!.style.height).toBe('732px');
		expect(frames[1]!.attributes.get('height')).toBe('732');
		expect(frames[0]!.style.height).toBeUndefined();
	});

	it('tells a "scroll" frame where it is on the screen, once it has reported, and as the page scrolls', () => {
		run();
		const viewport = (top: number) => ({ 'story-map-embed': 'viewport', top, height: 800 });
		for (const listener of scrollListeners) listener();
		frameCallbacks.splice(0).forEach((callback) => callback());
		expect(frames[1]!.contentWindow.posted, 'not before the frame has reported').toHaveLength(1);

		frames[1]!.top = 300;
		receive(dw(1000), frames[1]!.contentWindow, 'https://maps.example.org');
		expect(frames[1]!.contentWindow.posted.at(-1)).toEqual(viewport(300));
		expect(frames[1]!.contentWindow.targets.at(-1), 'only to the frame’s own origin').toBe(
			'https://maps.example.org'
		);

		frames[1]!.top = -450;
		for (const listener of scrollListeners) listener();
		for (const listener of scrollListeners) listener();
		expect(frameCallbacks, 'once per animation frame').toHaveLength(1);
		frameCallbacks.splice(0).forEach((callback) => callback());
		expect(frames[1]!.contentWindow.posted.at(-1)).toEqual(viewport(-450));

		// A frame without the mark never gets viewport messages.
		receive(dw(600), frames[0]!.contentWindow, 'https://maps.example.org');
		for (const listener of scrollListeners) listener();
		frameCallbacks.splice(0).forEach((callback) => callback());
		expect(frames[0]!.contentWindow.posted).toEqual([{ 'story-map-embed': 'request-height' }]);
	});

	it('ignores heights from a window that is not one of our frames, whatever they claim', () => {
		run();
		receive({ 'datawrapper-height': { 'chapter-tehran': 500 } }, {}, 'https://maps.example.org');
		receive(dw(500), null, 'https://maps.example.org');
		expect(frames.map((f) => f.style.height)).toEqual([undefined, undefined]);
	});

	it('ignores a frame’s message from another origin (the frame navigated elsewhere)', () => {
		run();
		receive(dw(500), frames[0]!.contentWindow, 'https://evil.example.net');
		expect(frames[0]!.style.height).toBeUndefined();
	});

	it('ignores messages of any other shape', () => {
		run();
		const source = frames[0]!.contentWindow;
		for (const data of [
			'{"datawrapper-height":{"x":500}}',
			{ sentinel: 'amp', type: 'embed-size', height: 500 },
			{ 'datawrapper-height': { x: '500px' } },
			{ 'datawrapper-height': { x: 500, y: 600 } },
			{ 'datawrapper-height': { x: 1e7 } },
			{ 'datawrapper-height': { x: 0 } },
			null
		]) {
			receive(data, source, 'https://maps.example.org');
		}
		expect(frames[0]!.style.height).toBeUndefined();
	});

	it('asks every frame again once the page has been resized (frames out of view do not notice)', () => {
		run();
		for (const listener of resizeListeners) listener();
		for (const listener of resizeListeners) listener();
		expect(timers, 'debounced').toHaveLength(1);
		timers[0]!();
		for (const frame of frames) expect(frame.contentWindow.posted).toHaveLength(2);
	});

	it('is idempotent: included twice, it listens once and only asks for heights again', () => {
		run();
		run();
		expect(listeners).toHaveLength(1);
		expect(frames[0]!.contentWindow.posted).toHaveLength(2);
	});

	it('hides the fallback link of an oEmbed answer once its frame reports a height', () => {
		const fallback = {
			classList: { contains: (name: string) => name === 'story-map-embed-fallback' },
			style: {} as { display?: string }
		};
		frames[0]!.previousElementSibling = fallback;
		run();
		expect(fallback.style.display).toBeUndefined();
		receive(dw(700), frames[0]!.contentWindow, 'https://maps.example.org');
		expect(fallback.style.display).toBe('none');
	});

	it('accepts heights from a frame sandboxed without allow-same-origin (its origin is "null")', () => {
		frames[0]!.setAttribute('sandbox', 'allow-scripts');
		run();
		receive(dw(650), frames[0]!.contentWindow, 'https://maps.example.org');
		expect(frames[0]!.style.height, 'not from the src origin: a sandboxed frame has none').toBeUndefined();
		receive(dw(650), frames[0]!.contentWindow, 'null');
		expect(frames[0]!.style.height).toBe('650px');
	});

	it('greets a frame marked data-story-map-events, relays its events and passes go requests on', () => {
		frames[1]!.setAttribute('data-story-map-events', '');
		run();
		receive(dw(900), frames[0]!.contentWindow, 'https://maps.example.org');
		expect(frames[0]!.contentWindow.posted, 'unmarked frames are not greeted').toHaveLength(1);
		receive(dw(900), frames[1]!.contentWindow, 'https://maps.example.org');
		expect(frames[1]!.contentWindow.posted).toContainEqual({ 'story-map-embed': 'hello' });
		expect(frames[1]!.contentWindow.targets.at(-1)).toBe('https://maps.example.org');

		const chapter = { 'story-map-embed': 'chapter', chapter: 'paris', index: 3 };
		receive(chapter, frames[1]!.contentWindow, 'https://maps.example.org');
		expect(frames[1]!.dispatched).toEqual([{ type: 'story-map:chapter', detail: chapter }]);
		receive(chapter, frames[1]!.contentWindow, 'https://evil.example.net');
		receive(chapter, {}, 'https://maps.example.org');
		expect(frames[1]!.dispatched, 'only from the frame, at its origin').toHaveLength(1);

		frames[1]!.dispatchEvent({ type: 'story-map:go', detail: { chapter: 'tehran' } });
		expect(frames[1]!.contentWindow.posted.at(-1)).toEqual({ 'story-map-embed': 'go', chapter: 'tehran' });
		expect(frames[1]!.contentWindow.targets.at(-1)).toBe('https://maps.example.org');
	});
});
