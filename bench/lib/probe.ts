/**
 * What the bench installs in every page before any of the page's own scripts run: performance
 * observers that keep LCP candidates, element timings, layout shifts, long tasks and long
 * animation frames (with their script attribution) in `window.benchProbe`, and `whenMark(name)`,
 * a promise of a performance mark (the bench waits on it without polling the page). Everything
 * else is read from the standard performance timeline afterwards (paint, navigation, marks).
 */
export interface ProbeData {
	lcp: { time: number; size: number; tag: string | null; url: string }[];
	/** Element Timing: when each element with an `elementtiming` attribute was painted. */
	elements: { identifier: string; time: number }[];
	shifts: { time: number; value: number; hadRecentInput: boolean; sources: string[] }[];
	longTasks: { start: number; duration: number }[];
	frames: {
		start: number;
		duration: number;
		blocking: number;
		scripts: { url: string; duration: number; invoker: string; forcedLayout: number }[];
	}[];
}

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in `__name(…)`; functions
 * serialized into the page (addInitScript, evaluate) need that helper there too.
 */
export const NAME_HELPER = 'globalThis.__name ??= (fn) => fn;';

/** Runs in the page (serialized by Playwright's addInitScript): no closures over module scope. */
export function installProbe(): void {
	const data: ProbeData = { lcp: [], elements: [], shifts: [], longTasks: [], frames: [] };
	const whenMark = (name: string) =>
		new Promise<void>((resolve) => {
			if (performance.getEntriesByName(name, 'mark').length > 0) return resolve();
			const observer = new PerformanceObserver((list) => {
				if (list.getEntriesByName(name).length === 0) return;
				observer.disconnect();
				resolve();
			});
			observer.observe({ type: 'mark' });
		});
	// Not enumerable: the data is read back as JSON, without the function.
	Object.defineProperty(data, 'whenMark', { value: whenMark, enumerable: false });
	Object.assign(window, { benchProbe: data });
	const describe = (node: Node | null | undefined): string => {
		if (!(node instanceof Element)) return node ? node.nodeName : '?';
		return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.trim().split(/\s+/).join('.')}` : ''}`;
	};
	const observe = (type: string, callback: (entries: PerformanceEntryList) => void) => {
		try {
			new PerformanceObserver((list) => callback(list.getEntries())).observe({ type, buffered: true });
		} catch {
			// Entry type not supported by this browser: that metric stays empty.
		}
	};
	observe('largest-contentful-paint', (entries) => {
		for (const e of entries as (PerformanceEntry & { size: number; element: Element | null; url: string })[])
			data.lcp.push({
				time: e.startTime,
				size: e.size,
				tag: e.element ? describe(e.element) : null,
				url: e.url
			});
	});
	observe('element', (entries) => {
		for (const e of entries as (PerformanceEntry & {
			identifier: string;
			renderTime: number;
			loadTime: number;
		})[])
			data.elements.push({ identifier: e.identifier, time: e.renderTime || e.loadTime });
	});
	observe('layout-shift', (entries) => {
		for (const e of entries as (PerformanceEntry & {
			value: number;
			hadRecentInput: boolean;
			sources?: { node?: Node | null }[];
		})[])
			data.shifts.push({
				time: e.startTime,
				value: e.value,
				hadRecentInput: e.hadRecentInput,
				sources: (e.sources ?? []).map((s) => describe(s.node))
			});
	});
	observe('longtask', (entries) => {
		for (const e of entries) data.longTasks.push({ start: e.startTime, duration: e.duration });
	});
	observe('long-animation-frame', (entries) => {
		for (const e of entries as (PerformanceEntry & {
			blockingDuration: number;
			scripts: {
				sourceURL: string;
				duration: number;
				invoker: string;
				forcedStyleAndLayoutDuration: number;
			}[];
		})[])
			data.frames.push({
				start: e.startTime,
				duration: e.duration,
				blocking: e.blockingDuration,
				scripts: e.scripts.map((s) => ({
					url: s.sourceURL,
					duration: s.duration,
					invoker: s.invoker,
					forcedLayout: s.forcedStyleAndLayoutDuration
				}))
			});
	});
}
