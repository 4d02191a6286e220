/**
 * Label placement for static maps, after MapLibre's rules in spirit: labels are placed in priority
 * order, each tries its anchors in turn and is dropped when every anchor collides with a label
 * already placed. Text is measured by estimate (no font metrics at build time), slightly generously.
 */
import { attrs, escapeXml } from './svg';

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/**
 * The boxes of the labels placed so far, in a grid of CELL px squares, so that checking a label
 * looks only at its neighbours: placing n labels is linear in n, not quadratic. Boxes spanning more
 * than MAX_CELLS cells in a direction (a runaway label) are kept in a list checked every time.
 */
export class Collisions {
	private static readonly CELL = 64;
	private static readonly MAX_CELLS = 64;
	private readonly cells = new Map<string, Box[]>();
	private readonly oversized: Box[] = [];

	private static overlaps(a: Box, b: Box): boolean {
		return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
	}

	/** The keys of the cells `box` covers, or undefined when it covers too many. */
	private static keys(box: Box): string[] | undefined {
		const [x0, x1, y0, y1] = [box.x0, box.x1, box.y0, box.y1].map((v) => Math.floor(v / Collisions.CELL));
		if (x1! - x0! >= Collisions.MAX_CELLS || y1! - y0! >= Collisions.MAX_CELLS) return undefined;
		const keys: string[] = [];
		for (let x = x0!; x <= x1!; x++) for (let y = y0!; y <= y1!; y++) keys.push(`${x},${y}`);
		return keys;
	}

	hits(box: Box): boolean {
		if (this.oversized.some((b) => Collisions.overlaps(box, b))) return true;
		const keys = Collisions.keys(box);
		if (!keys)
			return [...this.cells.values()].some((boxes) => boxes.some((b) => Collisions.overlaps(box, b)));
		return keys.some((key) => this.cells.get(key)?.some((b) => Collisions.overlaps(box, b)));
	}

	add(box: Box): void {
		const keys = Collisions.keys(box);
		if (!keys) {
			this.oversized.push(box);
			return;
		}
		for (const key of keys) {
			const boxes = this.cells.get(key);
			if (boxes) boxes.push(box);
			else this.cells.set(key, [box]);
		}
	}
}

const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;

/** Estimated advance of one character, in em, for a sans-serif font. */
function charWidth(char: string): number {
	if (ARABIC_SCRIPT.test(char)) return 0.5;
	if (char === ' ') return 0.28;
	if (/[iljt.,:;'|!()\-fr]/.test(char)) return 0.32;
	if (/[A-Z]/.test(char)) return 0.68;
	if (/[mwMW]/.test(char)) return 0.85;
	return 0.56;
}

/** Estimated width in px of `text` at `size` px, with `letterSpacing` em between characters. */
export function textWidth(text: string, size: number, letterSpacing = 0): number {
	return [...text].reduce((sum, char) => sum + charWidth(char) + letterSpacing, 0) * size;
}

/** Greedy word wrap to `maxWidth` px (MapLibre's text-max-width), for single-script labels. */
export function wrap(text: string, size: number, maxWidth: number, letterSpacing = 0): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && textWidth(`${last} ${word}`, size, letterSpacing) <= maxWidth) {
			lines[lines.length - 1] = `${last} ${word}`;
		} else lines.push(word);
	}
	return lines;
}

/** Where the text sits relative to its point, named like MapLibre's text-anchor. */
export type Anchor = 'center' | 'left' | 'right' | 'top' | 'bottom';

export interface LabelLine {
	text: string;
	size: number;
}

export interface Label {
	lines: LabelLine[];
	x: number;
	y: number;
	/** Distance from the point to the text, in px. */
	offset: number;
	anchors: Anchor[];
	/** CSS class of the <text> (colour, halo, letter spacing). */
	className: string;
	letterSpacing?: number;
	/** Extra space kept free around the text, in px (MapLibre's text-padding). */
	padding?: number;
}

const LINE_HEIGHT = 1.2;
/** Baseline below the top of a line box, in em (roughly the ascent plus half the leading). */
const BASELINE = 0.92;

/** The block of text for `anchor`: its box and where each line's baseline starts. */
function layout(label: Label, anchor: Anchor) {
	const widths = label.lines.map((l) => textWidth(l.text, l.size, label.letterSpacing ?? 0));
	const width = Math.max(...widths);
	const height = label.lines.reduce((h, l) => h + l.size * LINE_HEIGHT, 0);
	const { x, y, offset } = label;
	const left = anchor === 'left' ? x + offset : anchor === 'right' ? x - offset - width : x - width / 2;
	const top = anchor === 'top' ? y + offset : anchor === 'bottom' ? y - offset - height : y - height / 2;
	const textAnchor = anchor === 'left' ? 'start' : anchor === 'right' ? 'end' : 'middle';
	const textX = anchor === 'left' ? left : anchor === 'right' ? left + width : x;
	return { box: { x0: left, y0: top, x1: left + width, y1: top + height }, textAnchor, textX, top };
}

/**
 * Places `label` at its first anchor that collides with nothing placed so far, records its box,
 * and returns its SVG; returns undefined when every anchor collides.
 */
export function placeLabel(label: Label, collisions: Collisions): string | undefined {
	const pad = label.padding ?? 2;
	for (const anchor of label.anchors) {
		const { box, textAnchor, textX, top } = layout(label, anchor);
		const padded = { x0: box.x0 - pad, y0: box.y0 - pad, x1: box.x1 + pad, y1: box.y1 + pad };
		if (collisions.hits(padded)) continue;
		collisions.add(padded);
		let lineTop = top;
		const spans = label.lines.map((line, i) => {
			const baseline = lineTop + line.size * BASELINE;
			lineTop += line.size * LINE_HEIGHT;
			const size = i === 0 ? undefined : line.size;
			return `<tspan${attrs({ x: textX, y: baseline, 'font-size': size })}>${escapeXml(line.text)}</tspan>`;
		});
		return `<text${attrs({ class: label.className, 'text-anchor': textAnchor, 'font-size': label.lines[0]!.size })}>${spans.join('')}</text>`;
	}
	return undefined;
}
