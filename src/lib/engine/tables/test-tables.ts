/**
 * Builds small `OrdersTable`s and `AttributesTable`s from readable rows, for tests only (the page
 * and the command line get their tables from ingest).
 */
import {
	parseIsoDay,
	type AttributesTable,
	type DictColumn,
	type OrdersTable
} from './orders-table';

export interface TestRow {
	customer: string;
	/** Order id; default `<customer>@<date>` as ingest synthesises it. */
	order?: string;
	/** `YYYY-MM-DD`. */
	date: string;
	amount: number;
	quantity?: number;
	cost?: number;
	discounted?: boolean;
	product?: string;
	category?: string;
	channel?: string;
}

function dictionary(texts: string[]): DictColumn {
	const codeOf = new Map<string, number>();
	const values: string[] = [];
	const codes = new Int32Array(texts.length);
	texts.forEach((text, i) => {
		let code = codeOf.get(text);
		if (code === undefined) {
			code = values.length;
			codeOf.set(text, code);
			values.push(text);
		}
		codes[i] = code;
	});
	return { codes, values };
}

/** An OrdersTable with one line per row; optional columns exist when any row sets them. */
export function ordersFromRows(rows: TestRow[]): OrdersTable {
	const has = (key: keyof TestRow) => rows.some((row) => row[key] !== undefined);
	const day = Int32Array.from(rows, (row) => {
		const value = parseIsoDay(row.date);
		if (Number.isNaN(value)) throw new Error(`ordersFromRows: bad date ${row.date}`);
		return value;
	});
	return {
		rowCount: rows.length,
		customer: dictionary(rows.map((row) => row.customer)),
		order: dictionary(rows.map((row) => row.order ?? `${row.customer}@${row.date}`)),
		day,
		amount: Float64Array.from(rows, (row) => row.amount),
		quantity: has('quantity') ? Float64Array.from(rows, (row) => row.quantity ?? NaN) : null,
		cost: has('cost') ? Float64Array.from(rows, (row) => row.cost ?? NaN) : null,
		discounted: has('discounted') ? Uint8Array.from(rows, (row) => (row.discounted ? 1 : 0)) : null,
		product: has('product') ? dictionary(rows.map((row) => row.product ?? '')) : null,
		category: has('category') ? dictionary(rows.map((row) => row.category ?? '')) : null,
		channel: has('channel') ? dictionary(rows.map((row) => row.channel ?? '')) : null
	};
}

/** An AttributesTable from rows of `{ id, ...columns }`: number-valued columns are numeric. */
export function attributesFromRows(
	rows: ({ id: string } & Record<string, string | number>)[]
): AttributesTable {
	const names = Object.keys(rows[0] ?? {}).filter((name) => name !== 'id');
	return {
		customerIds: rows.map((row) => row.id),
		columns: names.map((name) => {
			if (rows.every((row) => typeof row[name] === 'number')) {
				return {
					name,
					kind: 'numeric',
					values: Float64Array.from(rows, (row) => row[name] as number)
				};
			}
			const column = dictionary(rows.map((row) => String(row[name])));
			return { name, kind: 'categorical', codes: column.codes, values: column.values };
		})
	};
}

/** A customer described by the three RFM inputs, for `rowsFromProfiles`. */
export interface CustomerProfile {
	customer: string;
	recencyDays: number;
	orders: number;
	/** Whole number, so the order amounts (also whole) sum to it exactly. */
	value: number;
}

/**
 * Order rows giving each customer exactly its recency (from `analysisDay`), order count and value:
 * orders 10 days apart ending `recencyDays` before the analysis day, whole amounts.
 */
export function rowsFromProfiles(profiles: CustomerProfile[], analysisDay: number): TestRow[] {
	const rows: TestRow[] = [];
	for (const { customer, recencyDays, orders, value } of profiles) {
		const each = Math.floor(value / orders);
		for (let k = 0; k < orders; k++) {
			const day = analysisDay - recencyDays - 10 * k;
			rows.push({
				customer,
				order: `${customer}-${k}`,
				date: new Date(day * 86_400_000).toISOString().slice(0, 10),
				amount: k === 0 ? value - each * (orders - 1) : each
			});
		}
	}
	return rows;
}

/**
 * Ten customers whose recency, orders and value have ties straddling the 20%, 40% and 60%
 * quantiles (the RFM and segment fixtures; figures worked out by hand in `rfm.test.ts`).
 */
export const TEN_PROFILES: CustomerProfile[] = [
	['c1', 5, 8, 1000],
	['c2', 5, 1, 10],
	['c3', 10, 5, 400],
	['c4', 30, 2, 100],
	['c5', 30, 1, 20],
	['c6', 30, 2, 50],
	['c7', 60, 3, 80],
	['c8', 90, 1, 20],
	['c9', 200, 2, 100],
	['c10', 365, 1, 20]
].map(([customer, recencyDays, orders, value]) => ({
	customer: customer as string,
	recencyDays: recencyDays as number,
	orders: orders as number,
	value: value as number
}));
