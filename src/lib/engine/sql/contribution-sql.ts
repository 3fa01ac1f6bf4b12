/**
 * The Profit family's contribution as SQL pieces for `build-segments-sql.ts`: whether the column
 * can be written, the goods cost per line, the marketing per customer of a group, the column's
 * expression in `computeProfit`'s order of operations, and the header lines naming the costs.
 */
import { PURCHASE_PATTERNS } from '../segments/purchase-pattern';
import type { SegmentRule } from '../segments/segment-rules';
import type { DialectSpec } from './dialects';
import { segmentRuleCase } from './segment-rule-case';
import type { SqlContributionOptions } from './sql-options';

/** The costs the contribution column is written with, or null and why it is left out. */
export function chooseContribution(costs: SqlContributionOptions | null): {
	contribution: SqlContributionOptions | null;
	leftOutReason: string;
} {
	if (costs === null) {
		return { contribution: null, leftOutReason: 'no costs were given (the Profit settings)' };
	}
	if (
		costs.marketingBy === 'persona' &&
		Object.values(costs.marketingPerCustomer).some((amount) => amount > 0)
	) {
		return {
			contribution: null,
			leftOutReason:
				'marketing is set per persona, and personas come from k-means, which the SQL does not run'
		};
	}
	return { contribution: costs, leftOutReason: '' };
}

/**
 * Marketing per customer of a group, as `marketingPerGroup` reads the Profit options: by the
 * group's label, else by its key (RFM: the rule's slug; patterns: the pattern; ABC: `a`, `b`, `c`).
 */
function marketingOf(costs: SqlContributionOptions, label: string, key: string): number {
	return costs.marketingPerCustomer[label] ?? costs.marketingPerCustomer[key] ?? 0;
}

/** The marketing cost per customer of each customer's group, as an SQL expression. */
function marketingCase(
	costs: SqlContributionOptions,
	rules: readonly SegmentRule[],
	dbl: (x: number) => string,
	spec: DialectSpec
): string {
	if (costs.marketingBy === 'rfm') {
		return segmentRuleCase(rules, (rule) => dbl(marketingOf(costs, rule.name, rule.slug)));
	}
	if (costs.marketingBy === 'persona') return dbl(0);
	const [column, labels] =
		costs.marketingBy === 'pattern'
			? ['pattern', [...PURCHASE_PATTERNS]]
			: ['abc', ['A', 'B', 'C']];
	const whens = labels.map(
		(label) =>
			`      WHEN ${column} = ${spec.string(label)} THEN ${dbl(marketingOf(costs, label, label.toLowerCase()))}`
	);
	return `CASE\n${whens.join('\n')}\n      ELSE ${dbl(0)}\n    END`;
}

/**
 * The goods cost of one line as `computeProfit` adds it up: the line's cost where it has one
 * (unless goods come from margins), else amount × (1 − margin ÷ 100) with the line's category
 * margin or the one margin (written as the factor the engine multiplies by, so the product is the
 * same double); NULL, nothing added, where no margin applies. Null when goods count as 0.
 */
export function goodsPerLine(
	costs: SqlContributionOptions,
	hasCost: boolean,
	spec: DialectSpec,
	dbl: (x: number) => string
): string | null {
	const useCost = hasCost && costs.goodsFrom !== 'margin';
	const categories = Object.entries(costs.categoryMargins);
	const hasMargins = costs.marginPercent !== null || categories.length > 0;
	if (!useCost && !hasMargins) return null;
	const factor = (margin: number) => dbl(1 - margin / 100);
	const global = costs.marginPercent === null ? 'NULL' : factor(costs.marginPercent);
	const margin =
		categories.length === 0
			? global
			: `(CASE ${categories
					.map(([category, m]) => `WHEN category = ${spec.string(category)} THEN ${factor(m)}`)
					.join(' ')} ELSE ${global} END)`;
	const byMargin = hasMargins ? `amount * ${margin}` : 'NULL';
	return useCost ? `CASE WHEN cost IS NOT NULL THEN cost ELSE ${byMargin} END` : byMargin;
}

/**
 * The contribution column over the classified customers: net revenue − goods − service −
 * marketing, in `computeProfit`'s order of operations so the SQL gives the same doubles (service =
 * orders × cost per order + returns × cost per return (+ tickets, 0 here) + effort × cost per
 * effort point; effort 1–10 from the customers file, else 0).
 */
export function contributionColumn(
	costs: SqlContributionOptions,
	rules: readonly SegmentRule[],
	hasCostEffort: boolean,
	spec: DialectSpec,
	dbl: (x: number) => string
): string {
	const asDouble = (expression: string) => `CAST(${expression} AS ${spec.double})`;
	const effort = hasCostEffort
		? `CASE WHEN cost_effort >= 1 AND cost_effort <= 10 THEN cost_effort ELSE ${dbl(0)} END`
		: dbl(0);
	return `net_revenue - goods - (${asDouble('orders')} * ${dbl(costs.costPerOrder)} + ${asDouble('returns')} * ${dbl(costs.costPerReturn)} + ${effort} * ${dbl(costs.costPerEffortPoint)})
    - ${marketingCase(costs, rules, dbl, spec).replaceAll('\n', '\n  ')} AS contribution`;
}

/** Header lines saying which costs the contribution column holds. */
export function describeCosts(
	costs: SqlContributionOptions,
	hasCost: boolean,
	hasCostEffort: boolean
): string[] {
	const margins = Object.keys(costs.categoryMargins).length;
	const marginText = [
		costs.marginPercent !== null ? `${costs.marginPercent}% margin` : '',
		margins > 0 ? `${margins} category margin${margins === 1 ? '' : 's'}` : ''
	]
		.filter(Boolean)
		.join(' and ');
	const goods =
		hasCost && costs.goodsFrom !== 'margin'
			? `the cost column${marginText ? ` (lines without a cost: ${marginText})` : ''}`
			: marginText || 'none (goods count as 0)';
	const lines = [
		`-- Contribution: goods from ${goods}; per order ${costs.costPerOrder}, per return ${costs.costPerReturn},`,
		`-- per effort point ${costs.costPerEffortPoint}${hasCostEffort ? '' : ' (no effort attribute: effort counts 0)'}; marketing per customer by ${costs.marketingBy}.`
	];
	if (costs.costPerTicket > 0) {
		lines.push(
			`-- The cost per ticket (${costs.costPerTicket}) needs a tickets file, which this SQL does not read: tickets count 0.`
		);
	}
	return lines;
}
