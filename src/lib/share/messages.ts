/**
 * The messages an embed exchanges with the page around it. Pure: building and reading them.
 *
 * Child → parent, the embed's content height in every dialect hosts already listen for, and
 * nothing else:
 * - Datawrapper: `{ "datawrapper-height": { "<embed id>": 812 } }`
 * - AMP (`amp-iframe resizable`): `{ sentinel: "amp", type: "embed-size", height: 812 }`
 * - Medium / Embedly: the JSON text `{"src":"<embed url>","context":"iframe.resize","height":812}`
 * - pym.js, only when a pym parent gave us a `childId`: `pymxPYMx<childId>xPYMxheightxPYMx812`
 *
 * Parent → child, what the embed understands (everything else is ignored):
 * - our parent script's `{ "story-map-embed": "request-height" }` (it may load after the frame)
 * - pym.js's width message `pymxPYMx<childId>xPYMxwidthxPYMx640`
 * - our parent script's `{ "story-map-embed": "viewport", top: -1200, height: 800 }`, for a
 *   whole-story frame marked `data-story-map-embed="scroll"`: where the frame is in the host's
 *   viewport, so the story can follow the host page's scroll
 */

/** Highest height we send or accept, in px: anything above is a bug or a hostile message. */
export const MAX_HEIGHT = 50_000;

export const REQUEST_HEIGHT = Object.freeze({ 'story-map-embed': 'request-height' });

const PYM = 'xPYMx';
/** What a pym.js child id may look like (pym uses the host element's id). */
const PYM_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface HeightReport {
	/** Content height in CSS px. */
	height: number;
	/** Stable id of the embed (Datawrapper dialect), e.g. "story" or "chapter-harbour". */
	embedId: string;
	/** Canonical URL of the embed (Medium dialect), built from whitelisted parts only. */
	src: string;
	/** pym.js child id, when the frame was created by a pym.js parent. */
	pymId?: string;
}

export type DatawrapperHeight = { 'datawrapper-height': Record<string, number> };
export type AmpEmbedSize = { sentinel: 'amp'; type: 'embed-size'; height: number };
export type ChildMessage = DatawrapperHeight | AmpEmbedSize | string;

/** Every message announcing `report.height`, one per dialect. */
export function heightMessages(report: HeightReport): ChildMessage[] {
	const height = Math.ceil(report.height);
	const messages: ChildMessage[] = [
		{ 'datawrapper-height': { [report.embedId]: height } },
		{ sentinel: 'amp', type: 'embed-size', height },
		JSON.stringify({ src: report.src, context: 'iframe.resize', height })
	];
	if (report.pymId !== undefined && PYM_ID.test(report.pymId)) {
		messages.push(['pym', report.pymId, 'height', String(height)].join(PYM));
	}
	return messages;
}

/** The pym.js child id from the frame's query string, if it is a plausible id. */
export function pymChildId(query: string | URLSearchParams): string | undefined {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const id = params.get('childId');
	return id !== null && PYM_ID.test(id) ? id : undefined;
}

/** Whether a message from the parent asks for our height (our request, or pym's width for our id). */
export function asksForHeight(data: unknown, pymId: string | undefined): boolean {
	if (typeof data === 'object' && data !== null) {
		const keys = Object.keys(data);
		return keys.length === 1 && (data as Record<string, unknown>)['story-map-embed'] === 'request-height';
	}
	if (typeof data === 'string' && pymId !== undefined) {
		return new RegExp(`^pym${PYM}${pymId}${PYM}width${PYM}\\d{1,6}$`).test(data);
	}
	return false;
}

/** The height in a Datawrapper-dialect message, or undefined for anything else (parent side). */
export function readDatawrapperHeight(data: unknown): number | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const keys = Object.keys(data);
	if (keys.length !== 1 || keys[0] !== 'datawrapper-height') return undefined;
	const byId = (data as Record<string, unknown>)['datawrapper-height'];
	if (typeof byId !== 'object' || byId === null) return undefined;
	const values = Object.values(byId);
	if (values.length !== 1) return undefined;
	const height = values[0];
	if (typeof height !== 'number' || !Number.isFinite(height) || height < 1 || height > MAX_HEIGHT) {
		return undefined;
	}
	return Math.ceil(height);
}

/** Where the frame is on the host page's screen: its top edge and the viewport height, in CSS px. */
export interface HostViewport {
	top: number;
	height: number;
}

/** The host viewport in our parent script's message, or undefined for anything else. */
export function readHostViewport(data: unknown): HostViewport | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const record = data as Record<string, unknown>;
	const keys = Object.keys(record).sort().join(',');
	if (keys !== 'height,story-map-embed,top' || record['story-map-embed'] !== 'viewport') return undefined;
	const { top, height } = record;
	if (typeof top !== 'number' || !Number.isFinite(top) || Math.abs(top) > 10_000_000) return undefined;
	if (typeof height !== 'number' || !Number.isFinite(height) || height < 1 || height > MAX_HEIGHT)
		return undefined;
	return { top, height };
}
