/**
 * What every analysis command shares: the customer-table flags (`--basis`, `--analysis-date`,
 * `--start`), `--attributes`, `--attribute-column NAME` (an orders-file column as a customer
 * attribute), `--settings FILE.json` (settings saved from the page or a share
 * link), `--customers OUT.csv`, `--sheet NAME` (an `.xlsx` workbook's sheet), and building the ONE customer table the engine's pipelines then
 * read — the same `buildChosenCustomerTable` the worker calls.
 */
import { readFile } from 'node:fs/promises';
import {
	buildChosenCustomerTable,
	CustomerTableChoiceError,
	type CustomerTableChoice
} from '../lib/engine/customers/customer-table-choice';
import type { CustomerTable } from '../lib/engine/customers/customer-table';
import {
	mergeSettings,
	parseSettingsText,
	tableChoiceOf
} from '../lib/engine/customers/settings-file';
import {
	parseIsoDay,
	type AttributesTable,
	type OrdersTable
} from '../lib/engine/tables/orders-table';
import { IngestError, mergeAttributes } from '../lib/ingest/index';
import { loadAttributesFile, loadOrdersFile } from './load';
import { terminalSafe } from './terminal-safe';

/** The shared flags, each taking one value. */
export const SHARED_VALUE_FLAGS = [
	'--basis',
	'--analysis-date',
	'--start',
	'--attributes',
	'--settings',
	'--customers',
	'--sheet',
	'--attribute-column',
	'--currency'
] as const;

export const SHARED_USAGE =
	'[--basis revenue|profit] [--analysis-date YYYY-MM-DD] [--start YYYY-MM-DD] ' +
	'[--settings FILE.json] [--attributes FILE] [--attribute-column NAME …] [--customers OUT.csv] [--sheet NAME] ' +
	'[--currency CODE|none]';

export interface SharedFlags {
	basis?: 'revenue' | 'profit';
	analysisDate?: string;
	startDate?: string;
	attributes?: string;
	settings?: string;
	customers?: string;
	/** The sheet of an `.xlsx` orders workbook to read, by name (default the first). */
	sheet?: string;
	/**
	 * Columns of the orders file kept as customer attributes (`--attribute-column Country`, once
	 * per column): each customer's most frequent value, beside the customers file's.
	 */
	attributeColumns?: string[];
	/**
	 * The amounts' currency (`--currency EUR`, a symbol, or `none` → ''), instead of the one the
	 * file's amounts are written in. Only reported (the `currency` of a command's JSON): no figure
	 * changes with it.
	 */
	currency?: string;
}

/** `--currency`'s value: an ISO code (upper-cased), a short symbol, '' for none; null when neither. */
export function parseCurrencyFlag(value: string | undefined): string | null {
	if (value === undefined || value.trim() === '') return null;
	const text = value.trim();
	if (text.toLowerCase() === 'none') return '';
	if (/^[a-z]{3}$/i.test(text)) return text.toUpperCase();
	return text.length <= 4 && !/[\d\s]/.test(text) ? text : null;
}

/** What `--currency` says of a value it does not take. */
export function currencyFlagError(value: string | undefined): string {
	return `--currency is an ISO code (EUR, GBP …), a symbol ($, Rs …) or none; got ${value ?? 'nothing'}`;
}

/**
 * Takes `arg` (with its value `next`) into `flags` when it is a shared flag. Returns false when
 * it is not one, true when taken, or a message for a bad value.
 */
export function takeSharedFlag(
	arg: string,
	next: string | undefined,
	flags: SharedFlags
): boolean | string {
	if (!(SHARED_VALUE_FLAGS as readonly string[]).includes(arg)) return false;
	if (next === undefined) return `${arg} needs a value`;
	if (arg === '--basis') {
		if (next !== 'revenue' && next !== 'profit')
			return `--basis must be revenue or profit, got ${next}`;
		flags.basis = next;
	} else if (arg === '--analysis-date' || arg === '--start') {
		if (Number.isNaN(parseIsoDay(next))) return `${arg}: not a YYYY-MM-DD date: ${next}`;
		if (arg === '--start') flags.startDate = next;
		else flags.analysisDate = next;
	} else if (arg === '--attributes') flags.attributes = next;
	else if (arg === '--settings') flags.settings = next;
	else if (arg === '--sheet') flags.sheet = next;
	else if (arg === '--currency') {
		const currency = parseCurrencyFlag(next);
		if (currency === null) return currencyFlagError(next);
		flags.currency = currency;
	} else if (arg === '--attribute-column')
		flags.attributeColumns = [...(flags.attributeColumns ?? []), next];
	else flags.customers = next;
	return true;
}

/** The shared flags a command has no use for, refused with `why` (or null when none was given). */
export function refuseSharedFlags(
	flags: SharedFlags,
	names: (keyof SharedFlags)[],
	why: string
): string | null {
	const flag: Record<keyof SharedFlags, string> = {
		basis: '--basis',
		analysisDate: '--analysis-date',
		startDate: '--start',
		attributes: '--attributes',
		settings: '--settings',
		customers: '--customers',
		sheet: '--sheet',
		attributeColumns: '--attribute-column',
		currency: '--currency'
	};
	const given = names.filter((name) => flags[name] !== undefined).map((name) => flag[name]);
	return given.length > 0 ? `${given.join(', ')}: ${why}` : null;
}

/** A family's settings section laid over (a copy of) its defaults, as the page reads it. */
export function familySettings<T>(
	settings: Record<string, unknown>,
	section: string,
	defaults: T
): T {
	return mergeSettings(structuredClone(defaults), settings[section]);
}

/** The settings file's sections (empty without `--settings`). */
export async function readSettings(flags: SharedFlags): Promise<Record<string, unknown>> {
	if (!flags.settings) return {};
	try {
		return parseSettingsText(await readFile(flags.settings, 'utf8'));
	} catch (error) {
		if (error instanceof SyntaxError)
			throw new CommandError(`--settings ${flags.settings}: ${error.message}`);
		throw error;
	}
}

/** The customer-table choice: the settings file's `dataset` section, then the flags over it. */
export function chooseTable(
	flags: SharedFlags,
	settings: Record<string, unknown>
): CustomerTableChoice {
	const choice = tableChoiceOf(settings);
	if (flags.basis) choice.basis = flags.basis;
	if (flags.analysisDate) choice.analysisDate = flags.analysisDate;
	if (flags.startDate) choice.startDate = flags.startDate;
	return choice;
}

/** A failure to report as `sieve <command>: message` with exit code 1. */
export class CommandError extends Error {
	override name = 'CommandError';
}

export interface AnalysisInput {
	orders: OrdersTable;
	/**
	 * The amounts' currency: `--currency`'s, else the one the file's amounts are written in (an ISO
	 * code or a symbol); null when neither names one.
	 */
	currency: string | null;
	attributes: AttributesTable | null;
	choice: CustomerTableChoice;
	customers: CustomerTable;
	settings: Record<string, unknown>;
}

/**
 * Loads the settings (unless already read), the orders and the customers file, without building a
 * customer table (for a family that builds its own, such as movement's two).
 */
export async function loadAnalysisFiles(
	file: string,
	flags: SharedFlags,
	settings?: Record<string, unknown>
): Promise<Omit<AnalysisInput, 'customers'>> {
	settings ??= await readSettings(flags);
	const choice = chooseTable(flags, settings);
	const {
		table: orders,
		attributes: fromOrders,
		mapping
	} = await loadOrdersFile(file, {
		mapping: {
			...(flags.sheet ? { sheet: flags.sheet } : {}),
			...(flags.currency !== undefined ? { currency: flags.currency } : {})
		},
		attributeColumns: flags.attributeColumns
	});
	const fromFile = flags.attributes ? (await loadAttributesFile(flags.attributes)).table : null;
	// The customers file wins over an orders-file column of the same name (as in the page).
	const attributes = mergeAttributes(fromFile, fromOrders);
	return { orders, currency: mapping.currency || null, attributes, choice, settings };
}

/** Loads the settings (unless already read) and the files, and builds the chosen customer table. */
export async function loadAnalysisInput(
	file: string,
	flags: SharedFlags,
	settingsRead?: Record<string, unknown>
): Promise<AnalysisInput> {
	const { orders, currency, attributes, choice, settings } = await loadAnalysisFiles(
		file,
		flags,
		settingsRead
	);
	const customers = buildChosenCustomerTable(orders, attributes, choice);
	if (choice.basis === 'profit' && customers.valueBasis !== 'profit') {
		throw new CommandError('--basis profit needs a cost or margin column in the orders file');
	}
	return { orders, currency, attributes, choice, customers, settings };
}

/**
 * Runs a command body; known failures (bad files, settings, choices, a missing file) print
 * `sieve <name>: message` and give exit code 1.
 */
export async function reportFailures(name: string, body: () => Promise<number>): Promise<number> {
	try {
		return await body();
	} catch (error) {
		const known =
			error instanceof IngestError ||
			error instanceof CommandError ||
			error instanceof CustomerTableChoiceError ||
			error instanceof RangeError ||
			(error as { name?: string }).name === 'SegmentRulesError' ||
			(error as { code?: string }).code === 'ENOENT';
		if (!known) throw error;
		console.error(`sieve ${name}: ${terminalSafe((error as Error).message)}`);
		return 1;
	}
}

/** JSON with typed arrays as plain arrays (JSON itself writes NaN and ±Infinity as null). */
export function toJson(value: unknown): string {
	return JSON.stringify(
		value,
		(_key, v: unknown) =>
			ArrayBuffer.isView(v) && !(v instanceof DataView)
				? Array.from(v as unknown as ArrayLike<number>)
				: v,
		2
	);
}
