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

/** A save that did not fit: says what was needed and what was free, so the user can act. */
export class StorageFullError extends Error {
	override name = 'StorageFullError';
	readonly neededBytes: number;
	readonly freeBytes: number | null;

	constructor(datasetName: string, neededBytes: number, estimate: StorageEstimateBytes | null) {
		const needed = `it needs about ${formatBytes(neededBytes)}`;
		const free = estimate
			? `about ${formatBytes(Math.max(0, estimate.quota - estimate.usage))} is free (${formatBytes(estimate.usage)} used of ${formatBytes(estimate.quota)} allowed)`
			: 'the browser does not say how much is free';
		super(
			`Not enough room in this browser’s storage to save “${datasetName}”: ${needed}, and ${free}. ` +
				'Nothing was saved for it. Delete datasets you no longer need or free some disk space, then import again.'
		);
		this.neededBytes = neededBytes;
		this.freeBytes = estimate ? Math.max(0, estimate.quota - estimate.usage) : null;
	}
}
