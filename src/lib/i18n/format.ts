/**
 * Numbers and dates as the readers of an edition read them, with the platform's Intl (no data of
 * our own): English dates as "7 December 2026"; in an edition with another calendar (Persian: the
 * Solar Hijri calendar), a full date in that calendar followed by the Gregorian one. Pure.
 */

/** How an edition writes: its language, direction, Intl locale and, if not Gregorian, its calendar. */
export interface Locale {
	/** BCP 47 language tag of the text ("en", "ar"). */
	lang: string;
	dir: 'ltr' | 'rtl';
	/** Intl locale for numbers and dates ("en-GB", "fa-IR"). */
	intl: string;
	/** Intl calendar readers date events by, when it is not the Gregorian one ("persian"). */
	calendar?: string;
}

/** A date as content writes it: "2026", "2026-12" or "2026-12-07". */
export type IsoDate = string;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Intl formatters made once per locale and options: making one costs far more than formatting with
 * it (measured: re-making a DateTimeFormat for every date was most of the story page's hydration,
 * which formats every source's dates; docs/performance.md).
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
	let made = formatters.get(key) as T | undefined;
	if (!made) formatters.set(key, (made = make()));
	return made;
}

export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
	return formatter(
		`n ${locale.intl} ${JSON.stringify(options)}`,
		() => new Intl.NumberFormat(locale.intl, options)
	).format(value);
}

/** A year as a year: no thousands separator ("1869", "۱۸۶۹"). */
export function formatYear(year: number, locale: Locale): string {
	return formatNumber(year, locale, { useGrouping: false });
}

function format(date: Date, intl: string, options: Intl.DateTimeFormatOptions): string {
	return formatter(
		`d ${intl} ${JSON.stringify(options)}`,
		() => new Intl.DateTimeFormat(intl, { ...options, timeZone: 'UTC' })
	).format(date);
}

/** The Gregorian calendar in the edition's language, whatever calendar it usually dates by. */
function gregorian(locale: Locale): string {
	return `${locale.intl}-u-ca-gregory`;
}

/**
 * A content date for readers: a full date also in the edition's own calendar; a month or a year in
 * the Gregorian calendar only (a Gregorian month or year spans two months or years of another
 * calendar, so converting it would be wrong). Returns the input unchanged if it is not a date.
 */
export function formatDate(iso: IsoDate, locale: Locale): string {
	const match = PARTIAL_DATE.exec(iso);
	if (!match) return iso;
	const [, year, month, day] = match;
	const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
	if (!month) return formatYear(Number(year), locale);
	if (!day) return format(date, gregorian(locale), { year: 'numeric', month: 'long' });
	const inGregorian = format(date, gregorian(locale), { dateStyle: 'long' });
	if (!locale.calendar || locale.calendar === 'gregory') return inGregorian;
	const inCalendar = format(date, `${locale.intl}-u-ca-${locale.calendar}`, { dateStyle: 'long' });
	return `${inCalendar} (${inGregorian})`;
}

/** The name of a language in the edition's language ("ar" → "Arabic" in English, "العربية" in Arabic). */
export function languageName(code: string, locale: Locale): string {
	try {
		return new Intl.DisplayNames([locale.intl], { type: 'language' }).of(code) ?? code;
	} catch {
		return code;
	}
}

/** Writing direction of a language, for text in it inside a page of another language. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
	const base = lang.split('-')[0]!;
	return ['ar', 'dv', 'fa', 'he', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi'].includes(base) ? 'rtl' : 'ltr';
}
