/**
 * The names of a movement's family groups in the chosen language, worded as the family's own view
 * words them: a persona's generated name from its parts (`personaName`, as on the Personas cards),
 * the default RFM segments' names (`segmentName`, as on the Segments view; a name the user gave as
 * written), the purchase patterns' (as the Segments view's patterns). ABC classes keep their
 * letters, as the Value view shows them. The groups Sieve adds (New, Gone, No orders left) are
 * worded by `groupName` itself.
 */
import type { GroupNamer } from '$lib/charts/movement/flow-chart-text';
import type { MovementAnswer } from '$lib/state/movement-analysis.svelte';
import { m, segmentName } from '../../i18n';
import { personaName } from '../personas/persona-texts';

/** The purchase patterns' names by slug (the engine's slugs), as the Segments view titles them. */
function patternName(slug: string): string | null {
	const traits = m.segments.traits;
	if (slug === 'one-time') return traits.oneTime;
	if (slug === 'regular') return traits.regular;
	if (slug === 'irregular') return traits.irregular;
	return null;
}

/** How `answer`'s family groups are named in the chosen language (read it where it is shown). */
export function familyGroupNamer(answer: Pick<MovementAnswer, 'family' | 'nameParts'>): GroupNamer {
	switch (answer.family) {
		case 'persona':
			return (group) => personaName({ name: group.name, nameParts: answer.nameParts[group.slug] });
		case 'rfm':
			return (group) => segmentName(group.name);
		case 'pattern':
			return (group) => patternName(group.slug) ?? group.name;
		default:
			return (group) => group.name;
	}
}
