/**
 * How deeply a YAML or JSON text nests its flow collections (`[` and `{`). Story files need a few
 * levels; a file of a million `[` would make the parsers recurse until the stack or the memory runs
 * out, so such a file is refused before it is parsed. Brackets inside strings count too: the bound
 * is far above anything a story writes, so that never matters.
 */
import { lineIndex } from './line-index';

export const MAX_NESTING = 64;

/** Where the text first nests deeper than `max` levels, or undefined. */
export function tooDeep(text: string, max = MAX_NESTING): { depth: number; line: number } | undefined {
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
			depth += 1;
			if (depth > max) return { depth, line: lineIndex(text)(i) };
		} else if ((c === 0x5d /* ] */ || c === 0x7d) /* } */ && depth > 0) depth -= 1;
	}
	return undefined;
}

export const tooDeepMessage = (max = MAX_NESTING) =>
	`nests lists or objects more than ${max} levels deep: a story file needs a few levels, and a parser would run out of stack`;
