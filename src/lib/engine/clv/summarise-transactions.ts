/**
 * Order lines → the lifetime-value models' inputs (DOMAIN.md, "Customer lifetime value"). A
 * transaction is a purchase day: a day on which the customer has at least one line with amount
 * ≥ 0; its spend is the net of all that day's lines. The cohort is every customer with a
 * transaction on or before the cut-off day (inclusive).
 */
import { countingSort } from '../tables/counting-sort';
import type { OrdersTable } from '../tables/orders-table';

export interface TransactionSummary {
	/** Cut-off day (epoch day, inclusive) and holdout end (inclusive; null without a holdout). */
	calibrationEndDay: number;
	holdoutEndDay: number | null;
	/** Cohort customers (first transaction on or before the cut-off), in customer-code order. */
	count: number;
	/** Code into `orders.customer` per cohort customer. */
	customerCode: Int32Array;
	firstDay: Int32Array;
	/** Last transaction day on or before the cut-off. */
	lastDay: Int32Array;
	/** x: transaction days on or before the cut-off, minus one. */
	frequency: Int32Array;
	/** Net spend of the repeat days (every calibration transaction day but the first). */
	repeatSpend: Float64Array;
	/** Net spend of the first transaction day. */
	firstSpend: Float64Array;
	/** Transaction days in (cut-off, holdout end]; all zero without a holdout. */
	holdoutTransactions: Int32Array;
	/** Σ x: repeat transaction days in the calibration period. */
	calibrationRepeats: number;
	/** Σ holdout transaction days of cohort customers. */
	holdoutRepeats: number;
	/** First day of the daily series below: the cohort's earliest first transaction. */
	seriesStartDay: number;
	/** Per day from `seriesStartDay` to the last day analysed: cohort customers starting that day. */
	firstTransactionsByDay: Int32Array;
	/** Per day, the cohort's repeat transaction days (calibration and holdout). */
	repeatsByDay: Int32Array;
	/** Customers whose first transaction falls after the cut-off (left out of the cohort). */
	laterCustomers: number;
	/** Customers with lines up to the last day analysed but no purchase day (returns only). */
	noTransactionCustomers: number;
}

/**
 * Summarises the lines on or before the holdout end (or the cut-off) into per-customer
 * frequency, first/last transaction day and spend; lines after that are ignored. O(lines + days).
 */
export function summariseTransactions(
	orders: OrdersTable,
	calibrationEndDay: number,
	holdoutEndDay: number | null = null
): TransactionSummary {
	const endDay = holdoutEndDay ?? calibrationEndDay;
	const { day, amount } = orders;
	const codes = orders.customer.codes;
	let inWindow = 0;
	let minDay = Infinity;
	for (let i = 0; i < orders.rowCount; i++) {
		if (day[i] <= endDay) {
			inWindow++;
			if (day[i] < minDay) minDay = day[i];
		}
	}
	const lines = new Int32Array(inWindow);
	for (let i = 0, at = 0; i < orders.rowCount; i++) if (day[i] <= endDay) lines[at++] = i;
	// Lines by customer, then by day: two stable counting sorts (day first) when the day range is
	// modest, else a comparison sort on day.
	const dayRange = inWindow > 0 ? endDay - minDay + 1 : 0;
	const dayKey = (i: number) => day[i] - minDay;
	let byDay: Int32Array;
	if (dayRange <= 4 * inWindow + 100_000) {
		const keys = new Int32Array(orders.rowCount);
		for (const i of lines) keys[i] = dayKey(i);
		byDay = countingSort(lines, keys, dayRange);
	} else byDay = lines.slice().sort((p, q) => day[p] - day[q]);
	const customerCount = orders.customer.values.length;
	const sorted = countingSort(byDay, codes, customerCount);

	const customerCode = new Int32Array(customerCount);
	const firstDay = new Int32Array(customerCount);
	const lastDay = new Int32Array(customerCount);
	const frequency = new Int32Array(customerCount);
	const repeatSpend = new Float64Array(customerCount);
	const firstSpend = new Float64Array(customerCount);
	const holdoutTransactions = new Int32Array(customerCount);
	const repeatDays: number[] = [];
	let count = 0;
	let laterCustomers = 0;
	let noTransactionCustomers = 0;
	let at = 0;
	while (at < sorted.length) {
		const code = codes[sorted[at]];
		let first = -1;
		let isCohort = false;
		let last = 0;
		let x = 0;
		let spend = 0;
		let startSpend = 0;
		let holdout = 0;
		while (at < sorted.length && codes[sorted[at]] === code) {
			const d = day[sorted[at]];
			let net = 0;
			let isPurchase = false;
			for (; at < sorted.length && codes[sorted[at]] === code && day[sorted[at]] === d; at++) {
				const value = amount[sorted[at]];
				net += value;
				if (value >= 0) isPurchase = true;
			}
			if (!isPurchase) continue;
			if (first < 0) {
				first = d;
				isCohort = d <= calibrationEndDay;
				last = d;
				startSpend = net;
			} else if (!isCohort) continue;
			else if (d <= calibrationEndDay) {
				x++;
				last = d;
				spend += net;
				repeatDays.push(d);
			} else {
				holdout++;
				repeatDays.push(d);
			}
		}
		if (first < 0) {
			noTransactionCustomers++;
			continue;
		}
		if (!isCohort) {
			laterCustomers++;
			continue;
		}
		customerCode[count] = code;
		firstDay[count] = first;
		lastDay[count] = last;
		frequency[count] = x;
		repeatSpend[count] = spend;
		firstSpend[count] = startSpend;
		holdoutTransactions[count] = holdout;
		count++;
	}

	let seriesStartDay = calibrationEndDay;
	for (let i = 0; i < count; i++) if (firstDay[i] < seriesStartDay) seriesStartDay = firstDay[i];
	const seriesLength = count > 0 ? endDay - seriesStartDay + 1 : 0;
	const firstTransactionsByDay = new Int32Array(seriesLength);
	const repeatsByDay = new Int32Array(seriesLength);
	for (let i = 0; i < count; i++) firstTransactionsByDay[firstDay[i] - seriesStartDay]++;
	let calibrationRepeats = 0;
	let holdoutRepeats = 0;
	for (const d of repeatDays) {
		repeatsByDay[d - seriesStartDay]++;
		if (d <= calibrationEndDay) calibrationRepeats++;
		else holdoutRepeats++;
	}
	return {
		calibrationEndDay,
		holdoutEndDay,
		count,
		customerCode: customerCode.slice(0, count),
		firstDay: firstDay.slice(0, count),
		lastDay: lastDay.slice(0, count),
		frequency: frequency.slice(0, count),
		repeatSpend: repeatSpend.slice(0, count),
		firstSpend: firstSpend.slice(0, count),
		holdoutTransactions: holdoutTransactions.slice(0, count),
		calibrationRepeats,
		holdoutRepeats,
		seriesStartDay,
		firstTransactionsByDay,
		repeatsByDay,
		laterCustomers,
		noTransactionCustomers
	};
}
