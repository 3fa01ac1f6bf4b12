import type { LoyaltyGroup } from '$lib/state/loyalty-analysis.svelte';
import { formatShare, m } from '../../i18n';

/** The groups in table order (the classic complaint-handling table). */
export const GROUP_ORDER: LoyaltyGroup[] = ['none', 'resolved', 'resolvedQuickly', 'unresolved'];

/** What a group is called on the page; Q is the "resolved quickly" limit in days. */
export function groupLabel(group: LoyaltyGroup, quickDays: number): string {
	const groups = m.loyalty.groups;
	return group === 'resolvedQuickly' ? groups.resolvedQuickly(quickDays) : groups[group];
}

/** A rate as a percentage with one decimal, or "—" when undefined. */
export const formatRate = (value: number | null) => (value === null ? '—' : formatShare(value, 1));
