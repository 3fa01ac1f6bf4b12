import { describe, expect, it } from 'vitest';
import type { PersonaView } from '../engine/personas/personas-report';
import { applyPersonaEdits, MAX_EDITS, setPersonaEdit } from './persona-edits';

function persona(key: string, name: string): PersonaView {
	return { key, name, story: `${name} story.`, approach: `${name} approach.` } as PersonaView;
}

const cards = [
	persona('k2-s1-abc-1', 'Frequent buyers'),
	persona('k2-s1-abc-2', 'One-time buyers')
];
const generatedOf = (p: PersonaView) => ({ name: p.name, story: p.story, approach: p.approach });

describe('applyPersonaEdits', () => {
	it('shows the edited fields of the persona with the same key and keeps the generated text', () => {
		const shown = applyPersonaEdits(cards, [{ key: 'k2-s1-abc-2', name: 'Window shoppers' }]);
		expect(shown.map((p) => p.name)).toEqual(['Frequent buyers', 'Window shoppers']);
		expect(shown[1].edited).toEqual({ name: true });
		expect(shown[1].generated.name).toBe('One-time buyers');
		expect(shown[1].story).toBe('One-time buyers story.');
		expect(shown[0].edited).toEqual({});
	});

	it('does not apply an edit written for another clustering', () => {
		const shown = applyPersonaEdits(cards, [{ key: 'k3-s1-abc-2', name: 'Window shoppers' }]);
		expect(shown.map((p) => p.name)).toEqual(['Frequent buyers', 'One-time buyers']);
	});

	it('ignores malformed edits from a hand-made link', () => {
		const shown = applyPersonaEdits(cards, [
			null,
			'k2-s1-abc-1',
			{ key: 'k2-s1-abc-1', name: 42, story: '   ' },
			{ name: 'no key' }
		]);
		expect(shown.map((p) => p.name)).toEqual(['Frequent buyers', 'One-time buyers']);
		expect(applyPersonaEdits(cards, { key: 'k2-s1-abc-1' }).map((p) => p.name)).toEqual([
			'Frequent buyers',
			'One-time buyers'
		]);
	});
});

describe('setPersonaEdit', () => {
	it('keeps only the fields that differ from the generated text, trimmed', () => {
		const edits = setPersonaEdit(
			[],
			'k2-s1-abc-1',
			{ name: '  Regulars ', story: 'Frequent buyers story.', approach: '' },
			generatedOf(cards[0])
		);
		expect(edits).toEqual([{ key: 'k2-s1-abc-1', name: 'Regulars' }]);
	});

	it('removes the edit when every field is restored to the generated text', () => {
		const before = [
			{ key: 'k2-s1-abc-1', name: 'Regulars' },
			{ key: 'k2-s1-abc-2', story: 'Mine.' }
		];
		const edits = setPersonaEdit(
			before,
			'k2-s1-abc-1',
			generatedOf(cards[0]),
			generatedOf(cards[0])
		);
		expect(edits).toEqual([{ key: 'k2-s1-abc-2', story: 'Mine.' }]);
	});

	it('moves the latest edit to the end and keeps the most recent 100', () => {
		const many = Array.from({ length: MAX_EDITS }, (_, i) => ({ key: `old-${i}`, name: `N${i}` }));
		const edits = setPersonaEdit(many, 'old-0', { name: 'Renamed' }, generatedOf(cards[0]));
		expect(edits).toHaveLength(MAX_EDITS);
		expect(edits.at(-1)).toEqual({ key: 'old-0', name: 'Renamed' });
		const more = setPersonaEdit(edits, 'new', { name: 'New' }, generatedOf(cards[0]));
		expect(more).toHaveLength(MAX_EDITS);
		expect(more[0].key).toBe('old-2');
		expect(more.at(-1)!.key).toBe('new');
	});
});
