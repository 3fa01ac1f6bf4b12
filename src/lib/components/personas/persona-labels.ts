/**
 * The words the engine writes for the clustering features, in the chosen language: the behaviour
 * features by key, why a feature cannot be used, and the profile chart's row labels. Columns of the
 * customers file ("city", "city = Leeds") are data and stay as they are.
 */
import { m } from '../../i18n';
import type { PersonaFeatureOption } from '$lib/state/types';

type Feature = Pick<PersonaFeatureOption, 'key' | 'label' | 'kind'>;

const isKeyOf = <T extends object>(record: T, key: string): key is Extract<keyof T, string> =>
	Object.hasOwn(record, key);

/** A feature's label: a behaviour feature's in the chosen language, a column's name as it is. */
export function featureLabel(feature: Feature): string {
	const features = m.personas.features;
	return feature.kind === 'behaviour' && isKeyOf(features, feature.key)
		? features[feature.key]
		: feature.label;
}

/** Why a feature cannot be used, in the chosen language (the engine's text when unknown here). */
export function featureReason(feature: Feature & { reason: string | null }): string | null {
	if (feature.reason === null) return null;
	const reasons = m.personas.reasons;
	if (isKeyOf(reasons, feature.key)) return reasons[feature.key];
	if (isKeyOf(reasons, feature.kind)) return reasons[feature.kind];
	return feature.reason;
}

/** A profile row's label ("Value (log)", "age (log)", "city = Leeds") in the chosen language. */
export function profileLabel(label: string, features: readonly Feature[]): string {
	const behaviour = features.find((f) => f.kind === 'behaviour' && f.label === label);
	if (behaviour) return featureLabel(behaviour);
	const log = / \(log\)$/.exec(label);
	if (log) {
		const name = label.slice(0, log.index);
		if (features.some((f) => f.kind === 'numeric-attribute' && f.label === name))
			return m.personas.logScale(name);
	}
	return label;
}
