import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './scripts/chromium';
import { HOST_PORT, SITE_ORIGIN, SITE_PORT as PORT } from './tests/e2e/host/origins';

// E2E_PORT (the site) and E2E_HOST_PORT (the page that embeds it, on another origin) let several
// checkouts run their browser tests side by side.

// Debian's chromium (scripts/chromium.ts). WebGL runs through SwiftShader, slowly, so tests run one
// at a time.
const chromium = CHROMIUM_LAUNCH_OPTIONS;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	timeout: 90_000,
	expect: { timeout: 30_000 },
	workers: 1,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	webServer: [
		{
			command: `node scripts/serve.js build --port ${PORT}`,
			port: PORT,
			// A fresh server per run, on the ports of this checkout.
			reuseExistingServer: false,
			timeout: 30_000
		},
		{
			// A newspaper's page embedding the story, written from our snippet generator (embed.e2e.ts).
			command: `npx tsx tests/e2e/host/build-host.ts --site ${SITE_ORIGIN} --out tests/e2e/host/generated && node scripts/serve.js tests/e2e/host/generated --port ${HOST_PORT} --plain`,
			port: HOST_PORT,
			reuseExistingServer: false,
			timeout: 30_000
		}
	],
	use: {
		baseURL: SITE_ORIGIN,
		launchOptions: chromium,
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'desktop',
			testIgnore: '**/*.phone.e2e.ts',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions: chromium }
		},
		{
			name: 'phone',
			testMatch: '**/*.phone.e2e.ts',
			use: { ...devices['Pixel 7'], browserName: 'chromium', launchOptions: chromium }
		}
	]
});
