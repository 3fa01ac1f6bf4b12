import { describe, expect, it } from 'vitest';
import {
	formatDuration,
	personaApproach,
	personaStoryFacts,
	standInName,
	suggestApproach,
	writePersonaStory,
	type PersonaFacts
} from './persona-story';

const loyal: PersonaFacts = {
	index: 0,
	customers: 1240,
	customerShare: 0.12,
	valueShare: 0.41,
	valueBasis: 'revenue',
	medianOrders: 6,
	medianValue: 510,
	medianAov: 85,
	medianRecencyDays: 21,
	medianSpanDays: 426,
	// 426 days over 5 gaps.
	medianGapDays: 85.2,
	lapsingShare: 0.1,
	medianDiscountShare: 0,
	medianCategoryConcentration: 0.55,
	favouriteCategory: { name: 'Kitchen', share: 0.38 },
	channel: { name: 'online', share: 0.81 },
	medianAge: null,
	dominantAttributes: ['62% in London'],
	traits: [
		{ feature: 'logOrders', kind: 'behaviour', score: 1.3 },
		{ feature: 'discountShare', kind: 'behaviour', score: -0.8 }
	]
};

const oneTime: PersonaFacts = {
	...loyal,
	index: 1,
	customers: 5310,
	customerShare: 0.5,
	valueShare: 0.09,
	medianOrders: 1,
	// Whole units from 10 up: 42.5 is told as 43.
	medianValue: 42.5,
	medianAov: 42.5,
	medianRecencyDays: 200,
	medianSpanDays: 0,
	medianGapDays: null,
	lapsingShare: 0,
	medianDiscountShare: null,
	medianCategoryConcentration: null,
	favouriteCategory: null,
	channel: null,
	dominantAttributes: [],
	traits: [
		{ feature: 'logOrders', kind: 'behaviour', score: -1.1 },
		{ feature: 'recencyDays', kind: 'behaviour', score: 0.9 }
	]
};

describe('writePersonaStory', () => {
	it('tells a typical member’s figures in one paragraph', () => {
		expect(writePersonaStory(loyal)).toBe(
			'Alex has placed 6 orders over 14 months, the last 3 weeks ago (usually one every 3 months), ' +
				'spending about 85 an order ' +
				'and 510 in all, at full price, most often on Kitchen. Buys online. Alex stands for 1,240 ' +
				'customers (12%), who bring 41% of revenue; among them 62% in London.'
		);
	});

	it('tells a one-order customer without inventing a discount habit, category or channel', () => {
		const story = writePersonaStory(oneTime);
		expect(story).toBe(
			'Sam has ordered once, 7 months ago, spending 43. Sam stands for 5,310 customers (50%), ' +
				'who bring 9.0% of revenue.'
		);
	});

	it('states only numbers taken from the facts', () => {
		const withAge: PersonaFacts = { ...loyal, medianAge: 36.6, valueBasis: 'profit' };
		const story = writePersonaStory(withAge);
		expect(story.startsWith('Alex, 37, has placed')).toBe(true);
		expect(story).toContain('of profit');
		// Every number in the text, and where it comes from (426 days ≈ 14 months, 21 days = 3 weeks).
		const allowed = new Set(['37', '6', '14', '3', '85', '510', '1,240', '12', '41', '62']);
		for (const number of story.match(/\d(?:[\d,.]*\d)?/g) ?? []) expect(allowed).toContain(number);
	});

	it('says "almost all" for a focused persona and a discount rate in between', () => {
		const focused: PersonaFacts = {
			...loyal,
			medianCategoryConcentration: 0.9,
			medianDiscountShare: 0.25
		};
		expect(writePersonaStory(focused)).toContain(
			'with a discount on 25% of orders, almost all of it on Kitchen'
		);
		expect(writePersonaStory({ ...loyal, medianDiscountShare: 0.6 })).toContain(
			'mostly with a discount'
		);
	});

	it('names a store channel and leaves out a channel fewer than half use', () => {
		expect(writePersonaStory({ ...loyal, channel: { name: 'Store', share: 0.7 } })).toContain(
			'Buys in store.'
		);
		expect(writePersonaStory({ ...loyal, channel: { name: 'phone', share: 0.4 } })).not.toContain(
			'Buys'
		);
	});
});

describe('suggestApproach', () => {
	it('rewards frequent buyers and leads with service for full-price ones', () => {
		expect(suggestApproach(loyal)).toBe(
			'Reward and protect: early access, loyalty perks, and an account review every quarter asking ' +
				'what else they need. Lead with service and new arrivals, not discounts.'
		);
	});

	it('reactivates lapsed one-time buyers cheaply', () => {
		expect(suggestApproach(oneTime)).toMatch(/^Low-cost reactivation/);
	});

	it('wins back lapsed frequent buyers and offers recent first-timers a second purchase', () => {
		const lapsedLoyal: PersonaFacts = {
			...loyal,
			traits: [...loyal.traits, { feature: 'recencyDays', kind: 'behaviour', score: 1.2 }]
		};
		expect(suggestApproach(lapsedLoyal)).toMatch(/^Win them back now/);
		// Not lapsed against the population, but most members are past twice their own usual gap.
		expect(suggestApproach({ ...loyal, lapsingShare: 0.6 })).toMatch(/^Win them back now/);
		const recentFirst: PersonaFacts = {
			...oneTime,
			traits: [oneTime.traits[0], { feature: 'recencyDays', kind: 'behaviour', score: -1 }]
		};
		expect(suggestApproach(recentFirst)).toMatch(/^Second-purchase offer/);
	});

	it('falls back to the newsletter when nothing stands out', () => {
		expect(suggestApproach({ ...loyal, traits: [] })).toMatch(/newsletter/);
	});
});

describe('formatting helpers', () => {
	it.each([
		[1, '1 day'],
		[13, '13 days'],
		[21, '3 weeks'],
		[90, '3 months'],
		[365, '12 months'],
		[800, '2.2 years']
	])('formats %i days as %s', (days, text) => {
		expect(formatDuration(days)).toBe(text);
	});

	it('gives twenty distinct stand-in names', () => {
		expect(new Set(Array.from({ length: 20 }, (_, i) => standInName(i))).size).toBe(20);
	});
});

describe('personaStoryFacts', () => {
	it('gives the figures the English story tells, in the units it tells them', () => {
		// 21 days = 3 weeks; 426 days ÷ 30.44 ≈ 14 months; 85.2 days ÷ 30.44 ≈ 3 months.
		expect(personaStoryFacts({ ...loyal, medianAge: 36.6 })).toEqual({
			alias: 'Alex',
			age: 37,
			orders: 6,
			recency: { count: 3, unit: 'week' },
			span: { count: 14, unit: 'month' },
			gap: { count: 3, unit: 'month' },
			orderValue: 85,
			value: 510,
			discountShare: 0,
			category: { name: 'Kitchen', focused: false },
			channel: { name: 'online', kind: 'online' },
			customers: 1240,
			customerShare: 0.12,
			valueShare: 0.41,
			valueBasis: 'revenue',
			dominant: []
		});
	});

	it('tells no span, gap or channel for a one-order persona with no main channel', () => {
		const facts = personaStoryFacts({ ...oneTime, medianSpanDays: 30, medianGapDays: 30 });
		expect([facts.orders, facts.span, facts.gap, facts.channel]).toEqual([1, null, null, null]);
		// 200 days ÷ 30.44 ≈ 6.6 → 7 months.
		expect(facts.recency).toEqual({ count: 7, unit: 'month' });
	});

	it('keeps a channel the story cannot name as "other", and a channel under half out', () => {
		expect(personaStoryFacts({ ...loyal, channel: { name: 'Fair', share: 0.6 } }).channel).toEqual({
			name: 'Fair',
			kind: 'other'
		});
		expect(personaStoryFacts({ ...loyal, channel: { name: 'web', share: 0.49 } }).channel).toBe(
			null
		);
	});
});

describe('personaApproach', () => {
	it('gives the codes of the English approach, in its order', () => {
		expect(personaApproach(loyal)).toEqual({ codes: ['reward', 'service'], category: null });
		expect(personaApproach({ ...loyal, traits: [] })).toEqual({
			codes: ['newsletter'],
			category: null
		});
	});

	it('names the category only when a category mailing is suggested', () => {
		const niche: PersonaFacts = {
			...loyal,
			traits: [{ feature: 'categoryConcentration', kind: 'behaviour', score: 1 }]
		};
		expect(personaApproach(niche)).toEqual({ codes: ['categoryMailing'], category: 'Kitchen' });
		expect(suggestApproach(niche)).toBe(
			'Category mailings about Kitchen, and one neighbouring category to try.'
		);
	});
});
