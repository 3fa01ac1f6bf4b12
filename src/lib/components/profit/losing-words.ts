/**
 * What the Profit view says about a customer who costs more than they bring, and what to do about
 * it (the words are in `m.profit.losing`). The advice follows the source articles: fix the cost
 * first (fewer returns, self-service), do not simply drop the customer.
 */
import type { LosingCustomer } from '../../engine/profit/losing-customers';
import { m } from '../../i18n';

/** "returns cost £75; cutting returns by £42 (56%) breaks even." */
export function explainLoss(customer: LosingCustomer, money: (amount: number) => string): string {
	const words = m.profit.losing.explain;
	const kind = customer.largestCost;
	const amount = money(customer.largestCostAmount);
	const cut = customer.largestCostCut;
	if (cut === null) return words.negativeRevenue(kind, amount);
	if (cut <= 1) return words.cut(kind, amount, money(customer.toBreakEven), cut);
	return words.notEnough(kind, amount, money(customer.toBreakEven - customer.largestCostAmount));
}

/** "−£42: returns cost £75; cutting returns by £42 (56%) breaks even." */
export function describeLosingCustomer(
	customer: LosingCustomer,
	money: (amount: number) => string
): string {
	return `${money(customer.contribution)}: ${explainLoss(customer, money)}`;
}
