import { describe, expect, it } from 'vitest';
import { computeWhaleCurve } from '../../engine/profit/whale-curve';
import { formatRoi, layoutGroupContribution, nameMetrics } from './group-contribution-layout';
import {
	describeWhalePoint,
	layoutWhaleCurve,
	nearestWhalePoint,
	WHALE_MARGIN,
	whalePeakSentence
} from './whale-curve-layout';

const money = (x: number) => `£${x}`;
// Contributions 100, 50, 0, −30, −20 (by hand): total 100, peak after 2 customers at 150 (150%),
// the rest give back 50 (50%).
const curve = computeWhaleCurve(Float64Array.from([0, -30, 100, -20, 50]));

describe('whale curve layout', () => {
	it('words the peak as the share of customers, of profit, and what the rest give back', () => {
		expect(whalePeakSentence(curve.peak, money)).toBe(
			'the best 40% of customers make 150% of profit; the rest give back 50%.'
		);
	});

	it('words the peak in money when there is no overall profit', () => {
		const loss = computeWhaleCurve(Float64Array.from([10, -40]));
		expect(whalePeakSentence(loss.peak, money)).toBe(
			'the best 50% of customers make £10; the rest give back £40, more than all of it.'
		);
	});

	it('draws shares of the total, from the origin to 100%, with the peak at 150%', () => {
		const layout = layoutWhaleCurve(curve, 400, 300);
		expect(layout.mode).toBe('share');
		expect(layout.values).toEqual([0, 1, 1.5, 1.5, 1.3, 1]);
		expect(layout.peakIndex).toBe(2);
		expect(layout.x(0)).toBe(WHALE_MARGIN.left);
		expect(layout.y.domain()[1]).toBeGreaterThanOrEqual(1.5);
		expect(layout.path.startsWith(`M${WHALE_MARGIN.left},`)).toBe(true);
	});

	it('draws money when the total is a loss', () => {
		const layout = layoutWhaleCurve(computeWhaleCurve(Float64Array.from([10, -40])), 400, 300);
		expect(layout.mode).toBe('amount');
		expect(layout.values).toEqual([0, 10, -30]);
		expect(layout.y.domain()[0]).toBeLessThanOrEqual(-30);
	});

	it('finds the point nearest a share of customers', () => {
		const shares = [0, 0.2, 0.4, 0.6, 0.8, 1];
		expect(nearestWhalePoint(shares, 0.33)).toBe(2);
		expect(nearestWhalePoint(shares, 0.27)).toBe(1);
		expect(nearestWhalePoint(shares, -1)).toBe(0);
		expect(nearestWhalePoint(shares, 2)).toBe(5);
	});

	it('reads a point as rank, share of customers and cumulative contribution', () => {
		expect(describeWhalePoint(curve, 2, money)).toBe(
			'The best 2 customers (40.0%) make £150 (150% of the total).'
		);
	});
});

describe('group contribution layout', () => {
	const groups = [
		{ key: 'a', name: 'A', customers: 2, contribution: 300, roi: 3 },
		{ key: 'b', name: 'B', customers: 0, contribution: 0, roi: null },
		{ key: 'c', name: 'C', customers: 1, contribution: -100, roi: -0.5 }
	];

	it('leaves empty groups out and draws a loss left of zero', () => {
		const layout = layoutGroupContribution(groups, 600);
		expect(layout.rows.map((r) => r.key)).toEqual(['a', 'c']);
		const [a, c] = layout.rows;
		expect(a.barX).toBeCloseTo(layout.zeroX, 9);
		expect(c.barX + c.barWidth).toBeCloseTo(layout.zeroX, 9);
		expect(c.isLoss).toBe(true);
		// Bars are to scale: 300 is three times as long as 100.
		expect(a.barWidth / c.barWidth).toBeCloseTo(3, 9);
	});

	it('keeps the ROI column right of every bar', () => {
		const layout = layoutGroupContribution(groups, 600);
		for (const row of layout.rows) expect(row.barX + row.barWidth).toBeLessThan(layout.roiX);
	});

	it('draws fewer ticks on a phone-wide chart', () => {
		expect(layoutGroupContribution(groups, 320).ticks.length).toBeLessThan(
			layoutGroupContribution(groups, 900).ticks.length
		);
	});

	it('gives the names the room the longest needs, up to 35% of a wide chart', () => {
		// 30 letters of 6.9 px and 12 px of margin: 219 px, less than 35% of 1000.
		const name = 'Frequent buyers of high value!';
		const wide = layoutGroupContribution([{ ...groups[0], name }], 1000);
		expect(wide.plotLeft).toBe(219);
		expect(wide.rows[0].lines).toEqual([name]);
		expect(wide.rowHeight).toBe(30);
	});

	it('puts a name too long for the room on two taller lines, cut beyond them', () => {
		// A 400 px chart keeps 45% = 180 px for names: (180 − 12) / 6.9 → 24 letters a line.
		const name = 'Frequent buyers of high value who never return anything at all';
		const narrow = layoutGroupContribution([{ ...groups[0], name }], 400);
		expect(narrow.plotLeft).toBe(180);
		expect(narrow.rows[0].lines).toEqual(['Frequent buyers of high', 'value who never return …']);
		// Two Latin lines: a 17 px box, a 15 px step and 4 px of air.
		expect(narrow.rowHeight).toBe(36);
	});

	it('sizes Urdu names with Nastaliq’s narrower letters and taller lines', () => {
		const ur = layoutGroupContribution(
			[{ ...groups[0], name: 'ایک بار کے، کم قدر خریدار' }],
			1000,
			nameMetrics('rtl')
		);
		// 25 letters of 5.4 px and 12 px of margin; one Nastaliq line of 32 px and 4 px of air.
		expect(ur.plotLeft).toBe(147);
		expect(ur.rowHeight).toBe(36);
		// 41 letters: 233.4 px, rounded up so that the whole name stays on one line.
		const long = 'مسائل والے، زیادہ توجہ مانگنے والے خریدار';
		const longer = layoutGroupContribution(
			[{ ...groups[0], name: long }],
			1000,
			nameMetrics('rtl')
		);
		expect(long.length).toBe(41);
		expect(longer.plotLeft).toBe(234);
		expect(longer.rows[0].lines).toEqual([long]);
	});

	it('shows ROI with a multiplication sign, and a dash when undefined', () => {
		expect(formatRoi(2.43)).toBe('2.4×');
		expect(formatRoi(-0.8)).toBe('−0.8×');
		expect(formatRoi(12.6)).toBe('13×');
		expect(formatRoi(null)).toBe('—');
	});
});
