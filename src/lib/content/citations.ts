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
		const children = block.children;
		const firstLine = block.map?.[0] ?? 0;
		// markdown-it gives up on a link whose text holds a citation and leaves `[text `, the
		// citation and `](url)` as text: a citation after an unclosed `[` and before a `](` is in one.
		const linkEndsAfter: boolean[] = [];
		for (let i = children.length - 1, seen = false; i >= 0; i--) {
			seen ||= children[i]!.type === 'text' && children[i]!.content.includes('](');
			linkEndsAfter[i] = seen;
		}
		let linkDepth = 0;
		let openBrackets = 0;
		children.forEach((token, index) => {
			if (token.type === 'link_open') linkDepth += 1;
			else if (token.type === 'link_close') linkDepth -= 1;
			else if (token.type === 'text') {
				for (const c of token.content) {
					if (c === '[') openBrackets += 1;
					else if (c === ']') openBrackets = Math.max(0, openBrackets - 1);
				}
			}
			const meta = token.meta as CitationMeta | null;
			if (!meta || (token.type !== 'citation' && token.type !== 'citation_problem')) return;
			const line = firstLine + meta.line;
			if (meta.kind === 'citation') {
				if (linkDepth > 0 || (openBrackets > 0 && linkEndsAfter[index])) {
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
		});
	}
	return { citations, problems };
}
