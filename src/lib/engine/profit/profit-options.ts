/**
 * The costs of DOMAIN.md family 6 (profit and ROI) as plain JSON options: what goods cost (the
 * cost column or margins), what serving a customer costs (per order, return, ticket, effort point),
 * marketing per customer of each group, and what-if multipliers. Every cost defaults to 0, so
 * without settings the contribution equals the gross profit (or the revenue, without cost data).
 */

/** The kinds of cost a contribution is made of, in the order the page and exports show them. */
export const COST_KINDS = ['goods', 'orders', 'returns', 'tickets', 'effort', 'marketing'] as const;
export type CostKind = (typeof COST_KINDS)[number];
/** The service kinds (service = their sum). */
export const SERVICE_KINDS = ['orders', 'returns', 'tickets', 'effort'] as const;

/** Where goods costs come from. */
export type GoodsFrom = 'auto' | 'cost' | 'margin';

export interface ProfitOptions {
	/**
	 * 'auto' (default): the orders file's cost column when it has one, else the margins; 'cost':
	 * the cost column (lines without a readable cost fall back to the margins); 'margin': the
	 * margins even when a cost column exists.
	 */
	goodsFrom: GoodsFrom;
	/** One margin in percent (0–100) for every line: goods = amount × (1 − margin ÷ 100). Default
	 * null (none). Per-category margins take precedence. */
	marginPercent: number | null;
	/** Margin in percent (0–100) per category name (`orders.category.values`); default {}. */
	categoryMargins: Record<string, number>;
	/** Service costs, ≥ 0, default 0: per order, per return, per ticket, per service-effort point
	 * (the customers file's effort attribute, 1–10, counted once per customer over the period). */
	costPerOrder: number;
	costPerReturn: number;
	costPerTicket: number;
	costPerEffortPoint: number;
	/** Marketing cost per customer, ≥ 0, keyed by group label or key of the chosen grouping;
	 * groups not listed cost 0. Default {}. */
	marketingPerCustomer: Record<string, number>;
	/** Name of the numeric effort attribute; default null = the first whose name matches /effort/i. */
	effortAttribute: string | null;
	/** What if a cost kind were this many times what was entered: 0.5–1.5 each, default 1. */
	multipliers: Record<CostKind, number>;
}

export const MULTIPLIER_RANGE: readonly [number, number] = [0.5, 1.5];
export const EFFORT_RANGE: readonly [number, number] = [1, 10];

export const DEFAULT_MULTIPLIERS: Readonly<Record<CostKind, number>> = {
	goods: 1,
	orders: 1,
	returns: 1,
	tickets: 1,
	effort: 1,
	marketing: 1
};

export const DEFAULT_PROFIT_OPTIONS: Readonly<ProfitOptions> = {
	goodsFrom: 'auto',
	marginPercent: null,
	categoryMargins: {},
	costPerOrder: 0,
	costPerReturn: 0,
	costPerTicket: 0,
	costPerEffortPoint: 0,
	marketingPerCustomer: {},
	effortAttribute: null,
	multipliers: DEFAULT_MULTIPLIERS
};

/** Options with defaults filled in (a partial object from a link, a file or the command line). */
export function withProfitDefaults(options: Partial<ProfitOptions> = {}): ProfitOptions {
	return {
		...DEFAULT_PROFIT_OPTIONS,
		...options,
		categoryMargins: { ...(options.categoryMargins ?? {}) },
		marketingPerCustomer: { ...(options.marketingPerCustomer ?? {}) },
		multipliers: { ...DEFAULT_MULTIPLIERS, ...(options.multipliers ?? {}) }
	};
}

/** One problem with the options: the field at fault (a path such as `categoryMargins.Tea`) and a
 * sentence for the user. Errors stop the computation; warnings do not. */
export interface ProfitOptionsIssue {
	severity: 'error' | 'warning';
	field: string;
	message: string;
}

/** What the data offers, to check the options against (all optional). */
export interface ProfitOptionsContext {
	hasCostColumn?: boolean;
	/** Category names of the orders file. */
	categories?: readonly string[];
	/** Labels and keys of the chosen grouping. */
	groupLabels?: readonly string[];
	groupKeys?: readonly string[];
}

export class ProfitOptionsError extends Error {
	override name = 'ProfitOptionsError';
	readonly issues: ProfitOptionsIssue[];
	constructor(issues: ProfitOptionsIssue[]) {
		super(issues.map((issue) => issue.message).join('\n'));
		this.issues = issues;
	}
}

const COST_FIELDS = [
	'costPerOrder',
	'costPerReturn',
	'costPerTicket',
	'costPerEffortPoint'
] as const;
const COST_WORDS: Record<(typeof COST_FIELDS)[number], string> = {
	costPerOrder: 'cost per order',
	costPerReturn: 'cost per return',
	costPerTicket: 'cost per ticket',
	costPerEffortPoint: 'cost per effort point'
};

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function checkMargin(value: unknown, field: string, what: string): ProfitOptionsIssue | null {
	if (!isNumber(value))
		return { severity: 'error', field, message: `${what} must be a number, got ${String(value)}.` };
	if (value < 0)
		return {
			severity: 'error',
			field,
			message: `${what} is ${value}%: a margin cannot be negative (0–100%).`
		};
	if (value > 100)
		return {
			severity: 'error',
			field,
			message: `${what} is ${value}%: a margin cannot be over 100% (0–100%).`
		};
	return null;
}

/**
 * Every problem with `options`, errors first: costs and marketing must be numbers ≥ 0, margins
 * 0–100%, multipliers 0.5–1.5; with a context, warnings for margins of categories the data lacks,
 * marketing for groups that do not exist, and a cost column asked for that the file lacks (error).
 */
export function validateProfitOptions(
	options: ProfitOptions,
	context: ProfitOptionsContext = {}
): ProfitOptionsIssue[] {
	const issues: ProfitOptionsIssue[] = [];
	const push = (issue: ProfitOptionsIssue | null) => {
		if (issue) issues.push(issue);
	};
	if (!['auto', 'cost', 'margin'].includes(options.goodsFrom)) {
		push({
			severity: 'error',
			field: 'goodsFrom',
			message: `Goods costs come from 'auto', 'cost' or 'margin', not '${String(options.goodsFrom)}'.`
		});
	}
	if (options.goodsFrom === 'cost' && context.hasCostColumn === false) {
		push({
			severity: 'error',
			field: 'goodsFrom',
			message:
				'Goods costs are set to come from the cost column, but the orders file has none: map a cost column or use margins.'
		});
	}
	if (options.marginPercent !== null)
		push(checkMargin(options.marginPercent, 'marginPercent', 'The margin'));
	for (const [category, margin] of Object.entries(options.categoryMargins ?? {})) {
		push(
			checkMargin(margin, `categoryMargins.${category}`, `The margin of category “${category}”`)
		);
	}
	for (const field of COST_FIELDS) {
		const value = options[field];
		if (!isNumber(value)) {
			push({
				severity: 'error',
				field,
				message: `The ${COST_WORDS[field]} must be a number, got ${String(value)}.`
			});
		} else if (value < 0) {
			push({
				severity: 'error',
				field,
				message: `The ${COST_WORDS[field]} is ${value}: a cost cannot be negative.`
			});
		}
	}
	for (const [group, amount] of Object.entries(options.marketingPerCustomer ?? {})) {
		const field = `marketingPerCustomer.${group}`;
		if (!isNumber(amount)) {
			push({
				severity: 'error',
				field,
				message: `Marketing per customer of “${group}” must be a number, got ${String(amount)}.`
			});
		} else if (amount < 0) {
			push({
				severity: 'error',
				field,
				message: `Marketing per customer of “${group}” is ${amount}: a cost cannot be negative.`
			});
		}
	}
	const [low, high] = MULTIPLIER_RANGE;
	for (const kind of Object.keys(options.multipliers ?? {})) {
		const value = (options.multipliers as Record<string, unknown>)[kind];
		if (!(COST_KINDS as readonly string[]).includes(kind)) {
			push({
				severity: 'error',
				field: `multipliers.${kind}`,
				message: `“${kind}” is not a cost kind (${COST_KINDS.join(', ')}).`
			});
		} else if (!isNumber(value) || value < low || value > high) {
			push({
				severity: 'error',
				field: `multipliers.${kind}`,
				message: `The what-if multiplier of ${kind} must be ${low}–${high} (−50% … +50%), got ${String(value)}.`
			});
		}
	}

	if (context.categories) {
		const known = new Set(context.categories);
		for (const category of Object.keys(options.categoryMargins ?? {})) {
			if (!known.has(category)) {
				push({
					severity: 'warning',
					field: `categoryMargins.${category}`,
					message: `A margin is set for category “${category}”, which the orders file does not have.`
				});
			}
		}
	}
	if (context.groupLabels) {
		const known = new Set([...context.groupLabels, ...(context.groupKeys ?? [])]);
		for (const group of Object.keys(options.marketingPerCustomer ?? {})) {
			if (!known.has(group)) {
				push({
					severity: 'warning',
					field: `marketingPerCustomer.${group}`,
					message: `Marketing is set for group “${group}”, which is not one of: ${context.groupLabels.join(', ')}.`
				});
			}
		}
	}
	return issues.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/** Throws `ProfitOptionsError` listing every error of `validateProfitOptions`; returns the warnings. */
export function checkProfitOptions(
	options: ProfitOptions,
	context: ProfitOptionsContext = {}
): ProfitOptionsIssue[] {
	const issues = validateProfitOptions(options, context);
	const errors = issues.filter((issue) => issue.severity === 'error');
	if (errors.length > 0) throw new ProfitOptionsError(errors);
	return issues;
}

/** "40", "40%", "40,5 %" → 40 / 40 / 40.5; NaN when not a number. */
function parsePercent(text: string): number {
	const cleaned = text.trim().replace(/%$/, '').trim().replace(',', '.');
	if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return NaN;
	return Number(cleaned);
}

/**
 * Margins per category from CSV text: one `category,margin` row per line (margin in percent, a
 * `%` sign allowed; a header row is skipped when its margin is not a number; `;` or tab
 * separate instead when present, so `Tea;12,5` is 12.5%). Throws `ProfitOptionsError` naming every bad line (line numbers from 1).
 */
export function parseCategoryMargins(text: string): Record<string, number> {
	const margins: Record<string, number> = {};
	const issues: ProfitOptionsIssue[] = [];
	const rows = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
	rows.forEach((row, index) => {
		if (row.trim() === '') return;
		const line = index + 1;
		// `;` or tab separate when present (then `,` may be a decimal comma), else the last `,`.
		const strong = Math.max(row.lastIndexOf(';'), row.lastIndexOf('\t'));
		const cut = strong >= 0 ? strong : row.lastIndexOf(',');
		if (cut < 0) {
			issues.push({
				severity: 'error',
				field: `line ${line}`,
				message: `Margins, line ${line}: expected “category,margin”, got “${row}”.`
			});
			return;
		}
		const category = row
			.slice(0, cut)
			.trim()
			.replace(/^"(.*)"$/, '$1')
			.replace(/""/g, '"');
		const marginText = row.slice(cut + 1);
		const margin = parsePercent(marginText);
		if (Number.isNaN(margin)) {
			if (index === 0) return; // a header row
			issues.push({
				severity: 'error',
				field: `line ${line}`,
				message: `Margins, line ${line}: the margin of “${category}” is “${marginText.trim()}”, not a number.`
			});
			return;
		}
		if (category === '') {
			issues.push({
				severity: 'error',
				field: `line ${line}`,
				message: `Margins, line ${line}: the category name is empty.`
			});
			return;
		}
		const problem = checkMargin(
			margin,
			`line ${line}`,
			`Margins, line ${line}: the margin of “${category}”`
		);
		if (problem) issues.push(problem);
		else margins[category] = margin;
	});
	if (issues.length > 0) throw new ProfitOptionsError(issues);
	return margins;
}

/**
 * Marketing per customer from `group=amount,group=amount` (the command line's `--marketing`).
 * Throws `ProfitOptionsError` naming each bad pair.
 */
export function parseMarketing(text: string): Record<string, number> {
	const marketing: Record<string, number> = {};
	const issues: ProfitOptionsIssue[] = [];
	for (const pair of text.split(',')) {
		if (pair.trim() === '') continue;
		const at = pair.lastIndexOf('=');
		const group = at < 0 ? '' : pair.slice(0, at).trim();
		const amountText = at < 0 ? '' : pair.slice(at + 1).trim();
		const amount = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(amountText) ? Number(amountText) : NaN;
		if (group === '' || Number.isNaN(amount)) {
			issues.push({
				severity: 'error',
				field: 'marketingPerCustomer',
				message: `Marketing: expected group=amount, got “${pair.trim()}”.`
			});
		} else marketing[group] = amount;
	}
	if (issues.length > 0) throw new ProfitOptionsError(issues);
	return marketing;
}
