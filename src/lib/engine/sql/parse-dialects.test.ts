/**
 * Snowflake, BigQuery and Spark cannot run here, so their SQL is checked by a parser:
 * sqlparser-ts (Apache DataFusion's sqlparser-rs compiled to WebAssembly), which has a dialect
 * for each of the five engines — node-sql-parser has no Spark dialect and rejects window frames
 * such as `ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING`.
 */
import { init, parse, type DialectName } from '@guanmingchiu/sqlparser-ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEGMENTS_OPTIONS } from '../segments/segments-options';
import { buildSegmentsSql } from './build-segments-sql';
import { SQL_DIALECTS, type SqlDialect, type SqlExportOptions } from './sql-options';

const PARSER_DIALECT: Record<SqlDialect, DialectName> = {
	duckdb: 'duckdb',
	postgres: 'postgresql',
	snowflake: 'snowflake',
	bigquery: 'bigquery',
	spark: 'spark'
};

/** Every optional column, hostile names, a hostile rule, holiday windows, a customers table and
 * costs (a hostile category margin and marketing per rule). */
function hostileOptions(dialect: SqlDialect, recompute: boolean): SqlExportOptions {
	return {
		dialect,
		source: {
			kind: 'table',
			table: 'shop.order lines',
			columns: {
				customer: 'cust"omer',
				order: 'order',
				date: 'date',
				amount: 'select',
				cost: 'cost',
				discounted: 'discounted',
				category: "cat'egory",
				line: 'line'
			}
		},
		analysisDate: recompute ? null : '2024-01-01',
		startDate: '2022-01-01',
		valueBasis: 'profit',
		bins: 4,
		cutPoints: recompute
			? { recency: null, frequency: null, monetary: [1, 2.5, 1234.5600000000002] }
			: { recency: [10, 20, 30], frequency: [1, 2, 3], monetary: [1e-7, 2, 1e21] },
		rules: [
			...DEFAULT_SEGMENTS_OPTIONS.rules,
			{ ...DEFAULT_SEGMENTS_OPTIONS.rules[0], slug: 'x', name: '\'; DROP TABLE x; -- \\ " \n end' }
		],
		pattern: DEFAULT_SEGMENTS_OPTIONS.pattern,
		tags: {
			...DEFAULT_SEGMENTS_OPTIONS.tags,
			holidayWindows: [{ name: 'Christmas */ -- \n DROP', from: '12-01', to: '01-06' }]
		},
		attributes: {
			kind: 'table',
			table: "crm.customer's file",
			columns: { customer: 'id"', influence: 'from', serviceEffort: 'effort', costEffort: 'cost' }
		},
		contribution: {
			goodsFrom: 'auto',
			marginPercent: 30,
			categoryMargins: { "Kids' \\ toys; DROP": 12.5 },
			costPerOrder: 1.25,
			costPerReturn: 4,
			costPerTicket: 0,
			costPerEffortPoint: 0.5,
			marketingPerCustomer: { champions: 2, x: 1 },
			marketingBy: recompute ? 'rfm' : 'pattern'
		}
	};
}

beforeAll(async () => {
	await init();
});

describe('the SQL parses in its own dialect', () => {
	for (const dialect of SQL_DIALECTS) {
		for (const recompute of [false, true]) {
			it(`${dialect}, cut points ${recompute ? 'recomputed' : 'frozen'}, hostile names`, () => {
				const { text, columns } = buildSegmentsSql(hostileOptions(dialect, recompute));
				expect(columns).toEqual(
					expect.arrayContaining(['influencer', 'high_service_effort', 'contribution'])
				);
				const statements = parse(text, PARSER_DIALECT[dialect]);
				expect(statements).toHaveLength(1);
			});
		}
	}

	it('parses DuckDB’s read_csv of an orders file and a customers file, and its query, as three statements', () => {
		const { text } = buildSegmentsSql({
			...hostileOptions('duckdb', false),
			source: {
				kind: 'file',
				path: "/data/it's.csv.gz",
				delimiter: ';',
				encoding: 'windows-1252',
				hasHeader: true,
				skipRows: 1,
				columnCount: 9,
				columns: {
					customer: { index: 0 },
					date: { index: 1 },
					quantity: { index: 2, decimal: ',' },
					unitPrice: { index: 3, decimal: ',' },
					order: { index: 4 },
					category: { index: 5 },
					discount: { index: 6, decimal: ',' },
					margin: { index: 7, decimal: ',' },
					returnFlag: { index: 8 }
				},
				dateOrder: 'dmy',
				returnPrefix: 'C',
				returns: 'ignore',
				marginInPercent: true
			},
			attributes: {
				kind: 'file',
				path: "/data/customers'.csv",
				delimiter: '\t',
				encoding: 'utf-16le',
				columnCount: 4,
				customer: 1,
				columns: {
					influence: { index: 0, decimal: ',' },
					serviceEffort: { index: 3, decimal: '.' },
					costEffort: { index: 3, decimal: '.' }
				}
			}
		});
		expect(parse(text, 'duckdb')).toHaveLength(3);
	});
});
