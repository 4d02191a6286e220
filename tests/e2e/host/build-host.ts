/**
 * Writes the host pages the browser tests embed the story in, from the project's own snippet
 * generator and from the built oEmbed JSON, then they are served from another origin.
 * Usage: tsx tests/e2e/host/build-host.ts --site http://localhost:4173 --out tests/e2e/host/generated
 */
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { frameTitle, oembedPath, type OEmbedRich } from '../../../src/lib/share/oembed';
import { embedCode, embedUrl, escapeHtml, iframeHtml } from '../../../src/lib/share/snippet';
import { loadSite } from '../../../src/lib/server/load-site';
import { loadStoryUnderTest } from '../story-under-test';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({ options: { site: { type: 'string' }, out: { type: 'string' } } });
const siteUrl = values.site!;
const out = values.out!;

const { story, info } = (await loadSite()).editions[0]!;
const { hostChapter } = await loadStoryUnderTest({ folder: '', edition: '' });
const chapter = story.chapters.find((c) => c.id === hostChapter)!;
const template = await readFile(join(here, 'article.html'), 'utf8');
const page = (title: string, embeds: string) =>
	template.replaceAll('{{title}}', escapeHtml(title)).replace('{{embeds}}', embeds);
const block = (html: string) => `<div class="embed-block">\n${html}\n</div>`;

const storySnippet = embedCode({
	siteUrl,
	target: { kind: 'story' },
	title: frameTitle(info.strings, story.meta.title)
});
const chapterSnippet = embedCode({
	siteUrl,
	target: { kind: 'chapter', id: chapter.id },
	title: frameTitle(info.strings, story.meta.title, chapter.title)
});

/**
 * The oEmbed html as a consumer would paste it. It names the site by the PUBLIC_SITE_URL the site
 * was built with; when the tests serve the site elsewhere, that origin is swapped for theirs.
 */
async function oembedHtml(): Promise<string> {
	const file = join('build', oembedPath({ kind: 'chapter', id: chapter.id }));
	const response = JSON.parse(await readFile(file, 'utf8')) as OEmbedRich;
	return response.html.replaceAll(response.provider_url.replace(/\/$/, ''), siteUrl);
}

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await writeFile(
	join(out, 'index.html'),
	page('The story map, embedded', [block(storySnippet), block(chapterSnippet)].join('\n'))
);
await writeFile(
	join(out, 'scroll.html'),
	page(
		'The story follows the page',
		block(
			embedCode({
				siteUrl,
				target: { kind: 'story' },
				title: frameTitle(info.strings, story.meta.title),
				followScroll: true
			})
		)
	)
);
await writeFile(join(out, 'oembed.html'), page('Embedded from oEmbed', block(await oembedHtml())));
await writeFile(
	join(out, 'no-script.html'),
	page(
		'Embedded without the script',
		block(
			iframeHtml({
				siteUrl,
				target: { kind: 'chapter', id: chapter.id },
				title: frameTitle(info.strings, story.meta.title, chapter.title)
			})
		)
	)
);
await copyFile('node_modules/pym.js/dist/pym.v1.min.js', join(out, 'pym.v1.min.js'));
await writeFile(
	join(out, 'pym.html'),
	page(
		'Embedded with pym.js',
		block(
			[
				'<div id="pym-map"></div>',
				'<script src="pym.v1.min.js"></script>',
				`<script>new pym.Parent('pym-map', ${JSON.stringify(embedUrl(siteUrl, { kind: 'chapter', id: chapter.id }))}, { title: ${JSON.stringify(chapter.title)} });</script>`
			].join('\n')
		)
	)
);
console.log(`Host pages for ${siteUrl} written to ${out}`);
