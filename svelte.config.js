import adapter from '@sveltejs/adapter-static';

// `npm run build` (scripts/build.ts) builds from a staged copy of static/ into a staging folder and
// swaps the result in only when every step has succeeded; these name the staged folders.
const staticDir = process.env.BUILD_STATIC_DIR || 'static';
const outDir = process.env.BUILD_OUT_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		// Svelte 5 runes everywhere in our code; packages decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter({ pages: outDir, assets: outDir, fallback: undefined, strict: true }),
		files: { assets: staticDir },
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
				// data:: in a frame sandboxed without allow-same-origin (WordPress's oEmbed frames) the
				// page's origin is opaque, and MapLibre can then start its worker only from a data: URL
				// of the worker's code (docs/security.md). The header policy keeps it off other pages.
				'worker-src': ['self', 'data:'],
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
