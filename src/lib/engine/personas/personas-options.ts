/**
 * Options of the Personas family (settings section `personas`, DOMAIN.md family 5): what changes
 * the clustering, and the user's words over the cards. Plain JSON, saved with the dataset and
 * carried in links (edits stay in this browser). The customer table is the dataset-wide choice.
 */
import { USER_K_RANGE } from './cluster-customers';

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
	edits: []
};

/** Throws a RangeError naming the option at fault. */
export function validatePersonaOptions(options: PersonaOptions): PersonaOptions {
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
	return options;
}
