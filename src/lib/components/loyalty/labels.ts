import type {
	InterviewGroup,
	LoyaltyGroup,
	LoyaltyReport
} from '$lib/state/loyalty-analysis.svelte';
import { formatShare, m, optionalFigure } from '../../i18n';
import { en } from '../../i18n/messages/loyalty';

/** The groups in table order (the classic complaint-handling table). */
export const GROUP_ORDER: LoyaltyGroup[] = ['none', 'resolved', 'resolvedQuickly', 'unresolved'];

/** What a group is called on the page; Q is the "resolved quickly" limit in days. */
export function groupLabel(group: LoyaltyGroup, quickDays: number): string {
	const groups = m.loyalty.groups;
	return group === 'resolvedQuickly' ? groups.resolvedQuickly(quickDays) : groups[group];
}

/** A rate as a percentage with one decimal, or "—" when undefined. */
export const formatRate = (value: number | null) =>
	optionalFigure(value, (rate) => formatShare(rate, 1));

/** The report's notes in the chosen language, worded from their codes. */
export function loyaltyNotes(report: Pick<LoyaltyReport, 'noteCauses'>): string[] {
	const notes = m.loyalty.notes;
	return report.noteCauses.map((note) => {
		if (note.code === 'weaker') return notes.weaker(note.opened, note.resolved);
		if (note.code === 'window') return notes.window(note.windowDays);
		return notes.notRandom;
	});
}

/**
 * An interview question: a default one (still the engine's English text) in the chosen language,
 * one the user wrote as written.
 */
export function interviewQuestion(question: string): string {
	const at = en.interviews.defaultQuestions.indexOf(question);
	return at >= 0 ? (m.loyalty.interviews.defaultQuestions[at] ?? question) : question;
}

/** A size band of the interview list in the chosen language. */
export const sizeBandLabel = (band: InterviewGroup['sizeBand']) =>
	m.loyalty.interviews.sizeBands[band];
