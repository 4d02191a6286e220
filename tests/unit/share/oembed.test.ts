import { describe, expect, it } from 'vitest';
import { oembedPath, oembedResponse } from '../../../src/lib/share/oembed';
import { MISSING_SITE_URL, resolveSiteUrl } from '../../../src/lib/share/site-url';
import { INITIAL_HEIGHT } from '../../../src/lib/share/snippet';
import { ENGINE_STRINGS } from '../../../src/lib/i18n/strings';

const siteUrl = 'https://example.org/story';
const edition = { editionPrefix: '', strings: ENGINE_STRINGS, description: 'What the chapter says.' };

describe('oembedResponse', () => {
	it('is a complete oEmbed 1.0 rich response', () => {
		const response = oembedResponse({
			siteUrl,
			target: { kind: 'chapter', id: 'tehran' },
			storyTitle: 'A history',
			byline: 'The team',
			chapterTitle: 'Founded in Tehran',
			...edition
		});
		expect(response).toMatchObject({
			type: 'rich',
			version: '1.0',
			title: 'Founded in Tehran — A history',
			author_name: 'The team',
			provider_name: 'A history',
			provider_url: 'https://example.org/story/',
			width: 640,
			height: INITIAL_HEIGHT.chapter
		});
		expect(response.html).toContain('src="https://example.org/story/embed/tehran/"');
		expect(response.html).toContain('title="Map: Founded in Tehran (from “A history”)"');
		expect(response.html).toContain('<script async src="https://example.org/story/embed.js"></script>');
		expect(response).toMatchObject({
			thumbnail_url: 'https://example.org/story/og/chapters/tehran.png',
			thumbnail_width: 1200,
			thumbnail_height: 630,
			description: 'What the chapter says.'
		});
	});

	it('is HTML WordPress keeps: a linked quote before the iframe, which has its width as an attribute', () => {
		const { html } = oembedResponse({
			siteUrl,
			target: { kind: 'chapter', id: 'tehran' },
			storyTitle: 'A history',
			chapterTitle: 'Founded in Tehran',
			...edition
		});
		// wp_filter_oembed_result() keeps `(<blockquote>…</blockquote>)?.*(<iframe…></iframe>)` and
		// loads wp-embed.js only when the quote is there.
		expect(html).toMatch(
			/^<blockquote class="wp-embedded-content story-map-embed-fallback"><a href="https:\/\/example.org\/story\/chapter\/tehran\/">Map: Founded in Tehran \(from “A history”\)<\/a><\/blockquote>\n<iframe /
		);
		expect(html).toContain(' width="100%"');
		expect(html).toContain(' frameborder="0"');
		expect(html).toMatch(/<iframe [^>]*><\/iframe>/);
	});

	it('uses only absolute URLs on the site in its html', () => {
		const { html } = oembedResponse({
			siteUrl,
			target: { kind: 'story' },
			storyTitle: 'A history',
			...edition
		});
		const urls = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
		expect(urls.length).toBeGreaterThan(1);
		for (const url of urls) expect(url.startsWith(`${siteUrl}/`), url).toBe(true);
	});

	it('leaves author_name out when there is no byline', () => {
		expect(
			oembedResponse({ siteUrl, target: { kind: 'story' }, storyTitle: 'A', ...edition })
		).not.toHaveProperty('author_name');
	});

	it('has one JSON file per embed', () => {
		expect(oembedPath({ kind: 'story' })).toBe('/oembed/story.json');
		expect(oembedPath({ kind: 'chapter', id: 'paris' })).toBe('/oembed/chapters/paris.json');
	});

	it('keeps an edition’s embeds and words in that edition', () => {
		const response = oembedResponse({
			siteUrl,
			target: { kind: 'chapter', id: 'tehran' },
			storyTitle: 'تاریخ',
			chapterTitle: 'تهران',
			editionPrefix: 'fa',
			description: 'خلاصه',
			strings: { ...ENGINE_STRINGS, 'embed.frameTitle.chapter': 'نقشه: {chapter} (از «{story}»)' }
		});
		expect(response.provider_url).toBe('https://example.org/story/fa/');
		expect(response.html).toContain('src="https://example.org/story/fa/embed/tehran/"');
		expect(response.html).toContain('title="نقشه: تهران (از «تاریخ»)"');
		expect(oembedPath({ kind: 'story' }, 'fa')).toBe('/fa/oembed/story.json');
	});
});

describe('resolveSiteUrl', () => {
	it('has no default: a build without it fails with one sentence saying how to set it', () => {
		expect(() => resolveSiteUrl(undefined)).toThrow(MISSING_SITE_URL);
		expect(() => resolveSiteUrl('  ')).toThrow(MISSING_SITE_URL);
		expect(MISSING_SITE_URL).toMatch(/^PUBLIC_SITE_URL is not set: /);
		expect(MISSING_SITE_URL).toContain('PUBLIC_SITE_URL=https://example.org/story npm run build');
		expect(MISSING_SITE_URL).toContain('npm run build:local');
	});

	it('drops the trailing slash and keeps a base path', () => {
		expect(resolveSiteUrl('https://example.org/story/')).toBe('https://example.org/story');
		expect(resolveSiteUrl('https://example.org')).toBe('https://example.org');
	});

	it('refuses what cannot be a site root', () => {
		for (const bad of [
			'example.org',
			'ftp://example.org',
			'https://example.org/?a=1',
			'https://example.org/#x'
		])
			expect(() => resolveSiteUrl(bad), bad).toThrow(/PUBLIC_SITE_URL/);
	});
});
