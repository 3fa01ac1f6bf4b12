import { describe, expect, it } from 'vitest';
import type { ColumnMapping, ColumnProfile, ColumnRole, SniffOutput } from '$lib/state/types';
import { countingSummary, customersFilledDown, presetRuleWords } from './counting-summary';

function profile(index: number, role: ColumnRole, counts: Partial<ColumnProfile>): ColumnProfile {
	return {
		index,
		name: `c${index}`,
		role,
		sampled: 10,
		nonEmpty: 10,
		dates: 0,
		numbers: 0,
		reason: '',
		...counts
	};
}

function sniffOf(columns: ColumnProfile[], preview: string[][] = []): SniffOutput {
	const mapping: ColumnMapping = {
		roles: columns.map((c) => c.role),
		dateOrder: 'dmy',
		returnPrefix: '',
		returns: 'net'
	};
	return {
		fileName: 'f.csv',
		fileSize: 100,
		gzip: false,
		encoding: 'utf-8',
		delimiter: ',',
		header: columns.map((c) => c.name),
		preview,
		columns,
		mapping,
		dateOrderEvidence: '',
		preset: null,
		currency: null,
		headerKey: 'k',
		warnings: []
	};
}

const SHOPIFY_RULES: NonNullable<ColumnMapping['preset']> = {
	id: 'shopify-orders',
	lineDiscount: 4,
	orderDiscount: 5,
	orderRefund: 6,
	cancelled: 7,
	fillDown: true,
	status: -1,
	notSaleStatuses: []
};

describe('countingSummary', () => {
	it('counts the sampled rows that have a customer, a parsable date and a parsable amount', () => {
		const sniff = sniffOf([
			profile(0, 'customer', { nonEmpty: 9 }),
			profile(1, 'date', { dates: 10 }),
			profile(2, 'amount', { numbers: 8 })
		]);
		expect(countingSummary(sniff, sniff.mapping)).toBe(
			'Of 10 sampled rows, 10 have a date that parses (day first), 8 have an amount that parses, 9 have a customer. ' +
				'A row missing one is rejected, with its reason. Returns (negative amounts) are netted against their customer.'
		);
	});

	it('names the return prefix and says when returns are left out', () => {
		const sniff = sniffOf([profile(0, 'customer', {})]);
		const text = countingSummary(sniff, { ...sniff.mapping, returnPrefix: 'C', returns: 'ignore' });
		expect(text).toContain(
			'Returns (negative amounts, order ids starting with “C”) are left out (you chose to ignore them).'
		);
	});

	it('says Excel serial dates are counted as numbers of days', () => {
		const sniff = sniffOf([profile(0, 'date', { dates: 0, numbers: 7 })]);
		expect(countingSummary(sniff, { ...sniff.mapping, excelSerialDates: true })).toContain(
			'7 have an Excel serial date'
		);
	});
});

describe('countingSummary with a preset that fills order fields down', () => {
	it('counts customers in the preview, taken from the first row of their order', () => {
		const sniff = sniffOf(
			[profile(0, 'order', {}), profile(1, 'customer', { nonEmpty: 4 }), profile(2, 'date', {})],
			[
				['#1', 'a@x', 'd'],
				['#1', '', 'd'],
				['#2', '', 'd']
			]
		);
		const mapping = { ...sniff.mapping, preset: SHOPIFY_RULES };
		expect(countingSummary(sniff, mapping)).toContain(
			'2 of the first 3 rows have a customer, taken from the first row of their order.'
		);
	});
});

describe('customersFilledDown', () => {
	it('gives an order’s later rows the customer of its first row, and no other order’s', () => {
		const rows = [
			['#1', 'a@x'],
			['#1', ''],
			['#2', ''],
			['#2', ''],
			['#3', 'b@x'],
			['#4', '']
		];
		// #1: 2 rows, #2: none (no customer on its first row), #3: 1, #4: none.
		expect(customersFilledDown(rows, 1, 0)).toBe(3);
	});
});

describe('presetRuleWords', () => {
	it('lists the Shopify order rules that have a column', () => {
		expect(presetRuleWords({ ...sniffOf([]).mapping, preset: SHOPIFY_RULES })).toEqual([
			'line discounts subtracted',
			'order discounts and refunds spread over each order’s lines',
			'cancelled orders returned in full',
			'order fields filled down from each order’s first row'
		]);
	});

	it('drops a rule whose column was switched off', () => {
		const preset = { ...SHOPIFY_RULES, orderRefund: -1, cancelled: -1 };
		expect(presetRuleWords({ ...sniffOf([]).mapping, preset })).toContain(
			'order discounts spread over each order’s lines'
		);
	});

	it('is empty without a preset', () => {
		expect(presetRuleWords(sniffOf([]).mapping)).toEqual([]);
	});
});
