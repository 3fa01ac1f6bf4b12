import { describe, expect, it } from 'vitest';
import { mergeSettings } from './link-settings';
import {
	DEFAULT_PROFIT_SETTINGS,
	profitOptionsOf,
	profitSettingErrors,
	repairProfitSettings,
	type ProfitSettings
} from './profit-settings';

const settings = (change: Partial<ProfitSettings> = {}): ProfitSettings => ({
	...structuredClone(DEFAULT_PROFIT_SETTINGS),
	...change
});

describe('profit settings', () => {
	it('survive a round trip through a link’s merge, lists and all', () => {
		const saved = settings({
			by: 'pattern',
			marginPercent: 40,
			categoryMargins: [{ category: 'Tea', margin: 55 }],
			marketing: {
				...DEFAULT_PROFIT_SETTINGS.marketing,
				pattern: [{ group: 'regular', amount: 4 }]
			}
		});
		const merged = mergeSettings(
			structuredClone(DEFAULT_PROFIT_SETTINGS),
			JSON.parse(JSON.stringify(saved))
		);
		expect(merged).toEqual(saved);
	});

	it('give the engine the marketing of the chosen grouping only', () => {
		const options = profitOptionsOf(
			settings({
				by: 'abc',
				marketing: {
					...DEFAULT_PROFIT_SETTINGS.marketing,
					abc: [{ group: 'a', amount: 9 }],
					rfm: [{ group: 'champions', amount: 2 }]
				}
			})
		);
		expect(options.marketingPerCustomer).toEqual({ a: 9 });
	});

	it('give the engine per-category margins keyed by category', () => {
		const options = profitOptionsOf(
			settings({ categoryMargins: [{ category: 'Mugs', margin: 30 }] })
		);
		expect(options.categoryMargins).toEqual({ Mugs: 30 });
	});

	it('report a margin over 100% as an error naming the category', () => {
		const errors = profitSettingErrors(settings(), {
			categoryMargins: [{ category: 'Tea', margin: 120 }]
		});
		expect(errors).toHaveLength(1);
		expect(errors[0].message).toMatch(/“Tea”.*120%.*over 100%/);
	});

	it('reset a negative cost from a crafted link and say so', () => {
		const bad = settings({ costPerReturn: -3 });
		const notes = repairProfitSettings(bad);
		expect(bad.costPerReturn).toBe(0);
		expect(notes[0]).toMatch(/cost per return is -3.*reset/);
	});

	it('drop only the bad margin of a crafted link', () => {
		const bad = settings({
			categoryMargins: [
				{ category: 'Tea', margin: -5 },
				{ category: 'Mugs', margin: 30 }
			]
		});
		repairProfitSettings(bad);
		expect(bad.categoryMargins).toEqual([{ category: 'Mugs', margin: 30 }]);
	});

	it('drop malformed marketing entries and an unknown grouping', () => {
		const bad = settings({
			by: 'planets' as ProfitSettings['by'],
			marketing: {
				...DEFAULT_PROFIT_SETTINGS.marketing,
				rfm: [{ group: 'lost', amount: 'lots' } as unknown as { group: string; amount: number }]
			}
		});
		repairProfitSettings(bad);
		expect(bad.by).toBe('rfm');
		expect(bad.marketing.rfm).toEqual([]);
	});
});
