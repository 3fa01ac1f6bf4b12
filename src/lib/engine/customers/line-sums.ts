/**
 * Sums of the lines inside the window, per customer code (the orders file's dictionary, not the
 * table's entries): lines, net revenue, returned value, profit, units. Each a tight pass in file
 * order; writes land in arrays of customer size, which stay in cache.
 */
import type { LineWindow } from '../tables/order-rule';
import type { OrdersTable } from '../tables/orders-table';

export interface LineSums {
	lines: Int32Array;
	/** Sum of line amounts, returns included. */
	revenue: Float64Array;
	/** Value of negative lines, as a positive number. */
	returned: Float64Array;
	/** Amount − cost (unknown cost counts as zero); null without a cost column. */
	profit: Float64Array | null;
	/** Net units; null without a quantity column. */
	units: Float64Array | null;
	/** Revenue and units over sold lines (quantity and amount > 0); null without quantity. */
	soldAmount: Float64Array | null;
	soldUnits: Float64Array | null;
	linesAfterAnalysisDay: number;
	linesBeforeStartDay: number;
}

export function sumLines(orders: OrdersTable, window: LineWindow): LineSums {
	const size = orders.customer.values.length;
	const lines = new Int32Array(size);
	const revenue = new Float64Array(size);
	const returned = new Float64Array(size);
	const { day, amount } = orders;
	const customerCodes = orders.customer.codes;
	const { startDay, endDay } = window;
	let after = 0;
	let before = 0;
	for (let line = 0; line < orders.rowCount; line++) {
		const lineDay = day[line];
		if (lineDay >= endDay) {
			after++;
			continue;
		}
		if (lineDay < startDay) {
			before++;
			continue;
		}
		const c = customerCodes[line];
		const lineAmount = amount[line];
		lines[c]++;
		revenue[c] += lineAmount;
		if (lineAmount < 0) returned[c] -= lineAmount;
	}
	const profit = orders.cost ? sumProfit(orders, orders.cost, window) : null;
	const units = orders.quantity ? sumUnits(orders, orders.quantity, window) : null;
	return {
		lines,
		revenue,
		returned,
		profit,
		units: units?.units ?? null,
		soldAmount: units?.soldAmount ?? null,
		soldUnits: units?.soldUnits ?? null,
		linesAfterAnalysisDay: after,
		linesBeforeStartDay: before
	};
}

/** Net profit per customer code; lines of unknown (NaN) cost count at zero cost. */
function sumProfit(orders: OrdersTable, cost: Float64Array, window: LineWindow): Float64Array {
	const profit = new Float64Array(orders.customer.values.length);
	const { day, amount } = orders;
	const customerCodes = orders.customer.codes;
	for (let line = 0; line < orders.rowCount; line++) {
		if (day[line] >= window.endDay || day[line] < window.startDay) continue;
		const lineCost = cost[line];
		profit[customerCodes[line]] += lineCost === lineCost ? amount[line] - lineCost : amount[line];
	}
	return profit;
}

/** Net units per customer code, and revenue and units over sold lines (quantity and amount > 0). */
function sumUnits(
	orders: OrdersTable,
	quantity: Float64Array,
	window: LineWindow
): { units: Float64Array; soldAmount: Float64Array; soldUnits: Float64Array } {
	const size = orders.customer.values.length;
	const units = new Float64Array(size);
	const soldAmount = new Float64Array(size);
	const soldUnits = new Float64Array(size);
	const { day, amount } = orders;
	const customerCodes = orders.customer.codes;
	for (let line = 0; line < orders.rowCount; line++) {
		if (day[line] >= window.endDay || day[line] < window.startDay) continue;
		const c = customerCodes[line];
		const q = quantity[line];
		units[c] += q;
		if (q > 0 && amount[line] > 0) {
			soldAmount[c] += amount[line];
			soldUnits[c] += q;
		}
	}
	return { units, soldAmount, soldUnits };
}

/** `byCode` read at each entry's customer code. */
export function gather(byCode: Float64Array, customerCode: Int32Array): Float64Array {
	const out = new Float64Array(customerCode.length);
	for (let i = 0; i < customerCode.length; i++) out[i] = byCode[customerCode[i]];
	return out;
}

export function gatherInt(byCode: Int32Array, customerCode: Int32Array): Int32Array {
	const out = new Int32Array(customerCode.length);
	for (let i = 0; i < customerCode.length; i++) out[i] = byCode[customerCode[i]];
	return out;
}
