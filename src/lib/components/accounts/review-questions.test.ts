import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_QUESTIONS } from '$lib/engine/accounts/accounts-options';
import { locale } from '../../i18n';
import { en } from '../../i18n/messages/accounts';
import { reviewQuestion } from './review-questions';

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
});
