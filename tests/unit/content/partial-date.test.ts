import { describe, expect, it } from 'vitest';
import { firstDay, formatDateEnglish, isPartialDate, lastDay } from '../../../src/lib/content/partial-date';

describe('a date as precise as it is known', () => {
	it('is a year, a month or a day that exists', () => {
		for (const ok of ['1988', '1988-07', '1988-07-25', '2024-02-29'])
			expect(isPartialDate(ok), ok).toBe(true);
		for (const bad of [
			'88',
			'1988-7',
			'1988-13',
			'2023-02-29',
			'1988-07-32',
			'25 July 1988',
			'1988-07-25T10:00'
		])
			expect(isPartialDate(bad), bad).toBe(false);
	});

	it('spans from its first to its last possible day', () => {
		expect([firstDay('1988'), lastDay('1988')]).toEqual(['1988-01-01', '1988-12-31']);
		expect([firstDay('2024-02'), lastDay('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
		expect([firstDay('1988-07-25'), lastDay('1988-07-25')]).toEqual(['1988-07-25', '1988-07-25']);
	});

	it('reads as English readers write it', () => {
		expect(formatDateEnglish('2012-09-28')).toBe('28 September 2012');
		expect(formatDateEnglish('1988-07')).toBe('July 1988');
		expect(formatDateEnglish('2013')).toBe('2013');
		expect(formatDateEnglish('2023-05-06')).toBe('6 May 2023');
	});
});
