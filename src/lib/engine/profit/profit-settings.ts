/**
 * The Profit view's settings section `profit` as plain JSON (saved with the dataset, carried in
 * links and read by `sieve roi --settings` and `sieve sql --settings`): every cost of DOMAIN.md
 * family 6 and the grouping the view shows, and its conversion to the engine's `ProfitOptions`.
 * Lists, not keyed objects, hold the per-category margins and the marketing per group (settings
 * are merged over their defaults key by key, which keeps only known keys — a list is taken whole),
 * and marketing is kept per grouping family so that switching from RFM to personas and back loses
 * nothing. Pure: the page (`state/profit-settings.ts`) and the command line share it.
 */
import { mergeSettings } from '../customers/settings-file';
import { GROUP_FAMILIES, type GroupFamily } from '../customers/group-by';
import {
	checkProfitOptions,
	DEFAULT_MULTIPLIERS,
	ProfitOptionsError,
	validateProfitOptions,
	withProfitDefaults,
	type CostKind,
	type GoodsFrom,
	type ProfitOptions,
	type ProfitOptionsContext,
	type ProfitOptionsIssue
} from './profit-options';

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
 * A saved `profit` section (from a settings file or a link: any JSON) over the defaults, with the
 * list entries that are not `{category, margin}` / `{group, amount}` dropped; null when `section`
 * is not an object (the settings hold no Profit section). Values are checked later, by
 * `profitSettingErrors` or `contributionCostsOf`.
 */
export function profitSettingsOf(section: unknown): ProfitSettings | null {
	if (!isObject(section)) return null;
	const settings = mergeSettings(structuredClone(DEFAULT_PROFIT_SETTINGS), section);
	if (typeof settings.effortAttribute !== 'string') settings.effortAttribute = null;
	settings.categoryMargins = (
		Array.isArray(settings.categoryMargins) ? settings.categoryMargins : []
	).filter((m) => isObject(m) && typeof m.category === 'string' && typeof m.margin === 'number');
	for (const family of GROUP_FAMILIES) {
		const list = settings.marketing[family];
		settings.marketing[family] = Array.isArray(list)
			? list.filter(
					(m) => isObject(m) && typeof m.group === 'string' && typeof m.amount === 'number'
				)
			: [];
	}
	return settings;
}

/**
 * Whether the settings set any cost: costs entered (or the demo's applied: `costsSet`), a margin,
 * a per-category margin, or marketing for the chosen grouping. Without any, the contribution is
 * the net revenue and nothing says so.
 */
export function profitCostsSet(settings: ProfitSettings): boolean {
	return (
		settings.costsSet ||
		settings.marginPercent !== null ||
		settings.categoryMargins.length > 0 ||
		(settings.marketing[settings.by] ?? []).some((m) => m.amount > 0) ||
		[
			settings.costPerOrder,
			settings.costPerReturn,
			settings.costPerTicket,
			settings.costPerEffortPoint
		].some((cost) => cost > 0)
	);
}

/**
 * The costs as entered (what-if multipliers left at 1) for the contribution column of an export,
 * when the settings set any (`profitCostsSet`), else null. Throws ProfitOptionsError naming the
 * field when the Profit family's validator finds an error (`context`: whether the data has a cost
 * column, for goods "from the cost column"); an unknown grouping is an error too.
 */
export function contributionCostsOf(
	settings: ProfitSettings,
	context: ProfitOptionsContext = {}
): ProfitOptions | null {
	if (!profitCostsSet(settings)) return null;
	if (!(GROUP_FAMILIES as readonly string[]).includes(settings.by)) {
		throw new ProfitOptionsError([
			{
				severity: 'error',
				field: 'by',
				message: `profit.by: expected ${GROUP_FAMILIES.join(', ')}, got ${String(settings.by)}.`
			}
		]);
	}
	const options = profitOptionsOf(settings);
	checkProfitOptions(options, context);
	return options;
}
