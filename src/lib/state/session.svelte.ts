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
import { decodeMethodFragment, type LinkedMethod } from './link-settings';
import {
	clearPending,
	keepPending,
	peekPending,
	type PendingMethod,
	type PendingSource
} from '../project/pending-method';

/** What the method bar says about a method that arrived: applied to a dataset, or refused. */
export type MethodNotice =
	| { kind: 'applied'; source: PendingSource; label: string | null; dataset: string }
	| { kind: 'refused'; reason: 'damaged' | 'newer' };

export interface SavedDataset {
	id: string;
	name: string;
	sourceFileName: string;
	lines: number;
	customers: number;
	bytesStored: number;
	createdAt: string;
}

/** A dataset deleted with an undo still offered (for `UNDO_SECONDS`). */
export interface TrashedDataset {
	id: string;
	name: string;
	/** It was the open dataset: the undo opens it again. */
	wasOpen: boolean;
}

/** How long the undo of a deletion is offered; then the dataset is removed for good. */
export const UNDO_SECONDS = 10;

const KEY = Symbol('sieve-session');
/** The channel tabs of this origin use to say which datasets they deleted (or restored). */
const CHANNEL = 'sieve-datasets';
type DatasetsMessage = { type: 'deleted' | 'restored'; ids: string[] | 'all' };
/** The dataset used last in this browser (localStorage), opened by default by the views. */
const LAST_USED_KEY = 'sieve-last-dataset';

/** The demo business (generated, not a person's file): its import summary says so. */
export function isDemoDataset(dataset: { sourceFileName: string }): boolean {
	return dataset.sourceFileName === DEMO_SOURCE_FILE_NAME;
}

/** The id of the dataset used last in this browser, or null (nothing kept, or no storage). */
export function lastUsedDatasetId(): string | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage.getItem(LAST_USED_KEY);
	} catch {
		return null;
	}
}

function rememberLastUsed(id: string | null): void {
	try {
		if (typeof localStorage === 'undefined') return;
		if (id) localStorage.setItem(LAST_USED_KEY, id);
		else localStorage.removeItem(LAST_USED_KEY);
	} catch {
		// A convenience: a browser without storage just opens nothing by default.
	}
}

export class Session {
	current = $state.raw<DatasetSummary | null>(null);
	/** The open dataset's analysis settings (saved with it, shared in the URL fragment). */
	settings = $state.raw<DatasetSettings | null>(null);
	opening = $state<string | null>(null);
	openError = $state<string | null>(null);
	datasets = $state.raw<SavedDataset[]>([]);
	/** True once the kept datasets were listed (or listing failed): `datasets` can be trusted. */
	listed = $state(false);
	/** Datasets deleted whose undo is still offered, newest last. */
	trashed = $state.raw<TrashedDataset[]>([]);
	// Timers, never shown: not reactive state.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#trashTimers = new Map<string, ReturnType<typeof setTimeout>>();
	estimate = $state.raw<{ usage: number; quota: number } | null>(null);
	persisted = $state<boolean | null>(null);
	/** Set when another tab upgrades the database and this one must reload. */
	storageNotice = $state<string | null>(null);
	/** Set when the open dataset was deleted elsewhere (another tab): its figures here are stale. */
	deletedElsewhere = $state<string | null>(null);
	/**
	 * A method waiting for the next dataset opened, loaded or imported (a link that arrived without
	 * a dataset this browser keeps, a saved method chosen for an import); kept in sessionStorage.
	 */
	pendingMethod = $state.raw<PendingMethod | null>(null);
	methodNotice = $state.raw<MethodNotice | null>(null);
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
				const { type, ids } = event.data ?? {};
				const id = this.current?.id;
				const named = id && (ids === 'all' || (Array.isArray(ids) && ids.includes(id)));
				if (named && type === 'restored') this.deletedElsewhere = null;
				else if (named) this.#markDeleted();
				void this.refresh();
			};
		}
		const check = () => {
			if (document.visibilityState === 'visible') void this.#checkStillStored();
		};
		window.addEventListener('focus', check);
		document.addEventListener('visibilitychange', check);
		// A page left while an undo is offered: the deletion stands (what the person asked for).
		window.addEventListener('pagehide', () => this.#purgeAll());
	}

	#markDeleted(): void {
		this.deletedElsewhere = m.app.notices.deletedElsewhere(this.current?.name ?? null);
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

	#announce(ids: string[] | 'all', type: DatasetsMessage['type'] = 'deleted'): void {
		this.#channel?.postMessage({ type, ids } satisfies DatasetsMessage);
	}

	#started: Promise<void> | null = null;

	/** Called once in the browser: clears orphans of interrupted imports and lists what is kept. */
	start(): Promise<void> {
		this.#listen();
		this.#started ??= this.#start();
		return this.#started;
	}

	/**
	 * The method in the address this page was opened with: applied as today when it names a dataset
	 * (`?dataset=`), kept waiting for the next dataset when it names none.
	 */
	async #receiveLink(): Promise<void> {
		this.pendingMethod = peekPending();
		const link = await decodeMethodFragment(location.hash);
		if (link.kind === 'refused') this.methodNotice = { kind: 'refused', reason: link.reason };
		if (link.kind !== 'method') return;
		if (/[?&]dataset=[^&]/.test(location.search)) return;
		this.#wait({ settings: link.settings, source: 'link', label: null });
	}

	#wait(pending: PendingMethod): void {
		keepPending(pending);
		this.pendingMethod = pending;
	}

	/**
	 * Keeps `settings` waiting for the next dataset opened, loaded or imported (a saved method
	 * chosen before an import, a project file without data opened before any dataset).
	 */
	waitWithMethod(settings: Record<string, unknown>, source: PendingSource, label: string | null) {
		this.#wait({ settings: structuredClone(settings), source, label });
	}

	/** Drops the waiting method. */
	forgetPendingMethod(): void {
		clearPending();
		this.pendingMethod = null;
	}

	async #start(): Promise<void> {
		try {
			await this.#receiveLink();
		} catch {
			// A fragment that cannot be read is no method: nothing waits.
		}
		// Lists show ready datasets only, so the list need not wait for the sweep, which waits for
		// saves in progress (in any tab) to end.
		void storage
			.removeOrphans(Date.now(), true)
			.then((removed) => (removed > 0 ? this.refresh() : undefined))
			.catch(() => {
				// Storage may be unavailable (private mode); listing below reports it.
			});
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
		} finally {
			this.listed = true;
		}
	}

	/**
	 * Makes `summary` the open dataset. A waiting method applies to it (then stops waiting, and the
	 * method bar says so); otherwise the link's method (`linked`, the fragment of an address naming
	 * this dataset) lays over its saved settings, as it always did.
	 */
	#setCurrent(summary: DatasetSummary | null, linked: LinkedMethod | null = null): void {
		this.current = summary;
		this.deletedElsewhere = null;
		if (!summary) {
			this.settings = null;
			return;
		}
		if (summary.saved) rememberLastUsed(summary.id);
		const pending = peekPending() ?? this.pendingMethod;
		if (pending) {
			this.settings = new DatasetSettings(
				summary.id,
				summary.settings,
				pending.settings,
				pending.source === 'project'
			);
			this.forgetPendingMethod();
			this.methodNotice = {
				kind: 'applied',
				source: pending.source,
				label: pending.label,
				dataset: summary.name
			};
			// Saved with the dataset at once, so it survives a reload before any change.
			this.settings.persist();
			return;
		}
		const method = linked?.kind === 'method' ? linked.settings : null;
		this.settings = new DatasetSettings(summary.id, summary.settings, method);
	}

	opened(summary: DatasetSummary): void {
		// Reopened through `ensureOpen` already (the demo kept in this browser): its settings, and a
		// waiting method just applied to them, stay.
		if (summary.saved) rememberLastUsed(summary.id);
		if (this.current?.id === summary.id && this.settings) this.current = summary;
		else this.#setCurrent(summary);
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
		const hash = location.hash;
		const linked = await decodeMethodFragment(hash).catch(() => null);
		try {
			const summary = await getAnalysisClient().call('openDataset', { id });
			this.#setCurrent(summary, linked);
			return summary;
		} catch (error) {
			this.openError = error instanceof Error ? error.message : String(error);
			// A link naming a dataset this browser does not keep: its method waits for the next one.
			if (linked?.kind === 'method' && location.hash === hash) {
				this.#wait({ settings: linked.settings, source: 'link', label: null });
			}
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

	/**
	 * Deletes a dataset with an undo: it leaves every list at once, and is removed for good after
	 * `UNDO_SECONDS` (or when the page is left) unless `undo(id)` brings it back first.
	 */
	async remove(id: string): Promise<void> {
		const name = this.datasets.find((d) => d.id === id)?.name ?? this.current?.name ?? id;
		const wasOpen = this.current?.id === id;
		await storage.trashDataset(id);
		this.#announce([id]);
		if (wasOpen) this.#setCurrent(null);
		if (lastUsedDatasetId() === id) rememberLastUsed(null);
		this.trashed = [...this.trashed.filter((t) => t.id !== id), { id, name, wasOpen }];
		this.#trashTimers.set(
			id,
			setTimeout(() => void this.#purge(id), UNDO_SECONDS * 1000)
		);
		await this.refresh();
	}

	/** Brings back a dataset deleted less than `UNDO_SECONDS` ago (and opens it if it was open). */
	async undo(id: string): Promise<void> {
		const trashed = this.trashed.find((t) => t.id === id);
		if (!trashed) return;
		clearTimeout(this.#trashTimers.get(id));
		this.#trashTimers.delete(id);
		this.trashed = this.trashed.filter((t) => t.id !== id);
		try {
			await storage.restoreDataset(id);
		} catch (error) {
			this.storageNotice = error instanceof Error ? error.message : String(error);
			return;
		}
		this.#announce([id], 'restored');
		rememberLastUsed(id);
		await this.refresh();
		if (trashed.wasOpen && !this.current) await this.ensureOpen(id);
	}

	/** Removes a deleted dataset for good: its undo is over. */
	async #purge(id: string): Promise<void> {
		clearTimeout(this.#trashTimers.get(id));
		this.#trashTimers.delete(id);
		this.trashed = this.trashed.filter((t) => t.id !== id);
		try {
			await storage.deleteDataset(id);
		} catch {
			// Left for `removeOrphans` at the next start.
		}
		await this.refresh();
	}

	/** Ends every undo now (the page is left): the deletions stand. */
	#purgeAll(): void {
		for (const { id } of this.trashed) void this.#purge(id);
	}

	async removeAll(): Promise<void> {
		for (const timer of this.#trashTimers.values()) clearTimeout(timer);
		this.#trashTimers.clear();
		this.trashed = [];
		rememberLastUsed(null);
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
