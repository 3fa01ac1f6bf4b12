import { describe, expect, it } from 'vitest';
import {
	buildChosenCustomerTable,
	customerTableKey,
	CustomerTableChoiceError,
	parseCustomerTableChoice
} from './customer-table-choice';
import { parseIsoDay } from '../tables/orders-table';
import { ordersFromRows } from '../tables/test-tables';

describe('parseCustomerTableChoice', () => {
	it('turns dates into epoch days and keeps the basis', () => {
		expect(
			parseCustomerTableChoice({
				basis: 'profit',
				analysisDate: '2024-01-02',
				startDate: '2023-01-01'
			})
		).toEqual({
			valueBasis: 'profit',
			analysisDay: parseIsoDay('2024-01-02'),
			startDay: parseIsoDay('2023-01-01')
		});
	});

	it('names the field of a date that is not a date', () => {
		expect(() => parseCustomerTableChoice({ analysisDate: '2024-02-30' })).toThrow(
			/analysisDate: “2024-02-30” is not a date/
		);
	});

	it('refuses a start date on or after the analysis date', () => {
		expect(() =>
			parseCustomerTableChoice({ analysisDate: '2024-01-01', startDate: '2024-01-01' })
		).toThrow(CustomerTableChoiceError);
	});

	it('refuses an unknown basis', () => {
		expect(() => parseCustomerTableChoice({ basis: 'margin' as 'profit' })).toThrow(/basis/);
	});
});

describe('customerTableKey', () => {
	it('differs when the start date differs', () => {
		expect(customerTableKey({ basis: 'revenue', analysisDate: null, startDate: null })).not.toBe(
			customerTableKey({ basis: 'revenue', analysisDate: null, startDate: '2024-01-01' })
		);
	});
});

describe('buildChosenCustomerTable', () => {
	const orders = ordersFromRows([{ customer: 'A', order: 'a1', date: '2024-01-05', amount: 10 }]);

	it('says when no customer has an order in the chosen period', () => {
		expect(() => buildChosenCustomerTable(orders, null, { analysisDate: '2024-01-01' })).toThrow(
			/No customer has an order before 2024-01-01/
		);
	});

	it('builds the table of a valid choice', () => {
		expect(buildChosenCustomerTable(orders, null, {}).ids).toEqual(['A']);
	});
});
