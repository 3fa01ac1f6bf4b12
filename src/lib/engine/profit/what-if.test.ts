import { describe, expect, it } from 'vitest';
import { computeProfit } from './compute-profit';
import { HAND_OPTIONS, handShop } from './hand-fixture';
import { applyWhatIf } from './what-if';

describe('applyWhatIf on the hand-computed shop', () => {
	const shop = handShop();
	const base = computeProfit(shop, HAND_OPTIONS);

	it('returns the base columns when every multiplier is 1', () => {
		const same = applyWhatIf(base, {});
		expect(same.isBase).toBe(true);
		expect(same.contribution).toBe(base.contribution);
		expect(same.changedSign).toBe(0);
	});

	it('scales each cost kind and recomputes the contribution', () => {
		// Goods, orders, tickets and marketing halved:
		//   A: 210 − 47 − (5 + 8 + 3 + 8) − 5 = 134      B: 15 − 5.5 − (2.5 + 16 + 12 + 36) − 1.5 = −58.5
		//   C: 450 − 90 − (7.5 + 0 + 0 + 12) − 5 = 335.5  D: 20 − 6 − (2.5 + 0 + 9 + 0) − 1.5 = 1
		const half = applyWhatIf(base, { goods: 0.5, orders: 0.5, tickets: 0.5, marketing: 0.5 });
		expect(Array.from(half.contribution)).toEqual([134, -58.5, 335.5, 1]);
		expect(Array.from(half.service)).toEqual([24, 66.5, 19.5, 11.5]);
		expect(Array.from(base.contribution)).toEqual([74, -80, 233, -18]);
	});

	it('counts the customers who change sign, each way', () => {
		const half = applyWhatIf(base, { goods: 0.5, orders: 0.5, tickets: 0.5, marketing: 0.5 });
		expect(half).toMatchObject({ becameProfitable: 1, becameLosing: 0, changedSign: 1 });
		// Everything +50%: A 210 − 141 − 48 − 15 = 6 and C 450 − 270 − 40.5 − 15 = 124.5 stay positive;
		// B 15 − 16.5 − 121.5 − 4.5 = −127.5 and D 20 − 18 − 34.5 − 4.5 = −37 stay negative.
		const dear = applyWhatIf(base, {
			goods: 1.5,
			orders: 1.5,
			returns: 1.5,
			tickets: 1.5,
			effort: 1.5,
			marketing: 1.5
		});
		expect(Array.from(dear.contribution)).toEqual([6, -127.5, 124.5, -37]);
		expect(dear.changedSign).toBe(0);
		const effortDear = applyWhatIf(base, { goods: 1.5, effort: 1.5, returns: 1.5 });
		// A: 210 − 141 − (10 + 12 + 6 + 12) − 10 = 19; still ≥ 0.
		expect(effortDear.contribution[0]).toBe(19);
	});

	it('counts a customer who starts losing money', () => {
		// With a dearer order cost entered (20), goods +50% tips A over.
		const dearOrders = computeProfit(shop, { ...HAND_OPTIONS, costPerOrder: 20 });
		// A base: 210 − 94 − (40 + 8 + 6 + 8) − 10 = 44; goods × 1.5: 44 − 47 = −3.
		const scaled = applyWhatIf(dearOrders, { goods: 1.5 });
		expect(scaled.contribution[0]).toBe(-3);
		expect(scaled).toMatchObject({ becameLosing: 1, becameProfitable: 0 });
	});
});
