import { describe, expect, it } from 'vitest';
import {
	ampCode,
	embedCode,
	embedId,
	embedUrl,
	iframeHtml,
	INITIAL_HEIGHT
} from '../../../src/lib/share/snippet';

const siteUrl = 'https://example.org/story';

/** Parses the iframe's attributes back out of the snippet (no DOM in Node). */
function attributes(html: string): Map<string, string> {
	const tag = /<iframe ([^>]*)><\/iframe>/.exec(html)![1]!;
	return new Map([...tag.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map((m) => [m[1]!, m[2] ?? '']));
}

describe('embedUrl', () => {
	it('points at the story or a chapter, with the flags in canonical form', () => {
		expect(embedUrl(siteUrl, { kind: 'story' })).toBe('https://example.org/story/embed/');
		expect(embedUrl(siteUrl, { kind: 'chapter', id: 'tehran' }, { dark: 'dark', plain: true })).toBe(
			'https://example.org/story/embed/tehran/?plain=true&dark=true'
		);
	});

	it('stays in the edition it was made for', () => {
		expect(embedUrl(siteUrl, { kind: 'chapter', id: 'tehran' }, {}, 'fa')).toBe(
			'https://example.org/story/fa/embed/tehran/'
		);
	});

	it('gives each embed a stable id', () => {
		expect(embedId({ kind: 'story' })).toBe('story');
		expect(embedId({ kind: 'chapter', id: 'tehran' })).toBe('chapter-tehran');
	});
});

describe('iframeHtml', () => {
	it('has the attributes a well-behaved embed needs', () => {
		const attrs = attributes(
			iframeHtml({ siteUrl, target: { kind: 'chapter', id: 'paris' }, title: 'Map: Paris' })
		);
		expect(attrs.get('src')).toBe('https://example.org/story/embed/paris/');
		expect(attrs.get('title')).toBe('Map: Paris');
		expect(attrs.get('loading')).toBe('lazy');
		expect(attrs.get('referrerpolicy')).toBe('no-referrer');
		expect(attrs.get('allow')).toBe('fullscreen');
		expect(attrs.get('height')).toBe(String(INITIAL_HEIGHT.chapter));
		expect(attrs.has('data-story-map-embed')).toBe(true);
		expect(attrs.get('style')).toContain('width: 100%');
	});

	it('takes the width of its column, even where a CMS drops the style', () => {
		const attrs = attributes(iframeHtml({ siteUrl, target: { kind: 'story' }, title: 'S' }));
		// WordPress keeps width, height and frameborder of an oEmbed iframe, and drops style.
		expect(attrs.get('width')).toBe('100%');
		expect(attrs.get('frameborder')).toBe('0');
		// min-width: 100% would beat a theme's max-width and spill out of the text column.
		expect(attrs.get('style')).not.toContain('min-width');
	});

	it('marks a whole-story frame that should follow the host page’s scroll, and only that', () => {
		const story = attributes(
			iframeHtml({ siteUrl, target: { kind: 'story' }, title: 'S', followScroll: true })
		);
		expect(story.get('data-story-map-embed')).toBe('scroll');
		const chapter = {
			siteUrl,
			target: { kind: 'chapter', id: 'paris' } as const,
			title: 'P',
			followScroll: true
		};
		expect(attributes(iframeHtml(chapter)).get('data-story-map-embed')).toBe('');
	});

	it('escapes the title and the URL', () => {
		const html = iframeHtml({
			siteUrl: 'https://example.org/a"b',
			target: { kind: 'story' },
			title: 'Map: "quotes" & <tags>'
		});
		expect(html).toContain('title="Map: &#34;quotes&#34; &#38; &#60;tags&#62;"');
		expect(html).toContain('src="https://example.org/a&#34;b/embed/"');
		expect(html.match(/"/g)!.length % 2).toBe(0);
	});
});

describe('embedCode', () => {
	it('is the iframe followed by the parent script from the same site', () => {
		const code = embedCode({ siteUrl, target: { kind: 'story' }, title: 'Story map' });
		expect(code.split('\n')).toEqual([
			expect.stringMatching(/^<div class="story-map-embed"><iframe .*><\/iframe><\/div>$/),
			'<script async src="https://example.org/story/embed.js"></script>'
		]);
	});

	it('leaves a link to the map where a CMS strips the iframe and the script', () => {
		const code = embedCode({ siteUrl, target: { kind: 'chapter', id: 'paris' }, title: 'Map: Paris' });
		// As WordPress's kses does for an Author: disallowed tags go, their content and links stay.
		const stripped = code.replace(/<\/?(iframe|script)\b[^>]*>/g, '');
		expect(stripped).toBe(
			'<div class="story-map-embed"><a href="https://example.org/story/chapter/paris/">Map: Paris</a></div>\n'
		);
	});
});

describe('ampCode', () => {
	it('is a resizable amp-iframe with an overflow element', () => {
		const code = ampCode({ siteUrl, target: { kind: 'chapter', id: 'paris' }, title: 'Map: Paris' });
		expect(code).toMatch(/^<amp-iframe src="https:\/\/example.org\/story\/embed\/paris\/"/);
		expect(code).toContain(' resizable ');
		expect(code).toContain('sandbox="allow-scripts allow-same-origin allow-popups"');
		expect(code).toContain('<button overflow type="button">');
	});
});
