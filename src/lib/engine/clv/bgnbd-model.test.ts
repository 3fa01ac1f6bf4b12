import { describe, expect, it } from 'vitest';
import {
	bgnbdLogLikelihood,
	compressPatterns,
	expectedPurchases,
	expectedPurchasesGiven,
	patternsFrom,
	probabilityAlive
} from './bgnbd-model';
import { expectedPurchasesByQuadrature } from './expected-purchases-quadrature';
import { hyp2f1 } from './special-functions';

/** The published CDNOW optimum (SOURCES.md). */
const CDNOW = { r: 0.24259, alpha: 4.4136, a: 0.79292, b: 2.42591 };

/** FHL 2005 eq. 10 exactly as lifetimes writes it, with the plain ₂F₁ series. */
function lifetimesExpectation(
	p: typeof CDNOW,
	x: number,
	recency: number,
	age: number,
	t: number
): number {
	const { r, alpha, a, b } = p;
	const hyp = hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + age + t)).value;
	const numerator =
		((a + b + x - 1) / (a - 1)) * (1 - hyp * Math.pow((alpha + age) / (alpha + age + t), r + x));
	const odds = x > 0 ? (a / (b + x - 1)) * Math.pow((alpha + age) / (alpha + recency), r + x) : 0;
	return numerator / (1 + odds);
}

describe('expectedPurchasesGiven', () => {
	it("gives lifetimes' 1.226 for x = 2, tₓ = 30.43, T = 38.86 over the next 39 weeks", () => {
		expect(expectedPurchasesGiven(CDNOW, 2, 30.43, 38.86, 39)).toBeCloseTo(1.226, 3);
	});

	it.each([
		[0, 0, 0, 39],
		[0, 0, 20, 52],
		[1, 5, 30, 10],
		[7, 35, 38, 39],
		[20, 70, 77, 200],
		[1, 1, 2, 1000]
	])(
		'agrees with the plain formula and with quadrature for x=%d, tₓ=%f, T=%f, t=%f',
		(x, tx, T, t) => {
			const value = expectedPurchasesGiven(CDNOW, x, tx, T, t);
			expect(value / lifetimesExpectation(CDNOW, x, tx, T, t)).toBeCloseTo(1, 10);
			const pAlive = probabilityAlive(CDNOW, x, tx, T);
			expect(value / expectedPurchasesByQuadrature(CDNOW, x, T, t, pAlive)).toBeCloseTo(1, 10);
		}
	);

	it('is continuous through a = 1, where the textbook formula divides by zero', () => {
		const at = (a: number) => expectedPurchasesGiven({ ...CDNOW, a }, 2, 30, 38, 39);
		expect(at(1)).toBeCloseTo((at(1 - 1e-6) + at(1 + 1e-6)) / 2, 8);
	});

	it('stays finite for degenerate fits (a, b or r huge)', () => {
		for (const p of [
			{ r: 1.7, alpha: 13, a: 8.6e6, b: 2.3e7 },
			{ r: 500, alpha: 5000, a: 0.8, b: 2.4 }
		]) {
			const value = expectedPurchasesGiven(p, 3, 100, 200, 52);
			expect(Number.isFinite(value) && value >= 0).toBe(true);
		}
	});

	it('is 0 for a horizon of 0', () => {
		expect(expectedPurchasesGiven(CDNOW, 2, 30, 38, 0)).toBe(0);
	});
});

describe('expectedPurchases', () => {
	it('matches FHL eq. 9 with the plain ₂F₁ series', () => {
		const { r, alpha, a, b } = CDNOW;
		const t = 52;
		const hyp = hyp2f1(r, b, a + b - 1, t / (alpha + t)).value;
		const expected = ((a + b - 1) / (a - 1)) * (1 - Math.pow(alpha / (alpha + t), r) * hyp);
		expect(expectedPurchases(CDNOW, t)).toBeCloseTo(expected, 12);
	});
});

describe('probabilityAlive', () => {
	it('is 1 without repeat purchases and follows note 021 otherwise', () => {
		expect(probabilityAlive(CDNOW, 0, 0, 30)).toBe(1);
		const { r, alpha, a, b } = CDNOW;
		const odds = (a / (b + 2 - 1)) * Math.pow((alpha + 38.86) / (alpha + 30.43), r + 2);
		expect(probabilityAlive(CDNOW, 2, 30.43, 38.86)).toBeCloseTo(1 / (1 + odds), 14);
	});
});

describe('bgnbdLogLikelihood', () => {
	const frequency = Float64Array.from([0, 0, 1, 2, 2, 5]);
	const recency = Float64Array.from([0, 0, 3, 10, 10, 30]);
	const age = Float64Array.from([20, 20, 25, 30, 30, 38]);

	it('is the same on compressed patterns as on one row per customer', () => {
		const rows = patternsFrom(frequency, recency, age, new Float64Array(6).fill(1));
		const { patterns } = compressPatterns(
			6,
			(i) => frequency[i],
			(i) => recency[i],
			(i) => age[i],
			(i) => frequency[i] * 1e6 + recency[i] * 1e3 + age[i]
		);
		expect(patterns.frequency.length).toBe(4);
		expect(bgnbdLogLikelihood(CDNOW, patterns)).toBeCloseTo(bgnbdLogLikelihood(CDNOW, rows), 10);
	});

	it('has an analytic gradient equal to central differences', () => {
		const data = patternsFrom(frequency, recency, age, Float64Array.from([1, 2, 1, 3, 1, 1]));
		const gradient = new Float64Array(4);
		bgnbdLogLikelihood(CDNOW, data, gradient);
		(['r', 'alpha', 'a', 'b'] as const).forEach((name, k) => {
			const h = 1e-6 * CDNOW[name];
			const up = bgnbdLogLikelihood({ ...CDNOW, [name]: CDNOW[name] + h }, data);
			const down = bgnbdLogLikelihood({ ...CDNOW, [name]: CDNOW[name] - h }, data);
			expect(gradient[k]).toBeCloseTo((up - down) / (2 * h), 5);
		});
	});
});
