/**
 * How `validate`, `geo` and `build` report a failure on the terminal: a ValidationError as its list of
 * problems (file, line, field, message; already escaped); anything else as one escaped message, since
 * an unexpected error is the engine's bug, not the author's, and its stack means nothing to an author
 * (`STORY_DEBUG=1` prints it for whoever fixes the engine). Build time only.
 */
import { escapeForTerminal } from '../content/terminal-text';
import { ValidationError } from '../content/validation-error';

export function describeFailure(error: unknown, env = process.env): string {
	if (error instanceof ValidationError) return error.message;
	const message = error instanceof Error ? error.message : String(error);
	const lines = message.split('\n').map(escapeForTerminal);
	if (env.STORY_DEBUG && error instanceof Error && error.stack) {
		return [...lines, ...error.stack.split('\n').slice(1).map(escapeForTerminal)].join('\n');
	}
	return `${lines.join('\n')}\n(unexpected: this is likely a bug in the engine; STORY_DEBUG=1 shows where it happened)`;
}

/** Prints the failure on stderr and ends the process with status 1. */
export function exitWithFailure(error: unknown): never {
	console.error(describeFailure(error));
	process.exit(1);
}
