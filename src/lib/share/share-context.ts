/**
 * What the Share / Embed action needs to know about the story, given by the story page, so each
 * chapter can offer it without the story components passing it down.
 */
import { createContext } from 'svelte';

export interface ShareContext {
	storyTitle: string;
	/** The edition the page shows ('' for the story's own language): shared links stay in it. */
	editionPrefix: string;
}

export const [getShareContext, setShareContext, hasShareContext] = createContext<ShareContext>();
