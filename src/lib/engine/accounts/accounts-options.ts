/**
 * Options of the account-reviews family (`shared/DOMAIN.md` family 7): plain JSON, saved with the
 * dataset and carried in links. Every field has a default; `resolveAccountsOptions` fills them in
 * and throws one message per bad field.
 */

export const OPPORTUNITY_LEVELS = ['High', 'Medium', 'Low'] as const;
export type OpportunityLevel = (typeof OPPORTUNITY_LEVELS)[number];

export interface AccountsOptions {
	/** High needs whitespace ≥ this AND capacity ≥ `highCapacity`. Default 0.5. */
	highWhitespace: number;
	/** Default 2/3. */
	highCapacity: number;
	/** Low when whitespace < this OR capacity < `lowCapacity` (Low is tested first, so an
	 * account that meets both is Low). Default 0.2. */
	lowWhitespace: number;
	/** Default 1/3. */
	lowCapacity: number;
	/** Months between reviews per level: High 3, Medium 6, Low 12 (calendar months). */
	cadenceMonths: Record<OpportunityLevel, number>;
	/** Reviews that fit in one week (Monday–Friday). Default 10. */
	perWeek: number;
	/** The review checklist, shown in every brief and event. */
	questions: string[];
	/** The numeric resources attribute for capacity: undefined = detect by name (budget, company
	 * size …), null = always net revenue. */
	resourcesAttribute?: string | null;
	/** The last-review date attribute: undefined = detect by name (last review …), null = none. */
	lastReviewAttribute?: string | null;
	/** "Stopped buying": bought in the first half of the customer's history but not in the last
	 * N months. Default 6. */
	stoppedMonths: number;
}

export const DEFAULT_REVIEW_QUESTIONS: readonly string[] = [
	'How do they see us? What do we do well, and what should we do better?',
	'What else do they need, now or in the coming year?',
	'Who else do they talk to or buy from, for what?'
];

export const DEFAULT_ACCOUNTS_OPTIONS: AccountsOptions = {
	highWhitespace: 0.5,
	highCapacity: 2 / 3,
	lowWhitespace: 0.2,
	lowCapacity: 1 / 3,
	cadenceMonths: { High: 3, Medium: 6, Low: 12 },
	perWeek: 10,
	questions: [...DEFAULT_REVIEW_QUESTIONS],
	stoppedMonths: 6
};

export class AccountsOptionsError extends Error {
	override name = 'AccountsOptionsError';
	constructor(readonly problems: string[]) {
		super(problems.join(' '));
	}
}

const isShare = (x: unknown): x is number => typeof x === 'number' && x >= 0 && x <= 1;
const isWhole = (x: unknown, min: number, max: number): x is number =>
	typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;

/** The problems of an options object, one sentence each; empty when it is valid. */
export function validateAccountsOptions(options: AccountsOptions): string[] {
	const problems: string[] = [];
	for (const key of ['highWhitespace', 'highCapacity', 'lowWhitespace', 'lowCapacity'] as const)
		if (!isShare(options[key]))
			problems.push(`${key} must be a share from 0 to 1, got ${String(options[key])}.`);
	if (isShare(options.lowWhitespace) && isShare(options.highWhitespace))
		if (options.lowWhitespace > options.highWhitespace)
			problems.push(
				`The Low whitespace threshold (${options.lowWhitespace}) is above the High one (${options.highWhitespace}).`
			);
	if (isShare(options.lowCapacity) && isShare(options.highCapacity))
		if (options.lowCapacity > options.highCapacity)
			problems.push(
				`The Low capacity threshold (${options.lowCapacity}) is above the High one (${options.highCapacity}).`
			);
	const cadence = options.cadenceMonths;
	if (typeof cadence !== 'object' || cadence === null) {
		problems.push('The cadence must give months for High, Medium and Low.');
	} else {
		for (const level of OPPORTUNITY_LEVELS)
			if (!isWhole(cadence[level], 1, 120))
				problems.push(
					`The ${level} cadence must be a whole number of months from 1 to 120, got ${String(cadence[level])}.`
				);
	}
	if (!isWhole(options.perWeek, 1, 10_000))
		problems.push(
			`Reviews per week must be a whole number from 1 to 10000, got ${String(options.perWeek)}.`
		);
	if (
		!Array.isArray(options.questions) ||
		options.questions.some((q) => typeof q !== 'string' || q.trim() === '')
	)
		problems.push('The review questions must be a list of non-empty questions.');
	if (!isWhole(options.stoppedMonths, 1, 120))
		problems.push(
			`“Stopped buying” needs a whole number of months from 1 to 120, got ${String(options.stoppedMonths)}.`
		);
	for (const key of ['resourcesAttribute', 'lastReviewAttribute'] as const) {
		const value = options[key];
		if (value !== undefined && value !== null && typeof value !== 'string')
			problems.push(`${key} must be a column name, or null.`);
	}
	return problems;
}

/** Defaults filled in (cadence per level too); throws `AccountsOptionsError` listing every bad field. */
export function resolveAccountsOptions(options: Partial<AccountsOptions> = {}): AccountsOptions {
	const merged: AccountsOptions = {
		...DEFAULT_ACCOUNTS_OPTIONS,
		...options,
		cadenceMonths: { ...DEFAULT_ACCOUNTS_OPTIONS.cadenceMonths, ...options.cadenceMonths },
		questions: [...(options.questions ?? DEFAULT_ACCOUNTS_OPTIONS.questions)]
	};
	const problems = validateAccountsOptions(merged);
	if (problems.length > 0) throw new AccountsOptionsError(problems);
	return merged;
}
