/**
 * Citations in chapter text: `[@source-id]`, or several at once: `[@one; @two]`.
 * They are collected before rendering (to number sources across the story) and rendered by
 * markdown.ts as superscript links to the chapter's source list.
 */

/** Regex source for one citation; the capture is the `@id; @id` list. */
export const CITATION_SOURCE = String.raw`\[(@[a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]`;

export interface Citation {
	ids: string[];
	/** 0-based line within the searched text. */
	line: number;
}

/** Splits the captured `@a; @b` list into ids. */
export function citationIds(list: string): string[] {
	return list.split(';').map((part) => part.trim().slice(1));
}

function lineAt(text: string, index: number): number {
	return text.slice(0, index).split('\n').length - 1;
}

/** Every well-formed citation in `text`, in order. */
export function findCitations(text: string): Citation[] {
	return [...text.matchAll(new RegExp(CITATION_SOURCE, 'g'))].map((match) => ({
		ids: citationIds(match[1] ?? ''),
		line: lineAt(text, match.index)
	}));
}

/** Things that look like citations but are not well-formed, e.g. `[@Bad Id]` or `[@a, @b]`. */
export function findMalformedCitations(text: string): { raw: string; line: number }[] {
	const wellFormed = new RegExp(`^${CITATION_SOURCE}$`);
	return [...text.matchAll(/\[@[^\]]*\]/g)]
		.filter((match) => !wellFormed.test(match[0]))
		.map((match) => ({ raw: match[0], line: lineAt(text, match.index) }));
}
