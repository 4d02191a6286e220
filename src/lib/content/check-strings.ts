/**
 * Checks an author's strings against the engine's catalogue (src/lib/i18n/strings.ts): a story's
 * `copy:` overrides some keys; an edition's strings.yaml gives every key. Unknown keys and
 * placeholders that differ from the catalogue's are errors. Pure.
 */
import { ENGINE_STRINGS, STRING_KEYS, templateParams, type StringKey } from '../i18n/strings';
import type { ValidationIssue } from './validation-error';

/** Placeholders as a message names them: "{date}, {name}", or "none". */
const listed = (names: string[]) =>
	names.length
		? [...new Set(names)]
				.sort()
				.map((name) => `{${name}}`)
				.join(', ')
		: 'none';

/**
 * @param strings key → text, as the author wrote them
 * @param complete every key must be present (an edition in another language)
 * @param at where a key is: file, field and line for the message
 */
export function checkStrings(
	strings: Readonly<Record<string, string>>,
	complete: boolean,
	at: (key: string | undefined) => Omit<ValidationIssue, 'message'>
): ValidationIssue[] {
	const issues: ValidationIssue[] = [];
	for (const [key, text] of Object.entries(strings)) {
		if (!Object.hasOwn(ENGINE_STRINGS, key)) {
			issues.push({
				...at(key),
				message: `unknown string "${key}" (the keys are in src/lib/i18n/strings.ts)`
			});
			continue;
		}
		const expected = listed(templateParams(ENGINE_STRINGS[key as StringKey]));
		const found = listed(templateParams(text));
		if (expected !== found)
			issues.push({ ...at(key), message: `must use the placeholders ${expected} (found: ${found})` });
	}
	if (complete) {
		const missing = STRING_KEYS.filter((key) => !Object.hasOwn(strings, key));
		if (missing.length > 0)
			issues.push({
				...at(undefined),
				message: `missing ${missing.length === 1 ? 'string' : `${missing.length} strings`}: ${missing.join(', ')}`
			});
	}
	return issues;
}
