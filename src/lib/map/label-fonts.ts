/**
 * Vazirmatn (SIL Open Font License; Latin and Persian/Arabic scripts) from @fontsource, served by
 * the site as hashed assets. Ranges as in @fontsource/vazirmatn's CSS, so each file only loads when
 * a label needs one of its characters.
 */
import arabic from '@fontsource/vazirmatn/files/vazirmatn-arabic-400-normal.woff2?url';
import latinExt from '@fontsource/vazirmatn/files/vazirmatn-latin-ext-400-normal.woff2?url';
import latin from '@fontsource/vazirmatn/files/vazirmatn-latin-400-normal.woff2?url';
import type { FontFile } from './map-style';

export const LABEL_FONT_FILES: readonly FontFile[] = [
	{
		url: latin,
		unicodeRange: [
			'U+0000-00FF',
			'U+0131',
			'U+0152-0153',
			'U+02BB-02BC',
			'U+02C6',
			'U+02DA',
			'U+02DC',
			'U+2000-206F',
			'U+20AC',
			'U+2122',
			'U+2212'
		]
	},
	{ url: latinExt, unicodeRange: ['U+0100-02AF', 'U+1E00-1EFF', 'U+2C60-2C7F', 'U+A720-A7FF'] },
	{ url: arabic, unicodeRange: ['U+0600-06FF', 'U+0750-077F', 'U+200C-200E', 'U+FB50-FDFF', 'U+FE70-FEFC'] }
];

export const LABEL_FONT_CREDIT = 'Labels: Vazirmatn (SIL OFL)';
