/**
 * A method waiting for a dataset: a link opened without a dataset (or with one this browser does
 * not keep), a saved method chosen before an import, or a project file without data opened before
 * any dataset. It is kept in `sessionStorage` (this tab only, through reloads and a long import)
 * and applied once, to whichever dataset is opened, loaded or imported next.
 */

/** Where a waiting method came from. */
export type PendingSource = 'link' | 'saved' | 'project';

export interface PendingMethod {
	settings: Record<string, unknown>;
	source: PendingSource;
	/** The saved method's name, or the project file's name; null for a link. */
	label: string | null;
}

export const PENDING_KEY = 'sieve-pending-method';

function store(): Storage | null {
	try {
		return typeof sessionStorage === 'undefined' ? null : sessionStorage;
	} catch {
		return null; // storage disabled
	}
}

/** Parses a kept pending method; null when there is none or it is not one. */
export function parsePending(text: string | null): PendingMethod | null {
	if (!text) return null;
	try {
		const value = JSON.parse(text) as Partial<PendingMethod> | null;
		if (
			!value ||
			typeof value !== 'object' ||
			!value.settings ||
			typeof value.settings !== 'object' ||
			Array.isArray(value.settings) ||
			!['link', 'saved', 'project'].includes(value.source as string)
		) {
			return null;
		}
		return {
			settings: value.settings,
			source: value.source as PendingSource,
			label: typeof value.label === 'string' ? value.label : null
		};
	} catch {
		return null;
	}
}

/** The waiting method, left in place. */
export function peekPending(): PendingMethod | null {
	return parsePending(store()?.getItem(PENDING_KEY) ?? null);
}

/** Keeps `pending` for the next dataset (replacing any method already waiting). */
export function keepPending(pending: PendingMethod): void {
	try {
		store()?.setItem(PENDING_KEY, JSON.stringify(pending));
	} catch {
		// Full or disabled: the method still applies in memory through the session.
	}
}

/** Forgets the waiting method. */
export function clearPending(): void {
	try {
		store()?.removeItem(PENDING_KEY);
	} catch {
		// Nothing kept.
	}
}
