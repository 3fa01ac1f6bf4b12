import { describe, expect, it } from 'vitest';
import { createPrng } from '../personas/prng';
import {
	compressedLogLikelihood,
	compressSpendData,
	expectedSpend,
	fitGammaGamma,
	gammaGammaLogLikelihood
} from './fit-gamma-gamma';

const PUBLISHED = { p: 6.25, q: 3.74, v: 15.44 };

describe('gammaGammaLogLikelihood', () => {
	const data = {
		frequency: Float64Array.from([1, 1, 2, 4]),
		meanSpend: Float64Array.from([20, 35.5, 12, 60])
	};

	it('matches the density written out by hand for one customer', () => {
		const { p, q, v } = PUBLISHED;
		const [x, z] = [2, 12];
		const lgamma = (s: number) => Math.log(Math.abs(gammaOf(s)));
		const expected =
			lgamma(p * x + q) -
			lgamma(p * x) -
			lgamma(q) +
			q * Math.log(v) +
			(p * x - 1) * Math.log(z) +
			p * x * Math.log(x) -
			(p * x + q) * Math.log(v + x * z);
		const one = { frequency: Float64Array.from([x]), meanSpend: Float64Array.from([z]) };
		expect(gammaGammaLogLikelihood(PUBLISHED, one)).toBeCloseTo(expected, 6);
	});

	it('has an analytic gradient equal to central differences', () => {
		const gradient = new Float64Array(3);
		gammaGammaLogLikelihood(PUBLISHED, data, gradient);
		(['p', 'q', 'v'] as const).forEach((name, k) => {
			const h = 1e-6 * PUBLISHED[name];
			const up = gammaGammaLogLikelihood({ ...PUBLISHED, [name]: PUBLISHED[name] + h }, data);
			const down = gammaGammaLogLikelihood({ ...PUBLISHED, [name]: PUBLISHED[name] - h }, data);
			expect(gradient[k]).toBeCloseTo((up - down) / (2 * h), 5);
		});
	});
});

describe('compressSpendData', () => {
	// Six customers in no order: (1, 20) twice, (1, 35.5) once, (2, 12) three times.
	const data = {
		frequency: Float64Array.from([1, 2, 1, 1, 2, 2]),
		meanSpend: Float64Array.from([20, 12, 20, 35.5, 12, 12])
	};

	it('merges identical (x, zbar) pairs with the number of customers who share them', () => {
		const compressed = compressSpendData(data);
		expect(Array.from(compressed.frequency)).toEqual([1, 1, 2]);
		expect(Array.from(compressed.meanSpend)).toEqual([20, 35.5, 12]);
		expect(Array.from(compressed.weight)).toEqual([2, 1, 3]);
		expect(Array.from(compressed.groupFrequency)).toEqual([1, 2]);
		expect(Array.from(compressed.groupCustomers)).toEqual([3, 3]);
		expect(compressed.customers).toBe(6);
	});

	it('gives the log-likelihood of the customers one by one, written out by hand', () => {
		const { p, q, v } = PUBLISHED;
		const lgamma = (s: number) => Math.log(Math.abs(gammaOf(s)));
		let expected = 0;
		for (let i = 0; i < data.frequency.length; i++) {
			const [x, z] = [data.frequency[i], data.meanSpend[i]];
			expected +=
				lgamma(p * x + q) -
				lgamma(p * x) -
				lgamma(q) +
				q * Math.log(v) +
				(p * x - 1) * Math.log(z) +
				p * x * Math.log(x) -
				(p * x + q) * Math.log(v + x * z);
		}
		// The test's Stirling Γ is good to about 1e-7 a term: 18 terms.
		expect(compressedLogLikelihood(PUBLISHED, compressSpendData(data))).toBeCloseTo(expected, 5);
	});
});

/** Γ(s) by the Lanczos-free product for the test: Γ(s) = Γ(s + n)/(s(s+1)…(s+n−1)), Stirling at s + n. */
function gammaOf(s: number): number {
	let shift = 1;
	while (s < 30) shift *= s++;
	const stirling =
		Math.sqrt((2 * Math.PI) / s) * Math.pow(s / Math.E, s) * (1 + 1 / (12 * s) + 1 / (288 * s * s));
	return stirling / shift;
}

describe('fitGammaGamma', () => {
	it('recovers the parameters of 20,000 simulated customers within their sampling error', () => {
		const random = createPrng(11);
		const gamma = (shape: number): number => {
			// Marsaglia–Tsang for shape ≥ 1 (all shapes here are).
			const d = shape - 1 / 3;
			const c = 1 / Math.sqrt(9 * d);
			for (;;) {
				const x = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
				const v = (1 + c * x) ** 3;
				if (v > 0 && Math.log(random()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
			}
		};
		const n = 20_000;
		const frequency = new Float64Array(n);
		const meanSpend = new Float64Array(n);
		for (let i = 0; i < n; i++) {
			const x = 1 + Math.floor(random() * 6);
			const nu = gamma(PUBLISHED.q) / PUBLISHED.v;
			let sum = 0;
			for (let k = 0; k < x; k++) sum += gamma(PUBLISHED.p) / nu;
			frequency[i] = x;
			meanSpend[i] = sum / x;
		}
		const fit = fitGammaGamma({ frequency, meanSpend });
		if (fit.status !== 'fitted') throw new Error(fit.reason);
		for (const name of ['p', 'q', 'v'] as const) {
			const error = fit.standardErrors![name];
			expect(Math.abs(fit.params[name] - PUBLISHED[name])).toBeLessThan(3 * error);
		}
	});

	it('fails with a reason for fewer than two customers', () => {
		const fit = fitGammaGamma({
			frequency: Float64Array.from([2]),
			meanSpend: Float64Array.from([9])
		});
		expect(fit).toMatchObject({ status: 'failed', reason: expect.stringContaining('only 1') });
	});
});

describe('expectedSpend', () => {
	it('weights the customer mean against the population mean (FHL 2005, eq. 5)', () => {
		const { p, q, v } = PUBLISHED;
		expect(expectedSpend(PUBLISHED, 0, 0)).toBeCloseTo((v * p) / (q - 1), 12);
		expect(expectedSpend(PUBLISHED, 3, 40)).toBeCloseTo(((v + 3 * 40) * p) / (3 * p + q - 1), 12);
	});

	it('takes a negative mean spend as 0', () => {
		expect(expectedSpend(PUBLISHED, 2, -15)).toBe(expectedSpend(PUBLISHED, 2, 0));
	});
});
