// The authors' live preview: under `npm run dev`, a change to any file of the story folder
// (chapters, story.yaml, sources, layers) is checked at once; the page reloads with it, or shows the
// problems (file, line, field) in the page and in the terminal. The work itself is in
// story-refresh.ts, loaded through the dev server (so this config-time file stays small).
// A Vite plugin: https://vite.dev/guide/api-plugin#configureserver
import { relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** @returns {import('vite').Plugin} */
export function storyPreview() {
	return {
		name: 'story-preview',
		apply: 'serve',
		configureServer(server) {
			const storyDir = resolve(root, process.env.STORY_DIR || 'src/content');
			server.watcher.add(storyDir);
			let running = Promise.resolve();
			/** @param {string} path */
			const onChange = (path) => {
				if (!resolve(path).startsWith(`${storyDir}/`)) return;
				running = running.then(async () => {
					const started = performance.now();
					const { refreshStory } = await server.ssrLoadModule('/scripts/story-refresh.ts');
					try {
						await refreshStory();
						const ms = Math.round(performance.now() - started);
						server.config.logger.info(`story: ${relative(root, path)} changed, page reloaded (${ms} ms)`, {
							timestamp: true
						});
					} catch (error) {
						// The page shows the same problems: the site's loader throws them to the error page.
						const message = error instanceof Error ? error.message : String(error);
						server.config.logger.error(message, { timestamp: true });
					}
					// The copy of the site SvelteKit renders with reads the story again.
					(await server.ssrLoadModule('/src/lib/server/load-site.ts')).forgetSite();
					(await server.ssrLoadModule('/src/lib/server/static-maps.ts')).forgetStaticMaps();
					server.ws.send({ type: 'full-reload' });
				});
			};
			server.watcher.on('change', onChange);
			server.watcher.on('add', onChange);
			server.watcher.on('unlink', onChange);
		}
	};
}
