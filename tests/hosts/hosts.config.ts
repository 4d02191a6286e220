import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../scripts/chromium';

// `npm run test:hosts`: the built site on real nginx and Apache servers (global-setup.ts), in
// Debian's Chromium, one test at a time (WebGL runs on SwiftShader). See docs/testing.md.
export default defineConfig({
	testDir: '.',
	testMatch: '*.spec.ts',
	outputDir: '../../test-results/hosts',
	timeout: 120_000,
	expect: { timeout: 30_000 },
	workers: 1,
	retries: 0,
	forbidOnly: !!process.env.CI,
	globalSetup: './global-setup.ts',
	reporter: [['list'], ['./results-table.ts']],
	use: {
		launchOptions: CHROMIUM_LAUNCH_OPTIONS,
		viewport: { width: 1280, height: 800 },
		trace: 'retain-on-failure'
	}
});
