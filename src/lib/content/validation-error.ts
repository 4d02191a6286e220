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

/** Formats an issue as `file:line field: message`, the shape editors and terminals link. */
export function formatIssue(issue: ValidationIssue): string {
	const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
	const field = issue.field ? ` ${issue.field}:` : '';
	return `${where}${field} ${issue.message}`;
}

/** Thrown when content or geodata does not validate; carries every issue found, not just the first. */
export class ValidationError extends Error {
	readonly issues: ValidationIssue[];

	constructor(issues: ValidationIssue[]) {
		const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
		super(`Invalid story content (${count}):\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`);
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
