/**
 * One customer's groups for the customer detail (issue 20): their RFM segment, purchase pattern and
 * behaviour tags as the Segments view scores them, and their persona as the Personas view clusters
 * (with the name the user gave the card), each from its own family's request in the worker, with
 * the dataset's saved settings. A failed family leaves its group unknown and says why.
 */
import { displayCurrency } from '../i18n/currency.svelte';
import type { CustomerTableChoice } from '../engine/customers/customer-table-choice';
import { personaNamesFromEdits } from '../engine/customers/group-by-settings';
import type { PersonaNameParts } from '../engine/personas/name-persona';
import type { PersonaSettings } from '../engine/personas/personas-options';
import type { BehaviourTagSlug } from '../engine/segments/behaviour-tags';
import type { PurchasePattern } from '../engine/segments/purchase-pattern';
import type { SegmentsOptions } from '../engine/segments/segments-options';
import { getAnalysisClient } from '../worker/client';

/** The settings the groups are computed with: the dataset's `dataset`, `segments`, `personas`. */
export interface CustomerGroupsSettings {
	table: CustomerTableChoice;
	segments: SegmentsOptions;
	personas: PersonaSettings;
}

export interface CustomerSegmentGroups {
	segment: { name: string; colour: string };
	pattern: PurchasePattern;
	lapsing: boolean;
	/** The tags the customer carries (tags the data cannot give are left out). */
	tags: { slug: BehaviourTagSlug; name: string }[];
}

/** A persona's name as the customer detail shows it (`personaName` words the generated one). */
export interface CustomerPersonaName {
	name: string;
	nameParts: PersonaNameParts | null;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class CustomerGroups {
	segments = $state.raw<CustomerSegmentGroups | null>(null);
	/** The persona's name — the user's, when renamed (`nameParts` null: shown as written), else the
	 * generated one with its parts (worded in the chosen language); null until known. */
	persona = $state.raw<CustomerPersonaName | null>(null);
	error = $state<string | null>(null);
	#latest = 0;

	/** Looks up `customerId`'s groups; a newer lookup supersedes an older one. */
	async run(
		datasetId: string,
		customerId: string,
		settings: CustomerGroupsSettings
	): Promise<void> {
		const run = ++this.#latest;
		this.segments = null;
		this.persona = null;
		this.error = null;
		const client = getAnalysisClient();
		const { edits, ...personaOptions } = settings.personas;
		const fail = (error: unknown) => {
			if (run === this.#latest && (error as Error).name !== 'AbortError') {
				this.error = messageOf(error);
			}
		};
		const segments = client
			.call(
				'explainCustomer',
				{
					datasetId,
					table: settings.table,
					currency: displayCurrency.current,
					options: settings.segments,
					customerId
				},
				{ supersede: false }
			)
			.then((out) => {
				if (run !== this.#latest || !out.found) return;
				const { segment, pattern, tags } = out.customer;
				this.segments = {
					segment: { name: segment.name, colour: segment.colour },
					pattern: pattern.name,
					lapsing: pattern.lapsing,
					tags: tags.filter((tag) => tag.has).map(({ slug, name }) => ({ slug, name }))
				};
			}, fail);
		const persona = client
			.call(
				'personaOfCustomer',
				{
					datasetId,
					table: settings.table,
					currency: displayCurrency.current,
					options: personaOptions,
					customerId
				},
				{ supersede: false }
			)
			.then((out) => {
				if (run !== this.#latest || !out) return;
				const given = personaNamesFromEdits(edits)[out.key];
				this.persona =
					given === undefined
						? { name: out.name, nameParts: out.nameParts }
						: { name: given, nameParts: null };
			}, fail);
		await Promise.all([segments, persona]);
	}
}
