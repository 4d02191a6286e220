/**
 * Validation and build work grow linearly with the input: for each step that once re-read the input
 * per item (citation lines, feature lines, label collisions, places per chapter…), four times the
 * input must cost about four times the work, not sixteen. Measured in CPU time of this process (not
 * wall time, which other processes on a loaded machine stretch), the best of three runs, after a
 * warm-up; the bound (8×) sits halfway between linear (4×) and quadratic (16×) on a log scale.
 * The corpus's big cases (150,000 citations, 26,000 points) also run the real commands in linear time.
 * SCALING_DEBUG=1 prints the measurements. With the quadratic versions these steps once had (a line
 * found by re-splitting the text before it, labels checked against every placed label) the
 * citation, story, layer, label and drawing tests fail at 8.8–22×.
 */
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkChapterText } from '../../src/lib/content/chapter-text';
import { loadStory } from '../../src/lib/content/load-story';
import { rawTextProblems, stringProblems } from '../../src/lib/content/text-rules';
import { IssueList } from '../../src/lib/content/validation-error';
import type { ManifestLayer } from '../../src/lib/geodata/manifest';
import { Collisions, placeLabel } from '../../src/lib/static-map/labels';
import { drawStoryLayers } from '../../src/lib/static-map/story-layers';
import { planDrawing } from '../../src/lib/map/route-plan';
import { validateLayer } from '../../geo/pipeline/validate-layer';
import { layers as fixtureLayers, storyFiles, chapterFile } from '../unit/content/fixtures';

const MAX_GROWTH = 8;

function cpuMs(work: () => unknown): number {
	const start = process.cpuUsage();
	work();
	const { user, system } = process.cpuUsage(start);
	return (user + system) / 1000;
}

/** How much more CPU time the work takes on 4n items than on n (best of three each). */
function growth<T>(make: (n: number) => T, work: (input: T) => unknown, n: number): number {
	work(make(Math.ceil(n / 4))); // warm-up: compile the code paths first
	const best = (input: T) =>
		Math.min(
			cpuMs(() => work(input)),
			cpuMs(() => work(input)),
			cpuMs(() => work(input))
		);
	const small = best(make(n));
	const large = best(make(4 * n));
	if (process.env.SCALING_DEBUG)
		console.log(
			`n=${n}: ${small.toFixed(1)} ms → 4n: ${large.toFixed(1)} ms (${(large / small).toFixed(2)}×)`
		);
	return large / Math.max(small, 0.5);
}

const citationsBody = (n: number) => Array.from({ length: n }, (_, i) => `Claim ${i} [@src-a].`).join('\n');

const pointLayer = (n: number) =>
	JSON.stringify({
		type: 'FeatureCollection',
		features: Array.from({ length: n }, (_, i) => ({
			type: 'Feature',
			id: `p-${i}`,
			geometry: { type: 'Point', coordinates: [10 + (i % 100) / 50, 40 + Math.floor(i / 100) / 500] },
			properties: { name: `Place ${i}`, kind: 'site', certainty: 'established', sources: ['src-a'] }
		}))
	});

function manifestLayer(n: number): ManifestLayer {
	const base = fixtureLayers()[0]!;
	return {
		...base,
		features: Array.from({ length: n }, (_, i) => ({
			...base.features[0]!,
			id: `p-${i}`,
			properties: { ...base.features[0]!.properties, name: `Place ${i}` }
		}))
	};
}

describe('work grows linearly with the input', { timeout: 120_000 }, () => {
	it('citations and their lines in a chapter (one parse, one line index)', () => {
		expect(growth(citationsBody, (body) => checkChapterText(body), 10_000)).toBeLessThan(MAX_GROWTH);
	});

	it('a whole story whose chapter cites n times and whose layer has n places listed by the chapter', () => {
		const make = (n: number) => {
			const layer = manifestLayer(n);
			const places = layer.features.map((f) => f.id).join(', ');
			const chapter = chapterFile(
				'alpha',
				`title: Alpha\ndescription: d.\ncamera: { center: [10, 45], zoom: 5 }\nlayers: [cities]\nplaces: [${places}]`,
				citationsBody(n)
			);
			return { files: storyFiles({ chapters: [chapter], order: ['alpha'] }), layers: [layer] };
		};
		expect(growth(make, ({ files, layers }) => loadStory(files, layers), 2_000)).toBeLessThan(MAX_GROWTH);
	});

	it('a layer of n points validated, each error pointed at its line', () => {
		const work = (text: string) =>
			validateLayer(text, 'layers/p.geojson', [-12, 22, 66, 60], new IssueList());
		expect(growth(pointLayer, work, 5_000)).toBeLessThan(MAX_GROWTH);
	});

	it('control characters looked for in n strings and n lines', () => {
		const make = (n: number) =>
			Array.from({ length: n }, (_, i) => ({ name: `Place ${i}`, note: 'x\u202e' }));
		expect(growth(make, (data) => stringProblems(data, Infinity), 40_000)).toBeLessThan(MAX_GROWTH);
		const text = (n: number) => Array.from({ length: n }, (_, i) => `line ${i}\u001b`).join('\n');
		expect(growth(text, (t) => rawTextProblems(t, Infinity), 100_000)).toBeLessThan(MAX_GROWTH);
	});

	it('n labels placed on a static map (each checked against its neighbours only)', () => {
		const make = (n: number) =>
			Array.from({ length: n }, (_, i) => ({
				lines: [{ text: `Place ${i}`, size: 13 }],
				// A grid with room for every label: each is placed, and each placed label is one more a
				// naive check would compare the next ones with.
				x: (i % 200) * 90,
				y: Math.floor(i / 200) * 40,
				offset: 12,
				anchors: ['left', 'right', 'top', 'bottom'] as const,
				className: 's'
			}));
		const work = (labels: ReturnType<typeof make>) => {
			const collisions = new Collisions();
			for (const label of labels) placeLabel({ ...label, anchors: [...label.anchors] }, collisions);
		};
		expect(growth(make, work, 3_000)).toBeLessThan(MAX_GROWTH);
	});

	it('n points drawn on a static map', () => {
		const make = (n: number) => [
			{
				id: 'cities',
				color: '#aa0000',
				features: JSON.parse(pointLayer(n)).features as Feature[]
			}
		];
		const work = (layers: ReturnType<typeof make>) =>
			drawStoryLayers(
				layers,
				{ layers: ['cities'], highlight: [] },
				{
					zoom: 5,
					path: () => '',
					project: (lon, lat) => [lon * 100, lat * 100],
					clip: [0, 0, 5000, 5000],
					labels: {}
				}
			);
		expect(growth(make, work, 5_000)).toBeLessThan(MAX_GROWTH);
	});

	it('a self-drawing line of n positions with n points of its layer on it', () => {
		const make = (n: number) => {
			const coordinates = Array.from({ length: n }, (_, i) => [44 + i * 0.01, 33 + Math.sin(i / 20) * 0.05]);
			return { coordinates, points: coordinates.map((c, i) => ({ id: `p${i}`, coordinates: c })) };
		};
		const work = ({ coordinates, points }: ReturnType<typeof make>) =>
			planDrawing({ feature: 'route', layer: 'advance', coordinates, points });
		expect(growth(make, work, 300)).toBeLessThan(MAX_GROWTH);
	});

	it('the line of each of n problems in a YAML file of n entries', () => {
		const make = (n: number) =>
			storyFiles({
				sources: Array.from({ length: n }, (_, i) => `source-${i}:\n  title: Missing its publisher\n`).join(
					''
				)
			});
		const work = (files: ReturnType<typeof make>) => {
			try {
				loadStory(files, fixtureLayers());
			} catch {
				// n problems, each with its line: what is measured
			}
		};
		expect(growth(make, work, 2_000)).toBeLessThan(MAX_GROWTH);
	});
});
