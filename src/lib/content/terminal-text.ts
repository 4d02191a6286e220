/**
 * Author text on a terminal: everything `validate` and `build` print about a story (messages, excerpts
 * of its text, file names) goes through `escapeForTerminal`, so a story cannot clear the screen, move
 * the cursor, colour a fake "valid" line or reorder what is shown with bidirectional controls.
 */

/**
 * C0 and C1 controls (with DEL), and the invisible characters that change how a line is displayed:
 * the Arabic letter mark, zero-width spaces and joiners, left-to-right and right-to-left marks, line
 * and paragraph separators, bidirectional embeddings, overrides and isolates, and the byte order mark.
 */
const UNSAFE_ON_A_TERMINAL =
	// eslint-disable-next-line no-control-regex -- control characters are what it finds
	/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

/** `\u001b` for ESC, `\u202e` for a right-to-left override… one line, nothing that acts on the terminal. */
export function escapeForTerminal(text: string): string {
	return text.replace(UNSAFE_ON_A_TERMINAL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
