/** Turns zod's issues into ValidationIssues that name the field and, where known, its line. */
import type { z } from 'zod';
import type { ValidationIssue } from './validation-error';
import type { ParsedYaml } from './yaml-file';

type Path = readonly PropertyKey[];

/** `["camera", "center", 1]` → `camera.center[1]` */
export function formatPath(path: Path): string {
	return path
		.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
		.join('');
}

/** Zod's message for one issue, in the words our messages use ("is missing", "must be a number, not string"). */
export function humanMessage(issue: z.core.$ZodIssue): string {
	if (issue.code === 'invalid_type') {
		const received = /received (\w+)/.exec(issue.message)?.[1];
		if (received === 'undefined') return 'is missing';
		return `must be ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}${received ? `, not ${received}` : ''}`;
	}
	if (issue.code === 'too_small' && issue.origin === 'array' && issue.message.startsWith('Too small')) {
		return `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
	}
	if (issue.code === 'too_small' && issue.origin === 'string' && issue.message.startsWith('Too small')) {
		return 'must not be empty';
	}
	return issue.message;
}

/** Flattens one zod issue; for a failed union, keeps the alternative the author most likely meant. */
function flatten(issue: z.core.$ZodIssue, prefix: Path): { path: Path; message: string }[] {
	const path = [...prefix, ...issue.path];
	if (issue.code === 'invalid_union' && issue.errors.length > 0) {
		const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
		if (closest.length > 0) return closest.flatMap((inner) => flatten(inner, path));
	}
	if (issue.code === 'unrecognized_keys') {
		return issue.keys.map((key) => ({ path: [...path, key], message: 'is not a known field (misspelt?)' }));
	}
	return [{ path, message: humanMessage(issue) }];
}

export function issuesFromZod(
	error: z.ZodError,
	file: string,
	yaml: ParsedYaml | undefined,
	prefix: Path = []
): ValidationIssue[] {
	return error.issues.flatMap((issue) =>
		flatten(issue, prefix).map(({ path, message }) => ({
			file,
			field: formatPath(path),
			message,
			line: yaml?.lineOf(path)
		}))
	);
}
