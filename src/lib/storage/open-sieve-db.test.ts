import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveDataset } from './datasets';
import type { OrdersTable } from '../engine/tables/orders-table';
import {
	closeSieveDb,
	connectSieveDb,
	onStorageNotice,
	openSieveDb,
	SIEVE_DB_NAME,
	SIEVE_DB_VERSION
} from './open-sieve-db';
import type { StorageNoticeKind } from './open-sieve-db';

const tinyTable: OrdersTable = {
	rowCount: 1,
	customer: { codes: Int32Array.from([0]), values: ['c1'] },
	order: { codes: Int32Array.from([0]), values: ['o1'] },
	day: Int32Array.from([20000]),
	amount: Float64Array.from([9.5]),
	quantity: null,
	cost: null,
	discounted: null,
	product: null,
	category: null,
	channel: null
};

const meta = { name: 'tiny', sourceFileName: 'tiny.csv', sourceSize: 10, mapping: {}, report: {} };

function collectNotices(): { kinds: StorageNoticeKind[]; messages: string[]; stop: () => void } {
	const kinds: StorageNoticeKind[] = [];
	const messages: string[] = [];
	const stop = onStorageNotice((message, kind) => {
		kinds.push(kind);
		messages.push(message);
	});
	return { kinds, messages, stop };
}

beforeEach(async () => {
	await closeSieveDb();
	globalThis.indexedDB = new IDBFactory();
});

describe('openSieveDb', () => {
	it('creates the four stores at version 5 in an empty browser', async () => {
		const db = await openSieveDb();
		expect(SIEVE_DB_VERSION).toBe(5);
		expect(db.version).toBe(5);
		expect([...db.objectStoreNames].sort()).toEqual(['chunks', 'datasets', 'mappings', 'methods']);
		expect(db.transaction('methods').store.keyPath).toBe('name');
		expect(db.transaction('datasets').store.keyPath).toBe('id');
		expect(db.transaction('mappings').store.keyPath).toBe('headerKey');
		expect(db.transaction('chunks').store.keyPath).toBeNull();
	});

	it('returns the same connection to every caller', async () => {
		const [a, b] = await Promise.all([openSieveDb(), openSieveDb()]);
		expect(a).toBe(b);
	});

	it('keeps existing data when a later version opens the database', async () => {
		await saveDataset({ id: 'kept', meta, orders: tinyTable });
		await closeSieveDb();
		const upgraded = await connectSieveDb(SIEVE_DB_VERSION + 1);
		expect(upgraded.version).toBe(SIEVE_DB_VERSION + 1);
		expect((await upgraded.get('datasets', 'kept'))?.ready).toBe(true);
		upgraded.close();
	});
});

describe('another tab with a different version', () => {
	it('closes this connection and asks for a reload when another tab upgrades', async () => {
		const notices = collectNotices();
		await openSieveDb();
		const newer = await connectSieveDb(SIEVE_DB_VERSION + 1); // would hang if `old` stayed open
		expect(newer.version).toBe(SIEVE_DB_VERSION + 1);
		expect(notices.kinds).toEqual(['versionchange']);
		expect(notices.messages[0]).toMatch(/updated in another tab.*Reload/);
		// The next call does not hand out the closed connection; it opens anew (and meets the newer
		// version, which this code cannot open).
		expect(await openSieveDb().catch((e: Error) => e.name)).toBe('VersionError');
		newer.close();
		notices.stop();
	});

	it('reports an upgrade blocked by an old tab instead of waiting silently', async () => {
		const notices = collectNotices();
		// An old tab that does not close its connection on `versionchange`.
		const stubborn = await openDB(SIEVE_DB_NAME, SIEVE_DB_VERSION, {
			upgrade: (db) => {
				db.createObjectStore('datasets', { keyPath: 'id' });
			}
		});
		let opened = false;
		const upgrade = connectSieveDb(SIEVE_DB_VERSION + 1).then((db) => {
			opened = true;
			return db;
		});
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(opened).toBe(false);
		expect(notices.kinds).toEqual(['blocked']);
		expect(notices.messages[0]).toMatch(/older version of Sieve/);
		stubborn.close();
		const db = await upgrade;
		expect(db.version).toBe(SIEVE_DB_VERSION + 1);
		db.close();
		notices.stop();
	});

	it('stops telling a listener once it is removed', async () => {
		const notices = collectNotices();
		notices.stop();
		await openSieveDb();
		const newer = await connectSieveDb(SIEVE_DB_VERSION + 1);
		expect(notices.kinds).toEqual([]);
		newer.close();
	});
});
