/**
 * The analysis settings as plain JSON — what a dataset saves, a link carries (`#settings=`) and
 * the CLI reads with `--settings FILE.json`: the dataset-wide section `dataset` (the customer-table
 * choice), then one section per family (`value`, `segments`, `personas` …). One reader for all.
 */
import { DEFAULT_CUSTOMER_TABLE_CHOICE, type CustomerTableChoice } from './customer-table-choice';

/**
 * Fills `defaults` with the values of `given` that have the same type (recursively for plain
 * objects; arrays are taken whole), so a stale or hand-edited link can never inject a wrong type.
 */
export function mergeSettings<T>(defaults: T, given: unknown): T {
	if (given === undefined || given === null) return defaults;
	if (Array.isArray(defaults)) return (Array.isArray(given) ? given : defaults) as T;
	if (defaults !== null && typeof defaults === 'object') {
		if (typeof given !== 'object' || Array.isArray(given)) return defaults;
		const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
		for (const key of Object.keys(out)) {
			out[key] = mergeSettings(out[key], (given as Record<string, unknown>)[key]);
		}
		return out as T;
	}
	if (defaults === null) return given as T;
	return (typeof given === typeof defaults ? given : defaults) as T;
}

/** The fields of the dataset-wide section `dataset` that views used to carry themselves. */
const TABLE_CHOICE_KEYS = ['basis', 'analysisDate', 'startDate'] as const;
/** Views whose sections carried the value basis and analysis date before the `dataset` section. */
const VIEWS_WITH_OLD_CHOICE = ['personas', 'value'] as const;

const isSection = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Settings (saved or from a link) in the current shape: the customer-table choice (value basis,
 * analysis date, start date) in the dataset-wide section `dataset`. Older settings carried it in
 * the `value` and `personas` sections: they move to `dataset`, the Value view's winning when both
 * are there (Segments already used the Value view's), and an explicit `dataset` section wins over
 * both. The view sections lose those keys. Anything else passes through unchanged.
 */
export function migrateSettings(settings: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = { ...settings };
	const moved: Record<string, unknown> = {};
	for (const view of VIEWS_WITH_OLD_CHOICE) {
		const section = out[view];
		if (!isSection(section)) continue;
		const rest = { ...section };
		for (const key of TABLE_CHOICE_KEYS) {
			if (key in rest) {
				moved[key] = rest[key];
				delete rest[key];
			}
		}
		out[view] = rest;
	}
	if (Object.keys(moved).length > 0 || isSection(out.dataset)) {
		out.dataset = { ...moved, ...(isSection(out.dataset) ? out.dataset : {}) };
	}
	return out;
}

/**
 * Settings from a file's text: a JSON object of sections, or a share link / fragment holding
 * `#settings=<base64url JSON>`. Migrated to the current shape. Throws a SyntaxError saying what is
 * wrong.
 */
export function parseSettingsText(text: string): Record<string, unknown> {
	const trimmed = text.trim();
	const fragment = /#settings=([A-Za-z0-9_-]+)/.exec(trimmed);
	let json = trimmed;
	if (fragment) {
		const base64 = fragment[1].replace(/-/g, '+').replace(/_/g, '/');
		const binary = atob(base64 + '==='.slice((base64.length + 3) % 4));
		json = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
	}
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch (error) {
		throw new SyntaxError(`The settings are not JSON: ${(error as Error).message}`, {
			cause: error
		});
	}
	if (!isSection(value)) {
		throw new SyntaxError('The settings must be a JSON object of sections (dataset, value, …).');
	}
	return migrateSettings(value);
}

/** The `dataset` section of settings over the defaults (wrong types fall back to the default). */
export function tableChoiceOf(settings: Record<string, unknown>): CustomerTableChoice {
	return mergeSettings({ ...DEFAULT_CUSTOMER_TABLE_CHOICE }, settings.dataset);
}
