import { escapeForTerminal } from './terminal-text';

/**
 * One problem found in an author's file: which file, which field, what is wrong.
 * `line` is 1-based and present when the parser could locate the field.
 */
export interface ValidationIssue {
	file: string;
	field: string;
	message: string;
	line?: number;
}

/**
 * Formats an issue as `file:line field: message`, the shape editors and terminals link, on one line
 * with every control and bidirectional character escaped (file names and messages quote the author).
 */
export function formatIssue(issue: ValidationIssue): string {
	const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
	const field = issue.field ? ` ${shorten(issue.field, 120)}:` : '';
	return escapeForTerminal(`${where}${field} ${shorten(issue.message, 600)}`);
}

/** Cuts text an author controls (a field named by a 1 MB key, a message quoting a value) to a line's worth. */
function shorten(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;
}

/** A value as a message quotes it: short JSON for a short string, number or boolean; its kind otherwise. */
export function quoteValue(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
	if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
	if (value === undefined) return 'nothing';
	return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value;
}

/** Messages list this many issues at most (all of them stay in `issues`): a broken file cannot flood a terminal. */
export const MAX_LISTED_ISSUES = 100;

function listIssues(issues: readonly ValidationIssue[]): string {
	const listed = issues.slice(0, MAX_LISTED_ISSUES).map((i) => `  - ${formatIssue(i)}`);
	const rest = issues.length - listed.length;
	if (rest > 0) listed.push(`  … and ${rest} more`);
	return listed.join('\n');
}

/** Thrown when content or geodata does not validate; carries every issue found, not just the first. */
export class ValidationError extends Error {
	readonly issues: ValidationIssue[];

	constructor(issues: ValidationIssue[]) {
		const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
		super(`Invalid story content (${count}):\n${listIssues(issues)}`);
		this.name = 'ValidationError';
		this.issues = issues;
	}
}

/** Collects issues while validating several files, then throws them all at once. */
export class IssueList {
	readonly issues: ValidationIssue[] = [];

	add(issue: ValidationIssue): void {
		this.issues.push(issue);
	}

	get ok(): boolean {
		return this.issues.length === 0;
	}

	throwIfAny(): void {
		if (!this.ok) throw new ValidationError(this.issues);
	}
}
