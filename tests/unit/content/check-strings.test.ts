import { describe, expect, it } from 'vitest';
import { checkStrings } from '../../../src/lib/content/check-strings';
import { ENGINE_STRINGS, STRING_KEYS } from '../../../src/lib/i18n/strings';

const at = (key: string | undefined) => ({ file: 'strings.yaml', field: key ?? '' });

describe('checkStrings', () => {
	it('accepts a story’s overrides of some keys', () => {
		expect(checkStrings({ 'page.kicker': 'An investigation' }, false, at)).toEqual([]);
	});

	it('refuses unknown keys and placeholders that differ from the catalogue’s', () => {
		const issues = checkStrings({ 'page.kikcer': 'x', 'page.checked': 'Checked on {day}' }, false, at);
		expect(issues).toEqual([
			{
				file: 'strings.yaml',
				field: 'page.kikcer',
				message: expect.stringMatching(/^unknown string "page.kikcer"/)
			},
			{
				file: 'strings.yaml',
				field: 'page.checked',
				message: 'must use the placeholders {date} (found: {day})'
			}
		]);
	});

	it('an edition in another language gives every string', () => {
		const all = Object.fromEntries(STRING_KEYS.map((key) => [key, ENGINE_STRINGS[key]]));
		expect(checkStrings(all, true, at)).toEqual([]);
		const missing = Object.fromEntries(Object.entries(all).filter(([key]) => key !== 'share.button'));
		expect(checkStrings(missing, true, at)).toEqual([
			{ file: 'strings.yaml', field: '', message: 'missing string: share.button' }
		]);
	});
});
