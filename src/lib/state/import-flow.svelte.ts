/**
 * The import journey of the Data page: pick a file → sniff (in the worker) → map columns → import
 * with progress and cancel → summary. All parsing happens in the worker; this class only holds
 * what the page shows.
 */
import { getAnalysisClient } from '../worker/client';
import { m } from '../i18n';
import type { ProgressInfo } from '../worker/rpc';
import type { DatasetSummary, SniffOutput, TicketsSniffOutput } from '../worker/data/protocol';
import type { ColumnMapping, TicketMapping, TicketRole } from '../ingest/index';

export type { TicketsSniffOutput, TicketsSummary } from '../worker/data/protocol';
export type { TicketMapping, TicketRole } from '../ingest/index';

export type ImportStage = 'idle' | 'sniffing' | 'mapping' | 'importing' | 'done';

/**
 * An error the page shows: an ingest refusal's English message with its code and values (as
 * `IngestError` and `WorkerError` carry them; `components/data/import-texts.ts` words them in the
 * chosen language), or any other error's message alone.
 */
export interface ShownError {
	message: string;
	code?: string;
	values?: Record<string, unknown>;
}

/** What the page keeps of a caught error: its message, and its code and values when it has them. */
export function shownError(error: unknown): ShownError {
	if (!(error instanceof Error)) return { message: String(error) };
	const { code, values } = error as Error & { code?: unknown; values?: unknown };
	return {
		message: error.message,
		...(typeof code === 'string' ? { code } : {}),
		...(values !== null && typeof values === 'object'
			? { values: values as Record<string, unknown> }
			: {})
	};
}

const ACCEPTED = /\.(csv|tsv|txt|csv\.gz|tsv\.gz|txt\.gz|gz|xlsx)$/i;

export class ImportFlow {
	stage = $state<ImportStage>('idle');
	file = $state.raw<File | null>(null);
	attributesFile = $state.raw<File | null>(null);
	/** The optional tickets file, its sniff and the mapping the user confirms. */
	ticketsFile = $state.raw<File | null>(null);
	ticketsSniff = $state.raw<TicketsSniffOutput | null>(null);
	ticketsMapping = $state<TicketMapping | null>(null);
	ticketsError = $state.raw<ShownError | null>(null);
	sniff = $state.raw<SniffOutput | null>(null);
	mapping = $state<ColumnMapping | null>(null);
	progress = $state.raw<ProgressInfo | null>(null);
	startedAt = $state(0);
	result = $state.raw<DatasetSummary | null>(null);
	error = $state.raw<ShownError | null>(null);
	notice = $state<string | null>(null);
	#abort: AbortController | null = null;

	/** Reads the head of a file in the worker and proposes a column mapping. */
	async choose(
		file: File,
		rememberedMapping?: (headerKey: string) => Promise<ColumnMapping | null>
	) {
		this.reset();
		if (!ACCEPTED.test(file.name)) {
			this.error = { message: m.data.flow.notOrdersFile(file.name) };
			return;
		}
		this.file = file;
		this.stage = 'sniffing';
		try {
			const sniff = await getAnalysisClient().call('sniffOrders', { file, fileName: file.name });
			const remembered = rememberedMapping ? await rememberedMapping(sniff.headerKey) : null;
			this.sniff = sniff;
			this.mapping = structuredClone(
				remembered && remembered.roles.length === sniff.header.length ? remembered : sniff.mapping
			);
			// A remembered mapping's sheet is not carried over: the sniff read the first sheet.
			if (remembered) delete this.mapping.sheet;
			// A mapping remembered before currencies existed takes the one the file names; a choice
			// remembered since ('' = none) stays.
			if (remembered && this.mapping.currency === undefined && sniff.mapping.currency) {
				this.mapping.currency = sniff.mapping.currency;
			}
			this.notice = remembered ? m.data.flow.rememberedMapping : null;
			this.stage = 'mapping';
		} catch (error) {
			this.#fail(error);
		}
	}

	/**
	 * Reads the chosen file again split at `delimiter` (chosen by hand when detection got it
	 * wrong; null = detected): the columns, preview and suggested roles start afresh.
	 */
	async chooseDelimiter(delimiter: string | null) {
		await this.#sniffAgain(delimiter, this.mapping?.sheet ?? null);
	}

	/**
	 * Reads another sheet of the chosen workbook (by name; null = the first): the columns, preview
	 * and suggested roles start afresh, and the import reads that sheet.
	 */
	async chooseSheet(sheet: string | null) {
		await this.#sniffAgain(this.mapping?.delimiter ?? null, sheet);
	}

	async #sniffAgain(delimiter: string | null, sheet: string | null) {
		const file = this.file;
		if (!file || this.stage !== 'mapping') return;
		this.error = null;
		this.notice = null;
		try {
			const sniff = await getAnalysisClient().call('sniffOrders', {
				file,
				fileName: file.name,
				delimiter,
				sheet
			});
			if (this.file !== file) return;
			this.sniff = sniff;
			this.mapping = structuredClone(sniff.mapping);
		} catch (error) {
			this.error = shownError(error);
		}
	}

	chooseAttributes(file: File | null) {
		this.attributesFile = file;
	}

	/** Reads the head of a tickets file in the worker and proposes its roles; null removes it. */
	async chooseTickets(file: File | null) {
		this.ticketsFile = null;
		this.ticketsSniff = null;
		this.ticketsMapping = null;
		this.ticketsError = null;
		if (!file) return;
		if (!ACCEPTED.test(file.name)) {
			this.ticketsError = { message: m.data.flow.notTicketsFile(file.name) };
			return;
		}
		try {
			const sniff = await getAnalysisClient().call('sniffTickets', { file, fileName: file.name });
			this.ticketsFile = file;
			this.ticketsSniff = sniff;
			this.ticketsMapping = structuredClone(sniff.mapping);
		} catch (error) {
			this.ticketsError = shownError(error);
		}
	}

	/** What the tickets mapping still lacks, in words; empty when complete or without a tickets file. */
	get ticketsMissing(): string[] {
		const roles = this.ticketsMapping?.roles;
		if (!roles) return [];
		const has = (role: TicketRole) => roles.includes(role);
		const words = m.data.tickets.missing;
		const missing: string[] = [];
		if (!has('customer')) missing.push(words.customer);
		if (!has('opened')) missing.push(words.opened);
		if (!has('resolved') && !has('status')) missing.push(words.resolvedOrStatus);
		const doubled = roles.filter((r, i) => r !== 'ignore' && roles.indexOf(r) !== i);
		for (const role of doubled.filter((r, i) => doubled.indexOf(r) === i))
			missing.push(words.onlyOne(role));
		return missing;
	}

	/** Imports the chosen file with the current mapping; resolves with the dataset, or null. */
	async start(): Promise<DatasetSummary | null> {
		if (!this.file || !this.mapping) return null;
		return this.#run((signal, onProgress) =>
			getAnalysisClient().call(
				'importOrders',
				{
					file: this.file as File,
					fileName: (this.file as File).name,
					mapping: $state.snapshot(this.mapping) as ColumnMapping,
					attributesFile: this.attributesFile,
					attributesFileName: this.attributesFile?.name ?? null,
					ticketsFile: this.ticketsMapping ? this.ticketsFile : null,
					ticketsFileName: this.ticketsFile?.name ?? null,
					ticketsMapping: this.ticketsMapping
						? ($state.snapshot(this.ticketsMapping) as TicketMapping)
						: null
				},
				{ signal, onProgress }
			)
		);
	}

	/** Generates and imports the demo business in the worker. */
	async demo(): Promise<DatasetSummary | null> {
		this.reset();
		return this.#run((signal, onProgress) =>
			getAnalysisClient().call('importDemo', { seed: 1 }, { signal, onProgress })
		);
	}

	cancel() {
		this.#abort?.abort();
	}

	reset() {
		this.#abort?.abort();
		this.#abort = null;
		this.stage = 'idle';
		this.file = null;
		this.sniff = null;
		this.mapping = null;
		this.ticketsFile = null;
		this.ticketsSniff = null;
		this.ticketsMapping = null;
		this.ticketsError = null;
		this.progress = null;
		this.result = null;
		this.error = null;
		this.notice = null;
	}

	async #run(
		work: (
			signal: AbortSignal,
			onProgress: (progress: ProgressInfo) => void
		) => Promise<DatasetSummary>
	): Promise<DatasetSummary | null> {
		const abort = new AbortController();
		this.#abort = abort;
		this.stage = 'importing';
		this.error = null;
		this.progress = { phase: 'starting', message: m.data.flow.starting };
		this.startedAt = performance.now();
		try {
			const result = await work(abort.signal, (progress) => (this.progress = progress));
			this.result = result;
			this.stage = 'done';
			return result;
		} catch (error) {
			if (abort.signal.aborted) {
				this.stage = this.sniff ? 'mapping' : 'idle';
				this.notice = m.data.flow.cancelled;
			} else {
				this.#fail(error);
			}
			return null;
		} finally {
			if (this.#abort === abort) this.#abort = null;
		}
	}

	#fail(error: unknown) {
		this.error = shownError(error);
		this.stage = this.sniff ? 'mapping' : 'idle';
	}
}
