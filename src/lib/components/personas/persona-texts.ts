/**
 * The texts Sieve writes on a persona card — name, "who" line, story, suggested approach — in the
 * chosen language, told from the engine's facts (`nameParts`, `dominant`, `storyFacts`,
 * `approachCodes`); the engine's own English strings stay for the CLI. A text the user wrote is
 * shown as written.
 */
import { m } from '../../i18n';
import type { EditedPersona, PersonaView } from '$lib/state/types';

type Card = Pick<
	PersonaView,
	'name' | 'nameParts' | 'dominant' | 'dominantAttributes' | 'story' | 'storyFacts' | 'approach'
> &
	Pick<PersonaView, 'approachCodes'>;

/**
 * The generated name in the chosen language, from its parts; a name without parts (one the user
 * gave) as written. The one wording of a persona's name: the Personas view's cards and every other
 * view that shows one (lifetime value and profit per persona, the customer detail) use it.
 */
export function personaName(persona: {
	name: string;
	nameParts?: PersonaView['nameParts'] | null;
}): string {
	if (!persona.nameParts) return persona.name;
	return m.personas.stories.name(persona.nameParts.parts, persona.nameParts.number);
}

/** The attributes that set the persona apart, one text each, in the chosen language. */
export function dominantTexts(card: Card): string[] {
	if (!card.dominant) return card.dominantAttributes;
	return card.dominant.map((fact) => m.personas.stories.dominant(fact));
}

/** The "who" line: the attributes joined in the chosen language. */
export const whoLine = (card: Card) =>
	dominantTexts(card).join(m.personas.stories.dominantSeparator);

/** The generated story in the chosen language. */
export function personaStory(card: Card): string {
	if (!card.storyFacts) return card.story;
	return m.personas.stories.story(card.storyFacts, dominantTexts(card));
}

/** The generated approach in the chosen language. */
export function personaApproach(card: Card): string {
	if (!card.approachCodes) return card.approach;
	const texts = m.personas.stories.approach;
	const { codes, category } = card.approachCodes;
	return codes
		.map((code) =>
			code === 'categoryMailing' ? texts.categoryMailing(category ?? '') : texts[code]
		)
		.join(' ');
}

/**
 * The cards as shown: the generated name, story and approach in the chosen language (also as the
 * `generated` texts that "Restore" puts back and saving compares with); the user's own as written.
 */
export function personasInLanguage(personas: EditedPersona[]): EditedPersona[] {
	return personas.map((persona) => {
		const generated = {
			name: personaName(persona),
			story: personaStory(persona),
			approach: personaApproach(persona)
		};
		return {
			...persona,
			name: persona.edited.name ? persona.name : generated.name,
			story: persona.edited.story ? persona.story : generated.story,
			approach: persona.edited.approach ? persona.approach : generated.approach,
			generated
		};
	});
}

/**
 * A progress line of the personas run in the chosen language: the worker and the engine report
 * their steps in English ("Clustering 5,000 customers for k = 2 to 8"); the known steps are worded
 * through `m`, any other line keeps its own text.
 */
export function personasProgress(message: string | null): string | null {
	if (message === null) return null;
	const t = m.personas.progress;
	if (message === 'Building the customer table') return t.table;
	if (message === 'Writing the persona cards') return t.cards;
	const auto = /^Clustering ([\d,]+) customers for k = 2 to 8$/.exec(message);
	if (auto) return t.clusteringAuto(Number(auto[1].replaceAll(',', '')));
	const set = /^Clustering for k = (\d+)$/.exec(message);
	if (set) return t.clusteringK(Number(set[1]));
	return message;
}
