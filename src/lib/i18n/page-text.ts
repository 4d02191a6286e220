/**
 * What components use to write: the edition's strings, its numbers and its dates. Pure; the pages
 * make one per edition and hand it down by context (context.ts).
 */
import { directionOf, formatDate, formatNumber, formatYear, languageName, type Locale } from './format';
import { interpolate, type StringKey, type StringParams, type Strings } from './strings';

export class PageText {
	constructor(
		readonly strings: Strings,
		readonly locale: Locale
	) {}

	/** A catalogue string with its `{name}` values filled in (numbers written the edition's way). */
	t(key: StringKey, params: StringParams = {}): string {
		const written = Object.fromEntries(
			Object.entries(params).map(([name, value]) => [
				name,
				typeof value === 'number' ? this.number(value) : value
			])
		);
		return interpolate(this.strings[key], written);
	}

	/** A catalogue string as written, placeholders kept (for templateParts). */
	raw(key: StringKey): string {
		return this.strings[key];
	}

	number(value: number, options?: Intl.NumberFormatOptions): string {
		return formatNumber(value, this.locale, options);
	}

	year(year: number): string {
		return formatYear(year, this.locale);
	}

	/** A content date ("1869-11-17", "1869-11", "1975") as this edition's readers read it. */
	date(iso: string): string {
		return formatDate(iso, this.locale);
	}

	language(code: string): string {
		return languageName(code, this.locale);
	}

	/**
	 * The attributes for words in `lang` shown inside this edition's pages (a chapter or a correction
	 * not translated yet): their language, and their direction when it differs; none when `lang` is
	 * undefined (the words are in the edition's language).
	 */
	wordsIn(lang: string | undefined): { lang?: string; dir?: 'ltr' | 'rtl' } {
		if (lang === undefined) return {};
		const dir = this.dirOf(lang);
		return dir ? { lang, dir } : { lang };
	}

	/** `dir` for a text in `lang` shown inside this edition's pages (undefined when it is the same). */
	dirOf(lang: string): 'ltr' | 'rtl' | undefined {
		const dir = directionOf(lang);
		return dir === this.locale.dir ? undefined : dir;
	}
}
