/**
 * How a source's side is named next to it, wherever sources are listed. Kept apart from schema.ts
 * so that pages can use it without pulling the schema library (zod) into the browser.
 */
import type { SourceEntry } from './schema';

export const AFFILIATION_LABEL: Record<NonNullable<SourceEntry['affiliation']>, string> = {
	'mek-ncri': 'MEK/NCRI source',
	'iran-state': 'Iranian state or state-aligned source',
	'former-members': 'source run by former members'
};
