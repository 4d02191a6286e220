/** Where an embed's oEmbed JSON is (pages link to it); apart from oembed.ts so pages need no more. */
export { oembedPath } from '../site-paths';
