/** The page's ReaderState, given by the shell (story page, embed) to every component inside it. */
import { createContext } from 'svelte';
import type { ReaderState } from './reader-state.svelte';

export const [getReader, setReader] = createContext<ReaderState>();
