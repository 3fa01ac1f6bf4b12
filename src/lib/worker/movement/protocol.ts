/**
 * Requests of the Movement view (issue 14): who moved where between two dates, the customers of a
 * flow or matrix cell (searched, sorted, one page at a time) and their CSV. The answers are the
 * engine's own (`engine/movement/`), the same the CLI prints; beside the report, the parts of each
 * persona's generated name, for the interface to word in its language.
 */
import type {
	MovementCustomerPage,
	MovementCustomerQuery
} from '../../engine/movement/list-movement-customers';
import type { MovementOptions } from '../../engine/movement/movement-options';
import type { MovementReport } from '../../engine/movement/movement-report';
import type { MovementCell } from '../../engine/movement/movement-session';
import type { PersonaNameParts } from '../../engine/personas/name-persona';
import type { CsvFile } from '../../engine/tables/csv-export';
import type { TableInput } from '../data/protocol';

/** The dataset-wide choice gives the value basis and the period start; the two dates are the
 * options' own (each replaces the analysis date for its table). */
export interface MovementInput extends TableInput {
	options: MovementOptions;
}

/** The report, and beside it the parts of each generated persona name by group slug (the
 * from-date's clusters, which name the groups at both dates); empty for the other families. The
 * report itself is the engine's, as `sieve movement --json` prints it. */
export interface MovementAnswer extends MovementReport {
	nameParts: Record<string, PersonaNameParts>;
}

export type { MovementCell };

export interface MovementProtocol {
	analyseMovement: { input: MovementInput; output: MovementAnswer };
	listMovementCustomers: {
		input: MovementInput & { query: MovementCustomerQuery };
		output: MovementCustomerPage;
	};
	exportMovementCustomers: {
		input: MovementInput & { cell: MovementCell };
		output: CsvFile;
	};
}
