import { describe, expect, it } from 'vitest';
import { DEFAULT_SEGMENTS_OPTIONS } from '../segments/segments-options';
import { buildSegmentsSql, SqlExportError } from './build-segments-sql';
import { SQL_DIALECTS, type SqlExportOptions } from './sql-options';

const TABLE: SqlExportOptions = {
	dialect: 'postgres',
	source: {
		kind: 'table',
		table: 'orders',
		columns: { customer: 'customer_id', date: 'order_date', amount: 'amount' }
	},
	analysisDate: '2024-06-30',
	startDate: null,
	valueBasis: 'revenue',
	bins: 5,
	cutPoints: { recency: [10, 20, 30, 40], frequency: [1, 2, 3, 4], monetary: [5, 6, 7, 8] },
	rules: DEFAULT_SEGMENTS_OPTIONS.rules,
	pattern: DEFAULT_SEGMENTS_OPTIONS.pattern,
	tags: DEFAULT_SEGMENTS_OPTIONS.tags
};

describe('buildSegmentsSql', () => {
	it.each(SQL_DIALECTS)(
		'%s: scores by counting cut points, never NTILE, and never reads the clock',
		(dialect) => {
			const { text } = buildSegmentsSql({ ...TABLE, dialect });
			expect(text).not.toMatch(/NTILE|CURRENT_DATE|NOW\(|GETDATE|CURRENT_TIMESTAMP/i);
			expect(text).toContain("DATE '2024-06-30'");
			expect(text).toMatch(
				/CASE WHEN c\.recency_days > CAST\(10 AS [A-Z0-9 ]+\) THEN 1 ELSE 0 END/
			);
		}
	);

	it('writes frozen cut points as literals and recomputed ones as percentile_cont in PostgreSQL', () => {
		const { query } = buildSegmentsSql({
			...TABLE,
			cutPoints: { ...TABLE.cutPoints, monetary: null }
		});
		expect(query).toContain(
			'percentile_cont(0.2) WITHIN GROUP (ORDER BY CAST(value AS DOUBLE PRECISION))'
		);
		expect(query).not.toContain('percentile_cont(0.2) WITHIN GROUP (ORDER BY CAST(orders');
		expect(query).toContain('CASE WHEN c.orders > CAST(4 AS DOUBLE PRECISION) THEN 1 ELSE 0 END');
	});

	it.each([
		['duckdb', 'quantile_cont('],
		['snowflake', 'WITHIN GROUP (ORDER BY'],
		['bigquery', 'PERCENTILE_CONT(CAST(recency_days AS FLOAT64), 0.2) OVER ()'],
		['spark', 'percentile(CAST(recency_days AS DOUBLE), 0.2)']
	] as const)('%s recomputes type-7 quantiles with %s', (dialect, quantile) => {
		const cutPoints = { recency: null, frequency: null, monetary: null };
		expect(buildSegmentsSql({ ...TABLE, dialect, cutPoints }).query).toContain(quantile);
	});

	it('lists the rules first match first, with Others last', () => {
		const { query } = buildSegmentsSql(TABLE);
		expect(query.indexOf("'Champions'")).toBeLessThan(query.indexOf("'Potential Loyalist'"));
		expect(query).toMatch(/THEN 'Lost'\n\s+ELSE 'Others'/);
	});

	it('ends each statement with “;” and a line break, and puts “;” + line break nowhere else', () => {
		const rules = [{ ...TABLE.rules[0], name: "Odd;\nname';" }];
		const { text, query } = buildSegmentsSql({ ...TABLE, dialect: 'duckdb', rules });
		expect(text.endsWith(';\n')).toBe(true);
		expect(query.includes(';\n')).toBe(false);
	});

	it('leaves out the tags the source cannot give and says why', () => {
		const { columns, leftOut } = buildSegmentsSql(TABLE);
		expect(columns).toEqual([
			'customer',
			'recency_days',
			'orders',
			'value',
			'r',
			'f',
			'm',
			'segment',
			'pattern',
			'lapsing',
			'special_occasion',
			'abc'
		]);
		expect(leftOut.map((item) => item.column)).toEqual([
			'discount_seeker',
			'specific_needs',
			'influencer',
			'high_service_effort',
			'contribution'
		]);
	});

	const COSTS = {
		goodsFrom: 'auto' as const,
		marginPercent: null,
		categoryMargins: {},
		costPerOrder: 1,
		costPerReturn: 0,
		costPerTicket: 0,
		costPerEffortPoint: 0,
		marketingPerCustomer: {},
		marketingBy: 'rfm' as const
	};

	it('adds the contribution column last when costs are given', () => {
		const { columns, leftOut } = buildSegmentsSql({ ...TABLE, contribution: COSTS });
		expect(columns.at(-1)).toBe('contribution');
		expect(leftOut.map((item) => item.column)).not.toContain('contribution');
	});

	it('leaves the contribution out when marketing is set per persona, and says why', () => {
		const { columns, leftOut } = buildSegmentsSql({
			...TABLE,
			contribution: { ...COSTS, marketingBy: 'persona', marketingPerCustomer: { 'persona-1': 2 } }
		});
		expect(columns).not.toContain('contribution');
		expect(leftOut.find((item) => item.column === 'contribution')?.reason).toMatch(/k-means/);
	});

	it('says in the header that tickets count 0 when a cost per ticket is set', () => {
		const { text } = buildSegmentsSql({ ...TABLE, contribution: { ...COSTS, costPerTicket: 8 } });
		expect(text).toContain('-- The cost per ticket (8) needs a tickets file');
	});

	it('refuses a customers file outside DuckDB and negative costs, naming the field', () => {
		const attributes = {
			kind: 'file' as const,
			path: 'c.csv',
			delimiter: ',',
			encoding: 'utf-8' as const,
			columnCount: 2,
			customer: 0,
			columns: { influence: { index: 1, decimal: '.' as const } }
		};
		expect(() => buildSegmentsSql({ ...TABLE, attributes })).toThrow(
			/attributes: only DuckDB reads a customers file/
		);
		expect(() =>
			buildSegmentsSql({ ...TABLE, contribution: { ...COSTS, costPerReturn: -1 } })
		).toThrow(/contribution.costPerReturn/);
	});

	it('computes the analysis date from the data when none is given', () => {
		expect(buildSegmentsSql({ ...TABLE, analysisDate: null }).query).toContain(
			'SELECT (max(day) + 1) AS analysis_day FROM lines'
		);
	});

	it('refuses a file source outside DuckDB and malformed options, naming each field', () => {
		const file = {
			kind: 'file' as const,
			path: 'x.csv',
			delimiter: ',',
			encoding: 'utf-8' as const,
			hasHeader: true,
			skipRows: 0,
			columnCount: 3,
			columns: { customer: { index: 0 }, date: { index: 1 }, amount: { index: 2 } },
			dateOrder: 'ymd' as const,
			returnPrefix: '',
			returns: 'net' as const,
			marginInPercent: false
		};
		expect(() => buildSegmentsSql({ ...TABLE, source: file })).toThrow(/only DuckDB reads a file/);
		expect(() =>
			buildSegmentsSql({
				...TABLE,
				analysisDate: '2024-02-30',
				cutPoints: { ...TABLE.cutPoints, recency: [3, 2, 1, 0] }
			})
		).toThrow(SqlExportError);
		expect(() => buildSegmentsSql({ ...TABLE, analysisDate: '2024-02-30' })).toThrow(
			/analysisDate/
		);
		expect(() =>
			buildSegmentsSql({ ...TABLE, cutPoints: { ...TABLE.cutPoints, recency: [3, 2, 1, 0] } })
		).toThrow(/cutPoints.recency/);
	});
});
