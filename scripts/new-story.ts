/**
 * `npm run new-story <folder>`: writes a minimal story that validates and builds, to start a new
 * one from: a story.yaml, one source, one chapter, one layer with one place. Its one fact and its
 * one coordinate are real (Vienna, from the Natural Earth data the basemap is made of), so that
 * even the starting point follows the rules: every sentence sourced, no invented coordinate.
 * Build it with `STORY_DIR=<folder> npm run build`; see docs/authoring.md.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

/** The files of a new story, by path inside its folder. */
export function newStoryFiles(today: string): Record<string, string> {
	return {
		'story.yaml': `# The story: title, summary and chapter order (docs/authoring.md).
title: A new story
subtitle: Replace this with what the story is about
description: >-
  One sentence for search engines and link previews: what the story tells, where and when.
byline: Your name
lang: en
updated: '${today}'
chapters:
  - introduction
`,
		'sources.yaml': `# Every source the story and its map cite, by id (docs/authoring.md, "Sources").
natural-earth:
  title: Natural Earth populated places (ne_10m_populated_places)
  publisher: Natural Earth
  date: none
  url: https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-populated-places/
  accessed: '${today}'
  note: Public domain. The same data draws the basemap (geo/sources/natural-earth).
`,
		'chapters/introduction.md': `---
id: introduction
title: Where the story begins
summary: Vienna, the capital of Austria, where this example story begins.
year: ${today.slice(0, 4)}
camera: { fit: places, padding: 80, maxZoom: 6 }
layers: [places]
highlight: [vienna]
description: >-
  A map of central Europe with one place marked: Vienna.
---

Vienna is the capital of Austria [@natural-earth]. Replace this paragraph with the first chapter of
your story, and cite a source for every sentence, as this one does (docs/authoring.md).
`,
		'layers.yaml': `# The story's map layers, drawn in this order (first = bottom); one GeoJSON file each in layers/.
# region: where the basemap shows detail (west, south, east, north); it must lie inside the
# basemap's extract (docs/basemap.md).
region: [5, 42, 25, 54]
layers:
  - id: places
    title: Places
    legend: Places in the story
    color: '#9c3d2a'
`,
		'layers/places.geojson': `${JSON.stringify(
			{
				type: 'FeatureCollection',
				features: [
					{
						type: 'Feature',
						id: 'vienna',
						geometry: { type: 'Point', coordinates: [16.36469, 48.20196] },
						properties: {
							name: 'Vienna',
							kind: 'city',
							certainty: 'established',
							location_note: 'Natural Earth’s point for the city (ne_10m_populated_places, Vienna).',
							summary: 'The capital of Austria.',
							sources: ['natural-earth']
						}
					}
				]
			},
			null,
			'\t'
		)}\n`,
		'README.md': `# A new story

Made by \`npm run new-story\`. Run \`STORY_DIR=${'<this folder>'} npm run dev\` for a live preview while you
write, and \`STORY_DIR=<this folder> npm run build && npm run serve\` to build it. How to write chapters,
sources and layers: docs/authoring.md in the engine's repository.
`
	};
}

async function main(): Promise<void> {
	const root = resolve(import.meta.dirname, '..');
	const target = process.argv[2];
	if (!target) {
		console.error('Usage: npm run new-story <folder>   (e.g. npm run new-story stories/my-story)');
		process.exit(2);
	}
	const dir = resolve(root, target);
	if (existsSync(dir) && (await readdir(dir)).length > 0) {
		console.error(`${target} already exists and is not empty: choose a new folder.`);
		process.exit(1);
	}
	const today = new Date().toISOString().slice(0, 10);
	for (const [path, text] of Object.entries(newStoryFiles(today))) {
		await mkdir(join(dir, path, '..'), { recursive: true });
		await writeFile(join(dir, path), text);
	}
	const inside = relative(root, dir);
	const shown = inside.startsWith('..') ? dir : inside;
	console.log(`A new story is in ${shown}/. Next:`);
	console.log(`  STORY_DIR=${shown} npm run dev      live preview while you write`);
	console.log(`  STORY_DIR=${shown} npm run build    the site, in build/`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
