/** Splits a Markdown file into its YAML front matter and its body. */
export interface FrontMatterSplit {
	yaml: string;
	body: string;
	/** Lines before the YAML (the opening `---`), for error line numbers. */
	yamlLineOffset: number;
	/** Lines before the body, for error line numbers. */
	bodyLineOffset: number;
}

const FENCE = /^---[ \t]*$/;

/** Returns undefined when the file does not start with a `---` fenced front-matter block. */
export function splitFrontMatter(text: string): FrontMatterSplit | undefined {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	if (!FENCE.test(lines[0] ?? '')) return undefined;
	const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
	if (end < 0) return undefined;
	return {
		yaml: lines.slice(1, end).join('\n'),
		body: lines.slice(end + 1).join('\n'),
		yamlLineOffset: 1,
		bodyLineOffset: end + 1
	};
}
