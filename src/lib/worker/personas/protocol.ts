/**
 * Requests of the Personas view (family 5): cluster the customers into personas with their
 * cards, and export one persona's customers as CSV. The answers are the engine's own
 * (`engine/personas/`), the same the CLI prints.
 */
import type { PersonaOptions } from '../../engine/personas/personas-options';
import type { PersonasReport } from '../../engine/personas/personas-report';
import type { CsvFile } from '../../engine/tables/csv-export';
import type { CustomerListPage, CustomerListQuery } from '../../engine/customers/customer-list';
import type { CustomerPersona } from '../../engine/personas/persona-members';
import type { TableInput } from '../data/protocol';

export interface PersonasInput extends TableInput {
	options: PersonaOptions;
}

export interface PersonasProtocol {
	analysePersonas: { input: PersonasInput; output: PersonasReport };
	exportPersonaCustomers: {
		/** `persona` is 0-based; `personaName` is the name shown (the user's, when renamed). */
		input: PersonasInput & { persona: number; personaName: string };
		output: CsvFile;
	};
	/** One page of a persona's customers (issue 20's lists); `persona` is 0-based. */
	listPersonaCustomers: {
		input: PersonasInput & { persona: number; query: CustomerListQuery };
		output: CustomerListPage;
	};
	/** One customer's persona (for the customer detail); null when not in the table. */
	personaOfCustomer: {
		input: PersonasInput & { customerId: string };
		output: CustomerPersona | null;
	};
}
