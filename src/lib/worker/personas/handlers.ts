/**
 * The Personas view's handlers: the shared customer table, then the engine's Personas pipeline
 * (with its memo: changing k does not redo the silhouette curve), report and export. Between the
 * steps a `cancel` message (or a newer request) gets in and stops the run.
 */
import {
	computePersonas,
	personaNamesOf,
	PersonasMemo
} from '../../engine/personas/compute-personas';
import { exportPersonaCustomers } from '../../engine/personas/export-personas';
import { listPersonaCustomers, personaOfCustomer } from '../../engine/personas/persona-members';
import { buildPersonasReport } from '../../engine/personas/personas-report';
import {
	hooksOf,
	openTable,
	type Datasets,
	type HandlerContext,
	type HandlersOf
} from '../datasets';
import type { PersonasInput, PersonasProtocol } from './protocol';

export function createPersonaHandlers(datasets: Datasets): HandlersOf<PersonasProtocol> {
	const memo = new PersonasMemo();
	datasets.onRelease(() => memo.clear());

	async function computationFor(input: PersonasInput, context: HandlerContext) {
		context.progress({ phase: 'customers', message: 'Building the customer table' });
		const { dataset, customers } = await openTable(datasets, input);
		const names = personaNamesOf(dataset.orders);
		const computation = await computePersonas(
			customers,
			names,
			input.options,
			memo,
			hooksOf(context)
		);
		return { dataset, computation };
	}

	return {
		async analysePersonas(input, context) {
			const { computation } = await computationFor(input, context);
			return buildPersonasReport(computation, input.options);
		},

		async exportPersonaCustomers(input, context) {
			const { dataset, computation } = await computationFor(input, context);
			return exportPersonaCustomers(
				computation,
				dataset.summary.name,
				input.persona,
				input.personaName,
				input.currency
			);
		},

		async listPersonaCustomers(input, context) {
			const { computation } = await computationFor(input, context);
			return listPersonaCustomers(computation, input.persona, input.query);
		},

		async personaOfCustomer(input, context) {
			const { computation } = await computationFor(input, context);
			return personaOfCustomer(computation, input.customerId);
		}
	};
}
