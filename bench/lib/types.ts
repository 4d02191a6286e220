/** What one run of the bench records per page. */
import type { ChapterChange, LoadResult, ScrollResult } from './measure';
import type { Bytes, RequestRecord } from './network';

export type PageName = 'story' | 'storyText' | 'storyMap' | 'embed' | 'embedText' | 'embedMap';

export interface PageRun {
	url: string;
	load: LoadResult;
	/** Requests started before the first view was done (the map ready, or the text settled). */
	firstLoad: RequestRecord[];
	bytes: Bytes;
	requests: number;
	/** Region-detail basemap tiles among them (the overview must not need any). */
	regionTiles: number;
	/** JS heap in use after GC (the story and its floor: after the full traverse). */
	heap?: number;
	chapters?: ChapterChange[];
	scroll?: ScrollResult;
	errors: string[];
}

export interface RunRecord {
	index: number;
	warmup: boolean;
	loadavg: number[];
	pages: Partial<Record<PageName, PageRun>>;
}
