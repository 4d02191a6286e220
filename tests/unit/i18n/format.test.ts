import { describe, expect, it } from 'vitest';
import {
	directionOf,
	formatDate,
	formatNumber,
	formatYear,
	languageName
} from '../../../src/lib/i18n/format';
import { PageText } from '../../../src/lib/i18n/page-text';
import { ENGINE_STRINGS, interpolate, templateParams, templateParts } from '../../../src/lib/i18n/strings';

const english = { lang: 'en', dir: 'ltr', intl: 'en-GB' } as const;
const persian = { lang: 'fa', dir: 'rtl', intl: 'fa-IR', calendar: 'persian' } as const;

describe('dates and numbers as each edition’s readers read them', () => {
	it('writes English dates in full, a month, or a year', () => {
		expect(formatDate('2012-09-28', english)).toBe('28 September 2012');
		expect(formatDate('1988-07', english)).toBe('July 1988');
		expect(formatDate('2013', english)).toBe('2013');
	});

	it('gives a full date in the Solar Hijri calendar first, then the Gregorian one, in Persian digits', () => {
		expect(formatDate('1988-07-25', persian)).toBe('۳ مرداد ۱۳۶۷ (۲۵ ژوئیهٔ ۱۹۸۸)');
		expect(formatDate('2026-12-07', persian)).toBe('۱۶ آذر ۱۴۰۵ (۷ دسامبر ۲۰۲۶)');
	});

	it('keeps a month or a year Gregorian (it spans two of another calendar’s)', () => {
		expect(formatDate('1988-07', persian)).toBe('ژوئیهٔ ۱۹۸۸');
		expect(formatDate('1988', persian)).toBe('۱۹۸۸');
	});

	it('leaves what is not a date as written', () => {
		expect(formatDate('none', english)).toBe('none');
		expect(formatDate('Summer 1975', persian)).toBe('Summer 1975');
	});

	it('writes numbers with the edition’s digits, and years without a thousands separator', () => {
		expect(formatNumber(145, persian)).toBe('۱۴۵');
		expect(formatYear(1988, persian)).toBe('۱۹۸۸');
		expect(formatYear(1988, english)).toBe('1988');
		expect(formatNumber(12250, english)).toBe('12,250');
	});

	it('names languages in the edition’s language and knows which are written right to left', () => {
		expect(languageName('fa', english)).toBe('Persian');
		expect(languageName('en', persian)).toBe('انگلیسی');
		expect(directionOf('fa')).toBe('rtl');
		expect(directionOf('ar')).toBe('rtl');
		expect(directionOf('sq')).toBe('ltr');
	});
});

describe('the strings catalogue', () => {
	it('fills placeholders, and leaves an unknown one as written', () => {
		expect(interpolate('Map: {chapter}', { chapter: 'Paris' })).toBe('Map: Paris');
		expect(interpolate('{a} and {b}', { a: 'x' })).toBe('x and {b}');
		expect(templateParams('Keys: {next}, {previous}')).toEqual(['next', 'previous']);
	});

	it('cuts a template at its placeholders for markup', () => {
		expect(templateParts('Keys: {next} next')).toEqual([
			{ text: 'Keys: ' },
			{ param: 'next' },
			{ text: ' next' }
		]);
	});

	it('writes numbers in placeholders the edition’s way', () => {
		const text = new PageText({ ...ENGINE_STRINGS, 'embed.position': '{current} از {count}' }, persian);
		expect(text.t('embed.position', { current: 3, count: 20 })).toBe('۳ از ۲۰');
		expect(new PageText(ENGINE_STRINGS, english).t('embed.position', { current: 3, count: 20 })).toBe(
			'3 / 20'
		);
	});

	it('marks text in another script’s direction only where it differs from the page’s', () => {
		expect(new PageText(ENGINE_STRINGS, english).dirOf('fa')).toBe('rtl');
		expect(new PageText(ENGINE_STRINGS, english).dirOf('fr')).toBeUndefined();
		expect(new PageText(ENGINE_STRINGS, persian).dirOf('en')).toBe('ltr');
	});

	it('marks words not translated yet with their language, and their direction where it differs', () => {
		const text = new PageText(ENGINE_STRINGS, persian);
		expect(text.wordsIn('en')).toEqual({ lang: 'en', dir: 'ltr' });
		expect(text.wordsIn('ar')).toEqual({ lang: 'ar' });
		expect(text.wordsIn(undefined)).toEqual({});
	});
});
