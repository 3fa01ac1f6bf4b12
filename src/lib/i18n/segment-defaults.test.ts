import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SEGMENT_RULES, OTHERS_SEGMENT } from '$lib/engine/segments/segment-rules';
import { locale } from './locale.svelte';
import { segmentAction, segmentName } from './segment-defaults';

afterEach(() => {
	locale.current = 'en';
});

const DEFAULTS = [...DEFAULT_SEGMENT_RULES, OTHERS_SEGMENT];
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

describe('segmentName and segmentAction', () => {
	it.each(DEFAULTS)('show the default $slug in English exactly as the engine names it', (rule) => {
		expect([segmentName(rule.name), segmentAction(rule.action)]).toEqual([rule.name, rule.action]);
	});

	it.each(DEFAULTS)('show the default $slug in Urdu', (rule) => {
		locale.current = 'ur';
		expect(segmentName(rule.name)).toMatch(ARABIC_SCRIPT);
		expect(segmentAction(rule.action)).toMatch(ARABIC_SCRIPT);
	});

	it('leave a name the user wrote as written', () => {
		locale.current = 'ur';
		expect(segmentName('VIP wholesale')).toBe('VIP wholesale');
	});

	it('leave an action the user edited as written, even one close to the default', () => {
		locale.current = 'ur';
		expect(segmentAction('Reward them and ask for referrals.')).toBe(
			'Reward them and ask for referrals.'
		);
	});

	it('translate the default name of Others', () => {
		locale.current = 'ur';
		expect(segmentName('Others')).toBe('دیگر');
	});
});
