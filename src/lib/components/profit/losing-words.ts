/**
 * What the Profit view says about a customer who costs more than they bring, and what to do about
 * it. The advice follows the source articles: fix the cost first (fewer returns, self-service),
 * do not simply drop the customer.
 */
import type { LosingCustomer } from '../../engine/profit/losing-customers';
import type { CostKind } from '../../engine/profit/profit-options';
import { COST_WORDS } from './profit-format';

/** What fixes each cost, in a shop owner's words. */
export const COST_FIXES: Record<CostKind, string> = {
	goods: 'check the prices and margins of what they buy',
	orders: 'nudge towards fewer, larger baskets (free delivery over a threshold, bundles)',
	returns: 'cut returns with clearer descriptions and sizes, and a check before dispatch',
	tickets: 'offer self-service: order tracking, a help page, answers before they ask',
	effort: 'offer self-service and a set way of serving them, so each request takes less time',
	marketing: 'send them fewer, better-aimed mailings'
};

/** "returns cost £75; cutting returns by £42 (56%) breaks even." */
export function explainLoss(customer: LosingCustomer, money: (amount: number) => string): string {
	const word = COST_WORDS[customer.largestCost];
	const head = `${word} cost ${money(customer.largestCostAmount)}`;
	const cut = customer.largestCostCut;
	if (cut === null) return `${head}; the revenue itself is negative (more returned than bought).`;
	if (cut <= 1) {
		return `${head}; cutting ${word} by ${money(customer.toBreakEven)} (${Math.round(cut * 100)}%) breaks even.`;
	}
	return `${head}; even without ${word} this customer would lose ${money(customer.toBreakEven - customer.largestCostAmount)}.`;
}

/** "−£42: returns cost £75; cutting returns by £42 (56%) breaks even." */
export function describeLosingCustomer(
	customer: LosingCustomer,
	money: (amount: number) => string
): string {
	return `${money(customer.contribution)}: ${explainLoss(customer, money)}`;
}
