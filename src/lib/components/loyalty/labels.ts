import type { LoyaltyGroup } from '$lib/state/loyalty-analysis.svelte';

/** The groups in table order (the classic complaint-handling table). */
export const GROUP_ORDER: LoyaltyGroup[] = ['none', 'resolved', 'resolvedQuickly', 'unresolved'];

/** What a group is called on the page; Q is the "resolved quickly" limit in days. */
export function groupLabel(group: LoyaltyGroup, quickDays: number): string {
	switch (group) {
		case 'none':
			return 'No problem';
		case 'resolved':
			return 'Problem resolved';
		case 'resolvedQuickly':
			return `Resolved within ${quickDays} day${quickDays === 1 ? '' : 's'}`;
		case 'unresolved':
			return 'Problem not resolved';
	}
}

/** A rate as a percentage with one decimal, or "—" when undefined. */
export const formatRate = (value: number | null) =>
	value === null ? '—' : `${(value * 100).toFixed(1)}%`;
