import { describe, expect, it } from 'vitest';
import { clsOf } from '../../../bench/lib/measure';
import { classify, modulepreloads, sumBytes, type RequestRecord } from '../../../bench/lib/network';
import { attributeProfile, scriptOwners, type CpuProfile } from '../../../bench/lib/profile';
import { summarize } from '../../../bench/lib/stats';

const shift = (time: number, value: number, hadRecentInput = false) => ({
	time,
	value,
	hadRecentInput,
	sources: []
});

describe('clsOf', () => {
	it('is the worst session window: shifts less than 1 s apart, at most 5 s long', () => {
		expect(clsOf([shift(0, 0.01), shift(500, 0.02), shift(3000, 0.025)])).toBeCloseTo(0.03);
		const steady = Array.from({ length: 12 }, (_, i) => shift(i * 900, 0.01));
		expect(clsOf(steady)).toBeCloseTo(0.06);
	});

	it('leaves out shifts right after input, and is 0 without shifts', () => {
		expect(clsOf([shift(0, 0.5, true), shift(100, 0.001)])).toBeCloseTo(0.001);
		expect(clsOf([])).toBe(0);
	});
});

describe('attributeProfile', () => {
	const origin = 'http://127.0.0.1:4180';
	const owners = scriptOwners(['/assets/maplibre-gl.abc.mjs'], origin);
	const node = (id: number, functionName: string, url: string, children: number[] = []) => ({
		id,
		callFrame: { functionName, url, lineNumber: 0, columnNumber: 0 },
		children
	});
	const profile: CpuProfile = {
		nodes: [
			node(1, '(root)', '', [2, 3, 5, 6]),
			node(2, 'onScroll', `${origin}/_app/immutable/nodes/2.js`, [4]),
			node(3, 'render', `${origin}/assets/maplibre-gl.abc.mjs`),
			node(4, 'getBoundingClientRect', ''),
			node(5, '(idle)', ''),
			node(6, '(program)', '')
		],
		startTime: 0,
		endTime: 0,
		// Each sample lasts until the next one: 1 ms apart.
		samples: [4, 4, 3, 5, 5, 6, 2],
		timeDeltas: [0, 1000, 1000, 1000, 1000, 1000, 1000]
	};

	it('charges native calls to the script that made them, and leaves idle out', () => {
		expect(attributeProfile(profile, owners)).toEqual({ ours: 2, maplibre: 1, bench: 0, other: 1 });
	});
});

describe('bytes', () => {
	const classifier = {
		maplibreChunk: '/_app/immutable/assets/maplibre-gl.x.mjs',
		mapFloorAssets: '/__bench/maplibre/_app/immutable/'
	};
	const at = (path: string, type = 'script') => classify(`http://h${path}`, type, classifier);

	it('sorts requests into the kinds the budgets count', () => {
		expect(at('/', 'document')).toBe('html');
		expect(at('/_app/immutable/assets/maplibre-gl.x.mjs')).toBe('maplibreJs');
		expect(at('/_app/immutable/assets/maplibre-gl-worker.y.mjs')).toBe('maplibreWorker');
		expect(at('/_app/immutable/chunks/a.js')).toBe('ourJs');
		expect(at('/__bench/maplibre/_app/immutable/index.js')).toBe('maplibreJs');
		expect(at('/basemap/world/1/0/0.pbf', 'fetch')).toBe('basemap');
		expect(at('/data/paris.geojson?v=1', 'fetch')).toBe('storyData');
		expect(at('/_app/immutable/assets/v.woff2', 'font')).toBe('fonts');
	});

	it('reads a page’s initial module graph from its modulepreload links', () => {
		const html = '<link href="./_app/a.js" rel="modulepreload"><link rel="preload" href="./f.woff2">';
		expect([...modulepreloads(html, 'http://h/embed/x')]).toEqual(['http://h/embed/_app/a.js']);
	});

	it('sums gzip sizes by kind, our initial scripts and the framework’s apart', () => {
		const record = (
			kind: RequestRecord['kind'],
			gzip: number,
			initial = false,
			framework = false
		): RequestRecord => ({
			url: 'http://h/x',
			kind,
			start: 0,
			duration: 0,
			bytes: gzip + 200,
			body: gzip - 10,
			gzip,
			initial,
			framework,
			failed: false
		});
		const bytes = sumBytes([
			record('ourJs', 1000, true),
			record('ourJs', 700, true, true),
			record('ourJs', 500),
			record('basemap', 300)
		]);
		expect(bytes).toMatchObject({
			total: 2500,
			ourJs: 2200,
			initialJs: 1700,
			initialFramework: 700,
			basemap: 300,
			wire: 3300
		});
	});
});

describe('summarize', () => {
	it('gives the median with the range, skipping missing values', () => {
		expect(summarize([3, null, 1, 2, undefined])).toEqual({ median: 2, min: 1, max: 3, n: 3 });
		expect(summarize([4, 1, 3, 2])).toMatchObject({ median: 2.5 });
		expect(summarize([])).toBeNull();
	});
});
