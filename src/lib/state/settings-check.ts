/**
 * Checks settings — saved with a dataset or carried in a link (`#settings=`) — section by section
 * with the SAME validators the worker and the engine run before computing, so a crafted or stale
 * value is never applied and never saved. A section that fails is left out, with a sentence saying
 * what was ignored and why; the view then starts from its saved settings or its defaults.
 *
 * The profit, movement and loyalty views put right their own sections on load (their state
 * classes repair with their engine validators); the sections checked here are those whose views
 * run the engine's validator only in the worker.
 */
import { parseCustomerTableChoice } from '../engine/customers/customer-table-choice';
import { DEFAULT_CUSTOMER_TABLE_CHOICE } from '../engine/customers/customer-table-choice';
import { mergeSettings } from '../engine/customers/settings-file';
import {
	DEFAULT_ACCOUNTS_OPTIONS,
	validateAccountsOptions
} from '../engine/accounts/accounts-options';
import { DEFAULT_CLV_OPTIONS, validateClvOptions } from '../engine/clv/clv-options';
import {
	DEFAULT_PERSONA_SETTINGS,
	validatePersonaOptions
} from '../engine/personas/personas-options';
import {
	DEFAULT_SEGMENTS_OPTIONS,
	validateSegmentsOptions
} from '../engine/segments/segments-options';
import { DEFAULT_VALUE_OPTIONS, validateValueOptions } from '../engine/value/value-options';
import { m } from '../i18n';
import { DEFAULT_DISPLAY_SETTINGS, displaySettingsProblems } from './display-settings';

/** Where settings came from. */
export type SettingsSource = 'link' | 'saved';

/** A section left out, and why (the validator's message). */
export interface IgnoredSection {
	section: string;
	source: SettingsSource;
	message: string;
}

/** A section's validator: the problems of a value merged over the defaults (empty: valid). */
type SectionCheck = (value: unknown) => string[];

const thrown = (check: () => unknown): string[] => {
	try {
		check();
		return [];
	} catch (error) {
		return [error instanceof Error ? error.message : String(error)];
	}
};

const over = <T>(defaults: T, value: unknown): T => mergeSettings(structuredClone(defaults), value);

const CHECKS: Record<string, SectionCheck> = {
	dataset: (v) =>
		thrown(() => parseCustomerTableChoice(over({ ...DEFAULT_CUSTOMER_TABLE_CHOICE }, v))),
	value: (v) => thrown(() => validateValueOptions(over(DEFAULT_VALUE_OPTIONS, v))),
	segments: (v) => thrown(() => validateSegmentsOptions(over(DEFAULT_SEGMENTS_OPTIONS, v))),
	personas: (v) => thrown(() => validatePersonaOptions(over(DEFAULT_PERSONA_SETTINGS, v))),
	accounts: (v) => validateAccountsOptions(over(DEFAULT_ACCOUNTS_OPTIONS, v)),
	clv: (v) => validateClvOptions(over(DEFAULT_CLV_OPTIONS, v)),
	display: (v) => displaySettingsProblems(over(DEFAULT_DISPLAY_SETTINGS, v))
};

/** The validator's problems with one section (empty when it is valid or not checked here). */
export function sectionProblems(name: string, value: unknown): string[] {
	const check = CHECKS[name];
	if (!check || value === undefined) return [];
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		return [m.app.notices.notAnObject(JSON.stringify(value))];
	}
	return check(value);
}

/**
 * The settings without the sections that fail their validator, and one entry per section left
 * out. `only` limits the check to those sections (e.g. the sections a link touched).
 */
export function checkSettings(
	settings: Record<string, unknown>,
	source: SettingsSource,
	only?: Iterable<string>
): { settings: Record<string, unknown>; ignored: IgnoredSection[] } {
	const out: Record<string, unknown> = { ...settings };
	const ignored: IgnoredSection[] = [];
	const names = only ? [...only] : Object.keys(settings);
	for (const section of names) {
		const problems = sectionProblems(section, settings[section]);
		if (problems.length === 0) continue;
		delete out[section];
		ignored.push({ section, source, message: problems.join(' ') });
	}
	return { settings: out, ignored };
}

/** One sentence for a notice: which settings were ignored, from where, and why. */
export function describeIgnored(entry: IgnoredSection): string {
	const notices = m.app.notices;
	const label = notices.sections[entry.section] ?? entry.section;
	return notices.ignoredSection(label, entry.source === 'link', entry.message);
}
