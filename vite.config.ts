import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { storyPreview } from './scripts/story-preview.js';
import { mjsAssetsAsJs } from './scripts/vite-js-extension.js';

export default defineConfig(({ isSsrBuild }) => ({
	// mjsAssetsAsJs: MapLibre's module and worker as .js (stock servers give .mjs a wrong type).
	// storyPreview: under `npm run dev`, a change to the story reloads the page (or shows its problems).
	plugins: [mjsAssetsAsJs(), sveltekit(), storyPreview()],
	build: {
		// The MapLibre chunk is large by nature and loaded on demand; do not warn about it.
		chunkSizeWarningLimit: 1200,
		rolldownOptions: isSsrBuild
			? {}
			: {
					output: {
						// Svelte's and SvelteKit's runtime in one chunk of its own, named `framework`: the bench
						// tells it from our code by that name (docs/performance.md, the 10 KB budget).
						codeSplitting: {
							groups: [
								{
									name: 'framework',
									test: /[\\/]node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]/
								}
							]
						}
					}
				}
	},
	test: {
		include: ['tests/{unit,content,geo}/**/*.test.ts'],
		environment: 'node'
	}
}));
