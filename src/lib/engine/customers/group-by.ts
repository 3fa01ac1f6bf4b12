/**
 * One exclusive grouping of the customer table (DOMAIN.md: "any exclusive family: RFM segment,
 * purchase pattern, persona, ABC class") as plain labels and codes, for families that report per
 * group (profit and ROI first). An adapter over the other families' PUBLIC compute functions, so a
 * family that groups never imports another family's files: it imports this one.
 */
import { classifyPurchasePattern, PURCHASE_PATTERNS } from '../segments/purchase-pattern';
import { scoreRfm, type RfmOptions } from '../segments/rfm';
import { assignSegments, DEFAULT_SEGMENT_RULES, type SegmentRule } from '../segments/segment-rules';
import type { PersonaNameParts } from '../personas/name-persona';
import { ABC_CLASSES, computePareto } from '../value/pareto';
import type { CustomerTable } from './customer-table';

/** The families a customer table can be grouped by. */
export const GROUP_FAMILIES = ['rfm', 'pattern', 'persona', 'abc'] as const;
export type GroupFamily = (typeof GROUP_FAMILIES)[number];

export interface CustomerGrouping {
	family: GroupFamily;
	/** Group names as shown ("Champions", "one-time", "A" …), one per code, empty groups included. */
	labels: string[];
	/** Stable keys (lower case, digits and dashes), one per label and distinct: for settings, URLs,
	 * command-line arguments and `data-metric` names. */
	keys: string[];
	/** Group code (index into `labels`) per customer entry. */
	codes: Int32Array;
	/** Personas: the parts of each name Sieve generated, one per label (null for a name the user
	 * gave), so the interface words it in its language; absent for the other families. */
	nameParts?: (PersonaNameParts | null)[];
}

/** The parts of each group's generated name, one per label: null where a group has none (every
 * group but a persona whose name Sieve generated). What the worker sends beside per-group figures. */
export type GroupNameParts = (PersonaNameParts | null)[];

/** `grouping`'s name parts, one per label (all null for a family without them). */
export function groupNameParts(grouping: CustomerGrouping): GroupNameParts {
	return grouping.labels.map((_, g) => grouping.nameParts?.[g] ?? null);
}

export interface GroupCustomersOptions {
	/** RFM: bins and user cut points (default quintiles). */
	rfm?: RfmOptions;
	/** RFM: the segment rule table (default `DEFAULT_SEGMENT_RULES`). */
	rules?: readonly SegmentRule[];
}

/** Lower case, ASCII letters and digits, single dashes between words ("Can't Lose Them" → "cant-lose-them"). */
export function groupKey(label: string): string {
	return label
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Keys for labels, made distinct ("group", "group-2") and never empty ("group-3"). */
function keysFor(labels: string[]): string[] {
	const used = new Set<string>();
	return labels.map((label, index) => {
		const base = groupKey(label) || `group-${index + 1}`;
		let key = base;
		for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
		used.add(key);
		return key;
	});
}

/**
 * Groups customers by RFM segment (scoreRfm + assignSegments, Others last), purchase pattern
 * (classifyPurchasePattern) or ABC class (computePareto on the table's value basis). Personas are
 * computed elsewhere: pass their assignment to `groupingFromAssignments`.
 */
export function groupCustomers(
	customers: CustomerTable,
	family: Exclude<GroupFamily, 'persona'>,
	options: GroupCustomersOptions = {}
): CustomerGrouping {
	const n = customers.count;
	const codes = new Int32Array(n);
	let labels: string[];
	let keys: string[];
	if (family === 'rfm') {
		const assignment = assignSegments(
			scoreRfm(customers, options.rfm),
			options.rules ?? DEFAULT_SEGMENT_RULES
		);
		for (let i = 0; i < n; i++) codes[i] = assignment.segment[i];
		labels = [...assignment.names];
		keys = keysFor(assignment.slugs);
	} else if (family === 'pattern') {
		const { pattern } = classifyPurchasePattern(customers);
		for (let i = 0; i < n; i++) codes[i] = pattern[i];
		labels = [...PURCHASE_PATTERNS];
		keys = keysFor(labels);
	} else if (family === 'abc') {
		const { abc } = computePareto(customers, { basis: customers.valueBasis, maxPoints: 2 });
		for (let i = 0; i < n; i++) codes[i] = abc[i];
		labels = [...ABC_CLASSES];
		keys = keysFor(labels);
	} else {
		throw new RangeError(`groupCustomers: unknown family ${String(family)}`);
	}
	return { family, labels, keys, codes };
}

/**
 * A grouping from labels and one code per customer entry (personas: `clusterCustomers`'
 * assignments with the cards' names, and the generated names' parts, one per label). Throws a
 * RangeError naming the first entry whose code is not an index into `labels`, or when the lengths
 * disagree.
 */
export function groupingFromAssignments(
	family: GroupFamily,
	labels: readonly string[],
	assignments: ArrayLike<number>,
	customerCount: number,
	nameParts?: readonly (PersonaNameParts | null)[]
): CustomerGrouping {
	if (nameParts && nameParts.length !== labels.length) {
		throw new RangeError(
			`groupingFromAssignments: ${nameParts.length} name parts for ${labels.length} labels`
		);
	}
	if (assignments.length !== customerCount) {
		throw new RangeError(
			`groupingFromAssignments: ${assignments.length} assignments for ${customerCount} customers`
		);
	}
	const codes = new Int32Array(customerCount);
	for (let i = 0; i < customerCount; i++) {
		const code = assignments[i];
		if (!Number.isInteger(code) || code < 0 || code >= labels.length) {
			throw new RangeError(
				`groupingFromAssignments: customer entry ${i} has group ${code}, not one of 0–${labels.length - 1}`
			);
		}
		codes[i] = code;
	}
	const grouping: CustomerGrouping = {
		family,
		labels: [...labels],
		keys: keysFor([...labels]),
		codes
	};
	if (nameParts) grouping.nameParts = [...nameParts];
	return grouping;
}
