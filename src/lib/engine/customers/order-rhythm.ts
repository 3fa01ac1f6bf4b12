/**
 * What each customer's orders say over time: first and last order, recency and tenure from the
 * analysis day, the mean gap and its variation, seasonality (the top calendar month), years with
 * an order, and the shares of discounted orders and of each channel.
 */
import { civilDateOf } from '../tables/calendar';
import type { CustomerOrders } from './order-grouping';

export interface OrderRhythm {
	firstOrderDay: Int32Array;
	lastOrderDay: Int32Array;
	orders: Int32Array;
	recencyDays: Int32Array;
	tenureDays: Int32Array;
	meanGapDays: Float64Array;
	gapCv: Float64Array;
	seasonality: Float64Array;
	topMonth: Uint8Array;
	orderYears: Int32Array;
	discountedOrders: Int32Array | null;
	discountShare: Float64Array | null;
	channelShares: Float64Array[] | null;
	topChannel: Int32Array | null;
}

/** One pass over each customer's sorted orders; `channelCount` = size of the channel dictionary. */
export function measureOrderRhythm(
	grouped: CustomerOrders,
	analysisDay: number,
	channelCount: number | null
): OrderRhythm {
	const { count, orderStart, orderDay, orderDiscounted, orderChannel, minOrderDay, dayRange } =
		grouped;
	const orderTotal = orderDay.length;
	const firstOrderDay = new Int32Array(count);
	const lastOrderDay = new Int32Array(count);
	const ordersColumn = new Int32Array(count);
	const recencyDays = new Int32Array(count);
	const tenureDays = new Int32Array(count);
	const meanGapDays = new Float64Array(count);
	const gapCv = new Float64Array(count);
	const seasonality = new Float64Array(count);
	const topMonth = new Uint8Array(count);
	const orderYears = new Int32Array(count);
	const discountedOrders = orderDiscounted ? new Int32Array(count) : null;
	const discountShare = orderDiscounted ? new Float64Array(count) : null;
	const channels = channelCount ?? 0;
	const channelShares =
		channelCount !== null ? Array.from({ length: channels }, () => new Float64Array(count)) : null;
	const topChannel = channelCount !== null ? new Int32Array(count).fill(-1) : null;
	const monthCounts = new Int32Array(13);
	// Calendar dates per day of the order range, when there are fewer days than orders.
	const civilByDay = dayRange > 0 && dayRange <= orderTotal ? new Int32Array(dayRange) : null;
	if (civilByDay) {
		for (let d = 0; d < dayRange; d++) civilByDay[d] = civilDateOf(minOrderDay + d);
	}
	const channelCounts = new Int32Array(channels);

	for (let i = 0; i < count; i++) {
		const start = orderStart[i];
		const end = orderStart[i + 1];
		const m = end - start;
		const first = orderDay[start];
		const last = orderDay[end - 1];
		ordersColumn[i] = m;
		firstOrderDay[i] = first;
		lastOrderDay[i] = last;
		recencyDays[i] = analysisDay - last;
		tenureDays[i] = analysisDay - first;

		if (m > 1) {
			const mean = (last - first) / (m - 1);
			meanGapDays[i] = mean;
			let squares = 0;
			for (let at = start + 1; at < end; at++) {
				const deviation = orderDay[at] - orderDay[at - 1] - mean;
				squares += deviation * deviation;
			}
			gapCv[i] = mean > 0 ? Math.sqrt(squares / (m - 1)) / mean : NaN;
		} else {
			meanGapDays[i] = NaN;
			gapCv[i] = NaN;
		}

		monthCounts.fill(0);
		let years = 0;
		let previousYear = -Infinity;
		let flagged = 0;
		for (let at = start; at < end; at++) {
			const civil = civilByDay ? civilByDay[orderDay[at] - minOrderDay] : civilDateOf(orderDay[at]);
			const year = Math.floor(civil / 10_000);
			monthCounts[Math.floor(civil / 100) % 100]++;
			if (year !== previousYear) {
				years++;
				previousYear = year;
			}
			if (orderDiscounted) flagged += orderDiscounted[at];
			if (orderChannel && orderChannel[at] >= 0) channelCounts[orderChannel[at]]++;
		}
		let bestMonth = 1;
		for (let month = 2; month <= 12; month++) {
			if (monthCounts[month] > monthCounts[bestMonth]) bestMonth = month;
		}
		topMonth[i] = bestMonth;
		seasonality[i] = monthCounts[bestMonth] / m;
		orderYears[i] = years;
		if (discountedOrders && discountShare) {
			discountedOrders[i] = flagged;
			discountShare[i] = flagged / m;
		}
		if (channelShares && topChannel) {
			let best = -1;
			for (let k = 0; k < channels; k++) {
				const n = channelCounts[k];
				if (n > 0) {
					channelShares[k][i] = n / m;
					if (best < 0 || n > channelCounts[best]) best = k;
				}
			}
			channelCounts.fill(0);
			topChannel[i] = best;
		}
	}
	return {
		firstOrderDay,
		lastOrderDay,
		orders: ordersColumn,
		recencyDays,
		tenureDays,
		meanGapDays,
		gapCv,
		seasonality,
		topMonth,
		orderYears,
		discountedOrders,
		discountShare,
		channelShares,
		topChannel
	};
}
