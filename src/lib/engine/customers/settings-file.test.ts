import { describe, expect, it } from 'vitest';
import { migrateSettings, parseSettingsText, tableChoiceOf } from './settings-file';

describe('migrateSettings', () => {
	it('moves an old link’s Value basis and analysis date to the dataset section', () => {
		expect(
			migrateSettings({ value: { topN: 50, basis: 'profit', analysisDate: '2011-06-01' } })
		).toEqual({
			value: { topN: 50 },
			dataset: { basis: 'profit', analysisDate: '2011-06-01' }
		});
	});

	it('moves an old Personas link’s basis and date the same way', () => {
		expect(migrateSettings({ personas: { k: 3, basis: 'profit', analysisDate: null } })).toEqual({
			personas: { k: 3 },
			dataset: { basis: 'profit', analysisDate: null }
		});
	});

	it('lets the Value view’s choice win over the Personas view’s, and a dataset section over both', () => {
		const migrated = migrateSettings({
			personas: { basis: 'revenue', analysisDate: '2011-01-01' },
			value: { basis: 'profit' }
		});
		expect(migrated.dataset).toEqual({ basis: 'profit', analysisDate: '2011-01-01' });
		expect(
			migrateSettings({ value: { basis: 'profit' }, dataset: { basis: 'revenue' } }).dataset
		).toEqual({ basis: 'revenue' });
	});

	it('leaves settings without an old choice unchanged', () => {
		const current = { dataset: { basis: 'revenue' }, segments: { bins: 4 } };
		expect(migrateSettings(current)).toEqual(current);
	});
});

describe('parseSettingsText', () => {
	it('reads a JSON object of sections and migrates it', () => {
		expect(parseSettingsText('{"value": {"topN": 5, "basis": "profit"}}')).toEqual({
			value: { topN: 5 },
			dataset: { basis: 'profit' }
		});
	});

	it('reads the settings of a share link', () => {
		const json = JSON.stringify({ segments: { bins: 4 } });
		const encoded = btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
		expect(parseSettingsText(`https://example.org/sieve/segments/#settings=${encoded}`)).toEqual({
			segments: { bins: 4 }
		});
	});

	it('says what is wrong with text that is not settings', () => {
		expect(() => parseSettingsText('[1, 2]')).toThrow(/JSON object of sections/);
		expect(() => parseSettingsText('{oops')).toThrow(/not JSON/);
	});
});

describe('tableChoiceOf', () => {
	it('fills the customer-table choice from the dataset section over the defaults', () => {
		expect(tableChoiceOf({ dataset: { analysisDate: '2011-06-01', basis: 7 } })).toEqual({
			basis: 'revenue',
			analysisDate: '2011-06-01',
			startDate: null
		});
	});
});
