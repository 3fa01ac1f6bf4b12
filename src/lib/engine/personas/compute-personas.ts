/**
 * The Personas pipeline over a customer table (DOMAIN.md family 5): the feature matrix, k-means
 * with k by silhouette over 2–8 (or the user's k), and the persona cards. The worker and the CLI
 * both run it; a `PersonasMemo` keeps the steps between calls on the same table.
 */
import type { CustomerTable } from '../customers/customer-table';
import type { OrdersTable } from '../tables/orders-table';
import { clusterCustomers, type ClusterResult } from './cluster-customers';
import { describePersonas, type PersonaCard } from './describe-personas';
import {
	listPersonaFeatures,
	personaFeatures,
	type PersonaFeatureChoice,
	type PersonaFeatureMatrix
} from './persona-features';
import { validatePersonaOptions, type PersonaOptions } from './personas-options';

/** Everything one run computed: what the page is sent, and what the CSV export reads. */
export interface PersonaComputation {
	customers: CustomerTable;
	features: PersonaFeatureMatrix;
	choices: PersonaFeatureChoice[];
	include: string[];
	notes: string[];
	/** The same notes by code, for the interface's languages. */
	noteCauses: PersonaNote[];
	auto: ClusterResult;
	clusters: ClusterResult;
	cards: PersonaCard[];
	clusteringKey: string;
	/** Category and channel names of the orders file (for the export's columns). */
	names: PersonaNames;
}

/** The orders file's category and channel dictionaries (null without the column). */
export interface PersonaNames {
	categoryNames: string[] | null;
	channelNames: string[] | null;
}

/** The category and channel names of `orders`, as `computePersonas` reads them. */
export function personaNamesOf(orders: OrdersTable): PersonaNames {
	return {
		categoryNames: orders.category?.values ?? null,
		channelNames: orders.channel?.values ?? null
	};
}

/** Progress and cancellation between the steps of `computePersonas`. */
export interface PersonaHooks {
	progress?: (phase: 'clustering' | 'describing', message: string) => void;
	checkpoint?: () => Promise<void>;
}

/** One remembered value and the key it was computed for. */
class Memo<T> {
	#key: string | null = null;
	#value: T | null = null;

	get(key: string): T | null {
		return this.#key === key ? this.#value : null;
	}

	set(key: string, value: T): T {
		this.#key = key;
		this.#value = value;
		return value;
	}
}

/**
 * The steps of the last persona run on one customer table, each kept under the key of the
 * options it depends on: changing k does not recompute the silhouette curve over 2–8. A new
 * customer table clears it.
 */
export class PersonasMemo {
	#table: CustomerTable | null = null;
	auto = new Memo<{ features: PersonaFeatureMatrix; result: ClusterResult }>();
	run = new Memo<PersonaComputation>();

	/** Forgets everything (and lets the customer table go). */
	clear(): void {
		this.#table = null;
		this.auto = new Memo();
		this.run = new Memo();
	}

	/** Forgets everything computed on another table. */
	use(customers: CustomerTable): this {
		if (this.#table !== customers) {
			this.#table = customers;
			this.auto = new Memo();
			this.run = new Memo();
		}
		return this;
	}
}

/** FNV-1a over the UTF-16 code units, as 8 hex digits: a short, stable fingerprint. */
function fingerprint(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The key of a clustering: `k<k>-s<seed>-<fingerprint>`, the fingerprint covering the value basis,
 * analysis day, features and the data's size and total value, so card edits saved under it never
 * reach a different clustering or a different dataset.
 */
export function clusteringKeyOf(
	customers: CustomerTable,
	include: string[],
	k: number,
	seed: number
): string {
	let total = 0;
	for (const v of customers.value) total += v;
	const facts = JSON.stringify([
		customers.valueBasis,
		customers.analysisDay,
		include,
		customers.count,
		Math.round(total * 100)
	]);
	return `k${k}-s${seed}-${fingerprint(facts)}`;
}

/** A note on the options as applied: a chosen feature this data lacks, or the defaults used. */
export type PersonaNote = { code: 'missing'; feature: string } | { code: 'defaults' };

/** A note in English (the CLI's and the report's `notes`). */
export function personaNoteText(note: PersonaNote): string {
	return note.code === 'missing'
		? `“${note.feature}” is not in this data: left out.`
		: 'None of the chosen features is here: the defaults are used.';
}

/** The feature keys to use, in the order of the list, with a note for each one this data lacks. */
function resolveInclude(
	choices: PersonaFeatureChoice[],
	include: string[] | null
): { include: string[]; noteCauses: PersonaNote[] } {
	const defaults = choices.filter((c) => c.available && c.isDefault).map((c) => c.key);
	if (include === null) return { include: defaults, noteCauses: [] };
	if (include.length === 0) throw new RangeError('Choose at least one feature to cluster on.');
	const usable = new Set(choices.filter((c) => c.available).map((c) => c.key));
	const noteCauses: PersonaNote[] = include
		.filter((key) => !usable.has(key))
		.map((key) => ({ code: 'missing', feature: String(key).replace(/^attribute:/, '') }));
	const kept = choices
		.filter((c) => usable.has(c.key) && include.includes(c.key))
		.map((c) => c.key);
	if (kept.length > 0) return { include: kept, noteCauses };
	return { include: defaults, noteCauses: [...noteCauses, { code: 'defaults' }] };
}

/**
 * The whole persona step over a customer table: features → the silhouette curve over 2–8 → the
 * chosen or user's k → cards. Throws a RangeError for options the data cannot satisfy (fewer than
 * two customers, more personas than customers); `hooks.checkpoint` runs between the steps (the
 * worker lets a cancel in there and throws an AbortError).
 */
export async function computePersonas(
	customers: CustomerTable,
	names: PersonaNames,
	options: PersonaOptions,
	memo: PersonasMemo = new PersonasMemo(),
	hooks: PersonaHooks = {}
): Promise<PersonaComputation> {
	validatePersonaOptions(options);
	const cache = memo.use(customers);
	const runKey = JSON.stringify(options);
	const cached = cache.run.get(runKey);
	if (cached) return cached;
	if (customers.count < 2) {
		throw new RangeError(
			`Personas need at least two customers with an order in the analysed period; there ${customers.count === 1 ? 'is one' : `are ${customers.count}`}.`
		);
	}
	const progress = hooks.progress ?? (() => {});
	const checkpoint = hooks.checkpoint ?? (async () => {});
	const choices = listPersonaFeatures(customers);
	const { include, noteCauses } = resolveInclude(choices, options.include);
	const notes = noteCauses.map(personaNoteText);
	await checkpoint();

	const autoKey = JSON.stringify([include, options.seed]);
	let auto = cache.auto.get(autoKey);
	if (!auto) {
		progress(
			'clustering',
			`Clustering ${customers.count.toLocaleString('en-GB')} customers for k = 2 to 8`
		);
		const features = personaFeatures(customers, { include });
		auto = cache.auto.set(autoKey, {
			features,
			result: clusterCustomers(features, { seed: options.seed })
		});
		await checkpoint();
	}
	let clusters = auto.result;
	if (!options.autoK && options.k !== auto.result.k) {
		if (options.k > customers.count) {
			throw new RangeError(
				`${options.k} personas need at least ${options.k} customers; this data has ${customers.count}.`
			);
		}
		progress('clustering', `Clustering for k = ${options.k}`);
		clusters = clusterCustomers(auto.features, { k: options.k, seed: options.seed });
		await checkpoint();
	}

	progress('describing', 'Writing the persona cards');
	const cards = describePersonas(customers, clusters.assignments, clusters.k, {
		features: auto.features,
		categoryNames: names.categoryNames,
		channelNames: names.channelNames
	});
	return cache.run.set(runKey, {
		customers,
		features: auto.features,
		choices,
		include,
		notes,
		noteCauses,
		auto: auto.result,
		clusters,
		cards,
		clusteringKey: clusteringKeyOf(customers, include, clusters.k, options.seed),
		names
	});
}
