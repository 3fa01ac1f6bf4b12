import { describe, expect, it } from 'vitest';
import {
	contributionCostsOf,
	DEFAULT_PROFIT_SETTINGS,
	profitCostsSet,
	profitSettingsOf,
	type ProfitSettings
} from './profit-settings';

const settings = (change: Partial<ProfitSettings> = {}): ProfitSettings => ({
	...structuredClone(DEFAULT_PROFIT_SETTINGS),
	...change
});

describe('profitSettingsOf', () => {
	it('lays a saved section over the defaults, dropping malformed list entries', () => {
		const read = profitSettingsOf({
			costPerOrder: 3,
			categoryMargins: [{ category: 'Tea', margin: 40 }, { category: 7 }, 'x'],
			marketing: { rfm: [{ group: 'champions', amount: 5 }, { group: 'lost' }], abc: 'none' }
		});
		expect(read).toEqual(
			settings({
				costPerOrder: 3,
				categoryMargins: [{ category: 'Tea', margin: 40 }],
				marketing: { rfm: [{ group: 'champions', amount: 5 }], pattern: [], persona: [], abc: [] }
			})
		);
	});

	it('gives null when the settings hold no profit section', () => {
		expect(profitSettingsOf(undefined)).toBeNull();
		expect(profitSettingsOf([1, 2])).toBeNull();
	});
});

describe('profitCostsSet', () => {
	it('is false for the defaults and true once any cost, margin or marketing is set', () => {
		expect(profitCostsSet(settings())).toBe(false);
		expect(profitCostsSet(settings({ costPerTicket: 1 }))).toBe(true);
		expect(profitCostsSet(settings({ marginPercent: 0 }))).toBe(true);
		expect(profitCostsSet(settings({ costsSet: true }))).toBe(true);
	});

	it('counts marketing of the chosen grouping only', () => {
		const marketing = { ...DEFAULT_PROFIT_SETTINGS.marketing, abc: [{ group: 'a', amount: 2 }] };
		expect(profitCostsSet(settings({ by: 'rfm', marketing }))).toBe(false);
		expect(profitCostsSet(settings({ by: 'abc', marketing }))).toBe(true);
	});
});

describe('contributionCostsOf', () => {
	it('gives the costs as entered, what-if multipliers at 1', () => {
		const costs = contributionCostsOf(settings({ costPerReturn: 12, marginPercent: 40 }));
		expect(costs).toMatchObject({ costPerReturn: 12, marginPercent: 40, goodsFrom: 'auto' });
		expect(Object.values(costs!.multipliers)).toEqual([1, 1, 1, 1, 1, 1]);
	});

	it('gives null when no cost is set', () => {
		expect(contributionCostsOf(settings())).toBeNull();
	});

	it('refuses goods from a cost column the data does not have, naming why', () => {
		expect(() =>
			contributionCostsOf(settings({ goodsFrom: 'cost', costsSet: true }), {
				hasCostColumn: false
			})
		).toThrow(/cost/i);
	});

	it('refuses an unknown grouping, naming it', () => {
		const bad = settings({ costPerOrder: 1, by: 'colour' as ProfitSettings['by'] });
		expect(() => contributionCostsOf(bad)).toThrow(/profit\.by: .*got colour/);
	});
});
