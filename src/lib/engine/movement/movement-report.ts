/**
 * The answer the movement page and `sieve movement` both show: the groups at each date, the flows
 * between them, the from × to matrix and totals. Plain JSON, numbers raw; no NaN or Infinity (an
 * ABC boundary of an empty class is null).
 */
import type { ValueBasis } from '../customers/customer-table';
import type { GroupReference } from '../customers/group-by-movement';
import type { MovementGroupKind, MovementResult } from './compute-movement';
import type { MovementFamily, MovementPair } from './movement-options';

/**
 * How the later date's groups were found: 'frozen' (the earlier date's cut points / boundaries /
 * clusters), 'recomputed' (each date its own), or 'fixed' (purchase patterns: fixed thresholds,
 * nothing to freeze).
 */
export type MovementPolicy = 'frozen' | 'recomputed' | 'fixed';

/** The message key of each policy's sentence (the page prints it on the chart) … */
export const MOVEMENT_POLICY_KEYS: Record<MovementPolicy, string> = {
	frozen: 'movement.policy.frozen',
	recomputed: 'movement.policy.recomputed',
	fixed: 'movement.policy.fixed'
};

/** … and its English text; `{from}` and `{to}` stand for the two dates. */
export const MOVEMENT_POLICY_TEXT: Record<MovementPolicy, string> = {
	frozen:
		'Cut points of {from} applied at both dates: a customer moves only when their own behaviour changed.',
	recomputed:
		'Cut points recomputed at each date: a customer can also move because the quantiles shifted.',
	fixed: 'Fixed thresholds at both dates: nothing to freeze.'
};

export interface MovementGroupSummary {
	slug: string;
	name: string;
	colour: string | null;
	kind: MovementGroupKind;
	/** Customers in the group at that date (New: first seen after the from-date). */
	customers: number;
	/** Their value at that date (New: 0 at the from-date). */
	value: number;
}

export interface MovementFlow {
	/** Group slugs at the from- and the to-date. */
	from: string;
	to: string;
	customers: number;
	/** Their value at the to-date. */
	value: number;
	/** Their value at the from-date (0 for New). */
	valueBefore: number;
	/** value − valueBefore: what these customers brought between the dates (net of returns). */
	valueChange: number;
	/** The pair is on the critical-downgrade list. */
	isCritical: boolean;
	/** Same group at both dates. */
	isStay: boolean;
}

export interface MovementMatrix {
	/** From-group slugs (rows) and to-group slugs (columns), in display order. */
	rows: string[];
	columns: string[];
	/** [row][column]: customers, value at the to-date, value at the from-date, critical flag. */
	customers: number[][];
	value: number[][];
	valueBefore: number[][];
	critical: boolean[][];
}

export interface MovementTotals {
	/** Customers in the matrix: the later table plus any "No orders left". */
	customers: number;
	customersBefore: number;
	customersAfter: number;
	/** First seen after the from-date. */
	newCustomers: number;
	/** In the same group at both dates (New excluded). */
	stayed: number;
	/** In another group at the later date (New excluded). */
	moved: number;
	/** In a critical-downgrade cell, and their value at the from-date. */
	criticalCustomers: number;
	criticalValueBefore: number;
	/** Gone at the to-date (0 unless Gone is chosen), of whom Gone at both dates. */
	goneAfter: number;
	goneAtBoth: number;
	/** Customers of the earlier table whose orders all became returns. */
	noOrdersLeft: number;
	valueBefore: number;
	valueAfter: number;
}

export interface MovementReport {
	family: MovementFamily;
	/** `YYYY-MM-DD`. */
	from: string;
	to: string;
	valueBasis: ValueBasis;
	policy: MovementPolicy;
	policyKey: string;
	includeGone: boolean;
	goneAfterDays: number;
	groups: { from: MovementGroupSummary[]; to: MovementGroupSummary[] };
	/** Non-empty cells, rows in from-group order, then to-group order. */
	flows: MovementFlow[];
	matrix: MovementMatrix;
	totals: MovementTotals;
	/** The cut points / boundaries / clusters used at each date (equal when frozen). */
	cutPoints: { from: GroupReference; to: GroupReference };
	criticalDowngrades: MovementPair[];
}

/** The policy actually in force for a family and a chosen policy. */
export function movementPolicy(
	family: MovementFamily,
	cutPoints: 'frozen' | 'recomputed'
): MovementPolicy {
	if (family === 'pattern') return 'fixed';
	return family === 'persona' ? 'frozen' : cutPoints;
}

/** Shapes a `MovementResult` into the report (totals by one pass over the matrix). */
export function describeMovement(result: MovementResult): MovementReport {
	const { groups, counts, valueBefore, valueAfter, critical, options } = result;
	const G = groups.length;
	const rowSum = (f: number, cells: ArrayLike<number>) => {
		let sum = 0;
		for (let t = 0; t < G; t++) sum += cells[f * G + t];
		return sum;
	};
	const columnSum = (t: number, cells: ArrayLike<number>) => {
		let sum = 0;
		for (let f = 0; f < G; f++) sum += cells[f * G + t];
		return sum;
	};
	const summary = (k: number, side: 'from' | 'to'): MovementGroupSummary => ({
		slug: groups[k].slug,
		name: groups[k].name,
		colour: groups[k].colour,
		kind: groups[k].kind,
		customers: side === 'from' ? rowSum(k, counts) : columnSum(k, counts),
		value: side === 'from' ? rowSum(k, valueBefore) : columnSum(k, valueAfter)
	});

	const flows: MovementFlow[] = [];
	const totals: MovementTotals = {
		customers: result.rows,
		customersBefore: result.before.count,
		customersAfter: result.after.count,
		newCustomers: 0,
		stayed: 0,
		moved: 0,
		criticalCustomers: 0,
		criticalValueBefore: 0,
		goneAfter: 0,
		goneAtBoth: 0,
		noOrdersLeft: 0,
		valueBefore: 0,
		valueAfter: 0
	};
	for (const f of result.fromGroups) {
		for (const t of result.toGroups) {
			const cell = f * G + t;
			const n = counts[cell];
			totals.valueBefore += valueBefore[cell];
			totals.valueAfter += valueAfter[cell];
			if (n === 0) continue;
			const from = groups[f];
			const to = groups[t];
			const isStay = f === t;
			const isCritical = critical[cell] === 1;
			flows.push({
				from: from.slug,
				to: to.slug,
				customers: n,
				value: valueAfter[cell],
				valueBefore: valueBefore[cell],
				valueChange: valueAfter[cell] - valueBefore[cell],
				isCritical,
				isStay
			});
			if (from.kind === 'new') totals.newCustomers += n;
			else if (isStay) totals.stayed += n;
			else totals.moved += n;
			if (isCritical) {
				totals.criticalCustomers += n;
				totals.criticalValueBefore += valueBefore[cell];
			}
			if (to.kind === 'gone') totals.goneAfter += n;
			if (to.kind === 'gone' && isStay) totals.goneAtBoth += n;
			if (to.kind === 'no-orders') totals.noOrdersLeft += n;
		}
	}

	const grid = <T>(cell: (index: number) => T) =>
		result.fromGroups.map((f) => result.toGroups.map((t) => cell(f * G + t)));
	const policy = movementPolicy(options.family, options.cutPoints);
	return {
		family: options.family,
		from: options.from,
		to: options.to,
		valueBasis: result.after.valueBasis,
		policy,
		policyKey: MOVEMENT_POLICY_KEYS[policy],
		includeGone: options.includeGone,
		goneAfterDays: options.goneAfterDays,
		groups: {
			from: result.fromGroups.map((k) => summary(k, 'from')),
			to: result.toGroups.map((k) => summary(k, 'to'))
		},
		flows,
		matrix: {
			rows: result.fromGroups.map((k) => groups[k].slug),
			columns: result.toGroups.map((k) => groups[k].slug),
			customers: grid((cell) => counts[cell]),
			value: grid((cell) => valueAfter[cell]),
			valueBefore: grid((cell) => valueBefore[cell]),
			critical: grid((cell) => critical[cell] === 1)
		},
		totals,
		cutPoints: { from: result.referenceBefore, to: result.referenceAfter },
		criticalDowngrades: options.criticalDowngrades.map(([from, to]): MovementPair => [from, to])
	};
}
