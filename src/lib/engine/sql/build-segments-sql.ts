/**
 * The method of the Segments and Value families as SQL (issue 16): from the orders source to ONE
 * query returning one row per customer — customer, recency_days, orders, value, r, f, m, segment,
 * pattern, lapsing, the behaviour tags the sources allow, the ABC class and, with costs, the
 * Profit family's contribution — by the rules of `shared/DOMAIN.md`, reproducing
 * `computeSegments`, `computePareto` and `computeProfit` customer for customer.
 */
import { RFM_DIMENSIONS, type RfmDimension } from '../segments/rfm';
import { ZERO_TOLERANCE } from '../tables/order-rule';
import {
	chooseContribution,
	contributionColumn,
	describeCosts,
	goodsPerLine
} from './contribution-sql';
import { commentText, dialectSpec, doubleLiteral, type DialectSpec } from './dialects';
import { fileAttributes, tableAttributes, type AttributesSql } from './read-attributes-sql';
import { fileOrderLines, tableOrderLines, type OrderLinesSql } from './read-orders-sql';
import { segmentRuleCase } from './segment-rule-case';
import { validateSqlExportOptions, type SqlExportOptions } from './sql-options';
import { behaviourTagsSql, inHolidayWindows } from './tags-sql';

/** The SQL of one export, as text and in the parts a runner needs. */
export interface SegmentsSql {
	/** Everything, statements separated by `;` and a line break: what a user saves and runs. */
	text: string;
	/** Statements to run before `query` (DuckDB's parse of a file into a temporary table). */
	setup: string[];
	/** The query returning one row per customer. */
	query: string;
	/** The result's columns, in order. */
	columns: string[];
	/** Behaviour tags the result holds, and those it cannot (with the reason). */
	tags: string[];
	leftOut: { column: string; reason: string }[];
	/** Whether value sums follow the file's line order exactly (else they may differ in the last
	 * bit from the page, which matters only for a value equal to a cut point). */
	exactSums: boolean;
}

export class SqlExportError extends Error {
	override name = 'SqlExportError';
}

const PREFIX: Record<RfmDimension, string> = { recency: 'r', frequency: 'f', monetary: 'm' };
const SUBJECT: Record<RfmDimension, string> = {
	recency: 'recency_days',
	frequency: 'orders',
	monetary: 'value'
};

/** `1 + 1 + …`: how many of the cut points lie strictly below `column` (threshold counts, never NTILE). */
function countBelow(spec: DialectSpec, column: string, cuts: string[]): string {
	return cuts.map((cut) => `CASE WHEN ${column} > ${cut} THEN 1 ELSE 0 END`).join(' + ');
}

/**
 * Builds the SQL for `options`. Throws SqlExportError listing every problem of the options (a bad
 * dialect, a file source outside DuckDB, malformed dates or cut points …).
 */
export function buildSegmentsSql(options: SqlExportOptions): SegmentsSql {
	const problems = validateSqlExportOptions(options);
	if (problems.length > 0) throw new SqlExportError(problems.join(' '));
	const spec = dialectSpec(options.dialect);
	const dbl = (x: number) => doubleLiteral(spec, x);
	const asDouble = (expression: string) => `CAST(${expression} AS ${spec.double})`;
	const source: OrderLinesSql =
		options.source.kind === 'file'
			? fileOrderLines(spec, options.source)
			: tableOrderLines(spec, options.source);
	const attributes: AttributesSql | null = !options.attributes
		? null
		: options.attributes.kind === 'file'
			? fileAttributes(spec, options.attributes)
			: tableAttributes(spec, options.attributes);
	const hasInfluence = attributes?.roles.includes('influence') ?? false;
	const hasServiceEffort = attributes?.roles.includes('serviceEffort') ?? false;
	const hasCostEffort = attributes?.roles.includes('costEffort') ?? false;
	const profit = options.valueBasis === 'profit' && source.hasCost;
	const lineValue = profit ? 'amount - coalesce(cost, 0)' : 'amount';
	const valueSum = source.hasLineNumber
		? spec.orderedSum(lineValue, 'line_number')
		: `sum(${lineValue})`;
	const { contribution, leftOutReason } = chooseContribution(options.contribution ?? null);
	const goodsLine = contribution ? goodsPerLine(contribution, source.hasCost, spec, dbl) : null;
	const { tags, pattern, bins } = options;
	const inWindows = inHolidayWindows(tags.holidayWindows);

	// Cut points: literals where frozen (or set by the user), SQL quantiles where recomputed.
	const recomputed = RFM_DIMENSIONS.filter((d) => options.cutPoints[d] === null);
	const cutSql = {} as Record<RfmDimension, string[]>;
	for (const dimension of RFM_DIMENSIONS) {
		const frozen = options.cutPoints[dimension];
		cutSql[dimension] = frozen
			? frozen.map(dbl)
			: Array.from({ length: bins - 1 }, (_, k) => `cuts.${PREFIX[dimension]}${k + 1}`);
	}
	const quantileColumns: [string, number, string][] = recomputed.flatMap((dimension) =>
		Array.from({ length: bins - 1 }, (_, k): [string, number, string] => [
			asDouble(SUBJECT[dimension]),
			(k + 1) / bins,
			`${PREFIX[dimension]}${k + 1}`
		])
	);

	if (hasInfluence) {
		// Influencer: the top share by the influence attribute, its cut point the type-7 quantile at
		// 1 − share over the customers' values (customers without one are left out of it).
		quantileColumns.push(['influence', 1 - options.tags.influencerTopShare, 'influence_cut']);
	}

	const analysis =
		options.analysisDate !== null
			? `SELECT DATE '${options.analysisDate}' AS analysis_day`
			: `SELECT ${spec.nextDay('max(day)')} AS analysis_day FROM lines`;
	const startFilter =
		options.startDate !== null ? `\n    AND l.day >= DATE '${options.startDate}'` : '';

	const tagSql = behaviourTagsSql(
		tags,
		{
			hasDiscount: source.hasDiscount,
			hasCategory: source.hasCategory,
			hasInfluence,
			hasServiceEffort
		},
		dbl
	);
	const tagColumns = tagSql.columns;
	const leftOut = [...tagSql.leftOut];
	if (leftOutReason !== '') leftOut.push({ column: 'contribution', reason: leftOutReason });

	const tieBreak = source.hasLineNumber ? 'first_line, customer' : 'customer';
	const ctes = `WITH
-- Step ${source.setup.length + 1}. The order lines of the source: customer, order id, day, amount (returns negative).
lines AS (
  ${source.select.replaceAll('\n', '\n  ')}
),${
		attributes
			? `
-- The customers file's numeric attributes, one row per customer id.
attributes AS (
  ${attributes.select}
),`
			: ''
	}
-- The analysis date${options.analysisDate !== null ? ' (a literal: the same figures every run)' : ': the day after the last line'}.
analysis AS (
  ${analysis}
),
-- Lines inside the period: before the analysis date${options.startDate !== null ? ', on or after the start date' : ''}.
windowed AS (
  SELECT l.*, CASE WHEN l.order_id IS NULL THEN l.day END AS order_day_key
  FROM lines l CROSS JOIN analysis a
  WHERE l.day < a.analysis_day${startFilter}
),
-- (customer, order id) pairs; without an order id, one customer's lines on one day form one order.
pairs AS (
  SELECT customer, order_id, order_day_key,
    min(day) AS order_day,
    sum(amount) AS total,
    sum(abs(amount)) AS absolute_total,
    max(CASE WHEN amount < 0 THEN 1 ELSE 0 END) AS has_negative,
    max(CASE WHEN discounted THEN 1 ELSE 0 END) AS discounted
  FROM windowed
  GROUP BY customer, order_id, order_day_key
),
-- Orders: pairs that are not returns. A return sums below zero, or to zero with a negative line
-- ("zero": within ${ZERO_TOLERANCE} x the sum of the lines' absolute amounts).
orders AS (
  SELECT customer, order_day, discounted
  FROM pairs
  WHERE CASE
    WHEN abs(total) <= ${dbl(ZERO_TOLERANCE)} * absolute_total THEN has_negative = 0
    ELSE total > 0
  END
),
-- Per customer with at least one order: orders, first and last order day, years with an order.
order_stats AS (
  SELECT customer,
    count(*) AS orders,
    min(order_day) AS first_day,
    max(order_day) AS last_day,
    sum(discounted) AS discounted_orders,
    count(DISTINCT EXTRACT(YEAR FROM order_day)) AS order_years,
    ${inWindows !== null ? `sum(CASE WHEN ${inWindows} THEN 1 ELSE 0 END)` : '0'} AS window_orders
  FROM orders
  GROUP BY customer
),
-- Seasonality: orders in the customer's top calendar month (any year).
month_orders AS (
  SELECT customer, EXTRACT(MONTH FROM order_day) AS month, count(*) AS month_count
  FROM orders
  GROUP BY customer, EXTRACT(MONTH FROM order_day)
),
top_month AS (
  SELECT customer, max(month_count) AS top_month_orders FROM month_orders GROUP BY customer
),
-- The mean gap between orders, (last - first) / (orders - 1).
mean_gaps AS (
  SELECT customer,
    CASE WHEN orders > 1 THEN ${asDouble(spec.daysBetween('first_day', 'last_day'))} / (orders - 1) END AS mean_gap_days
  FROM order_stats
),
-- Gaps between consecutive orders, and their population standard deviation / mean.
gaps AS (
  SELECT customer, ${spec.daysBetween('previous_day', 'order_day')} AS gap
  FROM (
    SELECT customer, order_day,
      LAG(order_day) OVER (PARTITION BY customer ORDER BY order_day) AS previous_day
    FROM orders
  ) ordered
  WHERE previous_day IS NOT NULL
),
gap_spread AS (
  SELECT g.customer, sum((g.gap - m.mean_gap_days) * (g.gap - m.mean_gap_days)) AS squares
  FROM gaps g JOIN mean_gaps m ON m.customer = g.customer
  GROUP BY g.customer
),
-- Value: the sum of all the customer's lines in the period, returns included (${profit ? 'net profit: amount - cost' : 'net revenue'}).
line_values AS (
  SELECT customer, ${valueSum} AS value${
		contribution
			? `,
    ${source.hasLineNumber ? spec.orderedSum('amount', 'line_number') : 'sum(amount)'} AS net_revenue,
    ${goodsLine === null ? dbl(0) : `coalesce(${source.hasLineNumber ? spec.orderedSum(goodsLine, 'line_number') : `sum(${goodsLine})`}, ${dbl(0)})`} AS goods`
			: ''
	}
  FROM windowed
  GROUP BY customer
),${
		contribution
			? `
-- Returns per customer for the cost per return: pairs that are not orders (the rule above).
return_counts AS (
  SELECT customer, count(*) AS returns
  FROM pairs
  WHERE CASE
    WHEN abs(total) <= ${dbl(ZERO_TOLERANCE)} * absolute_total THEN has_negative = 1
    ELSE total < 0
  END
  GROUP BY customer
),`
			: ''
	}
-- Category concentration: the top category's share of positive category spend. Sums follow the
-- browser's order (lines in file order, categories in order of first appearance) where the
-- dialect can, so a share of exactly 80% compares the same way in both.
category_order AS (
  SELECT category, ${source.hasLineNumber ? 'min(line_number)' : '0'} AS category_first
  FROM lines
  WHERE category IS NOT NULL
  GROUP BY category
),
category_spend AS (
  SELECT w.customer, w.category, max(o.category_first) AS category_first,
         ${source.hasLineNumber ? spec.orderedSum('w.amount', 'w.line_number') : 'sum(w.amount)'} AS spend
  FROM windowed w JOIN category_order o ON o.category = w.category
  WHERE w.category IS NOT NULL
  GROUP BY w.customer, w.category
),
concentration AS (
  SELECT customer,
         max(spend) / ${spec.orderedSum('spend', 'category_first')} AS category_concentration
  FROM category_spend
  WHERE spend > 0
  GROUP BY customer
),
-- The customer's first line: the browser's customer order, which breaks ties between equal values.
first_lines AS (
  SELECT customer, min(line_number) AS first_line FROM lines GROUP BY customer
),
-- The customer table: one row per customer with at least one order.
customers AS (
  SELECT s.customer,
    ${spec.daysBetween('s.last_day', 'a.analysis_day')} AS recency_days,
    s.orders,
    v.value,
    m.mean_gap_days,
    CASE WHEN m.mean_gap_days > 0 THEN sqrt(gs.squares / (s.orders - 1)) / m.mean_gap_days END AS gap_cv,
    ${asDouble('s.discounted_orders')} / s.orders AS discount_share,
    ${asDouble('t.top_month_orders')} / s.orders AS seasonality,
    ${asDouble('s.window_orders')} / s.orders AS window_share,
    s.order_years,
    c.category_concentration,
    fl.first_line${
			contribution
				? `,
    v.net_revenue,
    v.goods,
    coalesce(rc.returns, 0) AS returns`
				: ''
		}${
			attributes
				? `,
    ca.influence,
    ca.service_effort,
    ca.cost_effort`
				: ''
		}
  FROM order_stats s
  CROSS JOIN analysis a
  JOIN line_values v ON v.customer = s.customer
  JOIN top_month t ON t.customer = s.customer
  JOIN mean_gaps m ON m.customer = s.customer
  JOIN first_lines fl ON fl.customer = s.customer
  LEFT JOIN gap_spread gs ON gs.customer = s.customer
  LEFT JOIN concentration c ON c.customer = s.customer${
		contribution ? '\n  LEFT JOIN return_counts rc ON rc.customer = s.customer' : ''
	}${attributes ? '\n  LEFT JOIN attributes ca ON ca.customer = s.customer' : ''}
),
-- Cut points: ${RFM_DIMENSIONS.map((d) => `${PREFIX[d].toUpperCase()} ${options.cutPoints[d] ? 'frozen' : `recomputed (type-7 quantiles at k/${bins})`}`).join(', ')}${hasInfluence ? `; influencer: the type-7 quantile at ${1 - tags.influencerTopShare} of influence` : ''}.
cuts AS (
  ${
		quantileColumns.length > 0 ? spec.quantiles('customers', quantileColumns) : 'SELECT 1 AS frozen'
	}
),
-- Scores by counting cut points below (ties always share a score): R = ${bins} - #{cuts < recency days},
-- F = 1 + #{cuts < orders}, M = 1 + #{cuts < value}.
scored AS (
  SELECT c.*,
    ${bins} - (${countBelow(spec, 'c.recency_days', cutSql.recency)}) AS r,
    1 + (${countBelow(spec, 'c.orders', cutSql.frequency)}) AS f,
    1 + (${countBelow(spec, 'c.value', cutSql.monetary)}) AS m${hasInfluence ? ',\n    cuts.influence_cut' : ''}
  FROM customers c CROSS JOIN cuts
),
-- ABC: customers by value descending; A while the value before them is under 80% of the total,
-- B under 95%, C after.
ranked AS (
  SELECT s.*,
    coalesce(sum(value) OVER (ORDER BY value DESC, ${tieBreak} ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS value_before,
    sum(value) OVER () AS value_total
  FROM scored s
)`;

	// The columns of the result, in order; contribution is computed in the final SELECT itself.
	const classifiedColumns = [
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
		...tagColumns,
		'abc'
	];
	const columns = [...classifiedColumns, ...(contribution ? ['contribution'] : [])];
	const contributionSelect = contribution
		? `,\n  ${contributionColumn(contribution, options.rules, hasCostEffort, spec, dbl)}`
		: '';
	const query = `${ctes},
-- Per customer: the first matching segment rule (else Others), purchase pattern, lapsing
-- (current gap > ${pattern.lapsingFactor} x own mean gap), behaviour tags and ABC class.
classified AS (
  SELECT ranked.*,
    ${segmentRuleCase(options.rules, (rule) => spec.string(rule.name)).replaceAll('\n', '\n    ')} AS segment,
    CASE
      WHEN orders = 1 THEN 'one-time'
      WHEN orders >= ${pattern.regularMinOrders} AND gap_cv <= ${dbl(pattern.regularMaxGapCv)} THEN 'regular'
      ELSE 'irregular'
    END AS pattern,
    coalesce(orders >= 2 AND recency_days > ${dbl(pattern.lapsingFactor)} * mean_gap_days, FALSE) AS lapsing,
    ${tagSql.select.join(',\n    ')},
    CASE
      WHEN value_before < ${dbl(0.8)} * value_total THEN 'A'
      WHEN value_before < ${dbl(0.95)} * value_total THEN 'B'
      ELSE 'C'
    END AS abc
  FROM ranked
)
-- One row per customer${contribution ? '; contribution = net revenue - goods - service - marketing (the Profit family)' : ''}.
SELECT
  ${classifiedColumns.join(',\n  ')}${contributionSelect}
FROM classified
ORDER BY value DESC, ${tieBreak}`;

	const header = [
		`-- Sieve: RFM segments, purchase patterns, behaviour tags and ABC classes as ${options.dialect} SQL.`,
		"-- The rules of Sieve's DOMAIN.md; the result has one row per customer:",
		`-- ${columns.join(', ')}.`,
		...source.describe.map((line) => `-- ${line}`),
		...(attributes ? [`-- ${attributes.describe}`] : []),
		...(contribution ? describeCosts(contribution, source.hasCost, hasCostEffort) : []),
		`-- Analysis date: ${options.analysisDate ?? 'the day after the last line'}; start date: ${options.startDate ?? 'none'}; value: ${profit ? 'net profit' : 'net revenue'}; ${bins} score bins.`,
		...leftOut.map((item) => `-- Not in this SQL: ${item.column} (${commentText(item.reason)}).`),
		...(spec.hasOrderedSum || !source.hasLineNumber
			? []
			: [
					`-- ${options.dialect} sums values in its own order, not line by line in file order as the page does:`,
					'-- a value equal to a cut point may differ in its last bit and score one higher or lower.'
				])
	];
	const setup = [...source.setup, ...(attributes?.setup ?? [])];
	const statements = [...setup, query];
	// `;` + a line break separates statements and nothing else, so a scheduler may split on it.
	for (const statement of statements) {
		if (statement.includes(';\n'))
			throw new SqlExportError('A statement holds “;” before a line break.');
	}
	return {
		text: `${header.join('\n')}\n\n${statements.join(';\n\n')};\n`,
		setup,
		query,
		columns,
		tags: tagColumns,
		leftOut,
		exactSums: spec.hasOrderedSum && source.hasLineNumber
	};
}
