/**
 * Vite plugin: a module imported with `?url` whose file ends in `.mjs` (MapLibre's module and its
 * worker, see src/lib/map/load-maplibre.ts) is emitted as `<name>.<hash>.js`. Browsers only run
 * module scripts served with a JavaScript type, and stock servers know `.js` but not `.mjs` (Debian's
 * nginx sends application/octet-stream for it), so no file the build writes needs a MIME rule.
 * The URL still goes through Vite's own asset URL handling (relative paths, SvelteKit's base).
 */
import { readFile } from 'node:fs/promises';
import { basename, relative } from 'node:path';
import { normalizePath } from 'vite';

const MJS_URL = /\.mjs\?url$/;

/** @returns {import('vite').Plugin} */
export function mjsAssetsAsJs() {
	let root = process.cwd();
	return {
		name: 'story:mjs-assets-as-js',
		enforce: 'pre',
		apply: 'build',
		configResolved(config) {
			root = config.root;
		},
		async load(id) {
			if (!MJS_URL.test(id)) return null;
			const file = id.replace(/\?url$/, '');
			const referenceId = this.emitFile({
				type: 'asset',
				name: basename(file).replace(/\.mjs$/, '.js'),
				// As Vite names its own assets: the Vite manifest (and the bench) find it by its source.
				originalFileName: normalizePath(relative(root, file)),
				source: await readFile(file)
			});
			return `export default import.meta.ROLLUP_FILE_URL_${referenceId};`;
		}
	};
}
