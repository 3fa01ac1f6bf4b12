/**
 * The Personas family's exports: one persona's customers as a spreadsheet-safe CSV (the page's
 * download and the CLI's `personas --customers`), and each customer's persona as a map.
 */
import { customerExportColumns } from '../customers/customer-export-columns';
import { csvMoney, csvShare, toCsv, type CsvCell, type CsvFile } from '../tables/csv-export';
import type { PersonaComputation } from './compute-personas';

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
 * Rows (header first) of the customers of `personas` (each with its name), highest value first
 * within a persona: the shared customer columns (`customers/customer-export-columns.ts`), then
 * persona number and name, average order value, and discount share, top category and main
 * channel when the data has them.
 */
function personaCustomerRows(
	computation: PersonaComputation,
	personas: { index: number; name: string }[],
	currency: string
): CsvCell[][] {
	const { customers, clusters } = computation;
	const { discountShare, topCategory, topChannel } = customers;
	const { categoryNames, channelNames } = computation.names;
	const shared = customerExportColumns(customers, currency);
	const header: CsvCell[] = [
		...shared.header,
		'persona',
		'persona_name',
		'average_order_value',
		...(discountShare ? ['discount_share'] : []),
		...(topCategory && categoryNames ? ['top_category'] : []),
		...(topChannel && channelNames ? ['main_channel'] : [])
	];
	const rows: CsvCell[][] = [header];
	for (const { index: persona, name } of personas) {
		const members: number[] = [];
		for (let i = 0; i < customers.count; i++)
			if (clusters.assignments[i] === persona) members.push(i);
		members.sort((a, b) => customers.value[b] - customers.value[a] || a - b);
		for (const i of members) {
			rows.push([
				...shared.cells(i),
				persona + 1,
				name,
				csvMoney(customers.averageOrderValue[i]),
				...(discountShare ? [csvShare(discountShare[i])] : []),
				...(topCategory && categoryNames ? [categoryNames[topCategory[i]] ?? ''] : []),
				...(topChannel && channelNames ? [channelNames[topChannel[i]] ?? ''] : [])
			]);
		}
	}
	return rows;
}

/** One persona's customers as a spreadsheet-safe CSV (columns: `personaCustomerRows`). */
export function exportPersonaCustomers(
	computation: PersonaComputation,
	datasetName: string,
	persona: number,
	personaName: string,
	currency: string
): CsvFile {
	const k = computation.clusters.k;
	if (!Number.isInteger(persona) || persona < 0 || persona >= k) {
		throw new RangeError(`There is no persona ${persona + 1} among ${k}.`);
	}
	const rows = personaCustomerRows(computation, [{ index: persona, name: personaName }], currency);
	const fileName = `${safeFilePart(datasetName, 60)}-persona-${persona + 1}-${safeFilePart(personaName)}.csv`;
	return { fileName, csv: toCsv(rows), rows: rows.length - 1 };
}

/** Every customer's persona (0-based index into the cards), by customer id. */
export function personaAssignments(computation: PersonaComputation): Record<string, number> {
	const { customers, clusters } = computation;
	const out: Record<string, number> = {};
	for (let i = 0; i < customers.count; i++) out[customers.ids[i]] = clusters.assignments[i];
	return out;
}

/** Every customer with their persona, persona by persona, in one CSV (the CLI's `--customers`). */
export function exportAllPersonaCustomers(
	computation: PersonaComputation,
	currency: string
): {
	csv: string;
	rows: number;
} {
	const rows = personaCustomerRows(computation, computation.cards, currency);
	return { csv: toCsv(rows), rows: rows.length - 1 };
}
