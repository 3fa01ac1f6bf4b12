/**
 * Mapping memory: the column mapping chosen for a file is remembered under a key made from its
 * header, so the next file with the same header is mapped the same way.
 */
import { openSieveDb } from './open-sieve-db';

/** Remembers `mapping` (plain JSON) for files whose header gives `headerKey`. */
export async function rememberMapping(headerKey: string, mapping: unknown): Promise<void> {
	const db = await openSieveDb();
	await db.put('mappings', { headerKey, mapping, savedAt: new Date().toISOString() });
}

/** The mapping remembered for `headerKey`, or null when there is none. */
export async function recallMapping(headerKey: string): Promise<unknown> {
	const db = await openSieveDb();
	const record = await db.get('mappings', headerKey);
	return record ? record.mapping : null;
}
