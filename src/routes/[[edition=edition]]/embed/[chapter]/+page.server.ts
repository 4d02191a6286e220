import { chapterEmbedData, chapterEntries } from '$lib/server/pages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = chapterEntries;

/** Only what one chapter needs: its text, its sources, its view and the layers it shows. */
export const load: PageServerLoad = ({ params }) => chapterEmbedData(params.edition, params.chapter);
