/**
 * Which of a persona's typical figures apply to it (issue 20): a figure that cannot apply is left
 * out of the card, or shown "—" beside another persona, never as 0 or as a gap of people who are
 * not typical of the persona.
 */
import type { EditedPersona } from '$lib/state/types';

type PersonaMedians = EditedPersona['medians'];

/**
 * The persona's usual gap between orders, or null when it does not apply: no member has two
 * orders, or the typical member (the median, rounded as the story rounds it) has ordered once —
 * the median gap of the few repeat buyers would then read as the habit of one-time buyers.
 */
export function usualGapDays(medians: Pick<PersonaMedians, 'orders' | 'gapDays'>): number | null {
	return medians.gapDays === null || Math.round(medians.orders) <= 1 ? null : medians.gapDays;
}

/**
 * The share of members who are lapsing, or null when no member has the two orders a usual gap
 * needs (then no one can lapse, and 0% would say something the data cannot).
 */
export function lapsingShareOf(persona: {
	lapsingShare: number;
	medians: Pick<PersonaMedians, 'gapDays'>;
}): number | null {
	return persona.medians.gapDays === null ? null : persona.lapsingShare;
}
