/**
 * The grouping request (`group-by-request.ts`) that saved settings describe: the `segments`
 * section's RFM scoring and rules, the `personas` section's clustering and the names the user gave
 * the cards — so that a command reading `--settings FILE.json` (or none: the defaults) groups
 * customers exactly as the page's Segments and Personas views do. An adapter in `customers/`: it
 * reads the families' option types and validators, and no family imports it back.
 */
import {
	DEFAULT_PERSONA_SETTINGS,
	validatePersonaOptions,
	type PersonaOptions,
	type PersonaSettings
} from '../personas/personas-options';
import {
	DEFAULT_SEGMENTS_OPTIONS,
	validateSegmentsOptions,
	type SegmentsOptions
} from '../segments/segments-options';
import type { GroupFamily } from './group-by';
import type { GroupingRequest } from './group-by-request';
import { mergeSettings } from './settings-file';

/** The user's persona names by persona key, from the `personas` section's card edits. */
export function personaNamesFromEdits(edits: unknown): Record<string, string> {
	const names: Record<string, string> = {};
	if (!Array.isArray(edits)) return names;
	for (const edit of edits) {
		if (edit === null || typeof edit !== 'object') continue;
		const { key, name } = edit as { key?: unknown; name?: unknown };
		if (typeof key === 'string' && typeof name === 'string' && name.trim() !== '') {
			names[key] = name.trim();
		}
	}
	return names;
}

/**
 * The request grouping customers by `by` with the settings' `segments` and `personas` sections over
 * the defaults. Throws a RangeError naming the option at fault (the families' own validators).
 */
export function groupingRequestFromSettings(
	by: GroupFamily,
	settings: Record<string, unknown> = {}
): GroupingRequest {
	const segments: SegmentsOptions = validateSegmentsOptions(
		mergeSettings(DEFAULT_SEGMENTS_OPTIONS, settings.segments)
	);
	const personaSettings = mergeSettings(DEFAULT_PERSONA_SETTINGS, settings.personas);
	const personas: PersonaOptions = validatePersonaOptions({
		autoK: personaSettings.autoK,
		k: personaSettings.k,
		seed: personaSettings.seed,
		include: personaSettings.include
	});
	return groupingRequestOf(by, segments, { ...personas, edits: personaSettings.edits });
}

/**
 * The request grouping customers by `by` with a `segments` section's RFM scoring and rules and a
 * `personas` section's clustering and card names, as they are (the page's views have checked
 * them; `groupingRequestFromSettings` checks a file's).
 */
export function groupingRequestOf(
	by: GroupFamily,
	segments: Pick<SegmentsOptions, 'bins' | 'cutPoints' | 'rules'>,
	personas: PersonaSettings
): GroupingRequest {
	const { edits, ...options } = personas;
	return {
		by,
		segments: { bins: segments.bins, cutPoints: segments.cutPoints, rules: segments.rules },
		personas: options,
		personaNames: personaNamesFromEdits(edits)
	};
}
