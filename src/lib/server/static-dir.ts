/**
 * The folder of static files the site is built from: static/, or the staged copy that
 * scripts/build.ts names in BUILD_STATIC_DIR while it builds (svelte.config.js reads the same
 * variable), so a build reads the geodata it has just staged and never the one being replaced.
 * Build time only.
 */
import { resolve } from 'node:path';

export function staticDir(root = process.cwd(), env = process.env.BUILD_STATIC_DIR): string {
	return resolve(root, env || 'static');
}
