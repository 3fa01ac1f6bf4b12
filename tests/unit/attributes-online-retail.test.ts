/**
 * Online Retail's Country as a customer attribute (`--attribute-column Country`) against an
 * independent DuckDB query: per customer, the most frequent Country over their rows (rows with a
 * customer are the lines), a tie to the Country of their earliest row; and DuckDB's own
 * `mode(Country)` wherever a customer has no tie.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadOrdersFile } from '../../src/cli/load';
import type { AttributesTable, OrdersTable } from '../../src/lib/engine/tables/orders-table';
import { ONLINE_RETAIL } from './online-retail-duckdb';

interface Reference {
	customer: string;
	country: string;
	mode: string;
	tied: boolean;
}

describe('Online Retail: Country as a customer attribute', () => {
	let reference: Reference[];
	let orders: OrdersTable;
	let attributes: AttributesTable;
	let offered: string[];

	beforeAll(async () => {
		const db = await DuckDBInstance.create(':memory:');
		const connection = await db.connect();
		// One thread and insertion order kept: the table's rowid is the file's row order.
		await connection.run(`SET threads = 1`);
		await connection.run(`
			CREATE TABLE raw AS
			SELECT regexp_replace(trim(CustomerID), '\\.0$', '') AS customer, trim(Country) AS country
			FROM read_csv('${ONLINE_RETAIL}', all_varchar = true, header = true)
			WHERE CustomerID IS NOT NULL AND trim(CustomerID) <> ''`);
		const reader = await connection.runAndReadAll(`
			WITH counted AS (
			  SELECT customer, country, count(*) AS n, min(rowid) AS first_row
			  FROM raw WHERE country IS NOT NULL AND country <> '' GROUP BY customer, country),
			ranked AS (
			  SELECT *, row_number() OVER (PARTITION BY customer ORDER BY n DESC, first_row) AS place,
			         count(*) OVER (PARTITION BY customer, n) AS same_count,
			         max(n) OVER (PARTITION BY customer) AS top
			  FROM counted),
			modes AS (SELECT customer, mode(country) AS mode FROM raw GROUP BY customer)
			SELECT r.customer, r.country, m.mode,
			       (SELECT count(*) FROM counted c WHERE c.customer = r.customer AND c.n = r.top) > 1 AS tied
			FROM ranked r JOIN modes m USING (customer)
			WHERE r.place = 1
			ORDER BY r.customer`);
		reference = reader.getRowObjectsJS() as unknown as Reference[];
		connection.closeSync();
		const loaded = await loadOrdersFile(ONLINE_RETAIL, { attributeColumns: ['Country'] });
		orders = loaded.table;
		attributes = loaded.attributes!;
		offered = (loaded.sniff.attributeSuggestions ?? []).map((c) => loaded.sniff.header[c]);
	}, 180_000);

	const countryOf = (id: string) => {
		const column = attributes.columns[0];
		if (column.kind !== 'categorical') throw new Error('Country should be categorical');
		const code = column.codes[attributes.customerIds.indexOf(id)];
		return code < 0 ? '' : column.values[code];
	};

	it('is offered by the sniff, alone among the columns no role reads', () => {
		expect(offered).toEqual(['Country']);
	});

	it('has one row per customer with a line, as DuckDB counts them', () => {
		expect(attributes.customerIds.length).toBe(reference.length);
		expect([...attributes.customerIds].sort()).toEqual(reference.map((r) => r.customer).sort());
		expect(attributes.customerIds).toEqual(orders.customer.values);
	});

	it("gives every customer DuckDB's most frequent Country, ties to the earliest row", () => {
		const differ = reference.filter((r) => countryOf(r.customer) !== r.country);
		expect(differ).toEqual([]);
	});

	it("agrees with DuckDB's mode(Country) for every customer without a tie", () => {
		const untied = reference.filter((r) => !r.tied);
		expect(untied.length).toBeGreaterThan(4000);
		expect(untied.filter((r) => countryOf(r.customer) !== r.mode)).toEqual([]);
	});

	it('counts customers per Country as DuckDB does', () => {
		const expected = new Map<string, number>();
		for (const r of reference) expected.set(r.country, (expected.get(r.country) ?? 0) + 1);
		const actual = new Map<string, number>();
		for (const id of attributes.customerIds) {
			const country = countryOf(id);
			actual.set(country, (actual.get(country) ?? 0) + 1);
		}
		expect(actual).toEqual(expected);
		expect(expected.get('United Kingdom')).toBeGreaterThan(3900);
	});
});
