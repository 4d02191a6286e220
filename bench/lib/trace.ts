/**
 * Chromium traces (CDP `Tracing`) of one page load: collected with a page's CDP session, read back
 * as a list of trace events. The renderer's main thread is found by a performance mark the page
 * sets, and its top-level tasks give main-thread busy time and blocking time (the same tasks
 * Lighthouse's Total Blocking Time is made of).
 * Format: https://docs.google.com/document/d/1CvAClvFfyA5R-PhYUmn5OOQtYMH4h6I0nSsKchNAySU
 */
import type { CDPSession } from '@playwright/test';

export interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	/** µs, on the trace's clock. */
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	id?: string;
	args?: Record<string, unknown> & { data?: Record<string, unknown> };
}

/**
 * Enough for top-level tasks and the page's marks, cheap enough to leave on for every load: the
 * floors are traced the same way, so whatever it costs is in both sides of a ratio.
 */
export const TASK_CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

/** What DevTools' Performance panel records (and V8's sampling profiler), for the breakdown of a load. */
export const FULL_CATEGORIES = [
	...TASK_CATEGORIES,
	'devtools.timeline',
	'v8.execute',
	'v8',
	'blink',
	'loading',
	'disabled-by-default-devtools.timeline.frame',
	'disabled-by-default-v8.compile',
	'disabled-by-default-v8.cpu_profiler',
	'disabled-by-default-v8.gc'
];

export async function startTracing(cdp: CDPSession, categories: readonly string[]): Promise<void> {
	await cdp.send('Tracing.start', {
		transferMode: 'ReturnAsStream',
		traceConfig: { includedCategories: [...categories], recordMode: 'recordAsMuchAsPossible' }
	});
}

export async function stopTracing(cdp: CDPSession): Promise<TraceEvent[]> {
	const complete = new Promise<string>((resolve) =>
		cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream!))
	);
	await cdp.send('Tracing.end');
	const handle = await complete;
	const parts: string[] = [];
	for (;;) {
		const chunk = await cdp.send('IO.read', { handle, size: 1 << 20 });
		parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
		if (chunk.eof) break;
	}
	await cdp.send('IO.close', { handle });
	const parsed = JSON.parse(parts.join('')) as TraceEvent[] | { traceEvents: TraceEvent[] };
	return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

export interface Thread {
	pid: number;
	tid: number;
}

/** The thread that set the performance mark `mark` (the page's main thread), or undefined. */
export function threadOfMark(events: readonly TraceEvent[], mark: string): Thread | undefined {
	const found = events.findLast((e) => e.cat.includes('blink.user_timing') && e.name === mark);
	return found && { pid: found.pid, tid: found.tid };
}

/** The trace time (µs) of the last performance mark `mark`. */
export function markTime(events: readonly TraceEvent[], mark: string): number | undefined {
	return events.findLast((e) => e.cat.includes('blink.user_timing') && e.name === mark)?.ts;
}

export interface Task {
	start: number;
	/** µs */
	duration: number;
}

/** The thread's top-level tasks (one per task the scheduler ran), in order, never nested. */
export function topLevelTasks(events: readonly TraceEvent[], thread: Thread): Task[] {
	const tasks = events
		.filter(
			(e) =>
				e.ph === 'X' &&
				e.pid === thread.pid &&
				e.tid === thread.tid &&
				(e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
				typeof e.dur === 'number'
		)
		.sort((a, b) => a.ts - b.ts);
	const top: Task[] = [];
	let end = -Infinity;
	for (const e of tasks) {
		if (e.ts < end) continue;
		top.push({ start: e.ts, duration: e.dur! });
		end = e.ts + e.dur!;
	}
	return top;
}

/**
 * Main-thread busy time (the tasks' time inside the window) and blocking time (Σ of each task's
 * time over 50 ms, for the tasks that start inside it), in ms. Window in trace µs.
 */
export function busyAndBlocking(
	tasks: readonly Task[],
	from: number,
	to: number
): { busy: number; blocking: number; longTasks: number } {
	let busy = 0;
	let blocking = 0;
	let longTasks = 0;
	for (const task of tasks) {
		const end = task.start + task.duration;
		busy += Math.max(0, Math.min(end, to) - Math.max(task.start, from));
		if (task.start >= from && task.start < to && task.duration > 50_000) {
			blocking += task.duration - 50_000;
			longTasks++;
		}
	}
	return { busy: busy / 1000, blocking: blocking / 1000, longTasks };
}
