import { describe, expect, it } from 'vitest';
import { decodeSettingsFragment, encodeSettingsFragment, mergeSettings } from './link-settings';

describe('settings in the URL fragment', () => {
	it('round-trips settings with non-ASCII text', () => {
		const settings = { value: { topN: 50 }, rules: [{ name: 'Stammkunden €' }] };
		const hash = encodeSettingsFragment(settings);
		expect(hash).toMatch(/^#settings=[A-Za-z0-9_-]+$/);
		expect(decodeSettingsFragment(hash)).toEqual(settings);
	});

	it('ignores fragments that hold no settings or are damaged', () => {
		expect(decodeSettingsFragment('')).toBeNull();
		expect(decodeSettingsFragment('#top')).toBeNull();
		expect(decodeSettingsFragment('#settings=%%%')).toBeNull();
		expect(decodeSettingsFragment(`#settings=${btoa('[1,2]')}`)).toBeNull();
	});

	it('keeps only values of the default’s type when merging', () => {
		const defaults = { topN: 200, basis: 'revenue', date: null as string | null, list: [1] };
		expect(
			mergeSettings(defaults, { topN: '9', basis: 'profit', date: '2024-01-01', extra: 1 })
		).toEqual({
			topN: 200,
			basis: 'profit',
			date: '2024-01-01',
			list: [1]
		});
		expect(mergeSettings(defaults, { list: 'x' }).list).toEqual([1]);
		expect(mergeSettings(defaults, null)).toBe(defaults);
	});
});
