/** A small valid story in memory, and layers as the manifest describes them, for loader tests. */
import type { StoryFiles } from '../../../src/lib/content/load-story';
import type { ManifestLayer } from '../../../src/lib/geodata/manifest';

export function chapterFile(
	id: string,
	frontMatter: string,
	body = `Text about ${id} [@src-a].`
): StoryFiles['chapters'][number] {
	return { path: `content/chapters/${id}.md`, text: `---\nid: ${id}\n${frontMatter}\n---\n\n${body}\n` };
}

const DEFAULT_CHAPTERS = {
	alpha:
		'title: Alpha\ncamera: { center: [10, 45], zoom: 5 }\nlayers: [cities]\nhighlight: [rome]\ndescription: A map of cities.',
	beta: 'title: Beta\ncamera: { fit: cities }\nlayers: [cities, route]\ndescription: A map of a route.'
};

export function storyFiles(
	options: { chapters?: StoryFiles['chapters']; order?: string[]; sources?: string; story?: string } = {}
): StoryFiles {
	const chapters =
		options.chapters ?? Object.entries(DEFAULT_CHAPTERS).map(([id, fm]) => chapterFile(id, fm));
	const order = options.order ?? ['alpha', 'beta'];
	return {
		story: {
			path: 'content/story.yaml',
			text:
				options.story ??
				`title: Test story\ndescription: A test.\nupdated: '2026-01-01'\nchapters: [${order.join(', ')}]\n`
		},
		sources: {
			path: 'content/sources.yaml',
			text:
				options.sources ??
				'src-a:\n  title: Source A\n  publisher: Pub A\n  url: https://example.org/a\nsrc-b:\n  title: Source B\n  publisher: Pub B\n  affiliation: iran-state\n'
		},
		chapters
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
