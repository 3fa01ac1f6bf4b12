import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_INTERVIEW_QUESTIONS } from '$lib/engine/loyalty/loyalty-options';
import { loyaltyNoteText, type LoyaltyNote } from '$lib/engine/loyalty/loyalty-report';
import { locale } from '../../i18n';
import { en } from '../../i18n/messages/loyalty';
import { interviewQuestion, loyaltyNotes, sizeBandLabel } from './labels';

afterEach(() => {
	locale.current = 'en';
});

const notes: LoyaltyNote[] = [{ code: 'window', windowDays: 180 }, { code: 'notRandom' }];

describe('loyalty texts', () => {
	it('words the notes in English as the engine writes them', () => {
		expect(loyaltyNotes({ noteCauses: notes })).toEqual(notes.map(loyaltyNoteText));
	});

	it('words the notes in Urdu by their codes, with their figures', () => {
		locale.current = 'ur';
		const [window, caution] = loyaltyNotes({ noteCauses: notes });
		expect(window).toMatch(/^دوبارہ خریدا = پہلا ٹکٹ کھلنے کے بعد 180 دن کے اندر/);
		expect(caution).toMatch(/^مسائل اتفاقی نہیں ہوتے/);
	});

	it('keeps the count columns’ names of the weaker version isolated', () => {
		const weaker: LoyaltyNote = { code: 'weaker', opened: 'problems_opened', resolved: 'fixed' };
		locale.current = 'ur';
		const [text] = loyaltyNotes({ noteCauses: [weaker] });
		expect(text).toContain('\u2068problems_opened\u2069، \u2068fixed\u2069');
	});

	it('knows every default interview question of the engine, in its order', () => {
		expect(en.interviews.defaultQuestions).toEqual([...DEFAULT_INTERVIEW_QUESTIONS]);
	});

	it('shows a default question in Urdu and the user’s own as written', () => {
		locale.current = 'ur';
		expect(interviewQuestion(DEFAULT_INTERVIEW_QUESTIONS[4])).toBe(
			'ہم آپ کے لیے اور کیا کر سکتے ہیں؟'
		);
		expect(interviewQuestion('Why did you pick us?')).toBe('Why did you pick us?');
	});

	it('names the size bands in Urdu', () => {
		locale.current = 'ur';
		expect(['small', 'medium', 'large', 'unknown'].map((b) => sizeBandLabel(b as 'small'))).toEqual(
			['چھوٹا', 'درمیانہ', 'بڑا', 'نامعلوم']
		);
	});
});
