/** How a source is written out wherever it is listed. Free of the schema library, for pages. */
import { formatDateEnglish } from './partial-date';
import type { SourceEntry } from './schema';

/** The headline, or for an item without one its description in square brackets. */
export function sourceHeading(source: Pick<SourceEntry, 'title' | 'description'>): string {
	return source.title ?? `[${source.description ?? ''}]`;
}

/** The publication date for English readers, or undefined for an undated item (`date: none`). */
export function formatSourceDate(date: SourceEntry['date']): string | undefined {
	return date === 'none' ? undefined : formatDateEnglish(date);
}
