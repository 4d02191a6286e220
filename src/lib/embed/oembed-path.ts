/** Where an embed's oEmbed JSON is (pages link to it); apart from oembed.ts so pages need no more. */
import type { EmbedTarget } from './snippet';

export function oembedPath(target: EmbedTarget): string {
	return target.kind === 'story' ? '/oembed/story.json' : `/oembed/chapters/${target.id}.json`;
}
