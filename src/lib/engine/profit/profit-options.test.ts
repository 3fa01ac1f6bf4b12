import { describe, expect, it } from 'vitest';
import {
	checkProfitOptions,
	DEFAULT_PROFIT_OPTIONS,
	parseCategoryMargins,
	parseMarketing,
	ProfitOptionsError,
	validateProfitOptions,
	withProfitDefaults
} from './profit-options';

const fieldsOf = (options: Parameters<typeof validateProfitOptions>[0], context = {}) =>
	validateProfitOptions(options, context).map((issue) => `${issue.severity} ${issue.field}`);

describe('profit options', () => {
	it('default to zero costs, no margin and multipliers of 1', () => {
		expect(DEFAULT_PROFIT_OPTIONS).toMatchObject({
			goodsFrom: 'auto',
			marginPercent: null,
			costPerOrder: 0,
			costPerReturn: 0,
			costPerTicket: 0,
			costPerEffortPoint: 0
		});
		expect(Object.values(DEFAULT_PROFIT_OPTIONS.multipliers)).toEqual([1, 1, 1, 1, 1, 1]);
		expect(validateProfitOptions(withProfitDefaults())).toEqual([]);
	});

	it('fill defaults under a partial object without sharing its tables', () => {
		const partial = { multipliers: { returns: 1.2 } } as Parameters<typeof withProfitDefaults>[0];
		const options = withProfitDefaults(partial);
		expect(options.multipliers).toEqual({
			goods: 1,
			orders: 1,
			returns: 1.2,
			tickets: 1,
			effort: 1,
			marketing: 1
		});
		options.categoryMargins.Tea = 10;
		expect(DEFAULT_PROFIT_OPTIONS.categoryMargins).toEqual({});
	});

	it('reject a negative margin and a margin over 100%, naming the field', () => {
		const issues = validateProfitOptions(
			withProfitDefaults({ marginPercent: -5, categoryMargins: { Tea: 140 } })
		);
		expect(issues.map((i) => i.field)).toEqual(['marginPercent', 'categoryMargins.Tea']);
		expect(issues[0].message).toMatch(/cannot be negative/);
		expect(issues[1].message).toMatch(/“Tea”.*over 100%/);
	});

	it('reject negative or non-numeric costs, naming each', () => {
		expect(
			fieldsOf(
				withProfitDefaults({ costPerOrder: -1, costPerTicket: NaN, costPerEffortPoint: -0.5 })
			)
		).toEqual(['error costPerOrder', 'error costPerTicket', 'error costPerEffortPoint']);
		expect(fieldsOf(withProfitDefaults({ marketingPerCustomer: { Lost: -2 } }))).toEqual([
			'error marketingPerCustomer.Lost'
		]);
	});

	it('reject what-if multipliers outside 0.5–1.5 and unknown cost kinds', () => {
		const options = withProfitDefaults();
		const multipliers = {
			...options.multipliers,
			returns: 2,
			rent: 1
		} as typeof options.multipliers;
		expect(fieldsOf({ ...options, multipliers })).toEqual([
			'error multipliers.returns',
			'error multipliers.rent'
		]);
	});

	it('warn about margins of unknown categories and marketing of unknown groups', () => {
		const options = withProfitDefaults({
			categoryMargins: { Tea: 50, Teas: 40 },
			marketingPerCustomer: { champions: 2, Champs: 1 }
		});
		expect(
			fieldsOf(options, {
				categories: ['Tea'],
				groupLabels: ['Champions'],
				groupKeys: ['champions']
			})
		).toEqual(['warning categoryMargins.Teas', 'warning marketingPerCustomer.Champs']);
	});

	it('refuse goods from a cost column the file does not have', () => {
		expect(fieldsOf(withProfitDefaults({ goodsFrom: 'cost' }), { hasCostColumn: false })).toEqual([
			'error goodsFrom'
		]);
	});

	it('throw every error at once from checkProfitOptions and return the warnings', () => {
		const bad = withProfitDefaults({ costPerOrder: -1, costPerReturn: -2 });
		expect(() => checkProfitOptions(bad)).toThrow(ProfitOptionsError);
		expect(() => checkProfitOptions(bad)).toThrow(/order.*\n.*return/);
		const warned = checkProfitOptions(withProfitDefaults({ categoryMargins: { X: 1 } }), {
			categories: []
		});
		expect(warned.map((w) => w.severity)).toEqual(['warning']);
	});
});

describe('parseCategoryMargins', () => {
	it('reads category,margin rows with a header, percent signs, quotes and decimal commas', () => {
		const text = '\uFEFFcategory,margin\r\nTea,40\r\n"Cups, mugs",35%\r\nCards;12,5\r\n\r\n';
		expect(parseCategoryMargins(text)).toEqual({ Tea: 40, 'Cups, mugs': 35, Cards: 12.5 });
	});

	it('names every bad line: text, a negative margin, over 100%, no separator', () => {
		const text = 'Tea,40\nMugs,lots\nCards,-5\nToys,150\nGarden';
		try {
			parseCategoryMargins(text);
			expect.unreachable();
		} catch (error) {
			const messages = (error as ProfitOptionsError).issues.map((issue) => issue.message);
			expect(messages).toHaveLength(4);
			expect(messages[0]).toMatch(/line 2.*“Mugs”.*“lots”/);
			expect(messages[1]).toMatch(/line 3.*negative/);
			expect(messages[2]).toMatch(/line 4.*over 100%/);
			expect(messages[3]).toMatch(/line 5/);
		}
	});
});

describe('parseMarketing', () => {
	it('reads group=amount pairs', () => {
		expect(parseMarketing('champions=2.5, lost=0,at-risk=1')).toEqual({
			champions: 2.5,
			lost: 0,
			'at-risk': 1
		});
	});

	it('names a pair that is not group=amount', () => {
		expect(() => parseMarketing('champions=2,lost')).toThrow(/“lost”/);
		expect(() => parseMarketing('champions=two')).toThrow(/“champions=two”/);
	});
});
