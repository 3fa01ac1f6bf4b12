import { m } from '../../i18n';
import { en, ur } from '../../i18n/messages/accounts';

/**
 * A review question in the chosen language while it is still one of the engine's defaults
 * (`DEFAULT_REVIEW_QUESTIONS`, English); a question the user wrote is shown as written.
 */
export function reviewQuestion(question: string): string {
	const at = en.briefs.defaultQuestions.indexOf(question);
	return at >= 0 ? (m.accounts.briefs.defaultQuestions[at] ?? question) : question;
}

/**
 * A question as the options form saves it: a default question shown in either language goes back
 * to the engine's English (the code saved settings, links and the command line carry, worded again
 * when shown); a question the user wrote stays as typed.
 */
export function storedReviewQuestion(question: string): string {
	const text = question.trim();
	for (const language of [en, ur]) {
		const at = language.briefs.defaultQuestions.indexOf(text);
		if (at >= 0) return en.briefs.defaultQuestions[at];
	}
	return text;
}

/** The questions as the options form edits them: one a line, the defaults in the chosen language. */
export const reviewQuestionsText = (questions: readonly string[]): string =>
	questions.map(reviewQuestion).join('\n');
