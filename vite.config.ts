import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { mjsAssetsAsJs } from './scripts/vite-js-extension.js';

export default defineConfig({
	plugins: [mjsAssetsAsJs(), sveltekit()],
	build: {
		// The MapLibre chunk is large by nature and loaded on demand; do not warn about it.
		chunkSizeWarningLimit: 1200
	},
	test: {
		include: ['tests/{unit,content,geo}/**/*.test.ts'],
		environment: 'node'
	}
});
