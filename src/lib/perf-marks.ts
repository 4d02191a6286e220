/**
 * Named points on the page's performance timeline (`performance.mark`), read by the benchmark
 * (bench/, `npm run bench`) with `performance.getEntriesByType('mark')` and shown by DevTools'
 * Performance panel. A handful of marks per map load and per camera move, never one per frame; no
 * cost beyond that when nobody reads them. The bench's bare-MapLibre floor page sets the same marks
 * with this same code, so the story and the floor are timed identically.
 */

export const PERF_MARKS = {
	/** SvelteKit's client started (its `init` hook, hooks.client.ts), before hydration. */
	appStart: 'app:start',
	/** The story page finished hydrating (its components mounted). */
	hydrated: 'app:hydrated',
	/** The active chapter changed (scroll tracker); `detail` is the chapter index. */
	chapter: 'story:chapter',
	/** `new maplibregl.Map(…)` returned. */
	created: 'map:created',
	/** The first frame drawn with a basemap tile in it. */
	firstDraw: 'map:first-draw',
	/** The first complete view: the moment the container gets `data-ready`. */
	ready: 'map:ready',
	/** The camera started moving (MapLibre's `movestart`). */
	moveStart: 'map:movestart',
	/** The first frame drawn after a `movestart`. */
	moveFrame: 'map:move-frame',
	/** Nothing moving, nothing loading (MapLibre's `idle`). */
	idle: 'map:idle'
} as const;

export function perfMark(name: string, detail?: unknown): void {
	// Old browsers without User Timing Level 3 still get the mark, without detail.
	try {
		performance.mark(name, detail === undefined ? undefined : { detail });
	} catch {
		performance.mark?.(name);
	}
}
