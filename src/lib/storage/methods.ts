/**
 * Saved methods: an analysis method (the settings a link carries) kept under a name, to start a
 * later import from ("Start from the method of: Monthly review"). Saving under an existing name
 * replaces that method.
 */
import { openSieveDb } from './open-sieve-db';
import type { MethodRecord } from './schema';

/** Saves `settings` (plain JSON) under `name` (trimmed, not empty), replacing one of that name. */
export async function saveMethod(name: string, settings: unknown): Promise<MethodRecord> {
	const trimmed = name.trim();
	if (!trimmed) throw new Error('A saved method needs a name.');
	const record: MethodRecord = { name: trimmed, settings, savedAt: new Date().toISOString() };
	const db = await openSieveDb();
	await db.put('methods', record);
	return record;
}

/** Every saved method, newest first. */
export async function listMethods(): Promise<MethodRecord[]> {
	const db = await openSieveDb();
	const records = await db.getAll('methods');
	return records.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.name.localeCompare(b.name));
}

/** Deletes the method saved under `name`; nothing happens when there is none. */
export async function deleteMethod(name: string): Promise<void> {
	const db = await openSieveDb();
	await db.delete('methods', name);
}
