/**
 * Checks one chapter's Markdown body, parsed once (linear in its size): its citations, and every
 * problem with a 0-based body line: malformed, unclosed or misplaced citations (citations.ts), raw
 * HTML and images (markdown.ts), and characters no story text may hold once Markdown has decoded its
 * entities (`&#x202E;`; raw ones are refused when the file is read, text-rules.ts).
 */
import type { Token } from 'markdown-it';
import { collectCitations, type Citation } from './citations';
import { findUnsupportedMarkdown, parseChapterText } from './markdown';
import { describeForbidden, firstForbidden } from './text-rules';

export interface TextProblem {
	/** 0-based line within the chapter body. */
	line: number;
	message: string;
}

export interface ChapterText {
	citations: Citation[];
	problems: TextProblem[];
}

const MAX_CHARACTER_PROBLEMS = 5;

/** Decoded text, code and link attributes holding a forbidden character, at the line of their block. */
function forbiddenCharacters(tokens: readonly Token[]): TextProblem[] {
	const problems: TextProblem[] = [];
	const check = (value: string | null | undefined, line: number) => {
		const bad = value ? firstForbidden(value) : undefined;
		if (bad && problems.length < MAX_CHARACTER_PROBLEMS)
			problems.push({ line, message: `holds ${describeForbidden(bad)}` });
	};
	for (const block of tokens) {
		const line = block.map?.[0] ?? 0;
		if (block.type === 'fence' || block.type === 'code_block') check(block.content, line);
		for (const token of block.children ?? []) {
			if (token.type === 'text' || token.type === 'code_inline') check(token.content, line);
			for (const [, value] of token.attrs ?? []) check(String(value), line);
		}
	}
	return problems;
}

export function checkChapterText(body: string): ChapterText {
	const tokens = parseChapterText(body);
	const { citations, problems } = collectCitations(tokens);
	problems.push(...forbiddenCharacters(tokens));
	for (const unsupported of findUnsupportedMarkdown(body)) {
		problems.push({
			line: unsupported.line,
			message:
				unsupported.what === 'raw HTML'
					? 'raw HTML is not allowed in chapter text: write Markdown (HTML would be shown as text, never run)'
					: `${unsupported.what} is not allowed in chapter text (it would load from another site): put places on the map instead`
		});
	}
	return { citations, problems };
}
