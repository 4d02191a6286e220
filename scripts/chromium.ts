/**
 * How every browser run here launches Chromium: Debian's package (Playwright cannot download its
 * own browser on these machines; CHROMIUM_PATH overrides it), headless, with nothing reaching out
 * to the network on its own. WebGL runs through SwiftShader with these flags; never add
 * --disable-software-rasterizer. Used by playwright.config.ts, the benchmark and the screenshots.
 */
export const CHROMIUM_LAUNCH_OPTIONS = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		'--disable-quic'
	]
};
