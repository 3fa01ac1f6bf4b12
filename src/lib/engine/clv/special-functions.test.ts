import { describe, expect, it } from 'vitest';
import { digamma, hyp2f1, logAddExp, logGamma } from './special-functions';

describe('logGamma', () => {
	it.each([
		[0.5, 0.5 * Math.log(Math.PI)],
		[1, 0],
		[2, 0],
		[10, Math.log(362880)],
		[20, Math.log(121645100408832000)],
		[1e-3, 6.907178885383853], // ln Γ(0.001), A&S table / mpmath
		[100, 359.1342053695754]
	])('ln Γ(%f) = %f', (x, expected) => {
		expect(logGamma(x)).toBeCloseTo(expected, 12);
	});

	it('is NaN outside x > 0', () => {
		expect(logGamma(0)).toBeNaN();
		expect(logGamma(-1)).toBeNaN();
	});
});

describe('digamma', () => {
	const euler = 0.5772156649015329;
	it.each([
		[1, -euler],
		[0.5, -euler - 2 * Math.LN2],
		[10, 2.251752589066721],
		[0.01, -100.5608854578687]
	])('ψ(%f) = %f', (x, expected) => {
		expect(digamma(x)).toBeCloseTo(expected, 11);
	});
});

describe('logAddExp', () => {
	it('adds in log space without overflow', () => {
		expect(logAddExp(Math.log(2), Math.log(3))).toBeCloseTo(Math.log(5), 14);
		expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 12);
		expect(logAddExp(-Infinity, 3)).toBe(3);
	});
});

describe('hyp2f1', () => {
	it('matches ₂F₁(1, 1; 2; z) = −ln(1 − z)/z', () => {
		for (const z of [0.1, 0.5, 0.9, -0.7]) {
			expect(hyp2f1(1, 1, 2, z).value).toBeCloseTo(-Math.log(1 - z) / z, 13);
		}
	});

	it('matches ₂F₁(a, b; b; z) = (1 − z)^−a', () => {
		expect(hyp2f1(2.5, 3.2, 3.2, 0.6).value).toBeCloseTo(Math.pow(0.4, -2.5), 11);
	});

	it('matches ₂F₁(½, 1; 3/2; −z²) = arctan(z)/z', () => {
		expect(hyp2f1(0.5, 1, 1.5, -0.81).value).toBeCloseTo(Math.atan(0.9) / 0.9, 13);
	});

	it('reports no convergence outside |z| < 1 instead of a number', () => {
		expect(hyp2f1(1, 1, 2, 1)).toMatchObject({ isConverged: false });
		expect(hyp2f1(1, 1, 2, 1).value).toBeNaN();
	});
});
