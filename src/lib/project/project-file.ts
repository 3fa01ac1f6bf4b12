/**
 * The project file (`.sieve.json`): the method, every view's settings, persona names and stories
 * and review questions (all in `settings`) — and, only when the user asks, the dataset itself, its
 * columns compressed. Pure: text in, checked project out, and back; nothing is saved here
 * (`project-io.ts` does that once a file has passed every check).
 *
 * Written as canonical JSON (sorted keys, tab indent, one final newline), so save → open → save
 * gives the same bytes. Versions: 0 is a bare settings file (what "Export settings" writes and the
 * command line reads with `--settings`), migrated on open; 1 is the first project file.
 */
import type { AttributesTable, OrdersTable } from '../engine/tables/orders-table';
import type { TicketsTable } from '../engine/tables/tickets-table';
import { migrateSettings } from '../engine/customers/settings-file';
import { decodeTables, encodeTables } from '../storage/index';
import type { StoredColumn } from '../storage/index';
import { checkSettings } from '../state/settings-check';
import { canonicalJson, deflateRaw, fromBase64Url, inflateRaw, toBase64Url } from './compress';

export const PROJECT_FORMAT = 'sieve-project';
/** The version this code writes. Raise it and add one step to `migrateProject`. */
export const PROJECT_VERSION = 1;
export const PROJECT_EXTENSION = '.sieve.json';

/** A project's columns are stored as they are held (never narrower, as a saved dataset may be). */
type Kind = Exclude<StoredColumn['kind'], 'uint16' | 'cents'>;
const KINDS: readonly Kind[] = ['int32', 'float64', 'uint8', 'strings'];
const BYTES: Record<Exclude<Kind, 'strings'>, number> = { int32: 4, float64: 8, uint8: 1 };

/** A dataset's description as a project carries it (no id: opening it makes a new dataset). */
export interface ProjectDatasetMeta {
	name: string;
	sourceFileName: string;
	sourceSize: number;
	sourceLastModified: number | null;
	mapping: unknown;
	report: unknown;
	attributesReport: unknown;
	createdAt: string;
}

/** One column: raw bytes (typed) or a JSON array of strings, raw-DEFLATEd, in base64url. */
export interface ProjectColumn {
	key: string;
	kind: Kind;
	length: number;
	data: string;
}

export interface ProjectFileV1 {
	format: typeof PROJECT_FORMAT;
	version: 1;
	settings: Record<string, unknown>;
	dataset: {
		meta: ProjectDatasetMeta;
		rowCount: number;
		attributeColumns: { name: string; kind: 'numeric' | 'categorical' }[] | null;
		columns: ProjectColumn[];
	} | null;
}

/** The tables of a dataset, as storage reads them back. */
export interface ProjectTables {
	orders: OrdersTable;
	attributes: AttributesTable | null;
	tickets: TicketsTable | null;
}

/** A project as the app uses it: settings, and the dataset's description and tables when kept. */
export interface Project {
	settings: Record<string, unknown>;
	dataset: ({ meta: ProjectDatasetMeta } & ProjectTables) | null;
}

/** Why a file was refused — each named so the interface can say it in the reader's language. */
export type ProjectProblem =
	| { kind: 'notJson' } // cut short or edited into invalid JSON
	| { kind: 'notProject' }
	| { kind: 'newer'; version: number }
	| { kind: 'settings'; messages: string[] }
	| { kind: 'dataset'; column: string | null };

export type ProjectReading =
	{ ok: true; project: Project } | { ok: false; problem: ProjectProblem };

function isObject(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Writes a project file's text. */
export async function writeProject(project: Project): Promise<string> {
	const file: ProjectFileV1 = {
		format: PROJECT_FORMAT,
		version: PROJECT_VERSION,
		settings: project.settings,
		dataset: project.dataset ? await writeDataset(project.dataset) : null
	};
	return `${canonicalJson(file, '\t')}\n`;
}

function concatBytes(parts: ArrayBuffer[]): Uint8Array {
	const total = parts.reduce((sum, part) => sum + part.byteLength, 0);
	const out = new Uint8Array(total);
	let offset = 0;
	for (const part of parts) {
		out.set(new Uint8Array(part), offset);
		offset += part.byteLength;
	}
	return out;
}

async function writeDataset(
	dataset: NonNullable<Project['dataset']>
): Promise<NonNullable<ProjectFileV1['dataset']>> {
	const encoded = encodeTables(dataset.orders, dataset.attributes, dataset.tickets);
	const columns: ProjectColumn[] = [];
	for (const column of encoded.columns) {
		const { key, kind, length, chunks } = column.layout;
		const parts = Array.from({ length: chunks }, (_, index) => column.chunk(index));
		const bytes =
			kind === 'strings'
				? new TextEncoder().encode(
						JSON.stringify(([] as string[]).concat(...(parts as string[][])))
					)
				: concatBytes(parts as ArrayBuffer[]);
		// Encoded without `narrow`: every column as it is held, never `uint16` or `cents`.
		columns.push({ key, kind: kind as Kind, length, data: toBase64Url(await deflateRaw(bytes)) });
	}
	const { meta } = dataset;
	return {
		meta: {
			name: meta.name,
			sourceFileName: meta.sourceFileName,
			sourceSize: meta.sourceSize,
			sourceLastModified: meta.sourceLastModified ?? null,
			mapping: meta.mapping ?? null,
			report: meta.report ?? null,
			attributesReport: meta.attributesReport ?? null,
			createdAt: meta.createdAt
		},
		rowCount: dataset.orders.rowCount,
		attributeColumns: encoded.attributeColumns,
		columns
	};
}

/**
 * A parsed file of any known version → the current version, or the problem. Version 0 is a bare
 * settings file: an object of sections (objects), no `format`.
 */
export function migrateProject(value: unknown): ProjectFileV1 | ProjectProblem {
	if (!isObject(value)) return { kind: 'notProject' };
	if (!('format' in value)) {
		const sections = Object.values(value);
		if (sections.length === 0 || !sections.every(isObject)) return { kind: 'notProject' };
		return { format: PROJECT_FORMAT, version: 1, settings: value, dataset: null };
	}
	if (value.format !== PROJECT_FORMAT || !Number.isInteger(value.version)) {
		return { kind: 'notProject' };
	}
	const version = value.version as number;
	if (version > PROJECT_VERSION) return { kind: 'newer', version };
	if (version !== 1 || !isObject(value.settings)) return { kind: 'notProject' };
	if (value.dataset !== null && !isObject(value.dataset)) return { kind: 'dataset', column: null };
	return value as unknown as ProjectFileV1;
}

/** Reads a project file's text: every check passes, or nothing is returned but the problem. */
export async function readProject(text: string): Promise<ProjectReading> {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return { ok: false, problem: { kind: 'notJson' } };
	}
	const file = migrateProject(parsed);
	if ('kind' in file) return { ok: false, problem: file };
	const settings = migrateSettings(file.settings);
	const checked = checkSettings(settings, 'link');
	if (checked.ignored.length > 0) {
		return {
			ok: false,
			problem: { kind: 'settings', messages: checked.ignored.map((entry) => entry.message) }
		};
	}
	if (!file.dataset) return { ok: true, project: { settings, dataset: null } };
	const dataset = await readDataset(file.dataset);
	if ('kind' in dataset) return { ok: false, problem: dataset };
	return { ok: true, project: { settings, dataset } };
}

function checkMeta(meta: unknown): meta is ProjectDatasetMeta {
	return (
		isObject(meta) &&
		typeof meta.name === 'string' &&
		meta.name.trim() !== '' &&
		typeof meta.sourceFileName === 'string' &&
		typeof meta.sourceSize === 'number' &&
		(meta.sourceLastModified === null || typeof meta.sourceLastModified === 'number') &&
		typeof meta.createdAt === 'string'
	);
}

async function readDataset(
	dataset: NonNullable<ProjectFileV1['dataset']>
): Promise<NonNullable<Project['dataset']> | ProjectProblem> {
	const { meta, rowCount, attributeColumns, columns } = dataset as Record<string, unknown> &
		NonNullable<ProjectFileV1['dataset']>;
	if (!checkMeta(meta) || !Number.isInteger(rowCount) || rowCount < 0 || !Array.isArray(columns)) {
		return { kind: 'dataset', column: null };
	}
	if (
		attributeColumns !== null &&
		(!Array.isArray(attributeColumns) ||
			!attributeColumns.every(
				(c) =>
					isObject(c) && typeof c.name === 'string' && ['numeric', 'categorical'].includes(c.kind)
			))
	) {
		return { kind: 'dataset', column: null };
	}
	const layout: StoredColumn[] = [];
	const chunks = new Map<string, (ArrayBuffer | string[])[]>();
	for (const column of columns as unknown[]) {
		if (!isObject(column) || typeof column.key !== 'string')
			return { kind: 'dataset', column: null };
		const { key, kind, length, data } = column;
		const bad: ProjectProblem = { kind: 'dataset', column: key };
		if (!KINDS.includes(kind as Kind) || !Number.isInteger(length) || (length as number) < 0) {
			return bad;
		}
		if (typeof data !== 'string' || chunks.has(key)) return bad;
		let bytes: Uint8Array;
		try {
			bytes = await inflateRaw(fromBase64Url(data));
		} catch {
			return bad;
		}
		if (kind === 'strings') {
			let values: unknown;
			try {
				values = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
			} catch {
				return bad;
			}
			if (
				!Array.isArray(values) ||
				values.length !== length ||
				!values.every((v) => typeof v === 'string')
			) {
				return bad;
			}
			layout.push({ key, kind, length, chunks: 1, bytes: bytes.byteLength });
			chunks.set(key, [values as string[]]);
		} else {
			if (bytes.byteLength !== (length as number) * BYTES[kind as keyof typeof BYTES]) return bad;
			layout.push({
				key,
				kind: kind as Kind,
				length: length as number,
				chunks: 1,
				bytes: bytes.byteLength
			});
			chunks.set(key, [bytes.slice().buffer]);
		}
	}
	try {
		const tables = decodeTables(layout, attributeColumns, rowCount, chunks);
		if (!codesInRange(tables)) return { kind: 'dataset', column: null };
		return { meta, ...tables };
	} catch {
		return { kind: 'dataset', column: null };
	}
}

/**
 * Every dictionary code points at one of its values, or is -1 (no value): an edited code would
 * read past the end of its dictionary.
 */
function codesInRange(tables: ProjectTables): boolean {
	const dictionaries = [
		tables.orders.customer,
		tables.orders.order,
		tables.orders.product,
		tables.orders.category,
		tables.orders.channel,
		tables.tickets?.customer,
		tables.tickets?.severity,
		tables.tickets?.channel,
		...(tables.attributes?.columns ?? []).map((c) => (c.kind === 'categorical' ? c : null))
	];
	for (const column of dictionaries) {
		if (!column) continue;
		const size = column.values.length;
		for (let i = 0; i < column.codes.length; i++) {
			const code = column.codes[i];
			if (code < -1 || code >= size) return false;
		}
	}
	return true;
}
