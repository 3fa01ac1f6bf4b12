/**
 * What makes the demo's Profit view believable (DOMAIN.md family 6): suggested service costs for
 * the shop, and a few planted customers who cost more than they bring — high service effort, every
 * other order sent back in full, small baskets (one unit of one card or stationery item). They are drawn last,
 * from their own random stream, so the rest of the shop is the same with or without them.
 */
import type { ProfitOptions } from '../../engine/profit/profit-options';
import { categoryIndexes } from './catalogue';
import { DAYS, sampleDay } from './calendar';
import type { CustomerTypeSpec } from './customer-types';

/** Service costs a gift shop of this size might carry, in the shop's currency; goods come from
 * the orders file's cost column. Applied, every planted costly customer loses money. */
export const DEMO_COSTS: Pick<
	ProfitOptions,
	'costPerOrder' | 'costPerReturn' | 'costPerTicket' | 'costPerEffortPoint'
> = {
	costPerOrder: 3,
	costPerReturn: 12,
	costPerTicket: 8,
	costPerEffortPoint: 2
};

/** Added to the demo's seed for the costly customers' own random stream. */
export const COSTLY_SEED_OFFSET = 0x5eed;

/** True for the orders of a costly customer that come back (every other one: the 2nd, 4th …). */
export function isReturnedCostlyOrder(orderNumber: number): boolean {
	return orderNumber % 2 === 1;
}

export const COSTLY_CUSTOMERS: CustomerTypeSpec = {
	type: 'costly',
	count: 30,
	orderDays(random, calendar) {
		// 4–7 orders, each early enough for its return (3–30 days later) to fall inside the demo.
		const count = random.int(4, 7);
		const days = new Set<number>();
		while (days.size < count) days.add(sampleDay(calendar, random, 0, DAYS - 31));
		return [...days].sort((a, b) => a - b);
	},
	categoryCount: [1, 2],
	categoryPool: categoryIndexes('Gifts & Cards', 'Stationery'),
	lines: [1, 1],
	quantity: 'single',
	saleCodeRate: 0.5,
	otherCodeRate: 0.3,
	channels: [0.3, 0.2, 0.5],
	age: [50, 15],
	effort: [9, 10],
	problemRate: 1,
	resolvedRate: 0.4,
	followers: 80,
	budget: 600
};
