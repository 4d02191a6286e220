import { describe, expect, it } from 'vitest';
import {
	chapterLinkPath,
	embedPath,
	embedQueryPath,
	oembedPath,
	parentScriptPath,
	storyPath
} from '../../src/lib/site-paths';

// What a host that only serves files and a folder's index.html needs: every page path ends with a
// slash (its file is <path>index.html), every other path names a file with its extension.
describe('site paths', () => {
	it('name pages with their trailing slash', () => {
		expect(storyPath()).toBe('/');
		expect(chapterLinkPath('tehran')).toBe('/chapter/tehran/');
		expect(embedPath({ kind: 'story' })).toBe('/embed/');
		expect(embedPath({ kind: 'chapter', id: 'tehran' })).toBe('/embed/tehran/');
		expect(embedQueryPath('tehran')).toBe('/embed/?chapter=tehran');
	});

	it('name files by their extension, never .mjs', () => {
		expect(parentScriptPath()).toBe('/embed.js');
		expect(oembedPath({ kind: 'story' })).toBe('/oembed/story.json');
		expect(oembedPath({ kind: 'chapter', id: 'paris' })).toBe('/oembed/chapters/paris.json');
	});
});
