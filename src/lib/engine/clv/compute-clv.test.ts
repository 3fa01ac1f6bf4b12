import { describe, expect, it } from 'vitest';
import { ordersFromRows, type TestRow } from '../tables/test-tables';
import { DEFAULT_CLV_OPTIONS, type ClvOptions } from './clv-options';
import { buildClvReport } from './clv-report';
import { computeClv, type ClvResult } from './compute-clv';
import { cdnowRows } from '../../../../tests/unit/cdnow-sample';

const options = (overrides: Partial<ClvOptions>): ClvOptions => ({
	...DEFAULT_CLV_OPTIONS,
	...overrides
});

function computed(rows: TestRow[], overrides: Partial<ClvOptions>): ClvResult {
	const result = computeClv(ordersFromRows(rows), options(overrides));
	if (result.status !== 'computed') throw new Error(result.reason);
	return result;
}

/** Every number anywhere in a JSON value, to prove none is NaN or infinite. */
function numbersIn(value: unknown): number[] {
	if (typeof value === 'number') return [value];
	if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
	return [];
}

describe('computeClv on CDNOW (Fader, Hardie & Lee 2005)', () => {
	const result = computed(cdnowRows(), {
		calibrationEnd: '1997-09-30',
		holdoutEnd: '1998-06-30',
		unit: 'weeks'
	});

	it('counts the 2,357 customers and the 2,457 calibration repeat transactions', () => {
		expect(result.summary.count).toBe(2357);
		expect(result.summary.calibrationRepeats).toBe(2457);
	});

	it('fits the published BG/NBD parameters to 3 decimals and the log-likelihood to 0.01', () => {
		if (result.bgnbd.status !== 'fitted') throw new Error(result.bgnbd.reason);
		const { r, alpha, a, b } = result.bgnbd.params;
		expect(r).toBeCloseTo(0.24259, 3);
		expect(alpha).toBeCloseTo(4.4136, 3);
		expect(a).toBeCloseTo(0.79292, 3);
		expect(b).toBeCloseTo(2.42591, 3);
		expect(Math.abs(result.bgnbd.logLikelihood - -9582.43)).toBeLessThanOrEqual(0.01);
	});

	it('gives the standard errors lifetimes reports for CDNOW (r .012557, α .378221, a .185719, b .705345)', () => {
		if (result.bgnbd.status !== 'fitted') throw new Error(result.bgnbd.reason);
		const se = result.bgnbd.standardErrors;
		expect(se).not.toBeNull();
		expect(se!.r).toBeCloseTo(0.012557, 4);
		expect(se!.alpha / 0.378221).toBeCloseTo(1, 2);
		expect(se!.a / 0.185719).toBeCloseTo(1, 2);
		expect(se!.b / 0.705345).toBeCloseTo(1, 2);
	});

	it('fits the published Gamma-Gamma parameters on the 946 repeat customers', () => {
		if (result.gammaGamma.status !== 'fitted') throw new Error(result.gammaGamma.reason);
		const { p, q, v } = result.gammaGamma.params;
		expect(result.gammaGamma.customers).toBe(946);
		expect(p).toBeCloseTo(6.2496, 3);
		expect(q).toBeCloseTo(3.7442, 3);
		expect(v).toBeCloseTo(15.4435, 3);
	});

	it('checks the 39-week holdout: 1,882 actual repeat transactions against the expectations', () => {
		expect(result.holdout?.lengthDays).toBe(273);
		expect(result.holdout?.actual).toBe(1882);
		// The model under-forecasts CDNOW's holdout a little (FHL 2005, fig. 3): within 15%.
		expect(result.holdout!.predicted).toBeGreaterThan(1882 * 0.85);
		expect(result.holdout!.predicted).toBeLessThan(1882);
	});

	it('tracks cumulative repeat transactions weekly, with a point on the cut-off', () => {
		const tracking = result.tracking!;
		expect(tracking.points).toHaveLength(78);
		const cutoff = tracking.points[tracking.cutoffIndex];
		expect(cutoff.week).toBe(39);
		expect(cutoff.actual).toBe(2457);
		expect(tracking.points[77].actual).toBe(2457 + 1882);
		// The calibration fit reproduces the calibration total within a few percent.
		expect(cutoff.expected / 2457).toBeCloseTo(1, 1);
	});

	it('reports finite numbers only', () => {
		const report = buildClvReport(result);
		expect(numbersIn(report).every(Number.isFinite)).toBe(true);
		expect(report.oneTimeBuyers).toBe(1411);
	});
});

describe('computeClv on hostile data', () => {
	const day = (d: number) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);

	it('fails with a reason for one customer only', () => {
		const result = computeClv(
			ordersFromRows([0, 10, 30].map((d) => ({ customer: 'solo', date: day(d), amount: 20 }))),
			options({ calibrationEnd: day(60) })
		);
		expect(result.status).toBe('computed');
		if (result.status !== 'computed') return;
		expect(result.bgnbd).toMatchObject({
			status: 'failed',
			reason: expect.stringContaining('only 1')
		});
		expect(result.customers).toBeNull();
	});

	it('fails with a reason when everyone bought once', () => {
		const rows = Array.from({ length: 50 }, (_, i) => ({
			customer: `c${i}`,
			date: day(i),
			amount: 10
		}));
		const result = computed(rows, { calibrationEnd: day(60) });
		expect(result.bgnbd).toMatchObject({ status: 'failed' });
		expect(result.bgnbd.status === 'failed' && result.bgnbd.reason).toMatch(/bought again/);
		expect(result.gammaGamma).toMatchObject({ status: 'failed' });
	});

	it('fails with the first purchase date when the cut-off is before it', () => {
		const result = computeClv(
			ordersFromRows([{ customer: 'a', date: '2024-03-01', amount: 5 }]),
			options({ calibrationEnd: '2024-01-31' })
		);
		expect(result).toMatchObject({
			status: 'failed',
			reason: expect.stringContaining('2024-03-01')
		});
	});

	/** 200 customers: repeat buyers every 20–60 days, some lapsed, with the given twist. */
	function population(twist: (rows: TestRow[]) => void): TestRow[] {
		const rows: TestRow[] = [];
		for (let c = 0; c < 200; c++) {
			const purchases = 1 + (c % 6);
			const gap = 20 + (c % 5) * 10;
			for (let k = 0; k < purchases; k++) {
				rows.push({
					customer: `c${c}`,
					date: day((c % 30) + k * gap),
					amount: 10 + (c % 7) * 5 + k
				});
			}
		}
		twist(rows);
		return rows;
	}

	it('counts a free purchase day as a transaction and leaves zero spenders out of Gamma-Gamma', () => {
		const rows = population((r) => {
			r.push(
				{ customer: 'free', date: day(1), amount: 0 },
				{ customer: 'free', date: day(9), amount: 0 }
			);
		});
		const result = computed(rows, { calibrationEnd: day(300) });
		const report = buildClvReport(result);
		expect(report.bgnbd.status).toBe('fitted');
		expect(report.spendLeftOut.spendNotPositive).toBe(1);
		const i = result.summary.customerCode.indexOf(
			ordersFromRows(rows).customer.values.indexOf('free')
		);
		expect(result.summary.frequency[i]).toBe(1);
		expect(Number.isFinite(result.customers!.clv![i])).toBe(true);
		expect(result.customers!.clv![i]).toBeGreaterThanOrEqual(0);
	});

	it('keeps a day whose returns exceed its purchases as a transaction of negative spend', () => {
		const rows = population((r) => {
			r.push(
				{ customer: 'back', date: day(2), amount: 30 },
				{ customer: 'back', date: day(40), amount: 10 },
				{ customer: 'back', date: day(40), amount: -50 },
				{ customer: 'back', date: day(80), amount: -30 }
			);
		});
		const result = computed(rows, { calibrationEnd: day(300) });
		const i = result.summary.customerCode.indexOf(
			ordersFromRows(rows).customer.values.indexOf('back')
		);
		expect(result.summary.frequency[i]).toBe(1);
		expect(result.summary.repeatSpend[i]).toBe(-40);
		expect(result.customers!.spendStatus[i]).toBe(2);
		expect(result.customers!.clv![i]).toBeGreaterThanOrEqual(0);
		expect(numbersIn(buildClvReport(result)).every(Number.isFinite)).toBe(true);
	});
});
