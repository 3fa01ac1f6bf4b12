import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../../i18n';
import type { PlanRow } from '../../engine/accounts/export-accounts';
import type { ValueReport } from '../../engine/value/value-report';
import { buildStory, customerLabeller, firstSentence } from './story';

const value = {
	valueBasis: 'revenue',
	analysisDate: '2026-06-30',
	customers: 10,
	totalValue: 1000,
	topShare: 0.75,
	topCount: 2,
	shareFor80: 0.3,
	countFor80: 3,
	top: [
		{ rank: 1, id: 'ALICE', value: 500, orders: 5, abc: 'A' },
		{ rank: 2, id: 'BOB', value: 250, orders: 2, abc: 'A' }
	]
} as unknown as ValueReport;

const plan = [
	{ customerId: 'BOB', level: 'High', opportunity: 120, dueDate: '2026-07-01' },
	{ customerId: 'CAROL', level: 'Medium', opportunity: null, dueDate: '2026-07-08' }
] as unknown as PlanRow[];

const base = { datasetName: 'Shop', segments: null, personas: null, profit: null };

describe('customerLabeller', () => {
	it('numbers customers in order of first appearance and repeats the same label for the same id', () => {
		const label = customerLabeller(true);
		expect([label('x'), label('y'), label('x'), label('z')]).toEqual([
			'Customer 1',
			'Customer 2',
			'Customer 1',
			'Customer 3'
		]);
	});

	it('returns ids unchanged when names are shown', () => {
		expect(customerLabeller(false)('C10395')).toBe('C10395');
	});
});

describe('buildStory', () => {
	it('leaves out every step whose report is missing', () => {
		const slides = buildStory({ ...base, value: null, plan: null, hideNames: false });
		expect(slides.map((s) => s.key)).toEqual(['title']);
	});

	it('states the share of customers behind 80% of the value as a raw figure', () => {
		const slides = buildStory({ ...base, value, plan: null, hideNames: false });
		const pareto = slides.find((s) => s.key === 'pareto');
		expect(pareto?.heading).toBe('30.0% of customers bring 80% of the value');
		expect(pareto?.figures.find((f) => f.metric === 'present.pareto.shareFor80')?.value).toBe(0.3);
	});

	it('puts no customer id anywhere in the story when names are hidden, and keeps one label per customer', () => {
		const slides = buildStory({ ...base, value, plan, hideNames: true });
		const text = JSON.stringify(slides);
		for (const id of ['ALICE', 'BOB', 'CAROL']) expect(text).not.toContain(id);
		const calls = slides.find((s) => s.key === 'calls');
		// BOB is "Customer 2" on the Pareto step, so also on the call list; CAROL comes third.
		expect(calls?.items.map((i) => i.title)).toEqual(['Customer 2', 'Customer 3']);
	});
});

describe('firstSentence', () => {
	it('keeps the first sentence of a persona story', () => {
		expect(firstSentence('Alex, 40, buys at 12.50 often. Alex stands for 3 customers.')).toBe(
			'Alex, 40, buys at 12.50 often.'
		);
	});
});

describe('the story in Urdu', () => {
	afterEach(() => {
		locale.current = 'en';
	});

	it('labels hidden customers in Urdu and keeps each figure raw', () => {
		locale.current = 'ur';
		const slides = buildStory({ ...base, value, plan, hideNames: true });
		const calls = slides.find((s) => s.key === 'calls');
		expect(calls?.items.map((i) => i.title)).toEqual(['گاہک 2', 'گاہک 3']);
		expect(calls?.items[0].text).toBe('بڑا موقع · اسکور 120');
		const pareto = slides.find((s) => s.key === 'pareto');
		expect(pareto?.kicker).toBe('قدر کون لاتا ہے');
		expect(pareto?.figures.find((f) => f.metric === 'present.pareto.shareFor80')?.value).toBe(0.3);
	});
});
