/**
 * Every request a page makes (its dedicated workers' included: MapLibre fetches tiles from its
 * worker), with the bytes the bench's server sent for it (0 for an answer from the browser's
 * cache), sorted into the kinds the budgets talk about.
 */
import type { Page, Request } from '@playwright/test';
import type { Served } from './server';

export type ByteKind =
	'html' | 'ourJs' | 'maplibreJs' | 'maplibreWorker' | 'css' | 'fonts' | 'basemap' | 'storyData' | 'other';

export interface RequestRecord {
	url: string;
	kind: ByteKind;
	/** ms since the page's time origin. */
	start: number;
	/** ms from start to the last byte (-1 when unknown). */
	duration: number;
	/** Everything the server sent for it (headers included). */
	bytes: number;
	/** Its body as sent (brotli or gzip, whatever was negotiated). */
	body: number;
	/** Its file's size gzipped (level 9): what the budgets count. 0 when answered from the cache. */
	gzip: number;
	/** Part of the page's initial module graph (modulepreloaded by its HTML), MapLibre excepted. */
	initial: boolean;
	/** One of Svelte's and SvelteKit's runtime chunks. */
	framework: boolean;
	failed: boolean;
}

export interface Classifier {
	/** Path of the site's MapLibre chunk (from the Vite manifest), e.g. "/_app/immutable/chunks/X.js". */
	maplibreChunk: string;
	/** URL prefix of the bare-MapLibre floor's bundle, which is MapLibre plus a few lines. */
	mapFloorAssets: string;
	/** Paths of the chunks that hold Svelte's and SvelteKit's runtime (from the Vite manifest). */
	frameworkChunks?: ReadonlySet<string>;
}

export function classify(url: string, resourceType: string, classifier: Classifier): ByteKind {
	const { pathname } = new URL(url);
	if (resourceType === 'document') return 'html';
	if (pathname.includes('maplibre-gl-worker')) return 'maplibreWorker';
	if (/\.m?js$/.test(pathname)) {
		if (pathname === classifier.maplibreChunk || pathname.startsWith(classifier.mapFloorAssets))
			return 'maplibreJs';
		return 'ourJs';
	}
	if (pathname.endsWith('.css')) return 'css';
	if (/\.(woff2?|ttf|otf)$/.test(pathname)) return 'fonts';
	if (pathname.startsWith('/basemap/')) return 'basemap';
	if (pathname.startsWith('/data/') || pathname.endsWith('__data.json')) return 'storyData';
	return 'other';
}

export class NetworkLog {
	readonly records: RequestRecord[] = [];
	#timeOrigin = 0;
	readonly #classifier: Classifier;

	constructor(page: Page, classifier: Classifier) {
		this.#classifier = classifier;
		const record = (request: Request, failed: boolean) => {
			this.records.push({
				url: request.url(),
				kind: classify(request.url(), request.resourceType(), classifier),
				start: request.timing().startTime,
				duration: request.timing().responseEnd,
				bytes: 0,
				body: 0,
				gzip: 0,
				initial: false,
				framework: false,
				failed
			});
		};
		page.on('requestfinished', (request) => record(request, false));
		page.on('requestfailed', (request) => record(request, true));
	}

	/** The page's performance.timeOrigin (epoch ms), to put request starts on the page's clock. */
	setTimeOrigin(timeOrigin: number): void {
		this.#timeOrigin = timeOrigin;
	}

	/**
	 * Requests finished so far, with start times in ms since the page's time origin and the bytes
	 * from `served` (the server's log for this page), matched by URL in order.
	 */
	settled(
		served: readonly Served[],
		gzipSize: (urlPath: string) => number,
		initialScripts: ReadonlySet<string> = new Set()
	): RequestRecord[] {
		const unused = [...served];
		return this.records
			.filter((r) => !r.url.startsWith('data:') && !r.url.startsWith('blob:'))
			.sort((a, b) => a.start - b.start)
			.map((r) => {
				const { pathname, search } = new URL(r.url);
				const at = unused.findIndex((s) => s.url === pathname + search);
				const match = at < 0 ? undefined : unused.splice(at, 1)[0];
				return {
					...r,
					start: r.start - this.#timeOrigin,
					bytes: match?.bytes ?? 0,
					body: match?.body ?? 0,
					gzip: match ? gzipSize(pathname) : 0,
					initial: r.kind === 'ourJs' && initialScripts.has(r.url),
					framework: r.kind === 'ourJs' && (this.#classifier.frameworkChunks?.has(pathname) ?? false)
				};
			});
	}
}

/**
 * Gzip sizes by kind (what the budgets count); `sent` is the bodies as actually sent (brotli),
 * `wire` everything sent, headers included; `initialJs` is the site's JS in the page's initial
 * module graph, `initialFramework` the part of it that is Svelte's and SvelteKit's runtime.
 */
export type Bytes = Record<ByteKind | 'total' | 'sent' | 'wire' | 'initialJs' | 'initialFramework', number>;

export function sumBytes(records: readonly RequestRecord[]): Bytes {
	const bytes: Bytes = {
		sent: 0,
		wire: 0,
		initialJs: 0,
		initialFramework: 0,
		total: 0,
		html: 0,
		ourJs: 0,
		maplibreJs: 0,
		maplibreWorker: 0,
		css: 0,
		fonts: 0,
		basemap: 0,
		storyData: 0,
		other: 0
	};
	for (const r of records) {
		bytes[r.kind] += r.gzip;
		bytes.total += r.gzip;
		bytes.sent += r.body;
		bytes.wire += r.bytes;
		if (r.initial) bytes.initialJs += r.gzip;
		if (r.initial && r.framework) bytes.initialFramework += r.gzip;
	}
	return bytes;
}

/** The scripts a page's HTML modulepreloads: its initial module graph (SvelteKit lists all of it). */
export function modulepreloads(html: string, pageUrl: string): Set<string> {
	return new Set(
		[...html.matchAll(/<link\b[^>]*>/g)]
			.map(([tag]) => tag)
			.filter((tag) => /\brel="modulepreload"/.test(tag))
			.map((tag) => new URL(/\bhref="([^"]+)"/.exec(tag)![1]!, pageUrl).href)
	);
}
