import { describe, expect, it } from 'vitest';
import { labelLanguages, naturalEarthNameColumn } from '../../geo/pipeline/label-languages';

describe('the languages the basemap keeps its names in', () => {
	it('are the story’s own and its editions’, besides English, by base language', () => {
		expect(labelLanguages({ lang: 'en', editions: ['fa'] })).toEqual(['fa']);
		expect(labelLanguages({ lang: 'pt-BR', editions: ['ar', 'en', 'pt'] })).toEqual(['ar', 'pt']);
		expect(labelLanguages({ lang: 'en' })).toEqual([]);
	});

	it('ignore what is not a language tag (validation reports it elsewhere)', () => {
		expect(labelLanguages({ lang: 42, editions: 'fa' })).toEqual([]);
		expect(labelLanguages({ editions: ['../x', 'fa'] })).toEqual(['fa']);
	});

	it('name Natural Earth’s columns', () => {
		expect(naturalEarthNameColumn('fa')).toBe('name_fa');
		expect(naturalEarthNameColumn('pt-BR')).toBe('name_pt');
	});
});
