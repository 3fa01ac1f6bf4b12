import { describe, expect, it } from 'vitest';
import { tagBehaviour, tagsOf, type BehaviourTag } from './behaviour-tags';
import { buildCustomerTable } from '../customers/customer-table';
import { attributesFromRows, ordersFromRows, type TestRow } from '../tables/test-tables';

/** Orders of one customer: [date, amount, category, discounted]. */
function customer(id: string, orders: [string, number, string, boolean][]): TestRow[] {
	return orders.map(([date, amount, category, discounted], k) => ({
		customer: id,
		order: `${id}-${k}`,
		date,
		amount,
		category,
		discounted
	}));
}

const rows: TestRow[] = [
	...customer('deals', [
		['2024-02-01', 10, 'A', true],
		['2024-03-01', 10, 'B', true],
		['2024-04-01', 10, 'A', false]
	]),
	...customer('half', [
		['2024-02-01', 10, 'A', true],
		['2024-05-01', 10, 'B', false]
	]),
	...customer('few-deals', [
		['2024-02-01', 10, 'A', true],
		['2024-03-01', 10, 'B', false],
		['2024-04-01', 10, 'C', false]
	]),
	...customer('niche', [
		['2024-02-01', 40, 'A', false],
		['2024-06-01', 60, 'A', false]
	]),
	...customer('niche-once', [['2024-02-01', 40, 'A', false]]),
	...customer('mostly', [
		['2024-02-01', 75, 'A', false],
		['2024-06-01', 25, 'B', false]
	]),
	...customer('christmas', [
		['2022-12-10', 10, 'A', false],
		['2023-12-05', 10, 'B', false],
		['2023-12-20', 10, 'C', false]
	]),
	...customer('one-december', [
		['2023-12-01', 10, 'A', false],
		['2023-12-12', 10, 'B', false],
		['2023-12-30', 10, 'C', false]
	]),
	...customer('new-year', [
		['2023-12-28', 10, 'A', false],
		['2024-01-05', 10, 'B', false],
		['2024-07-05', 10, 'C', false]
	])
];

const byId = (tags: BehaviourTag[], slug: string, ids: string[]) => {
	const tag = tags.find((t) => t.slug === slug);
	if (!tag?.mask) throw new Error(`${slug} unavailable`);
	return ids.filter((_, i) => tag.mask?.[i] === 1);
};

describe('tagBehaviour', () => {
	const customers = buildCustomerTable(ordersFromRows(rows));
	const tags = tagBehaviour(customers);

	it('tags discount seekers at ≥ 50% discounted orders', () => {
		expect(byId(tags, 'discount-seeker', customers.ids)).toEqual(['deals', 'half']);
	});

	it('tags specific-needs buyers at ≥ 80% of spend in one category with ≥ 2 orders', () => {
		expect(byId(tags, 'specific-needs', customers.ids)).toEqual(['niche']);
	});

	it('tags special-occasion buyers by their top month over ≥ 2 years', () => {
		expect(byId(tags, 'special-occasion', customers.ids)).toEqual(['christmas']);
	});

	it('tags special-occasion buyers inside holiday windows, also across the new year', () => {
		const withWindows = tagBehaviour(customers, {
			holidayWindows: [
				{ name: 'Christmas', from: '12-01', to: '12-24' },
				{ name: 'Turn of the year', from: '12-27', to: '01-06' }
			]
		});
		// one-december: 12-01 and 12-12 in the first window, 12-30 in the second: 3 of 3.
		// new-year: 12-28 and 01-05 inside, 07-05 outside: 2 of 3 is under 70%, over 60%.
		expect(byId(withWindows, 'special-occasion', customers.ids)).toEqual([
			'christmas',
			'one-december'
		]);
		const looser = tagBehaviour(customers, {
			specialOccasionMinShare: 0.6,
			holidayWindows: [
				{ name: 'Christmas', from: '12-01', to: '12-24' },
				{ name: 'Turn of the year', from: '12-27', to: '01-06' }
			]
		});
		expect(byId(looser, 'special-occasion', customers.ids)).toEqual([
			'christmas',
			'one-december',
			'new-year'
		]);
	});

	it('rejects a malformed holiday window', () => {
		expect(() =>
			tagBehaviour(customers, { holidayWindows: [{ name: 'X', from: '13-01', to: '12-31' }] })
		).toThrow(/MM-DD/);
	});

	it('says which column a tag needs when it is missing', () => {
		const bare = buildCustomerTable(
			ordersFromRows(rows.map(({ category: _c, discounted: _d, ...row }) => row))
		);
		const unavailable = Object.fromEntries(tagBehaviour(bare).map((t) => [t.slug, t.unavailable]));
		expect(unavailable).toEqual({
			'discount-seeker': 'needs a discount column',
			'specific-needs': 'needs a category column',
			'special-occasion': null,
			influencer: 'needs an influence attribute (e.g. followers) in the customers file',
			'high-service-effort': 'needs a service-effort attribute in the customers file'
		});
	});

	it('lists the tags of one customer', () => {
		expect(tagsOf(tags, customers.ids.indexOf('deals'))).toEqual(['discount-seeker']);
		expect(tagsOf(tags, customers.ids.indexOf('few-deals'))).toEqual([]);
	});
});

describe('tagBehaviour with a customers file', () => {
	// Twenty customers, followers 0, 100, …, 1900; effort 1–10 twice over.
	const ids = Array.from({ length: 20 }, (_, k) => `p${k}`);
	const orders = ordersFromRows(ids.map((id) => ({ customer: id, date: '2024-01-01', amount: 5 })));
	const attributes = attributesFromRows(
		ids.map((id, k) => ({ id, followers: k * 100, serviceEffort: (k % 10) + 1 }))
	);
	const customers = buildCustomerTable(orders, {}, attributes);
	const tags = tagBehaviour(customers);

	it('tags the top 5% by followers as influencers', () => {
		// Type-7 95% quantile: h = 19 × 0.95 = 18.05 → 1800 + 0.05 × 100 = 1805.
		expect(byId(tags, 'influencer', ids)).toEqual(['p19']);
		expect(byId(tagBehaviour(customers, { influencerTopShare: 0.2 }), 'influencer', ids)).toEqual([
			'p16',
			'p17',
			'p18',
			'p19'
		]);
	});

	it('tags service effort ≥ 8', () => {
		expect(byId(tags, 'high-service-effort', ids)).toEqual(['p7', 'p8', 'p9', 'p17', 'p18', 'p19']);
	});

	it('uses the attribute named in options', () => {
		const named = tagBehaviour(customers, { influenceAttribute: 'serviceEffort' });
		expect(byId(named, 'influencer', ids)).toEqual(['p9', 'p19']);
	});
});
