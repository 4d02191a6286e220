/**
 * YAML parsing that remembers where each value came from, so errors can name the line.
 * Uses the `yaml` package's document API: https://eemeli.org/yaml/#documents
 */
import { LineCounter, parseDocument, isNode } from 'yaml';
import { tooDeep, tooDeepMessage } from './nesting';
import { stringProblems } from './text-rules';
import type { IssueList } from './validation-error';
import { formatPath } from './zod-issues';

export interface ParsedYaml {
	data: unknown;
	/** 1-based line of the value at `path`, or of its nearest existing parent. */
	lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses YAML text. On a syntax error, records an issue and returns undefined.
 * @param lineOffset lines before `text` in its file (for front matter, the opening `---`).
 */
export function parseYaml(
	text: string,
	file: string,
	issues: IssueList,
	lineOffset = 0
): ParsedYaml | undefined {
	const deep = tooDeep(text);
	if (deep) {
		issues.add({ file, field: '', line: deep.line + 1 + lineOffset, message: tooDeepMessage() });
		return undefined;
	}
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;

	if (doc.errors.length > 0) {
		for (const error of doc.errors) {
			const firstLine = error.message.split('\n')[0] ?? error.message;
			issues.add({ file, field: '', line: lineAt(error.pos[0]), message: `invalid YAML: ${firstLine}` });
		}
		return undefined;
	}

	let data: unknown;
	try {
		data = doc.toJS({ maxAliasCount: 50 });
	} catch (error) {
		// The yaml package refuses documents whose aliases expand too far (a "billion laughs" attack).
		const reason = error instanceof Error ? error.message : String(error);
		const alias = /(?:^|[\s[{,:-])\*[\w-]+/m.exec(text);
		issues.add({
			file,
			field: '',
			line: alias ? lineAt(alias.index + 1) : undefined,
			message: `invalid YAML: its aliases (*name) expand to too many values (${reason})`
		});
		return undefined;
	}
	const parsed: ParsedYaml = {
		data,
		lineOf(path) {
			for (let depth = path.length; depth >= 0; depth--) {
				const node = doc.getIn(path.slice(0, depth) as unknown[], true);
				if (isNode(node) && node.range) return lineAt(node.range[0]);
			}
			return undefined;
		}
	};
	// Raw control characters are refused when the file is read; these came from escapes ("\e", "\u202e").
	const problems = stringProblems(data);
	for (const { path, message } of problems)
		issues.add({ file, field: formatPath(path), line: parsed.lineOf(path), message });
	return problems.length === 0 ? parsed : undefined;
}
