/**
 * Builds small `TicketsTable`s from readable rows, for tests only (the page and the command line
 * get their tables from `ingest/import-tickets.ts`).
 */
import { parseIsoDay, type DictColumn } from './orders-table';
import type { TicketsTable } from './tickets-table';

export interface TestTicket {
	id?: string;
	customer: string;
	/** `YYYY-MM-DD`. */
	opened: string;
	/** `YYYY-MM-DD`, or absent when unresolved; `resolved: true` without a date = resolved by status. */
	resolvedOn?: string;
	resolved?: boolean;
	severity?: string;
	channel?: string;
}

function dictionary(texts: string[]): DictColumn {
	const values: string[] = [];
	const codeOf = new Map<string, number>();
	const codes = Int32Array.from(texts, (text) => {
		if (text === '') return -1;
		let code = codeOf.get(text);
		if (code === undefined) {
			code = values.length;
			codeOf.set(text, code);
			values.push(text);
		}
		return code;
	});
	return { codes, values };
}

function day(text: string): number {
	const value = parseIsoDay(text);
	if (Number.isNaN(value)) throw new Error(`ticketsFromRows: bad date ${text}`);
	return value;
}

/** A TicketsTable with one ticket per row; severity and channel exist when any row sets them. */
export function ticketsFromRows(rows: TestTicket[]): TicketsTable {
	const has = (key: keyof TestTicket) => rows.some((row) => row[key] !== undefined);
	return {
		count: rows.length,
		ticketId: has('id') ? rows.map((row, i) => row.id ?? `T${i + 1}`) : null,
		customer: dictionary(rows.map((row) => row.customer)),
		openedDay: Int32Array.from(rows, (row) => day(row.opened)),
		resolved: Uint8Array.from(rows, (row) =>
			row.resolvedOn !== undefined || row.resolved ? 1 : 0
		),
		resolvedDay: Float64Array.from(rows, (row) =>
			row.resolvedOn !== undefined ? day(row.resolvedOn) : NaN
		),
		severity: has('severity') ? dictionary(rows.map((row) => row.severity ?? '')) : null,
		channel: has('channel') ? dictionary(rows.map((row) => row.channel ?? '')) : null
	};
}
