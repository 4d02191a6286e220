/**
 * Characters no story text may hold, in any file, any field, any chapter: control characters (C0 but
 * tab and newline, DEL, C1) and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), which make text display in an order other than it is written (a source title could
 * show one thing and say another). Right-to-left text needs none of them; the marks U+200E, U+200F
 * and U+061C, and the joiners Persian uses, stay allowed.
 *
 * They are refused, not escaped: an author who typed one by accident learns where it is, and nothing
 * invisible reaches readers. Raw characters are reported by line (`rawTextProblems`, which also sees
 * YAML comments); characters that only appear once escapes are decoded (`"\e"` in YAML, `\u001b` in
 * JSON, `&#x202E;` in Markdown) are reported by field (`stringProblems`) or by the caller.
 */

/** Forbidden in a file's raw text, where a carriage return is part of a line ending. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const FORBIDDEN_RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Forbidden in a decoded string, where a carriage return is a control character like the others. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const FORBIDDEN_DECODED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const C0_NAMES = (
	'NUL SOH STX ETX EOT ENQ ACK BEL BS TAB LF VT FF CR SO SI ' +
	'DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US'
).split(' ');
const BIDI_NAMES: Record<number, string> = {
	0x202a: 'LEFT-TO-RIGHT EMBEDDING',
	0x202b: 'RIGHT-TO-LEFT EMBEDDING',
	0x202c: 'POP DIRECTIONAL FORMATTING',
	0x202d: 'LEFT-TO-RIGHT OVERRIDE',
	0x202e: 'RIGHT-TO-LEFT OVERRIDE',
	0x2066: 'LEFT-TO-RIGHT ISOLATE',
	0x2067: 'RIGHT-TO-LEFT ISOLATE',
	0x2068: 'FIRST STRONG ISOLATE',
	0x2069: 'POP DIRECTIONAL ISOLATE'
};

const codePoint = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** What the character is and why it is refused, e.g. "U+001B (ESC), a control character…". */
export function describeForbidden(character: string): string {
	const code = character.charCodeAt(0);
	const bidi = BIDI_NAMES[code];
	if (bidi) {
		return `${codePoint(code)} (${bidi}), a bidirectional control that makes text display in an order other than it is written: remove it (right-to-left text needs no control characters)`;
	}
	const name = code < 0x20 ? ` (${C0_NAMES[code]})` : code === 0x7f ? ' (DEL)' : '';
	return `${codePoint(code)}${name}, a control character that has no place in text: remove it`;
}

/** The first forbidden character of a decoded string, if any. */
export function firstForbidden(value: string): string | undefined {
	return FORBIDDEN_DECODED.exec(value)?.[0];
}

export interface RawTextProblem {
	/** 0-based line within `text`. */
	line: number;
	message: string;
}

/**
 * Forbidden characters in a file's raw text, one problem per line (the first `max` lines; a last
 * problem counts the rest), so a file full of them cannot flood the terminal.
 */
export function rawTextProblems(text: string, max = 5): RawTextProblem[] {
	const problems: RawTextProblem[] = [];
	let lastLine = -1;
	let line = 0;
	let scanned = 0;
	let more = 0;
	for (const match of text.matchAll(FORBIDDEN_RAW)) {
		for (let at = text.indexOf('\n', scanned); at >= 0 && at < match.index; at = text.indexOf('\n', at + 1)) {
			line += 1;
			scanned = at + 1;
		}
		if (line === lastLine) continue;
		lastLine = line;
		if (problems.length === max) more += 1;
		else {
			const column = match.index - scanned + 1;
			problems.push({ line, message: `column ${column} holds ${describeForbidden(match[0])}` });
		}
	}
	if (more > 0) {
		problems.push({
			line: problems[problems.length - 1]!.line,
			message: `and ${more} more line${more === 1 ? '' : 's'} hold control or bidirectional characters`
		});
	}
	return problems;
}

export interface StringProblem {
	path: (string | number)[];
	message: string;
}

/** A value met while walking parsed data, with the way back to the root (paths are built only when reported). */
interface Visit {
	value: unknown;
	key?: string | number;
	parent?: Visit;
}

function pathOf(visit: Visit, last?: string): (string | number)[] {
	const path: (string | number)[] = last === undefined ? [] : [last];
	for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) path.push(at.key);
	return path.reverse();
}

/**
 * Forbidden characters in every string (and every key) of parsed data, by field. Iterative and
 * without copying paths, so deeply nested input can neither overflow the stack nor take quadratic
 * time; at most `max` problems.
 */
export function stringProblems(data: unknown, max = 20): StringProblem[] {
	const problems: StringProblem[] = [];
	const stack: Visit[] = [{ value: data }];
	while (stack.length > 0 && problems.length < max) {
		const visit = stack.pop()!;
		const { value } = visit;
		if (typeof value === 'string') {
			const bad = firstForbidden(value);
			if (bad) problems.push({ path: pathOf(visit), message: `holds ${describeForbidden(bad)}` });
		} else if (Array.isArray(value)) {
			for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: i, parent: visit });
		} else if (value !== null && typeof value === 'object') {
			const keys = Object.keys(value);
			for (let i = keys.length - 1; i >= 0; i--) {
				const key = keys[i]!;
				const bad = firstForbidden(key);
				if (bad)
					problems.push({ path: pathOf(visit, key), message: `its name holds ${describeForbidden(bad)}` });
				else stack.push({ value: (value as Record<string, unknown>)[key], key, parent: visit });
			}
		}
	}
	return problems;
}
