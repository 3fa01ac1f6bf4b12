/**
 * The user's names and texts over generated persona cards. Edits live in the `personas` settings
 * section (saved with the dataset, carried in links) under each persona's key, so they apply only
 * to the clustering they were written for; anything malformed in a stored or linked list is ignored.
 */
import type { PersonaEdit } from '../engine/personas/personas-options';
import type { PersonaView } from '../engine/personas/personas-report';

/** The fields a user can change. */
export type EditableField = 'name' | 'story' | 'approach';
const FIELDS: EditableField[] = ['name', 'story', 'approach'];

/** Edits kept per dataset: the most recent ones, so a long history never bloats the link. */
export const MAX_EDITS = 100;
/** Longest text kept per field. */
export const MAX_EDIT_LENGTH = 2000;

/** A card as shown: the user's words where given, with the generated ones kept beside them. */
export interface EditedPersona extends PersonaView {
	edited: Partial<Record<EditableField, true>>;
	generated: Record<EditableField, string>;
}

function isEdit(value: unknown): value is PersonaEdit {
	return (
		value !== null && typeof value === 'object' && typeof (value as PersonaEdit).key === 'string'
	);
}

/** The cards with the edits of their keys applied (non-string or blank fields are ignored). */
export function applyPersonaEdits(personas: PersonaView[], edits: unknown): EditedPersona[] {
	const byKey = new Map<string, PersonaEdit>();
	if (Array.isArray(edits)) for (const edit of edits) if (isEdit(edit)) byKey.set(edit.key, edit);
	return personas.map((persona) => {
		const edit = byKey.get(persona.key);
		const shown: EditedPersona = {
			...persona,
			edited: {},
			generated: { name: persona.name, story: persona.story, approach: persona.approach }
		};
		for (const field of FIELDS) {
			const text = edit?.[field];
			if (typeof text === 'string' && text.trim() !== '') {
				shown[field] = text.slice(0, MAX_EDIT_LENGTH);
				shown.edited[field] = true;
			}
		}
		return shown;
	});
}

/**
 * The edit list after the user saved `texts` for the persona `key`: a text equal to the generated
 * one (or blank) is dropped, so "restore" is saving the generated text; the persona's edit moves to
 * the end, and only the last `MAX_EDITS` are kept. Returns a new list.
 */
export function setPersonaEdit(
	edits: unknown,
	key: string,
	texts: Partial<Record<EditableField, string>>,
	generated: Record<EditableField, string>
): PersonaEdit[] {
	const others = (Array.isArray(edits) ? edits : []).filter(
		(edit): edit is PersonaEdit => isEdit(edit) && edit.key !== key
	);
	const edit: PersonaEdit = { key };
	for (const field of FIELDS) {
		const text = texts[field]?.trim().slice(0, MAX_EDIT_LENGTH);
		if (text && text !== generated[field].trim()) edit[field] = text;
	}
	const next = FIELDS.some((field) => edit[field] !== undefined) ? [...others, edit] : others;
	return next.slice(-MAX_EDITS);
}
