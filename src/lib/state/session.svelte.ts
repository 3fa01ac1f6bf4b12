/**
 * The session: which dataset is open, which datasets this browser keeps, and how much room they
 * take. Created once in the root layout and shared by context; views read `current` and ask
 * `ensureOpen(id)` when they are reached through a link with `?dataset=`.
 */
import { m } from '../i18n';
import { getContext, setContext } from 'svelte';
import * as storage from '../storage/index';
import { getAnalysisClient } from '../worker/client';
import { DEMO_SOURCE_FILE_NAME, type DatasetSummary } from '../worker/data/protocol';
import type { ColumnMapping } from '../ingest/index';
import { DatasetSettings } from './dataset-settings.svelte';

export interface SavedDataset {
	id: string;
	name: string;
	sourceFileName: string;
	lines: number;
	customers: number;
	bytesStored: number;
	createdAt: string;
}

const KEY = Symbol('sieve-session');
/** The channel tabs of this origin use to say which datasets they deleted. */
const CHANNEL = 'sieve-datasets';
type DatasetsMessage = { type: 'deleted'; ids: string[] | 'all' };

export class Session {
	current = $state.raw<DatasetSummary | null>(null);
	/** The open dataset's analysis settings (saved with it, shared in the URL fragment). */
	settings = $state.raw<DatasetSettings | null>(null);
	opening = $state<string | null>(null);
	openError = $state<string | null>(null);
	datasets = $state.raw<SavedDataset[]>([]);
	estimate = $state.raw<{ usage: number; quota: number } | null>(null);
	persisted = $state<boolean | null>(null);
	/** Set when another tab upgrades the database and this one must reload. */
	storageNotice = $state<string | null>(null);
	/** Set when the open dataset was deleted elsewhere (another tab): its figures here are stale. */
	deletedElsewhere = $state<string | null>(null);
	#channel: BroadcastChannel | null = null;

	constructor() {
		storage.onStorageNotice((message) => (this.storageNotice = message));
	}

	/**
	 * Listens for deletions in other tabs (a BroadcastChannel message, and a check of the store when
	 * this tab regains focus, for a tab that missed the message) and says when the open dataset went.
	 */
	#listen(): void {
		if (typeof window === 'undefined' || this.#channel) return;
		if (typeof BroadcastChannel !== 'undefined') {
			this.#channel = new BroadcastChannel(CHANNEL);
			this.#channel.onmessage = (event: MessageEvent<DatasetsMessage>) => {
				const { ids } = event.data ?? {};
				const id = this.current?.id;
				if (id && (ids === 'all' || (Array.isArray(ids) && ids.includes(id)))) {
					this.#markDeleted();
				}
				void this.refresh();
			};
		}
		const check = () => {
			if (document.visibilityState === 'visible') void this.#checkStillStored();
		};
		window.addEventListener('focus', check);
		document.addEventListener('visibilitychange', check);
	}

	#markDeleted(): void {
		const name = this.current?.name ?? 'This dataset';
		this.deletedElsewhere = `“${name}” was deleted in another tab. The figures on this page are what was open before; nothing more is saved. Go to the Data page to load or open a dataset.`;
	}

	async #checkStillStored(): Promise<void> {
		const current = this.current;
		if (!current?.saved || this.deletedElsewhere) return;
		try {
			const list = await storage.listDatasets();
			if (this.current?.id === current.id && !list.some((record) => record.id === current.id)) {
				this.#markDeleted();
			}
		} catch {
			// Storage unavailable: the storage notice says so.
		}
	}

	#announce(ids: string[] | 'all'): void {
		this.#channel?.postMessage({ type: 'deleted', ids } satisfies DatasetsMessage);
	}

	#started: Promise<void> | null = null;

	/** Called once in the browser: clears orphans of interrupted imports and lists what is kept. */
	start(): Promise<void> {
		this.#listen();
		this.#started ??= this.#start();
		return this.#started;
	}

	async #start(): Promise<void> {
		try {
			await storage.removeOrphans();
		} catch {
			// Storage may be unavailable (private mode); listing below reports it.
		}
		await this.refresh();
	}

	async refresh(): Promise<void> {
		try {
			const list = await storage.listDatasets();
			this.datasets = list.map((record) => ({
				id: record.id,
				name: record.name,
				sourceFileName: record.sourceFileName,
				lines: record.counts.lines,
				customers: (record.report as { import?: { customers?: number } }).import?.customers ?? NaN,
				bytesStored: record.bytesStored,
				createdAt: record.createdAt
			}));
			this.estimate = await storage.estimateStorage();
		} catch (error) {
			this.storageNotice = m.app.storageUnavailable(
				error instanceof Error ? error.message : String(error)
			);
		}
	}

	#setCurrent(summary: DatasetSummary | null): void {
		this.current = summary;
		this.deletedElsewhere = null;
		this.settings = summary
			? new DatasetSettings(summary.id, summary.settings, location.hash)
			: null;
	}

	opened(summary: DatasetSummary): void {
		this.#setCurrent(summary);
		// Once something worth keeping is stored, ask the browser not to evict it under pressure.
		if (this.persisted === null && summary.saved) void this.askPersistence();
		this.openError = null;
		void this.refresh();
	}

	/** Opens a dataset in the worker (reading its columns from IndexedDB when needed). */
	async ensureOpen(id: string): Promise<DatasetSummary | null> {
		if (this.current?.id === id) return this.current;
		this.opening = id;
		this.openError = null;
		try {
			const summary = await getAnalysisClient().call('openDataset', { id });
			this.#setCurrent(summary);
			return summary;
		} catch (error) {
			this.openError = error instanceof Error ? error.message : String(error);
			return null;
		} finally {
			this.opening = null;
		}
	}

	/**
	 * The demo business already kept in this browser, if any: it is deterministic, so a second
	 * "Try the demo" opens it instead of storing another copy.
	 */
	async savedDemo(): Promise<SavedDataset | null> {
		await this.start();
		return this.datasets.find((d) => d.sourceFileName === DEMO_SOURCE_FILE_NAME) ?? null;
	}

	async rename(id: string, name: string): Promise<void> {
		await storage.renameDataset(id, name);
		if (this.current?.id === id) this.current = { ...this.current, name };
		await this.refresh();
	}

	async remove(id: string): Promise<void> {
		await storage.deleteDataset(id);
		this.#announce([id]);
		if (this.current?.id === id) this.#setCurrent(null);
		await this.refresh();
	}

	async removeAll(): Promise<void> {
		await storage.deleteAllData();
		this.#announce('all');
		this.#setCurrent(null);
		await this.refresh();
	}

	async askPersistence(): Promise<void> {
		this.persisted = await storage.requestPersistence();
	}

	async rememberMapping(headerKey: string, mapping: ColumnMapping): Promise<void> {
		try {
			await storage.rememberMapping(headerKey, $state.snapshot(mapping));
		} catch {
			// Remembering is a convenience; an import never fails for it.
		}
	}

	async recallMapping(headerKey: string): Promise<ColumnMapping | null> {
		try {
			return ((await storage.recallMapping(headerKey)) as ColumnMapping | null) ?? null;
		} catch {
			return null;
		}
	}
}

export function setSession(session: Session): Session {
	return setContext(KEY, session);
}

export function getSession(): Session {
	const session = getContext<Session | undefined>(KEY);
	if (!session) throw new Error('getSession() needs the root layout’s setSession().');
	return session;
}
