/**
 * The Profit view's settings section `profit`: every cost of DOMAIN.md family 6 as plain JSON,
 * saved with the dataset and carried in links, and the grouping the view shows. Lists, not keyed
 * objects, hold the per-category margins and the marketing per group (settings are merged over
 * their defaults key by key, which keeps only known keys — a list is taken whole), and marketing is
 * kept per grouping family so that switching from RFM to personas and back loses nothing.
 */
import { GROUP_FAMILIES, type GroupFamily } from '../engine/customers/group-by';
import {
	DEFAULT_MULTIPLIERS,
	validateProfitOptions,
	withProfitDefaults,
	type CostKind,
	type GoodsFrom,
	type ProfitOptions,
	type ProfitOptionsIssue
} from '../engine/profit/profit-options';
import { m } from '../i18n';

export interface CategoryMargin {
	category: string;
	/** Percent, 0–100. */
	margin: number;
}

export interface GroupMarketing {
	/** The group's key (`CustomerGrouping.keys`). */
	group: string;
	/** Marketing cost per customer, ≥ 0. */
	amount: number;
}

export interface ProfitSettings {
	/** The exclusive family the view groups by. Default 'rfm'. */
	by: GroupFamily;
	goodsFrom: GoodsFrom;
	/** One margin for every line, percent 0–100; null = none (per-category margins or the cost column). */
	marginPercent: number | null;
	categoryMargins: CategoryMargin[];
	costPerOrder: number;
	costPerReturn: number;
	costPerTicket: number;
	costPerEffortPoint: number;
	/** Marketing per customer for each grouping family's groups. */
	marketing: Record<GroupFamily, GroupMarketing[]>;
	/** The numeric attribute holding the service effort; null = the first named like "effort". */
	effortAttribute: string | null;
	/** The currency symbol amounts are shown with ('' = none); the data does not record it. */
	currency: string;
	/** True once costs were entered or the demo's applied: the demo's costs are offered only before. */
	costsSet: boolean;
}

export const DEFAULT_PROFIT_SETTINGS: ProfitSettings = {
	by: 'rfm',
	goodsFrom: 'auto',
	marginPercent: null,
	categoryMargins: [],
	costPerOrder: 0,
	costPerReturn: 0,
	costPerTicket: 0,
	costPerEffortPoint: 0,
	marketing: { rfm: [], pattern: [], persona: [], abc: [] },
	effortAttribute: null,
	currency: '',
	costsSet: false
};

/** The engine's options for the settings' grouping, with what-if multipliers. */
export function profitOptionsOf(
	settings: ProfitSettings,
	multipliers: Record<CostKind, number> = DEFAULT_MULTIPLIERS
): ProfitOptions {
	return withProfitDefaults({
		goodsFrom: settings.goodsFrom,
		marginPercent: settings.marginPercent,
		categoryMargins: Object.fromEntries(
			settings.categoryMargins.map((m) => [m.category, m.margin])
		),
		costPerOrder: settings.costPerOrder,
		costPerReturn: settings.costPerReturn,
		costPerTicket: settings.costPerTicket,
		costPerEffortPoint: settings.costPerEffortPoint,
		marketingPerCustomer: Object.fromEntries(
			(settings.marketing[settings.by] ?? []).map((m) => [m.group, m.amount])
		),
		effortAttribute: settings.effortAttribute,
		multipliers: { ...multipliers }
	});
}

/** The errors (never the warnings) the engine's validator finds in settings with a change applied. */
export function profitSettingErrors(
	settings: ProfitSettings,
	change: Partial<ProfitSettings> = {}
): ProfitOptionsIssue[] {
	return validateProfitOptions(profitOptionsOf({ ...settings, ...change })).filter(
		(issue) => issue.severity === 'error'
	);
}

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

/** The personas' user names by persona key, from the `personas` section's edits. */
export function personaNamesOf(edits: unknown): Record<string, string> {
	const names: Record<string, string> = {};
	if (!Array.isArray(edits)) return names;
	for (const edit of edits) {
		if (isObject(edit) && typeof edit.key === 'string' && typeof edit.name === 'string') {
			if (edit.name.trim() !== '') names[edit.key] = edit.name.trim();
		}
	}
	return names;
}
