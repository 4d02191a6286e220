import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { storyPreview } from './scripts/story-preview.js';

export default defineConfig({
	// storyPreview: under `npm run dev`, a change to the story reloads the page (or shows its problems).
	plugins: [sveltekit(), storyPreview()],
	build: {
		// The MapLibre chunk is large by nature and loaded on demand; do not warn about it.
		chunkSizeWarningLimit: 1200
	},
	test: {
		include: ['tests/{unit,content,geo}/**/*.test.ts'],
		environment: 'node'
	}
});
