import { editionEntries, storyPage } from '$lib/server/pages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = editionEntries;

export const load: PageServerLoad = ({ params }) => storyPage(params.edition);
