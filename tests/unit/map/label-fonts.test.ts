import { describe, expect, it } from 'vitest';
import { LABEL_FONT_FILES, labelFontsFor } from '../../../src/lib/map/label-fonts';

const [latin, latinExt, arabic] = LABEL_FONT_FILES;

describe('labelFontsFor', () => {
	it('picks the files whose unicode ranges cover the labels, as the browser would', () => {
		expect(labelFontsFor(['Tehran', 'Durrës'])).toEqual([latin]);
		expect(labelFontsFor(['Tehran', 'تهران'])).toEqual([latin, arabic]);
		expect(labelFontsFor(['Ağrı'])).toEqual([latin, latinExt]);
	});

	it('needs no file for no text', () => {
		expect(labelFontsFor([])).toEqual([]);
		expect(labelFontsFor([''])).toEqual([]);
	});
});
