/** What one run of the bench records, per scenario and page. */
import type { ChapterChange, LoadResult, ScrollResult } from './measure';
import type { Bytes, RequestRecord } from './network';
import type { Protocol, Served } from './server';

/**
 * The pages: the story and a chapter embed, each with its floors built in the same run (the same
 * HTML without scripts; bare MapLibre at the same size and camera), the minimal text page, and, for
 * the heap budget only, the story with MapLibre blocked (the page alone) and a blank page.
 */
export type PageName =
	| 'story'
	| 'storyText'
	| 'minimal'
	| 'storyMap'
	| 'embed'
	| 'embedText'
	| 'embedMap'
	| 'storyAlone'
	| 'blank';

/**
 * cpu: loopback, no throttling: what this machine's CPU (and software WebGL) allows.
 * slow4g: the network of a mid-range phone on a poor mobile link, cold cache.
 * repeat: the page loaded a second time in the same browser, its HTTP cache warm.
 */
export type ScenarioKind = 'cpu' | 'slow4g' | 'repeat';
export type ScenarioId = `${ScenarioKind}-${Protocol}`;

export interface PageRun {
	url: string;
	load: LoadResult;
	/** Requests started before the first view was done (the map ready, or the text settled). */
	firstLoad: RequestRecord[];
	bytes: Bytes;
	requests: number;
	/** Region-detail basemap tiles among them (the overview must not need any). */
	regionTiles: number;
	/** The repeat visit: every request that reached the server (the rest came from the cache). */
	revisit?: Served[];
	/** JS heap in use after GC (the story and its floor: after the full traverse). */
	heap?: number;
	chapters?: ChapterChange[];
	scroll?: ScrollResult;
	errors: string[];
}

export type ScenarioPages = Partial<Record<PageName, PageRun>>;

export interface RunRecord {
	index: number;
	warmup: boolean;
	loadavg: number[];
	scenarios: Partial<Record<ScenarioId, ScenarioPages>>;
}
