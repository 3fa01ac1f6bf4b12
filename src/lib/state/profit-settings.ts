/**
 * The Profit view's settings section `profit`: the plain-JSON shape, its defaults and its
 * conversion to the engine's options are the engine's (`engine/profit/profit-settings.ts`, shared
 * with `sieve roi` and `sieve sql`); here is what only the page needs — repairing a stored or
 * hand-edited link with a notice per correction.
 */
import { GROUP_FAMILIES } from '../engine/customers/group-by';
import {
	DEFAULT_PROFIT_SETTINGS,
	profitSettingErrors,
	type ProfitSettings
} from '../engine/profit/profit-settings';
import { m } from '../i18n';

export {
	DEFAULT_PROFIT_SETTINGS,
	profitOptionsOf,
	profitSettingErrors,
	type CategoryMargin,
	type GroupMarketing,
	type ProfitSettings
} from '../engine/profit/profit-settings';

const isObject = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Puts right what a stored or hand-edited link may hold (in place): malformed list entries are
 * dropped, a field the validator rejects goes back to its default, a wrong grouping to RFM. Returns
 * one sentence per correction, for a notice; nothing bad is ever kept.
 */
export function repairProfitSettings(settings: ProfitSettings): string[] {
	const notes: string[] = [];
	if (!(GROUP_FAMILIES as readonly string[]).includes(settings.by)) {
		notes.push(m.profit.repaired.grouping(String(settings.by)));
		settings.by = 'rfm';
	}
	if (settings.marginPercent !== null && typeof settings.marginPercent !== 'number') {
		settings.marginPercent = null;
	}
	if (settings.effortAttribute !== null && typeof settings.effortAttribute !== 'string') {
		settings.effortAttribute = null;
	}
	settings.categoryMargins = settings.categoryMargins.filter(
		(m) => isObject(m) && typeof m.category === 'string' && typeof m.margin === 'number'
	);
	for (const family of GROUP_FAMILIES) {
		const list = settings.marketing[family];
		settings.marketing[family] = Array.isArray(list)
			? list.filter(
					(m) => isObject(m) && typeof m.group === 'string' && typeof m.amount === 'number'
				)
			: [];
	}
	for (const family of GROUP_FAMILIES) {
		const errors = profitSettingErrors({ ...settings, by: family });
		for (const issue of errors) {
			notes.push(m.profit.repaired.reset(issue.message));
			const [field, key] = [
				issue.field.split('.')[0],
				issue.field.slice(issue.field.indexOf('.') + 1)
			];
			if (field === 'categoryMargins') {
				settings.categoryMargins = settings.categoryMargins.filter((m) => m.category !== key);
			} else if (field === 'marketingPerCustomer') {
				settings.marketing[family] = settings.marketing[family].filter((m) => m.group !== key);
			} else if (field in DEFAULT_PROFIT_SETTINGS) {
				(settings as unknown as Record<string, unknown>)[field] =
					DEFAULT_PROFIT_SETTINGS[field as keyof ProfitSettings];
			}
		}
	}
	return [...new Set(notes)];
}
