/**
 * Options of the problems-and-loyalty family (`shared/DOMAIN.md` family 8): plain JSON, saved with
 * the dataset and carried in links. Every field has a default; `resolveLoyaltyOptions` fills them
 * in and throws one message per bad field.
 */

export interface LoyaltyOptions {
	/** W: days after the index day in which an order counts as a repurchase. Default 180. */
	windowDays: number;
	/** Q: a resolved ticket is "resolved quickly" when resolved ≤ Q days after it was opened.
	 * Default 2. */
	quickDays: number;
	/** Interview list: customers per (size band, segment) cell. Default 5. */
	interviewsPerGroup: number;
	/** Interview list: the questions to ask (the article's "what do you value most, and why do you
	 * stay"). Editable; at least one. */
	interviewQuestions: string[];
	/** Interview list: the numeric attribute for size bands; undefined = detect (budget, company
	 * size …), null = net revenue. */
	sizeAttribute?: string | null;
}

export const DEFAULT_INTERVIEW_QUESTIONS: readonly string[] = [
	'What do you value most about buying from us?',
	'Why do you keep coming back rather than going elsewhere?',
	'What nearly made you stop buying from us?',
	'What would you tell a friend about us?',
	'What else could we do for you?'
];

export const DEFAULT_LOYALTY_OPTIONS: LoyaltyOptions = {
	windowDays: 180,
	quickDays: 2,
	interviewsPerGroup: 5,
	interviewQuestions: [...DEFAULT_INTERVIEW_QUESTIONS]
};

export class LoyaltyOptionsError extends Error {
	override name = 'LoyaltyOptionsError';
	constructor(readonly problems: string[]) {
		super(problems.join(' '));
	}
}

const isWhole = (x: unknown, min: number, max: number): x is number =>
	typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;

/** The problems of a (partial) options object, one sentence each; empty when it is valid. */
export function validateLoyaltyOptions(options: Partial<LoyaltyOptions>): string[] {
	const problems: string[] = [];
	const { windowDays, quickDays, interviewsPerGroup, interviewQuestions, sizeAttribute } = options;
	if (windowDays !== undefined && !isWhole(windowDays, 1, 3650))
		problems.push(`The window W must be a whole number of days from 1 to 3650, got ${windowDays}.`);
	if (quickDays !== undefined && !isWhole(quickDays, 0, 365))
		problems.push(
			`Q (resolved quickly) must be a whole number of days from 0 to 365, got ${quickDays}.`
		);
	if (
		quickDays !== undefined &&
		windowDays !== undefined &&
		isWhole(quickDays, 0, 365) &&
		isWhole(windowDays, 1, 3650) &&
		quickDays > windowDays
	)
		problems.push(`Q (${quickDays} days) cannot be longer than the window W (${windowDays} days).`);
	if (interviewsPerGroup !== undefined && !isWhole(interviewsPerGroup, 1, 100))
		problems.push(
			`Interviews per group must be a whole number from 1 to 100, got ${interviewsPerGroup}.`
		);
	if (interviewQuestions !== undefined) {
		if (
			!Array.isArray(interviewQuestions) ||
			interviewQuestions.length === 0 ||
			interviewQuestions.some((q) => typeof q !== 'string' || q.trim() === '')
		)
			problems.push('The interview questions must be a list of at least one non-empty question.');
	}
	if (sizeAttribute !== undefined && sizeAttribute !== null && typeof sizeAttribute !== 'string')
		problems.push('The size attribute must be a column name, or null for net revenue.');
	return problems;
}

/** Defaults filled in; throws `LoyaltyOptionsError` listing every bad field. */
export function resolveLoyaltyOptions(options: Partial<LoyaltyOptions> = {}): LoyaltyOptions {
	const merged = { ...DEFAULT_LOYALTY_OPTIONS, ...options };
	const problems = validateLoyaltyOptions(merged);
	if (problems.length > 0) throw new LoyaltyOptionsError(problems);
	return merged;
}
