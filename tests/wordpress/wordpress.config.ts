import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../scripts/chromium';

// `npm run test:wordpress`: the built site embedded in a real WordPress (global-setup.ts), in
// Debian's Chromium, one test at a time (WebGL runs on SwiftShader). See docs/testing.md.
export default defineConfig({
	testDir: '.',
	testMatch: '*.spec.ts',
	outputDir: '../../test-results/wordpress/playwright',
	timeout: 120_000,
	expect: { timeout: 30_000 },
	workers: 1,
	retries: 0,
	forbidOnly: !!process.env.CI,
	globalSetup: './global-setup.ts',
	globalTeardown: './global-teardown.ts',
	reporter: [['list']],
	use: { launchOptions: CHROMIUM_LAUNCH_OPTIONS }
});
