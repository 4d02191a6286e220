/** The page's PageText, given once by each page and read by any component that writes words. */
import { createContext } from 'svelte';
import type { PageText } from './page-text';

export const [getPageText, setPageText] = createContext<PageText>();
