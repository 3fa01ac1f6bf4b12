/**
 * The adapter the movement family uses to put customers in one group of an exclusive family (RFM
 * segment, purchase pattern, ABC class, persona) at one analysis date — through the other
 * families' PUBLIC functions only (`scoreRfm` + `assignSegments`, `classifyPurchasePattern`,
 * `computePareto`, `personaFeatures` + `clusterCustomers` + `describePersonas`), so no family
 * reaches into another's internals.
 *
 * Each grouping returns a `GroupReference`: the cut points, value boundaries or clusters it used,
 * as plain JSON. Given back for a later table, the reference is applied as it is ("frozen", DOMAIN.md
 * "Movement"), so a customer moves only when their own behaviour changed.
 */
import {
	clusterCustomers,
	describePersonas,
	listPersonaFeatures,
	personaFeatures
} from '../personas';
import type { PersonaNameParts } from '../personas/name-persona';
import { scoreRfm, type RfmDimension } from '../segments/rfm';
import {
	assignSegments,
	DEFAULT_SEGMENT_RULES,
	OTHERS_SEGMENT,
	type SegmentRule
} from '../segments/segment-rules';

// The movement family reads rule tables from its options; the segments family's parser is the
// one that validates them, reached through this adapter (families do not import each other).
export { parseSegmentRules, SegmentRulesError } from '../segments/segment-rules';
import {
	classifyPurchasePattern,
	PURCHASE_PATTERNS,
	type PurchasePatternOptions
} from '../segments/purchase-pattern';
import { computePareto } from '../value/pareto';
import type { CustomerTable, ValueBasis } from './customer-table';
import { groupKey } from './group-by';

/** The exclusive families a customer can be grouped by. */
export const MOVEMENT_GROUP_FAMILIES = ['rfm', 'pattern', 'abc', 'persona'] as const;
export type MovementGroupFamily = (typeof MOVEMENT_GROUP_FAMILIES)[number];

/** Family settings (plain JSON); each family reads its own. */
export interface MovementGroupSettings {
	/** RFM score bins, 3–5; default 5. */
	bins?: number;
	/** RFM segment rules in order; default DOMAIN.md's table (`DEFAULT_SEGMENT_RULES`). */
	rules?: readonly SegmentRule[];
	/** Purchase-pattern thresholds; defaults of `classifyPurchasePattern`. */
	pattern?: PurchasePatternOptions;
	/** Personas: k (2–20; default chosen by silhouette over 2–8), seed (default 1) and the feature
	 * keys to cluster on (default: the behaviour features, which a later table always has). */
	persona?: { k?: number; seed?: number; include?: string[] };
}

/** One group of a family. */
export interface MovementGroupDefinition {
	slug: string;
	name: string;
	/** `#rrggbb` where the family defines a colour (RFM rules, patterns, ABC); null for personas
	 * (the chart's persona palette colours them). */
	colour: string | null;
	/** Personas: the generated name's parts, for the interface to word in its language. */
	nameParts?: PersonaNameParts;
}

/** What a grouping used; give it back to group a later table the same way (frozen). */
export type GroupReference =
	| { family: 'rfm'; bins: number; cutPoints: Record<RfmDimension, number[]> }
	| {
			family: 'abc';
			valueBasis: ValueBasis;
			/** Lowest value in class A, and lowest value in A or B, at the date the reference was taken;
			 * null when that class was empty. Applied: A when value ≥ a, B when value ≥ b, else C. */
			boundaries: { a: number | null; b: number | null };
	  }
	| { family: 'pattern'; options: Required<PurchasePatternOptions> }
	| {
			family: 'persona';
			k: number;
			names: string[];
			/** Feature keys given to `personaFeatures`, and the resulting column names. */
			include: string[];
			featureNames: string[];
			isLogScale: boolean[];
			/** Per feature: the mean and the z-score divisor (0 = a constant column). */
			means: number[];
			scales: number[];
			/** Row-major k × features, in z-scores. */
			centroids: number[];
	  };

export interface MovementGrouping {
	family: MovementGroupFamily;
	groups: MovementGroupDefinition[];
	/** Group index per customer entry. */
	code: Uint8Array;
	reference: GroupReference;
	/** 'computed' from this table, or 'given' (a reference from another date applied). */
	source: 'computed' | 'given';
}

/** Colours of the purchase patterns and ABC classes (segments bring their own in the rules). */
const PATTERN_COLOURS: Record<(typeof PURCHASE_PATTERNS)[number], string> = {
	'one-time': '#fdb863',
	regular: '#1b7837',
	irregular: '#8073ac'
};
const PATTERN_NAMES: Record<(typeof PURCHASE_PATTERNS)[number], string> = {
	'one-time': 'One-time',
	regular: 'Regular',
	irregular: 'Irregular'
};
const ABC_GROUPS: MovementGroupDefinition[] = [
	{ slug: 'a', name: 'A', colour: '#1b7837' },
	{ slug: 'b', name: 'B', colour: '#67a9cf' },
	{ slug: 'c', name: 'C', colour: '#bababa' }
];

/**
 * Groups the customers of `customers` by `family`. Without `reference`, the family computes its
 * cut points / boundaries / clusters from this table; with one (taken at another date, same
 * family), they are applied unchanged. Throws a RangeError for a reference of another family, bad
 * settings, or persona features the table cannot supply.
 */
export function groupForMovement(
	customers: CustomerTable,
	family: MovementGroupFamily,
	settings: MovementGroupSettings = {},
	reference?: GroupReference
): MovementGrouping {
	if (reference && reference.family !== family) {
		throw new RangeError(`a ${reference.family} reference cannot group by ${family}`);
	}
	const source = reference ? 'given' : 'computed';
	switch (family) {
		case 'rfm':
			return groupByRfm(customers, settings, reference as RfmReference | undefined, source);
		case 'pattern':
			return groupByPattern(customers, settings, reference as PatternReference | undefined, source);
		case 'abc':
			return groupByAbc(customers, reference as AbcReference | undefined, source);
		case 'persona':
			return groupByPersona(customers, settings, reference as PersonaReference | undefined, source);
		default:
			throw new RangeError(`unknown family '${String(family)}'`);
	}
}

type RfmReference = Extract<GroupReference, { family: 'rfm' }>;
type PatternReference = Extract<GroupReference, { family: 'pattern' }>;
type AbcReference = Extract<GroupReference, { family: 'abc' }>;
type PersonaReference = Extract<GroupReference, { family: 'persona' }>;

function groupByRfm(
	customers: CustomerTable,
	settings: MovementGroupSettings,
	reference: RfmReference | undefined,
	source: MovementGrouping['source']
): MovementGrouping {
	const rules = settings.rules ?? DEFAULT_SEGMENT_RULES;
	const bins = reference?.bins ?? settings.bins ?? 5;
	const rfm = scoreRfm(customers, { bins, cutPoints: reference?.cutPoints });
	const assignment = assignSegments(rfm, rules);
	return {
		family: 'rfm',
		groups: [
			...rules.map((rule) => ({ slug: rule.slug, name: rule.name, colour: rule.colour })),
			{ slug: OTHERS_SEGMENT.slug, name: OTHERS_SEGMENT.name, colour: OTHERS_SEGMENT.colour }
		],
		code: assignment.segment,
		reference: { family: 'rfm', bins, cutPoints: rfm.cutPoints },
		source
	};
}

function groupByPattern(
	customers: CustomerTable,
	settings: MovementGroupSettings,
	reference: PatternReference | undefined,
	source: MovementGrouping['source']
): MovementGrouping {
	const result = classifyPurchasePattern(customers, reference?.options ?? settings.pattern);
	return {
		family: 'pattern',
		groups: PURCHASE_PATTERNS.map((slug) => ({
			slug,
			name: PATTERN_NAMES[slug],
			colour: PATTERN_COLOURS[slug]
		})),
		code: result.pattern,
		reference: { family: 'pattern', options: result.options },
		source
	};
}

function groupByAbc(
	customers: CustomerTable,
	reference: AbcReference | undefined,
	source: MovementGrouping['source']
): MovementGrouping {
	const groups = ABC_GROUPS.map((group) => ({ ...group }));
	if (!reference) {
		const pareto = computePareto(customers, { basis: customers.valueBasis, maxPoints: 2 });
		let a = Infinity;
		let b = Infinity;
		for (let i = 0; i < customers.count; i++) {
			const cls = pareto.abc[i];
			const value = pareto.values[i];
			if (cls === 0 && value < a) a = value;
			if (cls <= 1 && value < b) b = value;
		}
		return {
			family: 'abc',
			groups,
			code: pareto.abc,
			reference: {
				family: 'abc',
				valueBasis: pareto.basis,
				boundaries: { a: Number.isFinite(a) ? a : null, b: Number.isFinite(b) ? b : null }
			},
			source
		};
	}
	if (reference.valueBasis !== customers.valueBasis) {
		throw new RangeError(
			`ABC boundaries taken on ${reference.valueBasis} cannot be applied to a table valued on ${customers.valueBasis}`
		);
	}
	const { a, b } = reference.boundaries;
	const code = new Uint8Array(customers.count);
	for (let i = 0; i < customers.count; i++) {
		const value = customers.value[i];
		code[i] = a !== null && value >= a ? 0 : b !== null && value >= b ? 1 : 2;
	}
	return { family: 'abc', groups, code, reference, source };
}

function groupByPersona(
	customers: CustomerTable,
	settings: MovementGroupSettings,
	reference: PersonaReference | undefined,
	source: MovementGrouping['source']
): MovementGrouping {
	if (!reference) {
		const include =
			settings.persona?.include ??
			listPersonaFeatures(customers)
				.filter((choice) => choice.kind === 'behaviour' && choice.available)
				.map((choice) => choice.key);
		const features = personaFeatures(customers, { include });
		const cluster = clusterCustomers(features, {
			k: settings.persona?.k,
			seed: settings.persona?.seed
		});
		const cards = describePersonas(customers, cluster.assignments, cluster.k, { features });
		const names = cards.map((card) => card.name);
		const nameParts = cards.map((card) => card.nameParts);
		return {
			family: 'persona',
			groups: personaGroups(names, nameParts),
			code: Uint8Array.from(cluster.assignments),
			reference: {
				family: 'persona',
				k: cluster.k,
				names,
				include,
				featureNames: [...cluster.featureNames],
				isLogScale: features.sources.map((s) => s.isLogScale),
				means: Array.from(cluster.means),
				scales: Array.from(cluster.scales),
				centroids: Array.from(cluster.centroids)
			},
			source
		};
	}
	const features = personaFeatures(customers, { include: reference.include });
	const sameColumns =
		features.names.length === reference.featureNames.length &&
		features.names.every(
			(name, f) =>
				name === reference.featureNames[f] &&
				features.sources[f].isLogScale === reference.isLogScale[f]
		);
	if (!sameColumns) {
		throw new RangeError(
			`the later table's persona features (${features.names.join(', ')}) differ from the earlier ` +
				`date's (${reference.featureNames.join(', ')}): cluster on behaviour features only to compare dates`
		);
	}
	const dims = features.names.length;
	const k = reference.k;
	const code = new Uint8Array(customers.count);
	const z = new Float64Array(dims);
	for (let i = 0; i < customers.count; i++) {
		for (let f = 0; f < dims; f++) {
			const x = features.columns[f][i];
			const scale = reference.scales[f];
			z[f] = scale === 0 || !Number.isFinite(x) ? 0 : (x - reference.means[f]) / scale;
		}
		let best = 0;
		let bestDistance = Infinity;
		for (let p = 0; p < k; p++) {
			let distance = 0;
			for (let f = 0; f < dims; f++) {
				const d = z[f] - reference.centroids[p * dims + f];
				distance += d * d;
			}
			if (distance < bestDistance) {
				bestDistance = distance;
				best = p;
			}
		}
		code[i] = best;
	}
	return {
		family: 'persona',
		// The reference keeps the names only (it is printed as it is): the groups movement shows are
		// the earlier date's, computed with their parts.
		groups: personaGroups(reference.names, undefined),
		code,
		reference,
		source
	};
}

/** Persona slugs as `group-by.ts` keys them (the name in lower case with dashes, made distinct). */
function personaGroups(
	names: string[],
	nameParts: PersonaNameParts[] | undefined
): MovementGroupDefinition[] {
	const used = new Set<string>();
	return names.map((name, p) => {
		const base = groupKey(name) || `persona-${p + 1}`;
		let slug = base;
		for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
		used.add(slug);
		const parts = nameParts?.[p];
		return parts ? { slug, name, colour: null, nameParts: parts } : { slug, name, colour: null };
	});
}
