/**
 * The worker's handlers for `personas-protocol.ts` (family 5): the customer table, the feature
 * matrix, k-means and the persona cards, shaped for the page. Each step is cached on its own key,
 * so changing k does not rebuild the customer table, and the silhouette curve over 2–8 is
 * computed once per feature set and seed.
 */
import { buildCustomerTable, type CustomerTable } from '../../engine/customers/customer-table';
import { toCsv } from '../../engine/tables/csv-export';
import { formatDay, parseIsoDay } from '../../engine/tables/orders-table';
import {
	clusterCustomers,
	describePersonas,
	listPersonaFeatures,
	personaFeatures,
	USER_K_RANGE,
	type ClusterResult,
	type PersonaCard,
	type PersonaFeatureChoice,
	type PersonaFeatureMatrix
} from '../../engine/personas/index';
import { median } from '../../engine/tables/quantile';
import type { HandlerContext, Handlers, OpenDataset, OpenDatasetById } from '../handlers';
import type {
	PersonaFeatureOption,
	PersonaOptions,
	PersonasOutput,
	PersonasProtocol
} from './protocol';

/** Everything one run computed: what the page is sent, and what the CSV export reads. */
export interface PersonaComputation {
	customers: CustomerTable;
	features: PersonaFeatureMatrix;
	choices: PersonaFeatureChoice[];
	include: string[];
	notes: string[];
	auto: ClusterResult;
	clusters: ClusterResult;
	cards: PersonaCard[];
	clusteringKey: string;
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

/** The steps of the last persona run, each kept under the key of the inputs it depends on. */
export class PersonaCache {
	customers = new Memo<CustomerTable>();
	auto = new Memo<{ features: PersonaFeatureMatrix; result: ClusterResult }>();
	run = new Memo<PersonaComputation>();
}

const REASONS: Record<string, string> = {
	discountShare: 'needs a discount column in the orders file',
	categoryConcentration: 'needs a category column in the orders file',
	'numeric-attribute': 'has no numeric values',
	'categorical-attribute': 'no value is shared by 2% of customers (an id, a name or free text)'
};

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

/** Lets a `cancel` message (or a newer request) in between the steps, and stops if it came. */
async function pause(signal: AbortSignal): Promise<void> {
	await new Promise((resolve) => setTimeout(resolve, 0));
	if (signal.aborted) throw new DOMException('Cancelled', 'AbortError');
}

function checkOptions(options: PersonaOptions): void {
	if (!options.autoK) {
		const { min, max } = USER_K_RANGE;
		if (!Number.isInteger(options.k) || options.k < min || options.k > max) {
			throw new RangeError(
				`The number of personas must be a whole number from ${min} to ${max}, got ${options.k}.`
			);
		}
	}
	if (!Number.isInteger(options.seed)) {
		throw new RangeError(`The seed must be a whole number, got ${options.seed}.`);
	}
	if (options.include !== null && !Array.isArray(options.include)) {
		throw new RangeError('The feature list must be a list of feature keys.');
	}
}

/** The feature keys to use, in the order of the list, with a note for each one this data lacks. */
function resolveInclude(
	choices: PersonaFeatureChoice[],
	include: string[] | null
): { include: string[]; notes: string[] } {
	const defaults = choices.filter((c) => c.available && c.isDefault).map((c) => c.key);
	if (include === null) return { include: defaults, notes: [] };
	if (include.length === 0) throw new RangeError('Choose at least one feature to cluster on.');
	const usable = new Set(choices.filter((c) => c.available).map((c) => c.key));
	const notes = include
		.filter((key) => !usable.has(key))
		.map((key) => `“${String(key).replace(/^attribute:/, '')}” is not in this data: left out.`);
	const kept = choices
		.filter((c) => usable.has(c.key) && include.includes(c.key))
		.map((c) => c.key);
	if (kept.length > 0) return { include: kept, notes };
	return {
		include: defaults,
		notes: [...notes, 'None of the chosen features is here: the defaults are used.']
	};
}

function customersFor(
	dataset: OpenDataset,
	options: PersonaOptions,
	cache: PersonaCache
): CustomerTable {
	const key = `${dataset.summary.id}|${options.basis}|${options.analysisDate ?? ''}`;
	const cached = cache.customers.get(key);
	if (cached) return cached;
	const analysisDay = options.analysisDate ? parseIsoDay(options.analysisDate) : undefined;
	if (analysisDay !== undefined && !Number.isFinite(analysisDay)) {
		throw new RangeError(`“${options.analysisDate}” is not a date (expected YYYY-MM-DD).`);
	}
	const customers = buildCustomerTable(
		dataset.orders,
		{ analysisDay, valueBasis: options.basis },
		dataset.attributes
	);
	if (customers.count < 2) {
		throw new RangeError(
			`Personas need at least two customers with an order before the analysis date; there ${customers.count === 1 ? 'is one' : `are ${customers.count}`}.`
		);
	}
	return cache.customers.set(key, customers);
}

/**
 * Runs (or reads back from the cache) the whole persona step for a dataset and options: customer
 * table → features → the silhouette curve over 2–8 → the chosen or user's k → cards. Throws a
 * RangeError for options the data cannot satisfy, an AbortError when cancelled between steps.
 */
export async function computePersonas(
	dataset: OpenDataset,
	options: PersonaOptions,
	cache: PersonaCache,
	context: HandlerContext
): Promise<PersonaComputation> {
	checkOptions(options);
	const runKey = JSON.stringify([dataset.summary.id, options]);
	const cached = cache.run.get(runKey);
	if (cached) return cached;

	context.progress({ phase: 'customers', message: 'Building the customer table' });
	const customers = customersFor(dataset, options, cache);
	const choices = listPersonaFeatures(customers);
	const { include, notes } = resolveInclude(choices, options.include);
	await pause(context.signal);

	const autoKey = JSON.stringify([
		dataset.summary.id,
		options.basis,
		options.analysisDate,
		include,
		options.seed
	]);
	let auto = cache.auto.get(autoKey);
	if (!auto) {
		context.progress({
			phase: 'clustering',
			message: `Clustering ${customers.count.toLocaleString('en-GB')} customers for k = 2 to 8`
		});
		const features = personaFeatures(customers, { include });
		auto = cache.auto.set(autoKey, {
			features,
			result: clusterCustomers(features, { seed: options.seed })
		});
		await pause(context.signal);
	}
	let clusters = auto.result;
	if (!options.autoK && options.k !== auto.result.k) {
		if (options.k > customers.count) {
			throw new RangeError(
				`${options.k} personas need at least ${options.k} customers; this data has ${customers.count}.`
			);
		}
		context.progress({ phase: 'clustering', message: `Clustering for k = ${options.k}` });
		clusters = clusterCustomers(auto.features, { k: options.k, seed: options.seed });
		await pause(context.signal);
	}

	context.progress({ phase: 'describing', message: 'Writing the persona cards' });
	const cards = describePersonas(customers, clusters.assignments, clusters.k, {
		features: auto.features,
		categoryNames: dataset.orders.category?.values ?? null,
		channelNames: dataset.orders.channel?.values ?? null
	});
	return cache.run.set(runKey, {
		customers,
		features: auto.features,
		choices,
		include,
		notes,
		auto: auto.result,
		clusters,
		cards,
		clusteringKey: clusteringKeyOf(customers, include, clusters.k, options.seed)
	});
}

/** Words for each column of the feature matrix, in its order (the order of each card's profile). */
function profileLabels(computation: PersonaComputation): string[] {
	const labelOf = new Map(computation.choices.map((c) => [c.key, c.label]));
	return computation.features.sources.map((source) => {
		if (source.kind === 'behaviour') return labelOf.get(source.key) ?? source.feature;
		if (source.kind === 'categorical-attribute') return `${source.feature} = ${source.level}`;
		return source.isLogScale ? `${source.feature} (log)` : source.feature;
	});
}

/** The page's view of a computation: options as applied, the feature list, curve and cards. */
export function personasOutput(
	computation: PersonaComputation,
	options: PersonaOptions
): PersonasOutput {
	const { customers, clusters, auto, include } = computation;
	const curve = [...auto.silhouetteByK];
	if (!curve.some((point) => point.k === clusters.k)) {
		curve.push({ k: clusters.k, silhouette: clusters.silhouette });
		curve.sort((a, b) => a.k - b.k);
	}
	const features: PersonaFeatureOption[] = computation.choices.map((choice) => ({
		...choice,
		reason: choice.available ? null : (REASONS[choice.key] ?? REASONS[choice.kind]),
		included: include.includes(choice.key)
	}));
	return {
		options: { ...options, basis: customers.valueBasis, include },
		profitAvailable: customers.profit !== null,
		analysisDate: formatDay(customers.analysisDay),
		customers: customers.count,
		features,
		notes: computation.notes,
		k: clusters.k,
		kChosenBy: options.autoK ? 'silhouette' : 'user',
		silhouette: clusters.silhouette,
		silhouetteSampled: clusters.silhouetteSampled,
		silhouetteByK: curve,
		clusteringKey: computation.clusteringKey,
		profileLabels: profileLabels(computation),
		population: { medianOrders: median(customers.orders), medianValue: median(customers.value) },
		personas: computation.cards.map((card) => ({
			...card,
			key: `${computation.clusteringKey}-${card.index + 1}`
		}))
	};
}

function round(value: number, digits = 2): number {
	const scale = 10 ** digits;
	return Number.isFinite(value) ? Math.round(value * scale) / scale : NaN;
}

/** A file-name-safe version of a label: letters, digits, `_` and `-`. */
function safeFilePart(text: string, length = 40): string {
	return (
		text
			.replace(/[^\p{L}\p{N}_-]+/gu, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, length) || 'persona'
	);
}

/**
 * One persona's customers as a spreadsheet-safe CSV, highest value first: id, persona number and
 * name, net revenue (and profit), orders, average order value, recency, first and last order, and
 * discount share, top category and main channel when the data has them.
 */
export function personaCustomersCsv(
	dataset: OpenDataset,
	computation: PersonaComputation,
	persona: number,
	personaName: string
): { fileName: string; csv: string; rows: number } {
	const { customers, clusters } = computation;
	if (!Number.isInteger(persona) || persona < 0 || persona >= clusters.k) {
		throw new RangeError(`There is no persona ${persona + 1} among ${clusters.k}.`);
	}
	const members: number[] = [];
	for (let i = 0; i < customers.count; i++)
		if (clusters.assignments[i] === persona) members.push(i);
	members.sort((a, b) => customers.value[b] - customers.value[a] || a - b);
	const { profit, discountShare, topCategory, topChannel } = customers;
	const categoryNames = dataset.orders.category?.values ?? null;
	const channelNames = dataset.orders.channel?.values ?? null;
	const header = [
		'customer_id',
		'persona',
		'persona_name',
		'net_revenue',
		...(profit ? ['net_profit'] : []),
		'orders',
		'average_order_value',
		'recency_days',
		'first_order',
		'last_order',
		...(discountShare ? ['discount_share'] : []),
		...(topCategory && categoryNames ? ['top_category'] : []),
		...(topChannel && channelNames ? ['main_channel'] : [])
	];
	const rows = members.map((i) => [
		customers.ids[i],
		persona + 1,
		personaName,
		round(customers.netRevenue[i]),
		...(profit ? [round(profit[i])] : []),
		customers.orders[i],
		round(customers.averageOrderValue[i]),
		customers.recencyDays[i],
		formatDay(customers.firstOrderDay[i]),
		formatDay(customers.lastOrderDay[i]),
		...(discountShare ? [round(discountShare[i], 4)] : []),
		...(topCategory && categoryNames ? [categoryNames[topCategory[i]] ?? ''] : []),
		...(topChannel && channelNames ? [channelNames[topChannel[i]] ?? ''] : [])
	]);
	const fileName = `${safeFilePart(dataset.summary.name, 60)}-persona-${persona + 1}-${safeFilePart(personaName)}.csv`;
	return { fileName, csv: toCsv([header, ...rows]), rows: members.length };
}

/** The Personas view's requests, over datasets opened with `open`. */
export function createPersonaHandlers(
	open: OpenDatasetById
): Pick<Handlers, keyof PersonasProtocol> {
	const cache = new PersonaCache();
	return {
		async analysePersonas({ datasetId, options }, context) {
			const dataset = await open(datasetId);
			return personasOutput(await computePersonas(dataset, options, cache, context), options);
		},

		async exportPersonaCustomers({ datasetId, options, persona, personaName }, context) {
			const dataset = await open(datasetId);
			const computation = await computePersonas(dataset, options, cache, context);
			return personaCustomersCsv(dataset, computation, persona, personaName);
		}
	};
}
