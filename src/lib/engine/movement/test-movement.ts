/**
 * A small business for the movement tests only (the page and the command line get their tables
 * from ingest). Seven customers, checked by hand in the tests:
 *
 * At the from-date (2024-01-11) customers A–F have 6, 5, 4, 3, 2, 1 orders of 100 each, ten days
 * apart, the last one 1, 2, 3, 4, 5, 6 days before. Before the to-date (100 days later) B orders
 * once more (the day before), D three times (the last three days), G — new — once for 1000 two
 * days before; the others do not order again.
 */
import { formatDay, parseIsoDay } from '../tables/orders-table';
import type { TestRow } from '../tables/test-tables';

export const FROM = '2024-01-11';
export const TO_OFFSET = 100;
const FROM_DAY = parseIsoDay(FROM);
export const TO = formatDay(FROM_DAY + TO_OFFSET);

/** The date `offset` days after the from-date. */
export function dayAfterFrom(offset: number): string {
	return formatDay(FROM_DAY + offset);
}

export function movementRows(): TestRow[] {
	const rows: TestRow[] = [];
	const history: [string, number, number][] = [
		['A', 6, 1],
		['B', 5, 2],
		['C', 4, 3],
		['D', 3, 4],
		['E', 2, 5],
		['F', 1, 6]
	];
	for (const [customer, orders, recency] of history) {
		for (let k = 0; k < orders; k++) {
			rows.push({
				customer,
				order: `${customer}${k}`,
				date: dayAfterFrom(-recency - 10 * k),
				amount: 100
			});
		}
	}
	rows.push({ customer: 'B', order: 'B-late', date: dayAfterFrom(TO_OFFSET - 1), amount: 100 });
	for (const back of [1, 2, 3]) {
		rows.push({
			customer: 'D',
			order: `D-late${back}`,
			date: dayAfterFrom(TO_OFFSET - back),
			amount: 100
		});
	}
	rows.push({ customer: 'G', order: 'G0', date: dayAfterFrom(TO_OFFSET - 2), amount: 1000 });
	return rows;
}
