/** Prints the WordPress suite's results table (one row per case, theme and width). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { RESULTS_FILE } from './wordpress';
import type { ResultRow } from './wordpress.spec';

export default function globalTeardown(): void {
	if (!existsSync(RESULTS_FILE)) return;
	const rows = readFileSync(RESULTS_FILE, 'utf8')
		.trim()
		.split('\n')
		.map((line) => JSON.parse(line) as ResultRow);
	const header =
		'| theme | case | role | viewport | frame width / column | map ready | height / content | secret msgs | console errors | story link | result |';
	const lines = [header, '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
	for (const r of rows) {
		const cells = r.frame
			? [
					`${r.frameWidth} / ${r.columnWidth}`,
					r.mapReady ? 'yes' : 'no',
					`${r.frameHeight} / ${r.contentHeight}${r.resized ? '' : ' ✗'}`,
					r.secretMessages === undefined ? '–' : String(r.secretMessages),
					r.ourConsoleErrors.length
						? `${r.ourConsoleErrors.length}: ${r.ourConsoleErrors[0]!.slice(0, 60)}`
						: '0',
					r.link ?? ''
				]
			: [
					'no frame',
					'–',
					'–',
					'–',
					r.ourConsoleErrors.length ? String(r.ourConsoleErrors.length) : '0',
					`shows: “${r.shown}”`
				];
		lines.push(`| ${[r.theme, r.case, r.role, r.width, ...cells, r.pass ? '✅' : '❌'].join(' | ')} |`);
	}
	const table = lines.join('\n');
	writeFileSync('test-results/wordpress/results.md', `${table}\n`);
	console.log(`\n${table}\n`);
}
