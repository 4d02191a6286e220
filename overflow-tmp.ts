import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './scripts/chromium';
const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
const rule = process.argv[2] ?? 'body{overflow-wrap:anywhere}';
for (const path of ['/', '/embed/paris', '/embed']) {
	for (const width of [360, 1280]) {
		const snap = async (css?: string) => {
			const page = await browser.newPage({ viewport: { width, height: 740 }, isMobile: width === 360, hasTouch: width === 360 });
			await page.route('**/*.{pbf,geojson}', (r) => r.abort()); // no map: layout only
			await page.goto(`http://127.0.0.1:4473${path}`);
			if (css) await page.addStyleTag({ content: css });
			await page.waitForTimeout(1500);
			const rects = await page.evaluate(() => {
				const out: Record<string, string> = {};
				let i = 0;
				for (const el of document.querySelectorAll('body *')) {
					const r = el.getBoundingClientRect();
					out[`${i++} ${el.tagName}.${el.className}`] = [r.x, r.y, r.width, r.height].map(Math.round).join(',');
				}
				return { out, sw: document.documentElement.scrollWidth };
			});
			await page.close();
			return rects;
		};
		const a = await snap();
		const b = await snap(rule);
		const diffs = Object.keys(a.out).filter((k) => a.out[k] !== b.out[k]);
		console.log(path, width, 'scrollWidth', a.sw, '→', b.sw, 'changed boxes:', diffs.length, diffs.slice(0, 6).map((k) => `${k.slice(0, 60)} ${a.out[k]} → ${b.out[k]}`).join(' | '));
	}
}
await browser.close();
