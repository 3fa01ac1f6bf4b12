/**
 * How much room the browser gives Sieve, asking to keep it, and the error a full disk becomes.
 * `navigator.storage` exists in pages and workers of secure contexts; elsewhere (Node, old
 * browsers) these functions answer "unknown" instead of failing.
 */
import { formatBytes } from '../engine/tables/format-bytes';

export interface StorageEstimateBytes {
	usage: number;
	quota: number;
}

function storageManager(): StorageManager | undefined {
	return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** The browser's estimate of bytes used and allowed for this origin, or null when unknown. */
export async function estimateStorage(): Promise<StorageEstimateBytes | null> {
	const manager = storageManager();
	if (!manager?.estimate) return null;
	try {
		const { usage, quota } = await manager.estimate();
		if (usage === undefined || quota === undefined) return null;
		return { usage, quota };
	} catch {
		return null;
	}
}

/**
 * Asks the browser not to evict Sieve's data under storage pressure; true when granted (or
 * already granted), false when refused or not supported.
 */
export async function requestPersistence(): Promise<boolean> {
	const manager = storageManager();
	if (!manager?.persist) return false;
	try {
		if (manager.persisted && (await manager.persisted())) return true;
		return await manager.persist();
	} catch {
		return false;
	}
}

/** True for the errors browsers raise when a write exceeds the quota or the disk is full. */
export function isQuotaError(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const { name } = error as { name?: unknown };
	// Old Firefox used its own name for the same condition.
	return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/**
 * A save that did not fit. The browser says only that the write exceeded its quota, plus (maybe)
 * an estimate of usage and quota; the message reports those without claiming more. When the
 * estimate shows enough room, it does not say "not enough room": the refusal then comes from a
 * limit the estimate does not show (a nearly full disk, a private window's small store).
 */
export class StorageFullError extends Error {
	override name = 'StorageFullError';
	readonly neededBytes: number;
	/** Quota − usage from the browser's estimate, or null when it gave none. */
	readonly freeBytes: number | null;

	constructor(datasetName: string, neededBytes: number, estimate: StorageEstimateBytes | null) {
		const needed = formatBytes(neededBytes);
		const free = estimate ? Math.max(0, estimate.quota - estimate.usage) : null;
		const action =
			'Nothing was saved for it. Delete datasets you no longer need or free some disk space, then import again.';
		let message: string;
		if (free === null || estimate === null) {
			message =
				`The browser refused to save “${datasetName}” (about ${needed}): it reported its storage as full, ` +
				`and does not say how much is free. ${action}`;
		} else if (free < neededBytes) {
			message =
				`Not enough room in this browser’s storage to save “${datasetName}”: it needs about ${needed}, ` +
				`and about ${formatBytes(free)} is free (${formatBytes(estimate.usage)} used of ${formatBytes(estimate.quota)} allowed). ${action}`;
		} else {
			message =
				`The browser refused to save “${datasetName}” (about ${needed}): it reported its storage as full, ` +
				`although its estimate allows this site ${formatBytes(estimate.quota)} with ${formatBytes(estimate.usage)} used. ` +
				'The estimate does not show every limit: the disk itself may be nearly full, or the browser may keep less for this site (private windows do). ' +
				action;
		}
		super(message);
		this.neededBytes = neededBytes;
		this.freeBytes = free;
	}
}
