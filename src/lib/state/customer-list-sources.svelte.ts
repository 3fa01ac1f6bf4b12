/**
 * Each view's groups as customer lists (`customer-list.svelte.ts`): the family's request for one
 * page of a group and for its CSV, with the view's options as they are when the list opens (a
 * view re-opens the same key when its options change, and the list follows).
 */
import type { CustomerListPage, CustomerListQuery } from '../engine/customers/customer-list';
import type { CsvFile } from '../engine/tables/csv-export';
import type { CustomerTableChoice } from '../engine/customers/customer-table-choice';
import type { SegmentGroup } from '../engine/segments/segment-members';
import { getAnalysisClient } from '../worker/client';
import type { Protocol, ProtocolName } from '../worker/protocol';
import type { InputOf } from '../worker/rpc';
import type { CustomerListSource } from './customer-list.svelte';
import type { SegmentsAnalysis } from './segments-analysis.svelte';
import type { ValueAnalysis } from './value-analysis.svelte';
import type { PersonasAnalysis } from './personas-analysis.svelte';
import type { ProfitAnalysis } from './profit-analysis.svelte';
import { profitOptionsOf } from './profit-settings';
import { groupingRequestOf } from '../engine/customers/group-by-settings';
import type { AbcClass } from '../engine/value/pareto';
import type { ProfitInput } from '../worker/profit/protocol';
import { displayCurrency } from '../i18n/currency.svelte';

export type { SegmentGroup } from '../engine/segments/segment-members';
export type { BehaviourTagSlug } from '../engine/segments/behaviour-tags';
export type { AbcClass } from '../engine/value/pareto';

/** Requests answering one page of a group's customers. */
type ListName = {
	[K in ProtocolName]: Protocol[K]['output'] extends CustomerListPage
		? Protocol[K]['input'] extends { query: CustomerListQuery }
			? K
			: never
		: never;
}[ProtocolName];
/** Requests answering a CSV file. */
type ExportName = {
	[K in ProtocolName]: Protocol[K]['output'] extends CsvFile ? K : never;
}[ProtocolName];

/** A list whose pages come from request `list` and whose CSV from request `exportName`. */
export function customerListSource<L extends ListName, E extends ExportName>(
	key: string,
	title: string,
	list: L,
	listInput: Omit<InputOf<Protocol, L>, 'query'>,
	exportName: E,
	exportInput: InputOf<Protocol, E>
): CustomerListSource {
	return {
		key,
		title,
		page: (query) =>
			getAnalysisClient().call(list, { ...listInput, query } as InputOf<Protocol, L>) as Promise<
				Protocol[L]['output']
			>,
		exportFile: () =>
			getAnalysisClient().call(exportName, exportInput, { supersede: false }) as Promise<CsvFile>
	};
}

/** The fields a view's requests share: the dataset, its customer-table choice and the view's
 * options, as they are now. */
function viewInput<Options>(
	datasetId: string,
	view: { table: CustomerTableChoice; options: Options }
): { datasetId: string; table: CustomerTableChoice; currency: string; options: Options } {
	return {
		datasetId,
		table: $state.snapshot(view.table),
		currency: displayCurrency.current,
		options: $state.snapshot(view.options) as Options
	};
}

/** A segment's, a tag's or some R × F cells' customers, with the Segments view's options. */
export function segmentListSource(
	analysis: SegmentsAnalysis,
	datasetId: string,
	group: SegmentGroup,
	title: string
): CustomerListSource {
	const input = viewInput(datasetId, analysis);
	const key =
		group.kind === 'cells'
			? `cells:${group.cells.map(([r, f]) => `${r}${f}`).join(',')}`
			: `${group.kind}:${group.slug}`;
	return customerListSource(
		key,
		title,
		'listSegmentCustomers',
		{ ...input, group },
		'exportSegmentGroup',
		{ ...input, group }
	);
}

/** An ABC class's customers, with the Value view's options. */
export function abcListSource(
	analysis: ValueAnalysis,
	datasetId: string,
	abcClass: AbcClass,
	title: string
): CustomerListSource {
	const input = viewInput(datasetId, analysis);
	return customerListSource(
		`abc:${abcClass}`,
		title,
		'listAbcCustomers',
		{ ...input, abcClass },
		'exportAbcClass',
		{ ...input, abcClass }
	);
}

/** A persona's customers (`persona` 0-based, `name` as the card shows it), with the Personas
 * view's clustering. */
export function personaListSource(
	analysis: PersonasAnalysis,
	datasetId: string,
	persona: number,
	name: string
): CustomerListSource {
	const input = {
		datasetId,
		table: analysis.tableChoice,
		currency: displayCurrency.current,
		options: analysis.options
	};
	return customerListSource(
		`persona:${persona}`,
		name,
		'listPersonaCustomers',
		{ ...input, persona },
		'exportPersonaCustomers',
		{ ...input, persona, personaName: name }
	);
}

/** A profit group's customers (`group` = the grouping's key), with the Profit view's costs. */
export function profitListSource(
	analysis: ProfitAnalysis,
	datasetId: string,
	group: string,
	title: string
): CustomerListSource {
	const input: ProfitInput = {
		datasetId,
		table: $state.snapshot(analysis.table),
		currency: displayCurrency.current,
		...groupingRequestOf(
			analysis.settings.by,
			$state.snapshot(analysis.segments),
			$state.snapshot(analysis.personas)
		),
		options: profitOptionsOf(
			$state.snapshot(analysis.settings),
			$state.snapshot(analysis.multipliers)
		)
	};
	return customerListSource(
		`profit:${input.by}:${group}`,
		title,
		'listProfitGroup',
		{ ...input, group },
		'exportProfitGroup',
		{ ...input, group }
	);
}
