/**
 * Where the main thread's time goes during one load, from a Chromium trace with V8's sampling
 * profiler on (FULL_CATEGORIES in trace.ts). Every trace event on the page's main thread gets its
 * self time (its duration minus its children's); events are sorted into what the browser was doing
 * (HTML parsing, style, layout, painting and commits, SVG images, garbage collection); the time in
 * JavaScript events is then split by whose script was running, in proportion to the profiler's
 * samples (the innermost frame with a script URL decides): MapLibre's, Svelte's and SvelteKit's
 * runtime, our own code, or the page's inline data. JavaScript from our code and the framework
 * between the `app:start` and `app:hydrated` marks is hydration.
 */
import type { ScriptOwners } from './profile';
import type { Thread, TraceEvent } from './trace';

export const BUCKETS = [
	'HTML parsing',
	'inline data script',
	'hydration (framework + our components)',
	'our code, outside hydration',
	'framework, outside hydration',
	'MapLibre (main thread)',
	'other script',
	'style',
	'layout',
	'paint, compositing, commits',
	'SVG images (parse, layout, paint)',
	'garbage collection',
	'other (scheduler, IPC, fonts…)'
] as const;
export type Bucket = (typeof BUCKETS)[number];
export type Breakdown = Record<Bucket, number>;

/** Which owner a script URL belongs to, refined: the framework's chunks apart from ours. */
export type ScriptKind = 'maplibre' | 'framework' | 'ours' | 'document' | 'other';

const SVG = /^(SVGImage|IsolatedSVGDocumentHost|PaintImage)/;
const JS =
	/^(FunctionCall|EvaluateScript|RunMicrotasks|TimerFire|FireAnimationFrame|FireIdleCallback|EventDispatch|v8\.|V8\.|ParseAuthorStyleSheet$|BlinkScheduler_PerformMicrotaskCheckpoint|SerializedScriptValueFactory|FlushInstructionCache|CpuProfiler|ResourceFetcher::requestResource|XHR|ScheduleStyleRecalculation)/;
const GC = /^(V8\.GC|MajorGC|MinorGC|BlinkGC|CppGC|V8\.GC_)/;

function bucketOfEvent(name: string): Bucket | 'js' {
	if (GC.test(name)) return 'garbage collection';
	if (/^(ParseHTML|DecodedDataDocumentParser|HTMLDocumentParser|TextResourceDecoder)/.test(name))
		return 'HTML parsing';
	if (/Style|LayoutTree|^CSS|StyleSheet|UpdateLayoutTree|RecalculateStyles/.test(name)) return 'style';
	if (/Layout|ShapeText|^InlineNode|^LayoutNG|IntersectionObserver/.test(name)) return 'layout';
	if (
		/^(Commit|Paint|PrePaint|Layerize|UpdateLayer|CompositeLayers|Blink\.|WebFrameWidgetImpl::UpdateLifecycle|PaintArtifact|RasterTask|Rasterize|cc::|LayerTreeHost|ProxyMain|Animation|ScrollLayer|UpdateLayerTree|BeginMainThreadFrame|BeginFrame)/.test(
			name
		)
	)
		return 'paint, compositing, commits';
	if (JS.test(name)) return 'js';
	return 'other (scheduler, IPC, fonts…)';
}

interface Sample {
	ts: number;
	kind: ScriptKind | 'none';
}

/** The main thread's CPU profile samples (trace clock, µs), each with the owner of its innermost scripted frame. */
function samplesOf(
	events: readonly TraceEvent[],
	thread: Thread,
	kindOf: (url: string) => ScriptKind
): Sample[] {
	const profile = events.find((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid);
	if (!profile) return [];
	const chunks = events.filter(
		(e) => e.name === 'ProfileChunk' && e.pid === thread.pid && e.id === profile.id
	);
	const nodes = new Map<number, { url: string; parent?: number }>();
	const samples: Sample[] = [];
	let ts = (profile.args?.data?.startTime as number | undefined) ?? profile.ts;
	const innermost = (id: number): ScriptKind | 'none' => {
		for (let at: number | undefined = id; at !== undefined; at = nodes.get(at)?.parent) {
			const url = nodes.get(at)?.url;
			if (url) return kindOf(url);
		}
		return 'none';
	};
	for (const chunk of chunks) {
		const data = chunk.args?.data as {
			cpuProfile?: {
				nodes?: { id: number; parent?: number; callFrame: { url?: string } }[];
				samples?: number[];
			};
			timeDeltas?: number[];
		};
		for (const node of data.cpuProfile?.nodes ?? [])
			nodes.set(node.id, { url: node.callFrame.url ?? '', parent: node.parent });
		const ids = data.cpuProfile?.samples ?? [];
		const deltas = data.timeDeltas ?? [];
		ids.forEach((id, i) => {
			ts += deltas[i] ?? 0;
			samples.push({ ts, kind: innermost(id) });
		});
	}
	return samples;
}

/**
 * ms of the main thread's time in [from, to] (trace µs) per bucket. `hydration` is the window
 * (trace µs) in which framework and our JavaScript counts as hydration.
 */
export function mainThreadBreakdown(
	events: readonly TraceEvent[],
	thread: Thread,
	window: { from: number; to: number },
	kindOf: (url: string) => ScriptKind,
	hydration?: { from: number; to: number }
): Breakdown {
	const breakdown = Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Breakdown;
	const main = events
		.filter(
			(e) =>
				e.pid === thread.pid &&
				e.tid === thread.tid &&
				e.ph === 'X' &&
				typeof e.dur === 'number' &&
				e.ts + e.dur! > window.from &&
				e.ts < window.to
		)
		.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
	// Self time of each event, clipped to the window, and whether an SVG image event encloses it.
	const stack: { event: TraceEvent; svg: boolean }[] = [];
	const self = new Map<TraceEvent, number>();
	const inSvg = new Set<TraceEvent>();
	const clipped = (e: TraceEvent) =>
		Math.max(0, Math.min(e.ts + e.dur!, window.to) - Math.max(e.ts, window.from));
	for (const event of main) {
		while (stack.length > 0 && stack.at(-1)!.event.ts + stack.at(-1)!.event.dur! <= event.ts) stack.pop();
		const parent = stack.at(-1);
		if (parent) self.set(parent.event, (self.get(parent.event) ?? clipped(parent.event)) - clipped(event));
		self.set(event, self.get(event) ?? clipped(event));
		const svg = (parent?.svg ?? false) || SVG.test(event.name);
		if (svg) inSvg.add(event);
		stack.push({ event, svg });
	}
	let js = 0;
	for (const [event, time] of self) {
		const bucket = inSvg.has(event) ? 'SVG images (parse, layout, paint)' : bucketOfEvent(event.name);
		if (bucket === 'js') js += time;
		else breakdown[bucket] += time / 1000;
	}
	// JavaScript time split by the samples taken in the window.
	const samples = samplesOf(events, thread, kindOf).filter(
		(s) => s.ts >= window.from && s.ts <= window.to && s.kind !== 'none'
	);
	if (samples.length === 0) {
		breakdown['other script'] += js / 1000;
		return breakdown;
	}
	const hydrating = (ts: number) => hydration !== undefined && ts >= hydration.from && ts <= hydration.to;
	const share = js / 1000 / samples.length;
	for (const sample of samples) {
		const bucket: Bucket =
			sample.kind === 'maplibre'
				? 'MapLibre (main thread)'
				: sample.kind === 'document'
					? 'inline data script'
					: sample.kind === 'framework'
						? hydrating(sample.ts)
							? 'hydration (framework + our components)'
							: 'framework, outside hydration'
						: sample.kind === 'ours'
							? hydrating(sample.ts)
								? 'hydration (framework + our components)'
								: 'our code, outside hydration'
							: 'other script';
		breakdown[bucket] += share;
	}
	return breakdown;
}

/** Script kinds from owners (MapLibre or ours by URL), the framework's chunk files and the page's URL. */
export function scriptKinds(
	owners: ScriptOwners,
	frameworkFiles: readonly string[],
	documentUrls: (url: string) => boolean
): (url: string) => ScriptKind {
	return (url) => {
		if (documentUrls(url)) return 'document';
		const owner = owners(url);
		if (owner === 'maplibre') return 'maplibre';
		if (owner === 'ours') return frameworkFiles.some((file) => url.endsWith(file)) ? 'framework' : 'ours';
		return 'other';
	};
}
