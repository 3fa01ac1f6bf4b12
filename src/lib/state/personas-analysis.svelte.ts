/**
 * The Personas view's state: its settings (a section of the dataset's settings), the latest
 * clustering computed in the worker, and the cards with the user's edits applied. A newer run
 * supersedes an older one; editing a card never re-clusters.
 */
import { displayCurrency } from '../i18n/currency.svelte';
import { getAnalysisClient } from '../worker/client';
import {
	DEFAULT_CUSTOMER_TABLE_CHOICE,
	type CustomerTableChoice
} from '../engine/customers/customer-table-choice';
import {
	DEFAULT_PERSONA_SETTINGS,
	type PersonaOptions,
	type PersonaSettings
} from '../engine/personas/personas-options';
import type { PersonasReport } from '../engine/personas/personas-report';
import {
	applyPersonaEdits,
	setPersonaEdit,
	type EditableField,
	type EditedPersona
} from './persona-edits';

export class PersonasAnalysis {
	/** Reactive settings: a section of the dataset's settings, or local defaults. */
	settings: PersonaSettings;
	/** The dataset-wide customer-table choice (the settings section `dataset`). */
	table: CustomerTableChoice;
	result = $state.raw<PersonasReport | null>(null);
	running = $state(false);
	/** What the worker is doing now ("Clustering 5,000 customers for k = 2 to 8"). */
	progress = $state<string | null>(null);
	error = $state<string | null>(null);
	/** The result's cards with the user's names and texts. */
	personas: EditedPersona[] = $derived.by(() =>
		applyPersonaEdits(this.result?.personas ?? [], this.settings.edits)
	);
	#latest = 0;

	constructor(settings?: PersonaSettings, table?: CustomerTableChoice) {
		this.settings = settings ?? structuredClone(DEFAULT_PERSONA_SETTINGS);
		this.table = table ?? { ...DEFAULT_CUSTOMER_TABLE_CHOICE };
		// A hand-edited link can put anything where the defaults are null.
		const { include } = this.settings;
		if (
			include !== null &&
			!(Array.isArray(include) && include.every((k) => typeof k === 'string'))
		)
			this.settings.include = null;
	}

	/** The options that change the clustering (reading them subscribes to each; edits are left out). */
	get options(): PersonaOptions {
		const { autoK, k, seed, include } = this.settings;
		return $state.snapshot({ autoK, k, seed, include });
	}

	/** The customer-table choice as sent (reading it subscribes to each field). */
	get tableChoice(): CustomerTableChoice {
		return $state.snapshot(this.table);
	}

	async run(datasetId: string): Promise<void> {
		const run = ++this.#latest;
		this.running = true;
		this.error = null;
		this.progress = null;
		try {
			const result = await getAnalysisClient().call(
				'analysePersonas',
				{
					datasetId,
					table: this.tableChoice,
					currency: displayCurrency.current,
					options: this.options
				},
				{ onProgress: (progress) => (this.progress = progress.message ?? null) }
			);
			if (run === this.#latest) this.result = result;
		} catch (error) {
			if (run === this.#latest && (error as Error).name !== 'AbortError')
				this.error = (error as Error).message;
		} finally {
			// A superseded run leaves "Computing…" to the newer one.
			if (run === this.#latest) {
				this.running = false;
				this.progress = null;
			}
		}
	}

	/** Saves the user's texts for one persona (a text equal to the generated one is dropped). */
	edit(persona: EditedPersona, texts: Partial<Record<EditableField, string>>): void {
		this.settings.edits = setPersonaEdit(
			$state.snapshot(this.settings.edits),
			persona.key,
			texts,
			persona.generated
		);
	}

	/** One persona's customers as CSV, named as shown on its card. */
	async exportCustomers(
		datasetId: string,
		persona: EditedPersona
	): Promise<{ fileName: string; csv: string; rows: number }> {
		return getAnalysisClient().call('exportPersonaCustomers', {
			datasetId,
			table: this.tableChoice,
			currency: displayCurrency.current,
			options: this.options,
			persona: persona.index,
			personaName: persona.name
		});
	}
}
