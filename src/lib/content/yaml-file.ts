/**
 * YAML parsing that remembers where each value came from, so errors can name the line.
 * Uses the `yaml` package's document API: https://eemeli.org/yaml/#documents
 */
import { LineCounter, parseDocument, isMap, isNode, isScalar, isSeq, type Document } from 'yaml';
import { tooDeep, tooDeepMessage } from './nesting';
import { stringProblems } from './text-rules';
import type { IssueList } from './validation-error';
import type { z } from 'zod';
import { formatPath, issuesFromZod } from './zod-issues';

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
	// Repeated keys are found below: yaml's own check compares each key with every key before it.
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
	const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;

	if (doc.errors.length > 0) {
		for (const error of doc.errors) {
			const firstLine = error.message.split('\n')[0] ?? error.message;
			issues.add({ file, field: '', line: lineAt(error.pos[0]), message: `invalid YAML: ${firstLine}` });
		}
		return undefined;
	}
	const repeats = repeatedKeys(doc);
	for (const { key, at, first } of repeats) {
		issues.add({
			file,
			field: '',
			line: lineAt(at),
			message: `invalid YAML: Map keys must be unique (${JSON.stringify(key)} is also at line ${lineAt(first)})`
		});
	}
	if (repeats.length > 0) return undefined;

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
	const nodeAt = nodeFinder(doc);
	const parsed: ParsedYaml = {
		data,
		lineOf(path) {
			for (let depth = path.length; depth >= 0; depth--) {
				const node = nodeAt(path.slice(0, depth));
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

/**
 * The node at a path, like `doc.getIn(path, true)`, but each map's keys are indexed the first time
 * it is walked through: yaml's own look-up scans the map, which made naming the line of every
 * problem in a file of many entries quadratic.
 */
function nodeFinder(doc: Document.Parsed): (path: readonly PropertyKey[]) => unknown {
	const indexes = new WeakMap<object, Map<unknown, unknown>>();
	return (path) => {
		let node: unknown = doc.contents;
		for (const key of path) {
			if (isMap(node)) {
				let index = indexes.get(node);
				if (!index) {
					index = new Map();
					for (const pair of node.items) {
						const name = isScalar(pair.key) ? pair.key.value : pair.key;
						if (!index.has(name)) index.set(name, pair.value);
					}
					indexes.set(node, index);
				}
				node = index.get(key);
			} else if (isSeq(node)) node = typeof key === 'number' ? node.items[key] : undefined;
			else return undefined;
		}
		return node;
	};
}

/** Keys written twice in one map, with where each was written: one pass, however big the maps. */
function repeatedKeys(doc: Document.Parsed): { key: unknown; at: number; first: number }[] {
	const repeats: { key: unknown; at: number; first: number }[] = [];
	const stack: unknown[] = [doc.contents];
	while (stack.length > 0) {
		const node = stack.pop();
		if (isSeq(node)) stack.push(...node.items);
		else if (isMap(node)) {
			const seen = new Map<unknown, number>();
			for (const pair of node.items) {
				stack.push(pair.value);
				if (!isScalar(pair.key) || !pair.key.range) continue;
				const first = seen.get(pair.key.value);
				if (first === undefined) seen.set(pair.key.value, pair.key.range[0]);
				else repeats.push({ key: pair.key.value, at: pair.key.range[0], first });
			}
		}
	}
	return repeats;
}

/** Parses a YAML file and checks it against `schema`; records every problem and returns undefined on any. */
export function parseYamlFile<T extends z.ZodType>(
	schema: T,
	file: { path: string; text: string },
	issues: IssueList
): { data: z.infer<T>; yaml: ParsedYaml } | undefined {
	const yaml = parseYaml(file.text, file.path, issues);
	if (!yaml) return undefined;
	const result = schema.safeParse(yaml.data);
	if (!result.success) {
		issuesFromZod(result.error, file.path, yaml).forEach((issue) => issues.add(issue));
		return undefined;
	}
	return { data: result.data, yaml };
}
