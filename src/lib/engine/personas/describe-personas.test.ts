import { describe, expect, it } from 'vitest';
import { buildCustomerTable } from '../customers/customer-table';
import { formatDay, parseIsoDay } from '../tables/orders-table';
import { attributesFromRows, ordersFromRows, type TestRow } from '../tables/test-tables';
import { adjustedRandIndex } from './adjusted-rand';
import { clusterCustomers } from './cluster-customers';
import { describePersonas, dominantPhrase } from './describe-personas';
import { personaFeatures } from './persona-features';

const ANALYSIS_DAY = parseIsoDay('2026-01-01');
const TYPES = ['loyal', 'oneTime', 'discount'] as const;

/**
 * A shop with three planted customer types, generated here with its own LCG:
 * loyal — 150 customers, 8–14 full-price orders of 80–120, 25 days apart, the last within 30 days,
 *   mostly Kitchen, online, 80% in London, aged 30–39;
 * oneTime — 300 customers, one full-price order of 20–40 placed 150–360 days ago, store, aged 50–69;
 * discount — 150 customers, 4–6 orders of 30–50 (90% discounted), 35 days apart, last 30–90 days ago,
 *   online, 70% in Leeds, aged 20–29.
 */
function plantedShop() {
	let state = 2024;
	const random = () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 4294967296;
	};
	const between = (low: number, high: number) => low + random() * (high - low);
	const whole = (low: number, high: number) => Math.floor(between(low, high + 1));
	const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
	const rows: TestRow[] = [];
	const people: { id: string; age: number; city: string }[] = [];
	const truth = new Map<string, number>();
	const plan: [number, number][] = [
		[0, 150],
		[1, 300],
		[2, 150]
	];
	for (const [type, count] of plan) {
		for (let c = 0; c < count; c++) {
			const id = `${TYPES[type]}-${c}`;
			truth.set(id, type);
			let orders: number;
			let last: number;
			let spacing: number;
			if (type === 0) [orders, last, spacing] = [whole(8, 14), whole(1, 30), 25];
			else if (type === 1) [orders, last, spacing] = [1, whole(150, 360), 0];
			else [orders, last, spacing] = [whole(4, 6), whole(30, 90), 35];
			for (let o = 0; o < orders; o++) {
				const day = ANALYSIS_DAY - last - o * spacing - whole(0, 5);
				const amount =
					type === 0 ? between(80, 120) : type === 1 ? between(20, 40) : between(30, 50);
				rows.push({
					customer: id,
					order: `${id}-${o}`,
					date: formatDay(day),
					amount: Math.round(amount * 100) / 100,
					discounted: type === 2 && random() < 0.9,
					category:
						type === 0 && random() < 0.9 ? 'Kitchen' : pick(['Kitchen', 'Garden', 'Toys', 'Books']),
					channel: type === 1 ? 'store' : 'online'
				});
			}
			const city =
				type === 0 && random() < 0.8
					? 'London'
					: type === 2 && random() < 0.7
						? 'Leeds'
						: pick(['London', 'Leeds', 'York', 'Bath']);
			const age = type === 0 ? whole(30, 39) : type === 1 ? whole(50, 69) : whole(20, 29);
			people.push({ id, age, city });
		}
	}
	return { rows, people, truth };
}

const shop = plantedShop();
const orders = ordersFromRows(shop.rows);
const options = { categoryNames: orders.category!.values, channelNames: orders.channel!.values };

function personaOfType(
	cards: ReturnType<typeof describePersonas>,
	assignments: Int32Array,
	ids: string[],
	type: number
) {
	const votes = new Int32Array(cards.length);
	ids.forEach((id, i) => {
		if (shop.truth.get(id) === type) votes[assignments[i]]++;
	});
	return cards[votes.indexOf(Math.max(...votes))];
}

describe('describePersonas on a shop with planted types', () => {
	for (const withAttributes of [false, true]) {
		describe(withAttributes ? 'with a customers file' : 'without a customers file', () => {
			const customers = buildCustomerTable(
				orders,
				{ analysisDay: ANALYSIS_DAY },
				withAttributes ? attributesFromRows(shop.people) : null
			);
			const features = personaFeatures(customers);
			const clusters = clusterCustomers(features, { seed: 3 });
			const cards = describePersonas(customers, clusters.assignments, clusters.k, {
				...options,
				features
			});
			const truth = Int32Array.from(customers.ids, (id) => shop.truth.get(id)!);

			it('recovers the three planted types (k = 3, adjusted Rand index ≥ 0.9)', () => {
				expect(features.names.some((name) => name.startsWith('attribute:'))).toBe(withAttributes);
				expect(clusters.k).toBe(3);
				expect(adjustedRandIndex(truth, clusters.assignments)).toBeGreaterThanOrEqual(0.9);
			});

			it('gives each persona a distinct name, and the loyal, one-time and discount ones fitting names', () => {
				expect(new Set(cards.map((card) => card.name)).size).toBe(cards.length);
				const ids = customers.ids;
				expect(personaOfType(cards, clusters.assignments, ids, 0).name).toMatch(
					/Frequent|High-value/
				);
				expect(personaOfType(cards, clusters.assignments, ids, 1).name).toMatch(/one-time|Lapsed/i);
				expect(personaOfType(cards, clusters.assignments, ids, 2).name).toMatch(/discount-driven/i);
			});

			it('counts customers and value shares that agree with the generated rows', () => {
				const personaOf = new Map(customers.ids.map((id, i) => [id, clusters.assignments[i]]));
				const counts = new Array(cards.length).fill(0);
				for (const id of personaOf.keys()) counts[personaOf.get(id)!]++;
				const value = new Array(cards.length).fill(0);
				let total = 0;
				for (const row of shop.rows) {
					value[personaOf.get(row.customer)!] += row.amount;
					total += row.amount;
				}
				cards.forEach((card, p) => {
					expect(card.customers).toBe(counts[p]);
					expect(card.customerShare).toBeCloseTo(counts[p] / 600, 12);
					expect(card.valueShare).toBeCloseTo(value[p] / total, 9);
					expect(card.profitShare).toBeNull();
				});
			});

			it('reports median orders and favourite category computed from the rows', () => {
				const loyal = personaOfType(cards, clusters.assignments, customers.ids, 0);
				const members = customers.ids.filter((_, i) => clusters.assignments[i] === loyal.index);
				const orderCounts = members
					.map((id) => new Set(shop.rows.filter((r) => r.customer === id).map((r) => r.order)).size)
					.sort((a, b) => a - b);
				const middle = (orderCounts.length - 1) / 2;
				const median = (orderCounts[Math.floor(middle)] + orderCounts[Math.ceil(middle)]) / 2;
				expect(loyal.medians.orders).toBe(median);
				expect(loyal.favouriteCategories[0].name).toBe('Kitchen');
				expect(loyal.channel).toEqual({ name: 'online', share: 1 });
				expect(loyal.story).toContain(`has placed ${Math.round(median)} orders`);
				expect(loyal.story).toContain('Buys online.');
			});

			it('gives the dominant attributes as facts that the English phrases are written from', () => {
				const loyal = personaOfType(cards, clusters.assignments, customers.ids, 0);
				for (const card of cards)
					expect(card.dominant.map(dominantPhrase)).toEqual(card.dominantAttributes);
				if (withAttributes) {
					// Ages 30–39 planted for every loyal customer; 80% of them in London.
					expect(loyal.dominant).toContainEqual({ kind: 'ageDecade', from: 30, to: 39 });
					const london = loyal.dominant.find((fact) => fact.kind === 'place');
					expect(london).toMatchObject({ kind: 'place', level: 'London' });
					const members = customers.ids.filter((_, i) => clusters.assignments[i] === loyal.index);
					const inLondon = members.filter(
						(id) => shop.people.find((a) => a.id === id)?.city === 'London'
					);
					expect(london && 'share' in london ? london.share : NaN).toBeCloseTo(
						inLondon.length / members.length,
						12
					);
				}
			});

			it('gives the story’s facts and the approach’s codes beside their English', () => {
				for (const card of cards) {
					expect(card.story.startsWith(card.storyFacts.alias)).toBe(true);
					expect(card.storyFacts.orders).toBe(Math.round(card.medians.orders));
					expect(card.approachCodes.codes.length).toBeGreaterThan(0);
					expect(card.nameParts.parts.length).toBeLessThanOrEqual(3);
				}
			});

			it(withAttributes ? 'names dominant attributes and the age' : 'invents no attributes', () => {
				const loyal = personaOfType(cards, clusters.assignments, customers.ids, 0);
				const discount = personaOfType(cards, clusters.assignments, customers.ids, 2);
				if (withAttributes) {
					expect(loyal.dominantAttributes).toContain('mostly 30–39');
					expect(loyal.dominantAttributes.some((text) => /^\d+% in London$/.test(text))).toBe(true);
					expect(discount.dominantAttributes.some((text) => /^\d+% in Leeds$/.test(text))).toBe(
						true
					);
					expect(loyal.story).toMatch(/^Alex, 3\d, has placed|^\w+, 3\d, has placed/);
				} else {
					for (const card of cards) {
						expect(card.dominantAttributes).toEqual([]);
						expect(card.medians.attributes).toEqual({});
						expect(card.story).not.toMatch(/London|Leeds|aged|mostly \d/);
					}
				}
			});

			it('gives identical cards on a rerun', () => {
				const again = clusterCustomers(personaFeatures(customers), { seed: 3 });
				const cardsAgain = describePersonas(customers, again.assignments, again.k, {
					...options,
					features
				});
				expect(cardsAgain).toEqual(cards);
			});
		});
	}
});

describe('describePersonas on four customers checked by hand', () => {
	// Analysis day 2026-02-01. a: 100 (cost 60) and 50 (cost 20), 10 days apart, last 21 days ago;
	// b: one order of 30 (cost 10), 1 day ago; c: 40 (cost 30) and 20 (cost 5), 60 days apart, last
	// 2 days ago; d: one order of 10 (cost 2), 12 days ago.
	const rows: TestRow[] = [
		{
			customer: 'a',
			order: 'a1',
			date: '2026-01-01',
			amount: 100,
			cost: 60,
			category: 'Kitchen',
			channel: 'online'
		},
		{
			customer: 'a',
			order: 'a2',
			date: '2026-01-11',
			amount: 50,
			cost: 20,
			category: 'Kitchen',
			channel: 'online'
		},
		{
			customer: 'b',
			order: 'b1',
			date: '2026-01-31',
			amount: 30,
			cost: 10,
			category: 'Garden',
			channel: 'store'
		},
		{
			customer: 'c',
			order: 'c1',
			date: '2025-12-01',
			amount: 40,
			cost: 30,
			category: 'Garden',
			channel: 'store'
		},
		{
			customer: 'c',
			order: 'c2',
			date: '2026-01-30',
			amount: 20,
			cost: 5,
			category: 'Toys',
			channel: 'store'
		},
		{
			customer: 'd',
			order: 'd1',
			date: '2026-01-20',
			amount: 10,
			cost: 2,
			category: 'Toys',
			channel: 'online'
		}
	];
	const small = ordersFromRows(rows);
	const customers = buildCustomerTable(small, { analysisDay: parseIsoDay('2026-02-01') });
	// Persona 0 = a, b; persona 1 = c, d.
	const assignments = Int32Array.from(customers.ids, (id) => (id === 'a' || id === 'b' ? 0 : 1));
	const cards = describePersonas(customers, assignments, 2, {
		categoryNames: small.category!.values,
		channelNames: small.channel!.values
	});

	it('shares customers, revenue and profit as computed by hand', () => {
		// Revenue 150 + 30 = 180 and 60 + 10 = 70 of 250; profit 70 + 20 = 90 and 25 + 8 = 33 of 123.
		expect(cards.map((c) => c.customers)).toEqual([2, 2]);
		expect(cards.map((c) => c.customerShare)).toEqual([0.5, 0.5]);
		expect(cards[0].valueShare).toBeCloseTo(180 / 250, 12);
		expect(cards[1].valueShare).toBeCloseTo(70 / 250, 12);
		expect(cards[0].profitShare).toBeCloseTo(90 / 123, 12);
		expect(cards[1].profitShare).toBeCloseTo(33 / 123, 12);
	});

	it('takes medians over each persona’s members', () => {
		// Persona 0: orders 2, 1; revenue 150, 30; AOV 75, 30; recency 21, 1; profit 70, 20; gap 10 (a only).
		expect(cards[0].medians).toMatchObject({
			orders: 1.5,
			value: 90,
			netRevenue: 90,
			profit: 45,
			averageOrderValue: 52.5,
			recencyDays: 11,
			gapDays: 10,
			discountShare: null
		});
		// Persona 1: recency 2, 12; first-to-last spans 60 and 0 days.
		expect(cards[1].medians).toMatchObject({ recencyDays: 7, activeDays: 30, gapDays: 60 });
	});

	it('counts lapsing members, favourite categories and channels', () => {
		// a: 21 days since the last order > 2 × 10-day gap; c: 2 days, not; b and d have one order.
		expect(cards.map((c) => c.lapsingShare)).toEqual([0.5, 0]);
		// Top categories: a Kitchen, b Garden; c Garden (40 of 60), d Toys. Ties: first seen first.
		expect(cards[0].favouriteCategories).toEqual([
			{ name: 'Kitchen', share: 0.5 },
			{ name: 'Garden', share: 0.5 }
		]);
		expect(cards[1].favouriteCategories).toEqual([
			{ name: 'Garden', share: 0.5 },
			{ name: 'Toys', share: 0.5 }
		]);
		expect(cards[0].channel).toEqual({ name: 'online', share: 0.5 });
	});

	it('rejects assignments of the wrong length', () => {
		expect(() => describePersonas(customers, Int32Array.of(0, 1), 2)).toThrow(RangeError);
	});
});
