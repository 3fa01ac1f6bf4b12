import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_QUESTIONS } from '$lib/engine/accounts/accounts-options';
import { locale } from '../../i18n';
import { en } from '../../i18n/messages/accounts';
import { reviewQuestion, reviewQuestionsText, storedReviewQuestion } from './review-questions';

afterEach(() => {
	locale.current = 'en';
});

describe('review questions', () => {
	it('knows every default question of the engine, in its order', () => {
		expect(en.briefs.defaultQuestions).toEqual([...DEFAULT_REVIEW_QUESTIONS]);
	});

	it('shows a default question in Urdu and in English as the engine writes it', () => {
		expect(reviewQuestion(DEFAULT_REVIEW_QUESTIONS[1])).toBe(DEFAULT_REVIEW_QUESTIONS[1]);
		locale.current = 'ur';
		expect(reviewQuestion(DEFAULT_REVIEW_QUESTIONS[1])).toBe(
			'انہیں اور کیا چاہیے، ابھی یا آنے والے سال میں؟'
		);
	});

	it('shows a question the user wrote as written', () => {
		locale.current = 'ur';
		expect(reviewQuestion('Do they plan a second shop?')).toBe('Do they plan a second shop?');
	});

	it('shows the default questions for editing in Urdu, one a line, and a question the user wrote as written', () => {
		locale.current = 'ur';
		expect(reviewQuestionsText([DEFAULT_REVIEW_QUESTIONS[0], 'Do they plan a second shop?'])).toBe(
			'وہ ہمیں کیسا دیکھتے ہیں؟ ہم کیا اچھا کرتے ہیں، اور کیا بہتر کرنا چاہیے؟\n' +
				'Do they plan a second shop?'
		);
	});

	it('saves a default question edited in Urdu as the engine’s English one', () => {
		expect(storedReviewQuestion(' وہ اور کس سے بات کرتے ہیں یا خریدتے ہیں، کس چیز کے لیے؟ ')).toBe(
			DEFAULT_REVIEW_QUESTIONS[2]
		);
	});

	it('saves a question the user typed as typed, trimmed, even one close to a default', () => {
		expect(storedReviewQuestion('  انہیں اور کیا چاہیے؟ ')).toBe('انہیں اور کیا چاہیے؟');
	});
});
