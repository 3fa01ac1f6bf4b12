import { m } from '../../i18n';
import { en } from '../../i18n/messages/accounts';

/**
 * A review question in the chosen language while it is still one of the engine's defaults
 * (`DEFAULT_REVIEW_QUESTIONS`, English); a question the user wrote is shown as written.
 */
export function reviewQuestion(question: string): string {
	const at = en.briefs.defaultQuestions.indexOf(question);
	return at >= 0 ? (m.accounts.briefs.defaultQuestions[at] ?? question) : question;
}
