/** A small valid story in memory, and layers as the manifest describes them, for loader tests. */
import { expect } from 'vitest';
import { loadStory, type StoryFiles } from '../../../src/lib/content/load-story';
import { ValidationError, type ValidationIssue } from '../../../src/lib/content/validation-error';
import type { ManifestLayer } from '../../../src/lib/geodata/manifest';

export function chapterFile(
	id: string,
	frontMatter: string,
	body = `Text about ${id} [@src-a].`
): StoryFiles['chapters'][number] {
	// Every chapter needs a summary; it goes last, so the lines of the other fields stay put.
	const summary = /^summary:/m.test(frontMatter) ? '' : `\nsummary: What ${id} says.`;
	return {
		path: `content/chapters/${id}.md`,
		text: `---\nid: ${id}\n${frontMatter}${summary}\n---\n\n${body}\n`
	};
}

/** story.yaml's sides and source hosts, appended to a test story. */
export const SIDES_AND_HOSTS =
	'sides:\n  iran-state:\n    label: Iranian state source\n    explanation: Run or aligned with the Iranian state.\n' +
	'  mek-ncri:\n    label: MEK/NCRI source\n    explanation: Run by the MEK or the NCRI.\n' +
	'source_hosts:\n  wikis: [wikipedia.org]\n  copies: [wikimili.com]\n';

const DEFAULT_CHAPTERS = {
	alpha:
		'title: Alpha\ncamera: { center: [10, 45], zoom: 5 }\nlayers: [cities]\nhighlight: [rome]\ndescription: A map of cities.',
	beta: 'title: Beta\ncamera: { fit: cities }\nlayers: [cities, route]\ndescription: A map of a route.'
};

export function storyFiles(
	options: {
		chapters?: StoryFiles['chapters'];
		order?: string[];
		sources?: string;
		story?: string;
		corrections?: string;
	} = {}
): StoryFiles {
	const chapters =
		options.chapters ?? Object.entries(DEFAULT_CHAPTERS).map(([id, fm]) => chapterFile(id, fm));
	const order = options.order ?? ['alpha', 'beta'];
	return {
		story: {
			path: 'content/story.yaml',
			text:
				options.story ??
				`title: Test story\ndescription: A test.\nupdated: '2026-01-01'\nchapters: [${order.join(', ')}]\n` +
					SIDES_AND_HOSTS
		},
		sources: {
			path: 'content/sources.yaml',
			text:
				options.sources ??
				"src-a:\n  title: Source A\n  publisher: Pub A\n  date: '2012-09-28'\n  url: https://example.org/a\n  accessed: '2026-01-01'\n" +
					"src-b:\n  description: An item without a headline\n  publisher: Pub B\n  date: none\n  accessed: '2026-01-01'\n  affiliation: iran-state\n"
		},
		chapters,
		...(options.corrections === undefined
			? {}
			: { corrections: { path: 'content/corrections.yaml', text: options.corrections } })
	};
}

export function layers(): ManifestLayer[] {
	const props = (name: string) => ({
		name,
		kind: 'city',
		certainty: 'established' as const,
		sources: ['src-b']
	});
	return [
		{
			id: 'cities',
			title: 'Cities',
			legend: 'Cities',
			color: '#aa0000',
			sourceFile: 'src/content/layers/cities.geojson',
			url: 'data/cities.geojson',
			bbox: [9, 41, 13, 46],
			features: [
				{
					id: 'rome',
					layer: 'cities',
					geometry: 'Point',
					bbox: [12.5, 41.9, 12.5, 41.9],
					properties: props('Rome')
				},
				{
					id: 'milan',
					layer: 'cities',
					geometry: 'Point',
					bbox: [9.2, 45.5, 9.2, 45.5],
					properties: props('Milan')
				}
			]
		},
		{
			id: 'route',
			title: 'Route',
			legend: 'Route',
			color: '#0000aa',
			sourceFile: 'src/content/layers/route.geojson',
			url: 'data/route.geojson',
			bbox: [9.2, 41.9, 12.5, 45.5],
			features: [
				{
					id: 'road',
					layer: 'route',
					geometry: 'LineString',
					bbox: [9.2, 41.9, 12.5, 45.5],
					lengthKm: 411.6,
					properties: props('Road')
				}
			]
		}
	];
}

/** Loads and returns the issues it throws (fails the test if it does not throw). */
export function issuesOf(files: StoryFiles, today = '2026-06-01'): ValidationIssue[] {
	try {
		loadStory(files, layers(), { today });
	} catch (error) {
		expect(error).toBeInstanceOf(ValidationError);
		return (error as ValidationError).issues;
	}
	throw new Error('expected the story to be rejected');
}
