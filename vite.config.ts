import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// The MapLibre chunk is large by nature and loaded on demand; do not warn about it.
		chunkSizeWarningLimit: 1200
	},
	test: {
		include: ['tests/{unit,content,geo}/**/*.test.ts'],
		environment: 'node'
	}
});
