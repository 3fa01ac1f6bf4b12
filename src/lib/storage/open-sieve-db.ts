/**
 * The one connection to Sieve's database: opening, stepwise migrations, and what happens when
 * another tab (or the worker of another tab) runs a different version of Sieve.
 */
import { openDB } from 'idb';
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { migrateToV2 } from './migrate-to-v2';
import type { SieveDb } from './schema';

export const SIEVE_DB_NAME = 'sieve';
/** The schema version this code writes. Raise it by one and add one `if` in `upgradeSieveDb`. */
export const SIEVE_DB_VERSION = 5;

/**
 * - `versionchange`: a newer Sieve in another tab wants to upgrade; this connection was closed.
 * - `blocked`: this tab wants to upgrade, and an older tab still holds the database open.
 * - `terminated`: the browser closed the connection (storage cleared, disk error).
 */
export type StorageNoticeKind = 'versionchange' | 'blocked' | 'terminated';
export type StorageNoticeListener = (message: string, kind: StorageNoticeKind) => void;

const NOTICES: Record<StorageNoticeKind, string> = {
	versionchange:
		'Sieve was updated in another tab. Reload this page to keep working with your saved datasets.',
	blocked:
		'Sieve is waiting for another tab with an older version of Sieve to close. Close or reload that tab.',
	terminated:
		'The browser closed Sieve’s storage (it may have been cleared). Reload this page to continue.'
};

const listeners = new Set<StorageNoticeListener>();
let shared: Promise<IDBPDatabase<SieveDb>> | null = null;
let sharedDb: IDBPDatabase<SieveDb> | null = null;

/** Registers a listener for storage notices the page should show; returns its removal. */
export function onStorageNotice(listener: StorageNoticeListener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

function notify(kind: StorageNoticeKind): void {
	for (const listener of listeners) listener(NOTICES[kind], kind);
}

/**
 * The migrations, one step per version: a database at version n runs every step above n in order,
 * so a fresh database and an old one end at the same schema.
 */
export function upgradeSieveDb(
	db: IDBPDatabase<SieveDb>,
	oldVersion: number,
	// The upgrade transaction, for steps that must read or rewrite existing records.
	transaction: IDBPTransaction<SieveDb, StoreNames<SieveDb>[], 'versionchange'>
): void {
	if (oldVersion < 1) {
		db.createObjectStore('datasets', { keyPath: 'id' });
		// Out-of-line array keys: a dataset's chunks form one key range, [id] … [id, []].
		db.createObjectStore('chunks');
		db.createObjectStore('mappings', { keyPath: 'headerKey' });
	}
	// v3: saved methods. A new store only: nothing to rewrite, so it runs at once.
	if (oldVersion < 3 && !db.objectStoreNames.contains('methods')) {
		db.createObjectStore('methods', { keyPath: 'name' });
	}
	// v4: typed columns may be stored narrower than they are held (`StoredColumn.readAs`). Nothing
	// is rewritten: older datasets read as they are. The version keeps an older Sieve, which would
	// refuse such a column as incomplete, from reading them (its tab is asked to reload).
	// v5: typed columns may be files of the origin private file system (`StoredColumn.file`,
	// `column-files.ts`). Nothing is rewritten; the version keeps an older Sieve, which would look
	// for them in `chunks`, from reading such datasets.
	// Steps that rewrite records await requests of the upgrade transaction: each starts when the one
	// before has finished. The open completes only once the transaction has committed; a failed step
	// aborts it, which leaves the database at its old version with its data untouched.
	let steps = Promise.resolve();
	if (oldVersion < 2) steps = steps.then(() => migrateToV2(transaction)); // dictionaries as strings
	steps.catch(() => {
		try {
			transaction.abort();
		} catch {
			// Already finished or aborted.
		}
	});
}

/**
 * Opens a new connection at `version` (tests pass a higher one to exercise upgrades). The
 * connection closes itself when another tab upgrades, and tells the listeners.
 */
export async function connectSieveDb(version = SIEVE_DB_VERSION): Promise<IDBPDatabase<SieveDb>> {
	let db: IDBPDatabase<SieveDb> | null = null;
	db = await openDB<SieveDb>(SIEVE_DB_NAME, version, {
		upgrade: (database, oldVersion, _newVersion, transaction) =>
			upgradeSieveDb(database, oldVersion, transaction),
		blocked: () => notify('blocked'),
		blocking: () => {
			db?.close();
			forget(db);
			notify('versionchange');
		},
		terminated: () => {
			forget(db);
			notify('terminated');
		}
	});
	return db;
}

function forget(db: IDBPDatabase<SieveDb> | null): void {
	if (db && db === sharedDb) {
		shared = null;
		sharedDb = null;
	}
}

/** The shared connection of this page or worker, opened (and migrated) on first use. */
export function openSieveDb(): Promise<IDBPDatabase<SieveDb>> {
	if (!shared) {
		const opening = connectSieveDb();
		shared = opening;
		opening.then(
			(db) => {
				if (shared === opening) sharedDb = db;
			},
			// A failed open (private mode, newer version elsewhere) is retried on the next call.
			() => {
				if (shared === opening) shared = null;
			}
		);
	}
	return shared;
}

/** Closes the shared connection (tests, and before deleting the database). */
export async function closeSieveDb(): Promise<void> {
	const current = shared;
	shared = null;
	sharedDb = null;
	if (!current) return;
	try {
		(await current).close();
	} catch {
		// It never opened: nothing to close.
	}
}
