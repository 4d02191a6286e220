import { describe, expect, it } from 'vitest';
import { mainThreadBreakdown, scriptKinds } from '../../../bench/lib/breakdown';
import { scriptOwners } from '../../../bench/lib/profile';
import { checkRevisit, isHashed, mayChange } from '../../../bench/lib/revisit';
import { busyAndBlocking, threadOfMark, topLevelTasks, type TraceEvent } from '../../../bench/lib/trace';

const main = { pid: 1, tid: 1 };
const event = (name: string, ts: number, dur: number, extra: Partial<TraceEvent> = {}): TraceEvent => ({
	name,
	cat: 'disabled-by-default-devtools.timeline',
	ph: 'X',
	ts,
	dur,
	...main,
	...extra
});

describe('main-thread tasks from a trace', () => {
	const events = [
		event('RunTask', 0, 30_000),
		event('RunTask', 10_000, 5_000), // nested: not a task of its own
		event('RunTask', 40_000, 120_000),
		event('RunTask', 200_000, 60_000, { tid: 2 }), // another thread
		event('map:ready', 170_000, 0, { cat: 'blink.user_timing', ph: 'I' })
	];

	it('finds the page’s main thread by its mark, and its top-level tasks only', () => {
		expect(threadOfMark(events, 'map:ready')).toEqual(main);
		expect(topLevelTasks(events, main)).toEqual([
			{ start: 0, duration: 30_000 },
			{ start: 40_000, duration: 120_000 }
		]);
	});

	it('sums busy time inside the window and blocking time over 50 ms per task', () => {
		expect(busyAndBlocking(topLevelTasks(events, main), 20_000, 170_000)).toEqual({
			busy: 130,
			blocking: 70,
			longTasks: 1
		});
	});
});

describe('mainThreadBreakdown', () => {
	const origin = 'http://h';
	const kinds = scriptKinds(
		scriptOwners(['maplibre-gl'], origin),
		['/_app/fw.js'],
		(url) => url === `${origin}/`
	);
	const profileChunk = (samples: { url: string }[], start: number): TraceEvent[] => [
		{
			name: 'Profile',
			cat: 'p',
			ph: 'P',
			ts: start,
			...main,
			id: '0x1',
			args: { data: { startTime: start } }
		},
		{
			name: 'ProfileChunk',
			cat: 'p',
			ph: 'P',
			ts: start,
			...main,
			id: '0x1',
			args: {
				data: {
					cpuProfile: {
						nodes: samples.map((s, i) => ({ id: i + 1, callFrame: { url: s.url } })),
						samples: samples.map((_, i) => i + 1)
					},
					timeDeltas: samples.map(() => 10_000)
				}
			}
		}
	];

	it('sorts self time by activity and splits script time by whose script ran', () => {
		const events = [
			event('RunTask', 0, 100_000),
			event('ParseHTML', 0, 20_000),
			event('FunctionCall', 20_000, 60_000),
			event('Layout', 30_000, 10_000), // a layout forced by script
			event('Paint', 80_000, 10_000),
			event('SVGImage::DataChanged', 90_000, 10_000),
			event('Layout', 92_000, 4_000), // the SVG document's own layout
			...profileChunk(
				[
					{ url: `${origin}/_app/fw.js` },
					{ url: `${origin}/_app/ours.js` },
					{ url: `${origin}/_app/maplibre-gl.x.js` },
					{ url: `${origin}/_app/maplibre-gl.x.js` },
					{ url: `${origin}/_app/ours.js` }
				],
				10_000
			)
		];
		const breakdown = mainThreadBreakdown(events, main, { from: 0, to: 100_000 }, kinds, {
			from: 0,
			to: 25_000
		});
		expect(breakdown['HTML parsing']).toBeCloseTo(20);
		expect(breakdown.layout).toBeCloseTo(10);
		expect(breakdown['paint, compositing, commits']).toBeCloseTo(10);
		expect(breakdown['SVG images (parse, layout, paint)']).toBeCloseTo(10);
		// 50 ms of script: five samples, 10 ms each.
		expect(breakdown['hydration (framework + our components)']).toBeCloseTo(10);
		expect(breakdown['our code, outside hydration']).toBeCloseTo(20);
		expect(breakdown['MapLibre (main thread)']).toBeCloseTo(20);
		expect(Object.values(breakdown).reduce((a, b) => a + b, 0)).toBeCloseTo(100);
	});
});

describe('the repeat visit', () => {
	it('knows hashed files from those that may change', () => {
		expect(isHashed('/_app/immutable/chunks/a.js')).toBe(true);
		expect(isHashed('/fonts/vazirmatn-latin-400.a650d62e37.woff2')).toBe(true);
		expect(isHashed('/maps/wide/paris.svg?v=09e1c1625a')).toBe(true);
		expect(isHashed('/favicon.svg')).toBe(false);
		expect(mayChange('/fa/')).toBe(true);
		expect(mayChange('/data/manifest.json')).toBe(true);
		expect(mayChange('/basemap/world/1/0/0.pbf')).toBe(true);
		expect(mayChange('/favicon.svg')).toBe(false);
	});

	it('flags hashed files sent again and needless revalidations', () => {
		const served = (url: string, status: number) => ({
			url,
			status,
			conditional: status === 304,
			bytes: 0,
			body: 0
		});
		expect(
			checkRevisit([
				served('/', 304),
				served('/_app/immutable/a.js', 200),
				served('/fonts/f.0123456789.woff2', 304),
				served('/favicon.svg', 304)
			])
		).toEqual({
			redownloaded: ['/_app/immutable/a.js'],
			needless: ['/fonts/f.0123456789.woff2 (304)', '/favicon.svg (304)']
		});
	});
});
