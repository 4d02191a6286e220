/**
 * How a chapter's text is written in the language of its edition: citation numbers and lengths in
 * its digits, citation labels and separators in its words (the strings catalogue). The same for
 * the story's own language and for each translation.
 */
import { interpolate, type Strings } from '../i18n/strings';
import type { CitedSource, RenderEnv } from './markdown';

export interface ChapterWriting {
	formatNumber(value: number): string;
	/** A length, e.g. "124 km" or "۱۲۴ کیلومتر". */
	km(value: number): string;
	/** The Markdown renderer's settings for one chapter. */
	env(sourceAnchor: string, resolve: (id: string) => CitedSource | undefined): RenderEnv;
}

/** @param numberLocale the Intl locale of the edition's numbers (its `locale`, else its `lang`) */
export function chapterWriting(strings: Strings, numberLocale: string): ChapterWriting {
	const numberFormat = new Intl.NumberFormat(numberLocale);
	const formatNumber = (value: number) => numberFormat.format(value);
	return {
		formatNumber,
		km: (value) => interpolate(strings['measure.km'], { km: formatNumber(Math.round(value)) }),
		env: (sourceAnchor, resolve) => ({
			sourceAnchor,
			resolve,
			formatNumber,
			sourceLabel: (number, heading) =>
				interpolate(strings['source.cited'], { number: formatNumber(number), title: heading }),
			separator: strings['list.separator']
		})
	};
}
