/** Where an embed's oEmbed JSON is (pages link to it); apart from oembed.ts so pages need no more. */
import type { EmbedTarget } from './snippet';

/** Site-relative path of an embed's oEmbed JSON, with a leading slash (an edition's under its prefix). */
export function oembedPath(target: EmbedTarget, editionPrefix = ''): string {
	const edition = editionPrefix ? `/${editionPrefix}` : '';
	return target.kind === 'story'
		? `${edition}/oembed/story.json`
		: `${edition}/oembed/chapters/${target.id}.json`;
}
