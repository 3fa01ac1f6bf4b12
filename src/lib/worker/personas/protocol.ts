/**
 * Requests of the Personas view (family 5): cluster the customers into personas with their cards,
 * and export one persona's customers as CSV. Results are shaped for the page in
 * `persona-handlers.ts`, so the UI never needs the engine's full tables.
 */
import type { PersonaCard, PersonaFeatureChoice } from '../../engine/personas/index';

/**
 * What changes the clustering (plain JSON: saved with the dataset and carried in links). A change
 * to any field re-clusters; the card edits of `PersonaSettings` do not.
 */
export interface PersonaOptions {
	/** True: k is the one of 2–8 with the highest mean silhouette; false: `k` is used. Default true. */
	autoK: boolean;
	/** Number of personas when `autoK` is false, a whole number from 2 to 20. Default 4. */
	k: number;
	/** Seed of k-means++ and of the silhouette sample: the same seed gives the same personas. Default 1. */
	seed: number;
	/** Keys of the features to cluster on (`PersonaFeatureOption.key`); null = the engine's defaults
	 * (behaviour and numeric attributes that the data supports). */
	include: string[] | null;
	/** Value = net revenue, or net profit when the data has costs (falls back to revenue). */
	basis: 'revenue' | 'profit';
	/** `YYYY-MM-DD`; null = the day after the last date in the data. */
	analysisDate: string | null;
}

/**
 * The user's words over a generated persona, kept under its persona key (`PersonaView.key`), so an
 * edit applies only to the same clustering of the same data. A missing field keeps the generated text.
 */
export interface PersonaEdit {
	key: string;
	name?: string;
	story?: string;
	approach?: string;
}

/** The settings section `personas`: the clustering options and the edits of the cards. */
export interface PersonaSettings extends PersonaOptions {
	edits: PersonaEdit[];
}

export const DEFAULT_PERSONA_SETTINGS: PersonaSettings = {
	autoK: true,
	k: 4,
	seed: 1,
	include: null,
	basis: 'revenue',
	analysisDate: null,
	edits: []
};

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

export interface PersonasOutput {
	/** The options as applied: the basis after any fallback, the feature keys actually used. */
	options: PersonaOptions & { include: string[] };
	profitAvailable: boolean;
	analysisDate: string;
	customers: number;
	/** Every feature of the data, for the include/exclude list. */
	features: PersonaFeatureOption[];
	/** What was adjusted in the options (a feature of a shared link this data does not have). */
	notes: string[];
	k: number;
	kChosenBy: 'silhouette' | 'user';
	/** Mean silhouette of the chosen clustering (−1 to 1). */
	silhouette: number;
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

export interface PersonasProtocol {
	analysePersonas: {
		input: { datasetId: string; options: PersonaOptions };
		output: PersonasOutput;
	};
	exportPersonaCustomers: {
		/** `persona` is 0-based; `personaName` is the name shown (the user's, when renamed). */
		input: { datasetId: string; options: PersonaOptions; persona: number; personaName: string };
		output: { fileName: string; csv: string; rows: number };
	};
}
