import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		// Svelte 5 runes everywhere in our code; packages decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// A story without fonts of its own has no /fonts/ files to write: that route, and only that
			// one, may go unseen.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((route) => route !== '/fonts/[file]')) throw new Error(message);
			}
		},
		// Every page's CSS (a few KB) goes into its <head>: the text paints without waiting for a
		// stylesheet request, and the app's scripts are not held back by one (docs/performance.md).
		inlineStyleThreshold: Infinity,
		// A strict Content-Security-Policy, delivered as a <meta> tag on every prerendered page, with
		// hashes for SvelteKit's inline scripts. Everything comes from the site itself; nothing is
		// evaluated from strings. See docs/security.md for the header version (frame-ancestors etc.).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte renders some element styles (positions, colours) as style attributes.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['none']
			}
		},
		typescript: {
			// Type-check the geo pipeline, scripts and tool configs with the app.
			config: (config) => {
				config.include.push(
					'../geo/**/*.ts',
					'../scripts/**/*.ts',
					'../bench/**/*.ts',
					'../playwright.config.ts'
				);
			}
		}
	}
};

export default config;
