/**
 * The Personas family's answer, as the page and the CLI both show it: the options as applied,
 * every feature with why it is or is not used, the silhouette curve and the persona cards.
 */
import type { ValueBasis } from '../customers/customer-table';
import { formatDay } from '../tables/orders-table';
import { median } from '../tables/quantile';
import type { PersonaComputation, PersonaNote } from './compute-personas';
import type { PersonaCard } from './describe-personas';
import type { PersonaFeatureChoice } from './persona-features';
import type { PersonaOptions } from './personas-options';
import { separationOf, type PersonaSeparation } from './separation';

/** One feature the user can include in or leave out of the clustering. */
export interface PersonaFeatureOption extends PersonaFeatureChoice {
	/** Why an unavailable feature cannot be used ("needs a discount column"); null when available. */
	reason: string | null;
	/** True when this run clustered on it. */
	included: boolean;
}

/** A persona card as the page shows it, with the key its edits are stored under. */
export interface PersonaView extends PersonaCard {
	/** `<clusteringKey>-<n>`: the same for the same data, options and persona number. */
	key: string;
}

export interface PersonasReport {
	/** The options as applied: the basis after any fallback, the feature keys actually used. */
	options: PersonaOptions & { include: string[] };
	valueBasis: ValueBasis;
	profitAvailable: boolean;
	analysisDate: string;
	/** `YYYY-MM-DD` of the start day; null = from the first line. */
	startDate: string | null;
	customers: number;
	/** Every feature of the data, for the include/exclude list. */
	features: PersonaFeatureOption[];
	/** What was adjusted in the options (a feature of a shared link this data does not have). */
	notes: string[];
	/** The same notes by code, for the interface's languages. */
	noteCauses: PersonaNote[];
	k: number;
	kChosenBy: 'silhouette' | 'user';
	/** Mean silhouette of the chosen clustering (−1 to 1). */
	silhouette: number;
	/** Kaufman and Rousseeuw's reading of `silhouette`: `none` (≤ 0.25) is worth a warning. */
	separation: PersonaSeparation;
	/** True when silhouettes were estimated on a sample of 3,000 customers. */
	silhouetteSampled: boolean;
	/** The silhouette curve over 2–8 (always), plus the user's k when it lies outside. */
	silhouetteByK: { k: number; silhouette: number }[];
	/** Identifies the clustering (data, options, k): persona keys start with it. */
	clusteringKey: string;
	/** One label per entry of each card's `profile`, in the same order ("Value (log)", "city = Leeds"). */
	profileLabels: string[];
	/** Medians over all customers, the reference of the persona charts. */
	population: { medianOrders: number; medianValue: number };
	personas: PersonaView[];
}

const REASONS: Record<string, string> = {
	discountShare: 'needs a discount column in the orders file',
	categoryConcentration: 'needs a category column in the orders file',
	'numeric-attribute': 'has no numeric values',
	'categorical-attribute': 'no value is shared by 2% of customers (an id, a name or free text)'
};

/** Words for each column of the feature matrix, in its order (the order of each card's profile). */
function profileLabels(computation: PersonaComputation): string[] {
	const labelOf = new Map(computation.choices.map((c) => [c.key, c.label]));
	return computation.features.sources.map((source) => {
		if (source.kind === 'behaviour') return labelOf.get(source.key) ?? source.feature;
		if (source.kind === 'categorical-attribute') return `${source.feature} = ${source.level}`;
		return source.isLogScale ? `${source.feature} (log)` : source.feature;
	});
}

/** The report of a computation (page and CLI): options as applied, the features, curve and cards. */
export function buildPersonasReport(
	computation: PersonaComputation,
	options: PersonaOptions
): PersonasReport {
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
		options: { ...options, include },
		valueBasis: customers.valueBasis,
		profitAvailable: customers.profit !== null,
		analysisDate: formatDay(customers.analysisDay),
		startDate: Number.isFinite(customers.startDay) ? formatDay(customers.startDay) : null,
		customers: customers.count,
		features,
		notes: computation.notes,
		noteCauses: computation.noteCauses,
		k: clusters.k,
		kChosenBy: options.autoK ? 'silhouette' : 'user',
		silhouette: clusters.silhouette,
		separation: separationOf(clusters.silhouette),
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
