/**
 * Test helper (not a test): the engine's per-customer answer (scores, segment, pattern, lapsing,
 * tags, ABC class, and with costs the Profit family's contribution) keyed by customer id, and a
 * comparison with rows an SQL engine returned.
 */
import {
	buildCustomerTable,
	type CustomerTable
} from '../../src/lib/engine/customers/customer-table';
import { groupCustomers } from '../../src/lib/engine/customers/group-by';
import { computeProfit } from '../../src/lib/engine/profit/compute-profit';
import { withProfitDefaults, type ProfitOptions } from '../../src/lib/engine/profit/profit-options';
import { computeSegments } from '../../src/lib/engine/segments/compute-segments';
import { PURCHASE_PATTERNS } from '../../src/lib/engine/segments/purchase-pattern';
import { OTHERS_SEGMENT } from '../../src/lib/engine/segments/segment-rules';
import {
	DEFAULT_SEGMENTS_OPTIONS,
	type SegmentsOptions
} from '../../src/lib/engine/segments/segments-options';
import { ABC_CLASSES, computePareto } from '../../src/lib/engine/value/pareto';
import type { AttributesTable, OrdersTable } from '../../src/lib/engine/tables/orders-table';

export interface CustomerAnswer {
	customer: string;
	recency_days: number;
	orders: number;
	value: number;
	r: number;
	f: number;
	m: number;
	segment: string;
	pattern: string;
	lapsing: boolean;
	tags: Record<string, boolean>;
	abc: string;
	/** With costs: net revenue − goods − service − marketing (`computeProfit`). */
	contribution?: number;
}

/** Costs for the engine's contribution: the Profit options and the grouping marketing is set by. */
export interface EngineCosts {
	options: Partial<ProfitOptions>;
	by: 'rfm' | 'pattern' | 'abc';
}

/** The engine's answer for every customer of the table built from `orders`. */
export function engineAnswers(
	orders: OrdersTable,
	options: SegmentsOptions = DEFAULT_SEGMENTS_OPTIONS,
	analysisDay?: number,
	attributes: AttributesTable | null = null,
	costs: EngineCosts | null = null
): {
	customers: CustomerTable;
	answers: Map<string, CustomerAnswer>;
	cutPoints: Record<string, number[]>;
} {
	const customers = buildCustomerTable(orders, { analysisDay }, attributes);
	const computation = computeSegments(customers, options);
	const pareto = computePareto(customers);
	const contribution = costs
		? computeProfit(
				{
					orders,
					customers,
					grouping: groupCustomers(customers, costs.by, {
						rfm: { bins: options.bins, cutPoints: computation.rfm.cutPoints },
						rules: options.rules
					})
				},
				withProfitDefaults(costs.options)
			).contribution
		: null;
	const answers = new Map<string, CustomerAnswer>();
	for (let i = 0; i < customers.count; i++) {
		const k = computation.assignment.segment[i];
		const tags: Record<string, boolean> = {};
		for (const tag of computation.tags) {
			if (tag.mask) tags[tag.slug.replaceAll('-', '_')] = tag.mask[i] === 1;
		}
		answers.set(customers.ids[i], {
			customer: customers.ids[i],
			recency_days: customers.recencyDays[i],
			orders: customers.orders[i],
			value: customers.value[i],
			r: computation.rfm.recency[i],
			f: computation.rfm.frequency[i],
			m: computation.rfm.monetary[i],
			segment: k < computation.rules.length ? computation.rules[k].name : OTHERS_SEGMENT.name,
			pattern: PURCHASE_PATTERNS[computation.pattern.pattern[i]],
			lapsing: computation.pattern.lapsing[i] === 1,
			tags,
			abc: ABC_CLASSES[pareto.abc[i]],
			...(contribution ? { contribution: contribution[i] } : {})
		});
	}
	return { customers, answers, cutPoints: computation.rfm.cutPoints };
}

/** Differences between the engine and SQL rows, as sentences (first `limit` of them). */
export function compareAnswers(
	answers: Map<string, CustomerAnswer>,
	rows: Record<string, unknown>[],
	tagColumns: string[],
	limit = 10
): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	const note = (text: string) => {
		if (problems.length < limit) problems.push(text);
	};
	for (const row of rows) {
		const id = String(row.customer);
		seen.add(id);
		const expected = answers.get(id);
		if (!expected) {
			note(`SQL has customer ${id}, the engine does not`);
			continue;
		}
		for (const key of ['recency_days', 'orders', 'r', 'f', 'm'] as const) {
			if (Number(row[key]) !== expected[key]) note(`${id}: ${key} ${row[key]} ≠ ${expected[key]}`);
		}
		const value = Number(row.value);
		if (Math.abs(value - expected.value) > 1e-9 * Math.max(1, Math.abs(expected.value))) {
			note(`${id}: value ${value} ≠ ${expected.value}`);
		}
		for (const key of ['segment', 'pattern', 'abc'] as const) {
			if (String(row[key]) !== expected[key]) note(`${id}: ${key} ${row[key]} ≠ ${expected[key]}`);
		}
		if (toBoolean(row.lapsing) !== expected.lapsing) note(`${id}: lapsing ${row.lapsing}`);
		if (expected.contribution !== undefined) {
			const got = Number(row.contribution);
			const want = expected.contribution;
			if (!(Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want))))
				note(`${id}: contribution ${row.contribution} ≠ ${want}`);
		}
		for (const tag of tagColumns) {
			if (toBoolean(row[tag]) !== expected.tags[tag])
				note(`${id}: ${tag} ${row[tag]} ≠ ${expected.tags[tag]}`);
		}
	}
	for (const id of answers.keys())
		if (!seen.has(id)) note(`the engine has customer ${id}, SQL does not`);
	return problems;
}

function toBoolean(value: unknown): boolean {
	return value === true || value === 't' || value === 'true' || value === 1;
}
