/**
 * The whale curve's drawing maths, without the DOM: scales, path, ticks and the peak, from the
 * engine's `WhaleCurve` (customers by contribution, highest first, cumulative contribution). The
 * curve is drawn as a share of the total profit when there is one; when the total is ≤ 0 a share
 * reads backwards, so it is drawn in money instead.
 */
import { line, scaleLinear, type ScaleLinear } from 'd3';
import type { WhaleCurve, WhalePeak } from '../../engine/profit/whale-curve';
import { m } from '../../i18n';

export const WHALE_MARGIN = { top: 18, right: 18, bottom: 44, left: 64 };

export interface WhaleLayout {
	/** 'share': y is cumulative contribution ÷ total; 'amount': y is cumulative contribution. */
	mode: 'share' | 'amount';
	x: ScaleLinear<number, number>;
	y: ScaleLinear<number, number>;
	/** y value of each point (a share or an amount, by mode). */
	values: number[];
	path: string;
	xTicks: number[];
	yTicks: number[];
	/** Index of the peak among the points. */
	peakIndex: number;
}

/** Layout of `curve` in a `width` × `height` box. */
export function layoutWhaleCurve(curve: WhaleCurve, width: number, height: number): WhaleLayout {
	const { points } = curve;
	const mode = points.cumulativeShare === null ? 'amount' : 'share';
	const values = points.cumulativeShare ?? points.cumulative;
	const low = Math.min(0, ...values);
	const high = Math.max(mode === 'share' ? 1 : 0, ...values);
	const x = scaleLinear(
		[0, 1],
		[WHALE_MARGIN.left, Math.max(WHALE_MARGIN.left + 1, width - WHALE_MARGIN.right)]
	);
	const y = scaleLinear(
		[low, high === low ? low + 1 : high],
		[height - WHALE_MARGIN.bottom, WHALE_MARGIN.top]
	).nice(5);
	const path =
		line<number>(
			(_, i) => x(points.customerShare[i]),
			(v) => y(v)
		)(values) ?? '';
	const peakRank = curve.peak.count;
	const peakIndex = Math.max(0, points.rank.indexOf(peakRank));
	return { mode, x, y, values, path, xTicks: x.ticks(5), yTicks: y.ticks(5), peakIndex };
}

/** The point nearest a share of customers (binary search over ascending shares). */
export function nearestWhalePoint(customerShare: readonly number[], share: number): number {
	let lo = 0;
	let hi = customerShare.length - 1;
	if (hi < 0) return 0;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (customerShare[mid] < share) lo = mid + 1;
		else hi = mid;
	}
	if (lo > 0 && share - customerShare[lo - 1] < customerShare[lo] - share) return lo - 1;
	return lo;
}

/**
 * The peak in words: "the best 34% of customers make 148% of profit; the rest give back 48%";
 * in money when there is no overall profit to take shares of.
 */
export function whalePeakSentence(peak: WhalePeak, money: (amount: number) => string): string {
	const words = m.profit.whale.peak;
	if (peak.count === 0) return words.none;
	if (peak.share === null || peak.giveBackShare === null) {
		return words.inMoney(peak.customerShare, money(peak.contribution), money(peak.giveBack));
	}
	if (peak.losing === 0) return words.all(peak.customerShare);
	return words.share(peak.customerShare, peak.share, peak.giveBackShare);
}

/** One point read out: rank, share of customers and the cumulative contribution. */
export function describeWhalePoint(
	curve: WhaleCurve,
	index: number,
	money: (amount: number) => string
): string {
	const { rank, customerShare, cumulative, cumulativeShare } = curve.points;
	return m.profit.whale.point(
		rank[index],
		customerShare[index],
		money(cumulative[index]),
		cumulativeShare ? cumulativeShare[index] : null
	);
}
