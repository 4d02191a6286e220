/**
 * The authors' live preview (`npm run dev`, scripts/story-preview.js): editing a chapter, a layer
 * or story.yaml updates the open page, and a mistake shows in the page with its file, line and
 * field. The real dev server runs on a throwaway copy of the example story (scripts/dev-session.ts),
 * so no story is touched. How soon an edit shows is measured by `npm run bench:preview`, not here.
 */
import { startDevSession, type DevSession } from '../../scripts/dev-session';
import { expect, test } from './fixtures';
import { loadStoryUnderTest, type StoryUnderTest } from './story-under-test';

const PORT = Number(process.env.E2E_DEV_PORT ?? 4179);
const FOLDER = 'examples/suez-canal';

let session: DevSession;
let example: StoryUnderTest;

// The mistake below makes the dev server answer 500 on purpose.
test.use({ baseURL: `http://localhost:${PORT}`, expectedConsoleErrors: [/status of 500/] });

test.beforeAll(async () => {
	test.setTimeout(120_000);
	example = await loadStoryUnderTest({ folder: FOLDER, edition: '' });
	session = await startDevSession({ storyFolder: FOLDER, port: PORT });
});

test.afterAll(async () => {
	await session?.stop();
});

test('an edit reloads the open page with it; a mistake shows in the page and the terminal', async ({
	page
}) => {
	test.setTimeout(180_000);
	const chapter = example.views[0]!.id;
	const place = example.listedPlace;
	const layer = Object.entries(example.features).find(([, ids]) => ids.includes(place.id))![0];
	await page.goto('/', { timeout: 90_000 });
	await expect(page.locator('h1')).toBeVisible({ timeout: 60_000 });

	await session.edit(`chapters/${chapter}.md`, (text) =>
		text.replace(/^title: .*$/m, 'title: An edited title')
	);
	await expect(page.locator(`#${chapter}-title`)).toHaveText('An edited title', { timeout: 60_000 });

	await session.edit('story.yaml', (text) =>
		text.replace(/^subtitle: .*$/m, 'subtitle: A subtitle from the preview')
	);
	await expect(page.locator('.subtitle')).toHaveText('A subtitle from the preview', { timeout: 60_000 });

	// A place's details stay open across the reload (the URL names the place). The live map's box
	// appears once the page runs: clicks before that would reach a page not yet hydrated.
	await expect(page.getByTestId('story-map')).toBeAttached({ timeout: 60_000 });
	await page.locator(`button[data-place="${place.id}"]`).first().click();
	await expect(page.getByTestId('place-details')).toBeVisible();
	await session.edit(`layers/${layer}.geojson`, (text) =>
		text.replaceAll('"summary": "', '"summary": "EDITED. ')
	);
	await expect(page.getByTestId('place-details')).toContainText('EDITED.', { timeout: 60_000 });

	await session.edit(`chapters/${chapter}.md`, (text) => text.replace(/^title: .*$/m, 'titel: oops'));
	await expect(page.locator('pre')).toContainText(`chapters/${chapter}.md:`, { timeout: 60_000 });
	await expect(page.locator('pre')).toContainText('titel: is not a known field');
	await expect.poll(() => session.output()).toContain('titel: is not a known field');
});
