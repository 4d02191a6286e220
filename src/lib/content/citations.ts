/**
 * Citations in chapter text: `[@source-id]`, or several at once: `[@one; @two]`.
 * They are recognised by markdown.ts's inline rules, so only where Markdown reads text: a `[@id]` in a
 * code span or code block is code and stays as written, and `\[@id]` is an escaped bracket. The same
 * parse gives the citations (to number sources across the story), their lines, and the mistakes:
 * malformed (`[@Bad Id]`, `[@a, @b]`), unclosed (`[@id` with no `]`), or inside a link's text (a
 * link inside a link is not HTML: the citation or the link would be lost).
 */
import type { Token } from 'markdown-it';

/** Regex source for one citation; the capture is the `@id; @id` list. */
export const CITATION_SOURCE = String.raw`\[(@[a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]`;

export interface Citation {
	ids: string[];
	/** 0-based line within the chapter body. */
	line: number;
}

export interface CitationProblem {
	/** 0-based line within the chapter body. */
	line: number;
	message: string;
}

/** Splits the captured `@a; @b` list into ids. */
export function citationIds(list: string): string[] {
	return list.split(';').map((part) => part.trim().slice(1));
}

/** What markdown.ts's rules leave in a token's `meta`. */
export type CitationMeta =
	| { kind: 'citation'; ids: string[]; line: number }
	| { kind: 'malformed' | 'unclosed'; raw: string; line: number };

const MAX_QUOTED = 40;

/** Shortens what an author wrote for a message: a runaway `[@…` is quoted, not echoed whole. */
const quote = (raw: string) => (raw.length > MAX_QUOTED ? `${raw.slice(0, MAX_QUOTED)}…` : raw);

/**
 * Every citation in a parsed chapter body, in order, and every mistake, in order.
 * @param tokens markdown.ts's `parseChapterText` output
 */
export function collectCitations(tokens: readonly Token[]): {
	citations: Citation[];
	problems: CitationProblem[];
} {
	const citations: Citation[] = [];
	const problems: CitationProblem[] = [];
	for (const block of tokens) {
		if (block.type !== 'inline' || !block.children) continue;
		const firstLine = block.map?.[0] ?? 0;
		let linkDepth = 0;
		for (const token of block.children) {
			if (token.type === 'link_open') linkDepth += 1;
			else if (token.type === 'link_close') linkDepth -= 1;
			const meta = token.meta as CitationMeta | null;
			if (!meta || (token.type !== 'citation' && token.type !== 'citation_problem')) continue;
			const line = firstLine + meta.line;
			if (meta.kind === 'citation') {
				if (linkDepth > 0) {
					problems.push({
						line,
						message: `a citation cannot be inside a link's text ([@${meta.ids.join('; @')}]): put it after the link`
					});
				} else citations.push({ ids: meta.ids, line });
			} else if (meta.kind === 'malformed') {
				problems.push({
					line,
					message: `malformed citation ${quote(meta.raw)}: write [@source-id] or [@one; @two]`
				});
			} else {
				problems.push({
					line,
					message: `unclosed citation ${quote(meta.raw)}: close it with ] (write [@source-id] or [@one; @two])`
				});
			}
		}
	}
	return { citations, problems };
}
