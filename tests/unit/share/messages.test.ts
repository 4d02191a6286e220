import { describe, expect, it } from 'vitest';
import {
	asksForHeight,
	heightMessages,
	pymChildId,
	readDatawrapperHeight,
	readHostViewport,
	REQUEST_HEIGHT
} from '../../../src/lib/share/messages';

const report = { height: 811.2, embedId: 'chapter-tehran', src: 'https://example.org/embed/tehran' };

describe('heightMessages', () => {
	it('speaks the Datawrapper, AMP and Medium dialects, with the height rounded up', () => {
		expect(heightMessages(report)).toEqual([
			{ 'datawrapper-height': { 'chapter-tehran': 812 } },
			{ sentinel: 'amp', type: 'embed-size', height: 812 },
			'{"src":"https://example.org/embed/tehran","context":"iframe.resize","height":812}'
		]);
	});

	it('adds the pym.js message only for a pym child id', () => {
		const messages = heightMessages({ ...report, pymId: 'map-1' });
		expect(messages).toHaveLength(4);
		expect(messages[3]).toBe('pymxPYMxmap-1xPYMxheightxPYMx812');
	});

	it('never writes an implausible pym id into a message', () => {
		expect(heightMessages({ ...report, pymId: 'a xPYMx b' })).toHaveLength(3);
	});

	it('the Medium message is JSON that Embedly-style listeners can parse', () => {
		const medium = JSON.parse(heightMessages(report)[2] as string);
		expect(medium).toEqual({ src: report.src, context: 'iframe.resize', height: 812 });
	});
});

describe('pymChildId', () => {
	it('reads the childId pym.js appends to the frame URL', () => {
		expect(pymChildId('?initialWidth=640&childId=example-1')).toBe('example-1');
	});

	it('ignores a missing or hostile childId', () => {
		expect(pymChildId('?initialWidth=640')).toBeUndefined();
		expect(pymChildId('?childId=%3Cimg%20src%3Dx%3E')).toBeUndefined();
		expect(pymChildId(`?childId=${'a'.repeat(65)}`)).toBeUndefined();
	});
});

describe('asksForHeight', () => {
	it('understands our parent script’s request', () => {
		expect(asksForHeight(REQUEST_HEIGHT, undefined)).toBe(true);
		expect(asksForHeight({ ...REQUEST_HEIGHT }, undefined)).toBe(true);
	});

	it('understands pym.js width messages for our child id only', () => {
		expect(asksForHeight('pymxPYMxmap-1xPYMxwidthxPYMx640', 'map-1')).toBe(true);
		expect(asksForHeight('pymxPYMxother xPYMxwidthxPYMx640', 'map-1')).toBe(false);
		expect(asksForHeight('pymxPYMxmap-1xPYMxwidthxPYMx640', undefined)).toBe(false);
		expect(asksForHeight('pymxPYMxmap-1xPYMxnavigateToxPYMxjavascript:alert(1)', 'map-1')).toBe(false);
	});

	it('ignores everything else', () => {
		for (const data of [
			null,
			undefined,
			42,
			'request-height',
			{ 'story-map-embed': 'request-height', extra: 1 },
			{ 'story-map-embed': 'navigate' },
			{ 'datawrapper-height': { a: 1 } },
			['story-map-embed', 'request-height']
		]) {
			expect(asksForHeight(data, 'map-1'), JSON.stringify(data)).toBe(false);
		}
	});
});

describe('readDatawrapperHeight', () => {
	it('reads the height our embeds send', () => {
		expect(readDatawrapperHeight(heightMessages(report)[0])).toBe(812);
	});

	it('refuses other shapes and implausible heights', () => {
		for (const data of [
			null,
			'{"datawrapper-height":{"a":100}}',
			{ 'datawrapper-height': { a: '100' } },
			{ 'datawrapper-height': { a: 100, b: 200 } },
			{ 'datawrapper-height': { a: -5 } },
			{ 'datawrapper-height': { a: Number.NaN } },
			{ 'datawrapper-height': { a: 1e9 } },
			{ 'datawrapper-height': { a: 100 }, other: true },
			{ sentinel: 'amp', type: 'embed-size', height: 100 }
		]) {
			expect(readDatawrapperHeight(data), JSON.stringify(data)).toBeUndefined();
		}
	});
});

describe('readHostViewport', () => {
	it('reads where the frame is on the host page’s screen', () => {
		expect(readHostViewport({ 'story-map-embed': 'viewport', top: -1200.5, height: 800 })).toEqual({
			top: -1200.5,
			height: 800
		});
	});

	it('refuses other shapes and implausible numbers', () => {
		for (const data of [
			null,
			'viewport',
			{ 'story-map-embed': 'viewport', top: 0 },
			{ 'story-map-embed': 'viewport', top: '0', height: 800 },
			{ 'story-map-embed': 'viewport', top: 0, height: 0 },
			{ 'story-map-embed': 'viewport', top: Number.NaN, height: 800 },
			{ 'story-map-embed': 'viewport', top: 0, height: 800, extra: 1 },
			{ 'story-map-embed': 'request-height', top: 0, height: 800 }
		]) {
			expect(readHostViewport(data), JSON.stringify(data)).toBeUndefined();
		}
	});
});
