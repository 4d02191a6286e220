/**
 * `npm run test:engines`: the story and a chapter embed in two more browser engines, against the
 * built site served by `npm run serve` (scripts/serve.js): Firefox ESR (Debian's firefox-esr, over
 * WebDriver BiDi with puppeteer-core) and WebKitGTK, Safari's engine (Debian's WebKitWebDriver,
 * over classic WebDriver). Both need a display: run under xvfb-run (the npm script does), where
 * WebGL runs on Mesa's llvmpipe. Chromium is covered by the e2e and hosts suites.
 *
 * Each check: the map becomes ready; j and k change the map's chapter and camera; #place=<id>
 * opens the details panel; the chapter embed's map becomes ready; no page error and no CSP
 * violation. Prints a table and ends with "N passed, N failed"; screenshots go to
 * test-results/engines/. Ports: ENGINES_PORT (default 4390) and the next one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer, { type KeyInput } from 'puppeteer-core';
import { embedPath } from '../../src/lib/site-paths';
import { WebDriverSession } from './webdriver';

const PORT = Number(process.env.ENGINES_PORT ?? 4390);
const SITE = `http://localhost:${PORT}`;
const DRIVER = `http://127.0.0.1:${PORT + 1}`;
const OUT = 'test-results/engines';
const CHAPTER = 'advance-1988';
const PLACE = 'chaharzebar-pass';
const TIMEOUT = 90_000;

/** What a check needs from a browser, whichever protocol drives it. */
interface Driver {
	version: string;
	/** Loads a URL afresh (a new document, even if only the hash differs). */
	load(url: string): Promise<void>;
	run<T>(body: string): Promise<T>;
	press(key: string): Promise<void>;
	screenshot(name: string): Promise<void>;
	/** Page errors and CSP violations seen since the last call. */
	takeErrors(): Promise<string[]>;
	close(): Promise<void>;
}

/** Collects errors and CSP violations in the page (installed before its scripts where the driver can). */
const COLLECT_ERRORS = `
	if (!window.__engineErrors) {
		window.__engineErrors = [];
		window.addEventListener('error', (e) => window.__engineErrors.push('error: ' + e.message));
		window.addEventListener('unhandledrejection', (e) => window.__engineErrors.push('rejection: ' + (e.reason && e.reason.message || e.reason)));
		document.addEventListener('securitypolicyviolation', (e) => window.__engineErrors.push('CSP: ' + e.violatedDirective + ' ' + e.blockedURI));
	}`;
const TAKE_ERRORS = 'const e = window.__engineErrors || []; window.__engineErrors = []; return e;';

async function firefox(): Promise<Driver> {
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
		headless: false,
		defaultViewport: { width: 1280, height: 800 },
		extraPrefsFirefox: { 'network.proxy.allow_hijacking_localhost': false }
	});
	const page = await browser.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(`pageerror: ${(error as Error).message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	await page.evaluateOnNewDocument(COLLECT_ERRORS);
	return {
		version: await browser.version(),
		async load(url) {
			await page.goto('about:blank');
			await page.goto(url);
		},
		run: <T>(body: string) => page.evaluate(`(() => { ${body} })()`) as Promise<T>,
		press: (key) => page.keyboard.press(key as KeyInput),
		async screenshot(name) {
			await page.screenshot({ path: join(OUT, `firefox-${name}.png`) });
		},
		async takeErrors() {
			const inPage = (await page.evaluate(`(() => { ${TAKE_ERRORS} })()`)) as string[];
			return [...errors.splice(0), ...inPage];
		},
		close: () => browser.close()
	};
}

async function webkit(): Promise<Driver & { driver: ChildProcess }> {
	const driver = spawn('WebKitWebDriver', [`--port=${PORT + 1}`], { stdio: 'ignore' });
	for (let i = 0; i < 100; i++) {
		try {
			await fetch(`${DRIVER}/status`);
			break;
		} catch {
			await new Promise((done) => setTimeout(done, 100));
		}
	}
	const session = await WebDriverSession.start(DRIVER, { browserName: 'MiniBrowser' });
	await session.run('window.resizeTo(1280, 800)').catch(() => undefined);
	return {
		driver,
		version: `WebKitGTK ${session.browserVersion}`,
		async load(url) {
			await session.goto('about:blank');
			await session.goto(url);
			// Classic WebDriver cannot run a script before the page's own: errors are collected from here on.
			await session.run(COLLECT_ERRORS);
		},
		run: (body) => session.run(body),
		press: (key) => session.press(key),
		async screenshot(name) {
			await writeFile(join(OUT, `webkit-${name}.png`), await session.screenshot());
		},
		takeErrors: () => session.run<string[]>(TAKE_ERRORS),
		async close() {
			await session.close();
			driver.kill();
		}
	};
}

const mapAttribute = (name: string) =>
	`return document.querySelector('[data-testid=story-map]')?.getAttribute('${name}') ?? null;`;

async function waitFor<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
	const deadline = Date.now() + TIMEOUT;
	let value = await read();
	while (!ok(value)) {
		if (Date.now() > deadline)
			throw new Error(`${what}: still ${JSON.stringify(value)} after ${TIMEOUT / 1000} s`);
		await new Promise((done) => setTimeout(done, 250));
		value = await read();
	}
	return value;
}

type Check = [name: string, run: (browser: Driver) => Promise<void>];

const CHECKS: Check[] = [
	[
		'story: map ready',
		async (browser) => {
			await browser.load(`${SITE}/`);
			await waitFor(
				'data-ready',
				() => browser.run<string | null>(mapAttribute('data-ready')),
				(v) => v === 'true'
			);
			await browser.screenshot('story');
		}
	],
	[
		'j / k move the map',
		async (browser) => {
			const state = async () => ({
				chapter: await browser.run<string | null>(mapAttribute('data-chapter')),
				camera: await browser.run<string | null>(mapAttribute('data-camera'))
			});
			const first = await state();
			await browser.press('j');
			const next = await waitFor(
				'after j',
				state,
				(s) => s.chapter !== first.chapter && s.camera !== first.camera
			);
			await browser.screenshot('story-after-j');
			await browser.press('k');
			await waitFor('after k', state, (s) => s.chapter === first.chapter && s.camera !== next.camera);
		}
	],
	[
		'#place= opens details',
		async (browser) => {
			await browser.load(`${SITE}/#place=${PLACE}`);
			await waitFor(
				'details panel',
				() =>
					browser.run<string | null>(
						`return document.querySelector('[data-testid=place-details]')?.getAttribute('data-place') ?? null;`
					),
				(v) => v === PLACE
			);
			await browser.screenshot('place');
		}
	],
	[
		'chapter embed: map ready',
		async (browser) => {
			await browser.load(`${SITE}${embedPath({ kind: 'chapter', id: CHAPTER })}`);
			await waitFor(
				'data-ready',
				() => browser.run<string | null>(mapAttribute('data-ready')),
				(v) => v === 'true'
			);
			await browser.screenshot('embed');
		}
	]
];

async function main(): Promise<void> {
	await mkdir(OUT, { recursive: true });
	const server = spawn('node', ['scripts/serve.js', 'build', '--port', String(PORT)], { stdio: 'ignore' });
	const results: { engine: string; check: string; ok: boolean; why?: string }[] = [];
	try {
		await waitFor(
			'the site server',
			() =>
				fetch(SITE).then(
					(r) => r.ok,
					() => false
				),
			Boolean
		);
		for (const [engine, start] of [
			['Firefox ESR', firefox],
			['WebKitGTK', webkit]
		] as const) {
			const started = Date.now();
			let browser: Driver;
			try {
				browser = await start();
			} catch (error) {
				for (const [check] of CHECKS)
					results.push({ engine, check, ok: false, why: `did not start: ${(error as Error).message}` });
				continue;
			}
			for (const [check, run] of CHECKS) {
				try {
					await run(browser);
					const errors = await browser.takeErrors();
					if (errors.length) throw new Error(errors.join('; '));
					results.push({ engine, check, ok: true });
				} catch (error) {
					results.push({ engine, check, ok: false, why: (error as Error).message.split('\n')[0] });
				}
			}
			console.log(`${engine} (${browser.version}): ${((Date.now() - started) / 1000).toFixed(0)} s`);
			await browser.close().catch(() => undefined);
		}
	} finally {
		server.kill();
	}
	const engines = [...new Set(results.map((r) => r.engine))];
	console.log(`\n| check | ${engines.join(' | ')} |\n| --- | ${engines.map(() => '---').join(' | ')} |`);
	for (const [check] of CHECKS) {
		console.log(
			`| ${check} | ${engines.map((e) => (results.find((r) => r.engine === e && r.check === check)?.ok ? '✅' : '❌')).join(' | ')} |`
		);
	}
	for (const failure of results.filter((r) => !r.ok))
		console.log(`- ${failure.engine}, ${failure.check}: ${failure.why}`);
	const failed = results.filter((r) => !r.ok).length;
	console.log(`\n${results.length - failed} passed, ${failed} failed`);
	process.exitCode = failed ? 1 : 0;
}

await main();
