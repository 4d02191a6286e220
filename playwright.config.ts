import { existsSync } from 'node:fs';
import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './scripts/chromium';
import {
	EXAMPLE_ORIGIN,
	EXAMPLE_PORT,
	HOST_PORT,
	SITE_ORIGIN,
	SITE_PORT as PORT
} from './tests/e2e/host/origins';
import type { StoryChoice } from './tests/e2e/story-under-test';

// E2E_PORT (the site), E2E_HOST_PORT (the page that embeds it, on another origin) and
// E2E_EXAMPLE_PORT (the example story) let several checkouts run their browser tests side by side.

// Debian's chromium (scripts/chromium.ts). WebGL runs through SwiftShader, slowly, so tests run one
// at a time.
const chromium = CHROMIUM_LAUNCH_OPTIONS;
const desktop = {
	...devices['Desktop Chrome'],
	viewport: { width: 1280, height: 800 },
	launchOptions: chromium
};

/**
 * The engine's checks (tests tagged @engine) also run on the story's other editions and on the
 * example story, which `npm run build:example` builds into build-example/ (npm test does). Without
 * that build, a local run skips the example; CI must not.
 */
const EXAMPLE = { folder: 'examples/suez-canal', build: 'build-example' };
const exampleBuilt = existsSync(`${EXAMPLE.build}/index.html`);
if (!exampleBuilt) {
	const message = `${EXAMPLE.build}/ is missing: run \`npm run build:example\` to test the example story too`;
	if (process.env.CI) throw new Error(message);
	console.warn(`${message} (skipped)`);
}

type Servers = NonNullable<PlaywrightTestConfig['webServer']>;
const servers: Servers = [
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
	},
	...(exampleBuilt
		? [
				{
					command: `node scripts/serve.js ${EXAMPLE.build} --port ${EXAMPLE_PORT}`,
					port: EXAMPLE_PORT,
					reuseExistingServer: false,
					timeout: 30_000
				}
			]
		: [])
];

const persian: StoryChoice = { folder: '', edition: 'fa' };
const example: StoryChoice = { folder: EXAMPLE.folder, edition: '' };

export default defineConfig<object, { storyChoice: StoryChoice }>({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	timeout: 90_000,
	expect: { timeout: 30_000 },
	workers: 1,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	webServer: servers,
	use: {
		baseURL: SITE_ORIGIN,
		launchOptions: chromium,
		trace: 'retain-on-failure'
	},
	projects: [
		{
			// This story in its own language: every test.
			name: 'desktop',
			testIgnore: '**/*.phone.e2e.ts',
			use: desktop
		},
		{
			name: 'phone',
			testMatch: '**/*.phone.e2e.ts',
			use: { ...devices['Pixel 7'], browserName: 'chromium', launchOptions: chromium }
		},
		{
			// The Persian edition: the engine's checks and the edition's own (right to left, its digits).
			name: 'fa',
			testIgnore: '**/*.phone.e2e.ts',
			grep: /@engine|@edition/,
			grepInvert: /@per-story/,
			use: { ...desktop, storyChoice: persian }
		},
		...(exampleBuilt
			? [
					{
						// Another story on the same engine, with no code of its own.
						name: 'example',
						testIgnore: '**/*.phone.e2e.ts',
						grep: /@engine/,
						use: { ...desktop, baseURL: EXAMPLE_ORIGIN, storyChoice: example }
					}
				]
			: [])
	]
});
