import type { CustomerTable } from '../customers/customer-table';
import type { FeatureMatrix } from './cluster-customers';

/** The behaviour features of DOMAIN.md family 5, by key. */
export const BEHAVIOUR_FEATURES = [
	'logValue',
	'logOrders',
	'recencyDays',
	'aov',
	'discountShare',
	'categoryConcentration'
] as const;
export type BehaviourFeature = (typeof BEHAVIOUR_FEATURES)[number];

/** One feature the user can include in or leave out of the clustering. */
export interface PersonaFeatureChoice {
	/** A behaviour key, or `attribute:<name>` for a column of the customers file. */
	key: string;
	label: string;
	kind: 'behaviour' | 'numeric-attribute' | 'categorical-attribute';
	/** False when the data cannot support it (no discount column; a categorical column with no
	 * value shared by 2% of customers, such as e-mail addresses). */
	available: boolean;
	/** Included when the user has not chosen: behaviour and numeric attributes, as DOMAIN.md lists
	 * them; categorical attributes only on request (one-hot columns of city, gender, occupation …
	 * tend to split customers by who they are rather than how they buy). */
	isDefault: boolean;
}

/** Where a column of the persona feature matrix comes from. */
export interface PersonaFeatureSource {
	key: string;
	kind: PersonaFeatureChoice['kind'];
	/** Attribute name (for attribute features) or the behaviour key. */
	feature: string;
	/** The categorical value a one-hot column stands for. */
	level?: string;
	/** True when the values were put on a signed log scale (log value, log AOV, skewed attributes). */
	isLogScale: boolean;
}

export interface PersonaFeatureMatrix extends FeatureMatrix {
	sources: PersonaFeatureSource[];
}

export interface PersonaFeatureOptions {
	/** Keys of `listPersonaFeatures` to cluster on. Default: the available features marked `isDefault`. */
	include?: string[];
}

/** A categorical value becomes a one-hot column when at least this share of customers has it. */
export const MIN_LEVEL_SHARE = 0.02;
/** At most this many one-hot columns per categorical attribute (the most frequent values). */
export const MAX_LEVELS = 10;
/** A non-negative numeric attribute more skewed than this is clustered on a log scale. */
const LOG_SKEWNESS = 2;

const BEHAVIOUR_LABELS: Record<BehaviourFeature, string> = {
	logValue: 'Value (log)',
	logOrders: 'Orders (log)',
	recencyDays: 'Recency (days)',
	aov: 'Average order value (log)',
	discountShare: 'Discount share',
	categoryConcentration: 'Category concentration'
};

/** sign(x)·ln(1 + |x|): a log scale that keeps zero and negative values (losses, net returns). */
function signedLog(x: number): number {
	return Math.sign(x) * Math.log1p(Math.abs(x));
}

/** The features the customer table supports, behaviour first, then the customers file's columns. */
export function listPersonaFeatures(customers: CustomerTable): PersonaFeatureChoice[] {
	const choices: PersonaFeatureChoice[] = BEHAVIOUR_FEATURES.map((key) => ({
		key,
		label: BEHAVIOUR_LABELS[key],
		kind: 'behaviour',
		available:
			(key !== 'discountShare' || customers.discountShare !== null) &&
			(key !== 'categoryConcentration' || customers.categoryConcentration !== null),
		isDefault: true
	}));
	for (const column of customers.attributes) {
		choices.push({
			key: `attribute:${column.name}`,
			label: column.name,
			kind: column.kind === 'numeric' ? 'numeric-attribute' : 'categorical-attribute',
			available:
				column.kind === 'numeric'
					? column.values.some(Number.isFinite)
					: frequentLevels(column.codes, column.values.length, customers.count).length > 0,
			isDefault: column.kind === 'numeric'
		});
	}
	return choices;
}

/** Codes of the most frequent values held by ≥ 2% of customers, at most 10, most frequent first. */
function frequentLevels(codes: Int32Array, levelCount: number, customers: number): number[] {
	const counts = new Int32Array(levelCount);
	for (const code of codes) if (code >= 0) counts[code]++;
	const levels: number[] = [];
	for (let code = 0; code < levelCount; code++) {
		if (counts[code] >= MIN_LEVEL_SHARE * customers) levels.push(code);
	}
	return levels.sort((a, b) => counts[b] - counts[a] || a - b).slice(0, MAX_LEVELS);
}

function skewness(values: Float64Array): number {
	let count = 0;
	let sum = 0;
	for (const x of values) {
		if (Number.isFinite(x)) {
			sum += x;
			count++;
		}
	}
	if (count < 3) return 0;
	const mean = sum / count;
	let m2 = 0;
	let m3 = 0;
	for (const x of values) {
		if (!Number.isFinite(x)) continue;
		const d = x - mean;
		m2 += d * d;
		m3 += d * d * d;
	}
	m2 /= count;
	m3 /= count;
	return m2 > 0 ? m3 / Math.pow(m2, 1.5) : 0;
}

/**
 * The feature matrix personas are clustered on: signed-log value, log orders, recency days,
 * signed-log AOV, discount share, category concentration, numeric attributes (log scale when
 * skewness > 2) and, when included, one-hot categorical attributes. Throws on an unknown or
 * unavailable key.
 */
export function personaFeatures(
	customers: CustomerTable,
	options: PersonaFeatureOptions = {}
): PersonaFeatureMatrix {
	const choices = listPersonaFeatures(customers);
	const include =
		options.include ?? choices.filter((c) => c.available && c.isDefault).map((c) => c.key);
	for (const key of include) {
		const choice = choices.find((c) => c.key === key);
		if (!choice) throw new RangeError(`unknown persona feature '${key}'`);
		if (!choice.available)
			throw new RangeError(`persona feature '${key}' is not available in this data`);
	}
	const n = customers.count;
	const matrix: PersonaFeatureMatrix = { names: [], columns: [], isIndicator: [], sources: [] };
	const add = (
		name: string,
		column: Float64Array,
		source: PersonaFeatureSource,
		indicator = false
	) => {
		matrix.names.push(name);
		matrix.columns.push(column);
		matrix.isIndicator!.push(indicator);
		matrix.sources.push(source);
	};
	const behaviour = (key: BehaviourFeature, isLogScale: boolean, value: (i: number) => number) => {
		if (!include.includes(key)) return;
		add(
			key,
			Float64Array.from({ length: n }, (_, i) => value(i)),
			{
				key,
				kind: 'behaviour',
				feature: key,
				isLogScale
			}
		);
	};
	behaviour('logValue', true, (i) => signedLog(customers.value[i]));
	behaviour('logOrders', true, (i) => Math.log(customers.orders[i]));
	behaviour('recencyDays', false, (i) => customers.recencyDays[i]);
	behaviour('aov', true, (i) => signedLog(customers.averageOrderValue[i]));
	if (customers.discountShare) {
		const share = customers.discountShare;
		behaviour('discountShare', false, (i) => share[i]);
	}
	if (customers.categoryConcentration) {
		const concentration = customers.categoryConcentration;
		behaviour('categoryConcentration', false, (i) => concentration[i]);
	}
	for (const column of customers.attributes) {
		const key = `attribute:${column.name}`;
		if (!include.includes(key)) continue;
		if (column.kind === 'numeric') {
			let min = Infinity;
			for (const x of column.values) if (Number.isFinite(x) && x < min) min = x;
			const isLogScale = min >= 0 && skewness(column.values) > LOG_SKEWNESS;
			const values = isLogScale
				? column.values.map((x) => Math.log1p(x))
				: Float64Array.from(column.values);
			add(key, values, { key, kind: 'numeric-attribute', feature: column.name, isLogScale });
			continue;
		}
		for (const code of frequentLevels(column.codes, column.values.length, n)) {
			const level = column.values[code];
			// Customers missing from the customers file are unknown (NaN), not "not this value".
			const values = Float64Array.from(column.codes, (c) => (c < 0 ? NaN : c === code ? 1 : 0));
			add(
				`${key}=${level}`,
				values,
				{ key, kind: 'categorical-attribute', feature: column.name, level, isLogScale: false },
				true
			);
		}
	}
	return matrix;
}
