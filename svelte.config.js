import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		// Svelte 5 runes everywhere in our code; packages decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		typescript: {
			// Type-check the geo pipeline, scripts and tool configs with the app.
			config: (config) => {
				config.include.push('../geo/**/*.ts', '../scripts/**/*.ts', '../playwright.config.ts');
			}
		}
	}
};

export default config;
