/**
 * `npm run bench:preview`: how soon an author's edit shows in the open page under `npm run dev`
 * (issue 14 asks for about two seconds). For each round, three edits of a copy of the example story
 * (a chapter's title, story.yaml's subtitle, a place's summary in a layer), each timed from the
 * file's write to the new words in the page. Prints each time and the medians.
 *   options: --rounds N (default 5)  --port P (default 4189)
 */
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { loadavg } from 'node:os';
import { CHROMIUM_LAUNCH_OPTIONS } from '../scripts/chromium';
import { startDevSession } from '../scripts/dev-session';

const { values } = parseArgs({ options: { rounds: { type: 'string' }, port: { type: 'string' } } });
const rounds = Number(values.rounds ?? 5);
const FOLDER = 'examples/suez-canal';
const CHAPTER = 'canal-1869';
const PLACE = { id: 'aigle-port-said', layer: 'procession-1869' };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(page: Page, write: () => Promise<void>, shows: () => Promise<void>): Promise<number> {
	const started = performance.now();
	await write();
	await shows();
	return Math.round(performance.now() - started);
}

const session = await startDevSession({ storyFolder: FOLDER, port: Number(values.port ?? 4189) });
const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
const times: Record<'chapter' | 'story' | 'layer', number[]> = { chapter: [], story: [], layer: [] };
try {
	const page = await browser.newPage();
	await page.goto(`${session.origin}/#place=${PLACE.id}`, { timeout: 120_000 });
	await page.getByTestId('place-details').waitFor({ timeout: 120_000 });
	for (let round = 1; round <= rounds; round++) {
		const title = `Edited title ${round}`;
		times.chapter.push(
			await timed(
				page,
				() => session.edit(`chapters/${CHAPTER}.md`, (t) => t.replace(/^title: .*$/m, `title: ${title}`)),
				() => page.locator(`#${CHAPTER}-title`, { hasText: title }).waitFor({ timeout: 60_000 })
			)
		);
		const subtitle = `Edited subtitle ${round}`;
		times.story.push(
			await timed(
				page,
				() => session.edit('story.yaml', (t) => t.replace(/^subtitle: .*$/m, `subtitle: ${subtitle}`)),
				() => page.locator('.subtitle', { hasText: subtitle }).waitFor({ timeout: 60_000 })
			)
		);
		const mark = `EDITED ${round}.`;
		times.layer.push(
			await timed(
				page,
				() =>
					session.edit(`layers/${PLACE.layer}.geojson`, (t) =>
						t.replace(/"summary": "(EDITED \d+\. )?/g, `"summary": "${mark} `)
					),
				() => page.getByTestId('place-details').getByText(mark).first().waitFor({ timeout: 60_000 })
			)
		);
		console.log(
			`round ${round}: chapter ${times.chapter.at(-1)} ms, story.yaml ${times.story.at(-1)} ms, layer ${times.layer.at(-1)} ms`
		);
	}
} finally {
	await browser.close();
	await session.stop();
}
console.log(
	`median of ${rounds}: chapter ${median(times.chapter)} ms, story.yaml ${median(times.story)} ms, layer ${median(times.layer)} ms` +
		` (load average ${loadavg()[0]!.toFixed(1)})`
);
