/**
 * The kinds of customer planted in the demo shop, after `shared/DOMAIN.md` (sources 2–4): how many
 * there are, when they order, what and how much they buy, and the attributes that go with them.
 * Sizes follow the articles: one-time buyers are the largest group, loyal regulars a small group
 * with a large share of revenue.
 */
import { categoryIndexes } from './catalogue';
import { DAYS, sampleDay, sampleSaleDay } from './calendar';
import type { Calendar } from './calendar';
import type { Random } from './random';

export type CustomerType =
	| 'loyal'
	| 'business'
	| 'lapsed'
	| 'discountSeeker'
	| 'niche'
	| 'occasion'
	| 'oneTime'
	| 'wandering'
	| 'influencer'
	| 'highEffort'
	| 'newcomer'
	/** High effort, many returns, small baskets: costs more than it brings (planted in `costs.ts`). */
	| 'costly'
	/** In the customers file, never ordered (a newsletter sign-up). */
	| 'prospect'
	/** Bought before the demo's two years; only a return falls inside them. */
	| 'returnsOnly';

/** [online, store, phone] preference weights. */
type ChannelWeights = [number, number, number];

export interface CustomerTypeSpec {
	type: CustomerType;
	/** Customers of this type in a shop of 5,000. */
	count: number;
	/** Distinct order days (offsets), ascending. */
	orderDays(random: Random, calendar: Calendar): number[];
	/** How many categories the customer buys from, and from which (all when absent). */
	categoryCount: [number, number];
	categoryPool?: number[];
	/** Lines per order. */
	lines: [number, number];
	/** `bulk`: business quantities (tens of units); `single`: one unit per line. */
	quantity: 'retail' | 'bulk' | 'single';
	/** Chance that an order in a sale window uses the sale's code, and that another order uses an evergreen code. */
	saleCodeRate: number;
	otherCodeRate: number;
	channels: ChannelWeights;
	/** Mean and spread of age (clamped to 18–85). */
	age: [number, number];
	/** Service effort 1–10 drawn from [min, max] with the low values likelier. */
	effort: [number, number];
	/** Chance of at least one problem ticket, and that all of a customer's problems were resolved. */
	problemRate: number;
	resolvedRate: number;
	/** Median of followers (log-normal), and of yearly budget. */
	followers: number;
	budget: number;
}

/** Days from `start`, stepping by a gap around `meanGap` (± `jitter` of it), up to `stop`. */
function regularDays(
	random: Random,
	start: number,
	stop: number,
	meanGap: number,
	jitter: number
): number[] {
	const days: number[] = [];
	for (let day = start; day <= stop;) {
		days.push(day);
		day += Math.max(1, Math.round(meanGap * (1 - jitter + 2 * jitter * random.next())));
	}
	return days;
}

/** Sorted distinct offsets inside the demo's two years. */
function distinctDays(days: number[]): number[] {
	const inside = days.filter((day) => day >= 0 && day < DAYS);
	return [...new Set(inside)].sort((a, b) => a - b);
}

/** The offsets of calendar month `month` (0–11), one list per year of the demo. */
function monthDays(calendar: Calendar, month: number): number[][] {
	const byYear = new Map<number, number[]>();
	for (let offset = 0; offset < DAYS; offset++) {
		if (calendar.month[offset] !== month) continue;
		const list = byYear.get(calendar.year[offset]) ?? [];
		list.push(offset);
		byYear.set(calendar.year[offset], list);
	}
	return [...byYear.values()];
}

const OCCASION_MONTHS = [11, 11, 11, 11, 1, 1, 4, 4, 2, 5, 9, 6];
const GIFT_CATEGORIES = categoryIndexes(
	'Gifts & Cards',
	'Home Decor',
	'Beauty',
	'Toys & Games',
	'Books'
);
const BUSINESS_CATEGORIES = categoryIndexes(
	'Coffee & Tea',
	'Stationery',
	'Kitchen',
	'Garden',
	'Home Decor'
);
const INFLUENCER_CATEGORIES = categoryIndexes('Beauty', 'Home Decor', 'Coffee & Tea', 'Kitchen');

const base = {
	quantity: 'retail' as const,
	saleCodeRate: 0.3,
	otherCodeRate: 0.04,
	channels: [0.58, 0.3, 0.12] as ChannelWeights,
	age: [42, 13] as [number, number],
	effort: [1, 5] as [number, number],
	followers: 120,
	budget: 1500
};

export const CUSTOMER_TYPES: CustomerTypeSpec[] = [
	{
		...base,
		type: 'loyal',
		count: 250,
		orderDays(random, calendar) {
			const start = random.chance(0.7) ? random.int(0, 45) : sampleDay(calendar, random, 0, 300);
			const days = regularDays(random, start, DAYS - 1, random.int(16, 34), 0.35);
			// A Christmas shop on top of the routine, most years.
			for (const year of [2024, 2025]) {
				const from = days.find((d) => calendar.year[d] === year && calendar.month[d] === 10);
				if (from !== undefined && random.chance(0.8)) days.push(from + random.int(10, 30));
			}
			return distinctDays(days);
		},
		categoryCount: [3, 6],
		lines: [2, 8],
		channels: [0.45, 0.45, 0.1],
		age: [48, 11],
		effort: [2, 8],
		problemRate: 0.35,
		resolvedRate: 0.95,
		followers: 200,
		budget: 4000
	},
	{
		...base,
		type: 'business',
		count: 100,
		orderDays: (random) =>
			distinctDays(regularDays(random, random.int(0, 60), DAYS - 1, random.int(30, 60), 0.25)),
		categoryCount: [1, 2],
		categoryPool: BUSINESS_CATEGORIES,
		lines: [3, 6],
		quantity: 'bulk',
		saleCodeRate: 0.1,
		otherCodeRate: 0.01,
		channels: [0.5, 0.05, 0.45],
		age: [44, 9],
		effort: [2, 6],
		problemRate: 0.4,
		resolvedRate: 0.9,
		followers: 300,
		budget: 60_000
	},
	{
		...base,
		type: 'lapsed',
		count: 300,
		orderDays(random) {
			const gap = random.int(16, 32);
			const start = random.int(0, 100);
			const stop = Math.max(start + 5 * gap, random.int(250, 470));
			return distinctDays(regularDays(random, start, stop, gap, 0.35));
		},
		categoryCount: [2, 5],
		lines: [1, 6],
		age: [45, 13],
		problemRate: 0.4,
		resolvedRate: 0.2,
		budget: 2000
	},
	{
		...base,
		type: 'discountSeeker',
		count: 500,
		orderDays(random, calendar) {
			const count = random.int(3, 9);
			return distinctDays(
				Array.from({ length: count }, () =>
					random.chance(0.85) ? sampleSaleDay(calendar, random) : sampleDay(calendar, random)
				)
			);
		},
		categoryCount: [2, 5],
		lines: [1, 5],
		saleCodeRate: 0.97,
		otherCodeRate: 0.85,
		channels: [0.8, 0.15, 0.05],
		age: [34, 11],
		problemRate: 0.1,
		resolvedRate: 0.85,
		budget: 900
	},
	{
		...base,
		type: 'niche',
		count: 420,
		orderDays(random, calendar) {
			const days = [sampleDay(calendar, random, 0, DAYS - 120)];
			const count = random.int(2, 10);
			const meanGap = random.int(30, 90);
			while (days.length < count)
				days.push(days[days.length - 1] + Math.round(meanGap * -Math.log(1 - random.next())) + 1);
			return distinctDays(days);
		},
		categoryCount: [1, 1],
		lines: [1, 5],
		age: [44, 14],
		problemRate: 0.15,
		resolvedRate: 0.9
	},
	{
		...base,
		type: 'occasion',
		count: 350,
		orderDays(random, calendar) {
			const years = monthDays(calendar, random.pick(OCCASION_MONTHS));
			const days = years.map((days) => random.pick(days.slice(0, 24)));
			if (random.chance(0.3)) days.push(random.pick(random.pick(years)));
			return distinctDays(days);
		},
		categoryCount: [2, 3],
		categoryPool: GIFT_CATEGORIES,
		lines: [1, 5],
		channels: [0.45, 0.45, 0.1],
		age: [46, 14],
		problemRate: 0.1,
		resolvedRate: 0.9
	},
	{
		...base,
		type: 'oneTime',
		count: 1900,
		orderDays: (random, calendar) => [sampleDay(calendar, random, 0, DAYS - 75)],
		categoryCount: [1, 3],
		lines: [1, 5],
		otherCodeRate: 0.12,
		age: [39, 15],
		effort: [1, 3],
		problemRate: 0.2,
		resolvedRate: 0.15
	},
	{
		...base,
		type: 'wandering',
		count: 780,
		orderDays(random, calendar) {
			// No pattern: independent days across the two years, some in bursts a few days apart.
			const days = [sampleDay(calendar, random)];
			const count = random.int(2, 9);
			while (days.length < count) {
				const previous = random.pick(days);
				days.push(random.chance(0.4) ? previous + random.int(1, 15) : sampleDay(calendar, random));
			}
			return distinctDays(days);
		},
		categoryCount: [2, 6],
		lines: [1, 6],
		age: [38, 14],
		problemRate: 0.15,
		resolvedRate: 0.85
	},
	{
		...base,
		type: 'influencer',
		count: 50,
		orderDays(random, calendar) {
			const count = random.int(2, 6);
			return distinctDays(Array.from({ length: count }, () => sampleDay(calendar, random)));
		},
		categoryCount: [2, 4],
		categoryPool: INFLUENCER_CATEGORIES,
		lines: [1, 4],
		channels: [0.95, 0.05, 0],
		age: [26, 5],
		problemRate: 0.2,
		resolvedRate: 0.9,
		followers: 0 // drawn apart: 15,000 to 400,000
	},
	{
		...base,
		type: 'highEffort',
		count: 200,
		orderDays(random, calendar) {
			const count = random.int(2, 3);
			return distinctDays(Array.from({ length: count }, () => sampleDay(calendar, random)));
		},
		categoryCount: [2, 4],
		lines: [1, 1],
		channels: [0.3, 0.2, 0.5],
		age: [55, 15],
		effort: [8, 10],
		problemRate: 1,
		resolvedRate: 0.5,
		budget: 800
	},
	{
		...base,
		type: 'newcomer',
		count: 150,
		orderDays(random, calendar) {
			const start = sampleDay(calendar, random, DAYS - 90, DAYS - 1);
			const count = random.int(1, 3);
			return distinctDays(
				Array.from({ length: count }, (_, i) =>
					i === 0 ? start : random.int(Math.min(start + 5, DAYS - 1), DAYS - 1)
				)
			);
		},
		categoryCount: [1, 3],
		lines: [1, 4],
		otherCodeRate: 0.3,
		age: [33, 12],
		problemRate: 0.05,
		resolvedRate: 0.9
	},
	{
		...base,
		type: 'prospect',
		count: 40,
		orderDays: () => [],
		categoryCount: [1, 1],
		lines: [1, 1],
		problemRate: 0,
		resolvedRate: 1
	},
	{
		...base,
		type: 'returnsOnly',
		count: 6,
		orderDays: () => [],
		categoryCount: [1, 1],
		lines: [1, 1],
		problemRate: 0.5,
		resolvedRate: 0
	}
];
