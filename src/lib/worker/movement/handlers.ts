/**
 * The Movement view's handlers: the engine's movement pipeline (`engine/movement/movement-session.ts`:
 * its own customer table at each of the two dates, kept for listing and exporting), then the
 * report (with the parts of the persona names beside it), a page of a cell's customers, or its CSV.
 */
import { listMovementCustomers } from '../../engine/movement/list-movement-customers';
import { movementCellFile, MovementMemo } from '../../engine/movement/movement-session';
import type { MovementResult } from '../../engine/movement/compute-movement';
import { describeMovement } from '../../engine/movement/movement-report';
import type { PersonaNameParts } from '../../engine/personas/name-persona';
import type { Datasets, HandlerContext, HandlersOf } from '../datasets';
import type { MovementInput, MovementProtocol } from './protocol';

export function createMovementHandlers(datasets: Datasets): HandlersOf<MovementProtocol> {
	const memo = new MovementMemo();

	async function movementFor(input: MovementInput, context: HandlerContext) {
		const dataset = await datasets.open(input.datasetId);
		const { orders, attributes } = dataset;
		if (!memo.has(orders, attributes, input.table, input.options))
			context.progress({
				phase: 'customers',
				message: 'Building the customer tables at both dates'
			});
		return { dataset, result: memo.get(orders, attributes, input.table, input.options) };
	}

	return {
		async analyseMovement(input, context) {
			const { result } = await movementFor(input, context);
			return { ...describeMovement(result), nameParts: namePartsOf(result) };
		},

		async listMovementCustomers(input, context) {
			return listMovementCustomers((await movementFor(input, context)).result, input.query);
		},

		async exportMovementCustomers(input, context) {
			const { dataset, result } = await movementFor(input, context);
			return movementCellFile(result, dataset.summary.name, input.currency, input.cell);
		}
	};
}

/** The parts of each generated persona name, by group slug (none for the other families). */
function namePartsOf(result: MovementResult): Record<string, PersonaNameParts> {
	const parts: Record<string, PersonaNameParts> = {};
	for (const group of result.groups) if (group.nameParts) parts[group.slug] = group.nameParts;
	return parts;
}
