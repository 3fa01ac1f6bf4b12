import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteAllData } from './datasets';
import { deleteMethod, listMethods, saveMethod } from './methods';
import { closeSieveDb, openSieveDb, SIEVE_DB_NAME, SIEVE_DB_VERSION } from './open-sieve-db';

beforeEach(async () => {
	await closeSieveDb();
	globalThis.indexedDB = new IDBFactory();
});

/** A version-2 database as Sieve 2 left it, written without the code under test. */
async function writeV2(): Promise<void> {
	const db = await openDB(SIEVE_DB_NAME, 2, {
		upgrade(database) {
			database.createObjectStore('datasets', { keyPath: 'id' });
			database.createObjectStore('chunks');
			database.createObjectStore('mappings', { keyPath: 'headerKey' });
		}
	});
	await db.put('datasets', { id: 'kept', name: 'March', ready: true, createdAt: 'x' });
	await db.put('mappings', { headerKey: 'h', mapping: { customer: 0 }, savedAt: 'x' });
	db.close();
}

describe('upgrade to version 3 (saved methods)', () => {
	it('adds the methods store and keeps the datasets and mappings of version 2', async () => {
		await writeV2();
		const db = await openSieveDb();
		expect(db.version).toBe(SIEVE_DB_VERSION); // v2 → v3 → the current version
		expect([...db.objectStoreNames].sort()).toEqual(['chunks', 'datasets', 'mappings', 'methods']);
		expect((await db.get('datasets', 'kept'))?.name).toBe('March');
		expect((await db.get('mappings', 'h'))?.mapping).toEqual({ customer: 0 });
		expect(await listMethods()).toEqual([]);
	});
});

describe('saved methods', () => {
	it('keeps a method under its trimmed name', async () => {
		await saveMethod('  Monthly review ', { segments: { bins: 4 } });
		const [only, ...rest] = await listMethods();
		expect(rest).toEqual([]);
		expect(only.name).toBe('Monthly review');
		expect(only.settings).toEqual({ segments: { bins: 4 } });
	});

	it('replaces the method of the same name', async () => {
		await saveMethod('Monthly review', { segments: { bins: 4 } });
		await saveMethod('Monthly review', { segments: { bins: 3 } });
		const list = await listMethods();
		expect(list.map((method) => method.settings)).toEqual([{ segments: { bins: 3 } }]);
	});

	it('refuses an empty name and keeps what was saved', async () => {
		await saveMethod('Kept', {});
		await expect(saveMethod('   ', {})).rejects.toThrow('needs a name');
		expect((await listMethods()).map((method) => method.name)).toEqual(['Kept']);
	});

	it('deletes one method and leaves the others', async () => {
		await saveMethod('A', {});
		await saveMethod('B', {});
		await deleteMethod('A');
		expect((await listMethods()).map((method) => method.name)).toEqual(['B']);
	});

	it('is cleared with everything else by deleteAllData', async () => {
		await saveMethod('A', {});
		await deleteAllData();
		expect(await listMethods()).toEqual([]);
	});
});
