/** Display words and money of the Profit view. Figures for tests travel in `data-value`, not here. */
import type { CostKind } from '../../engine/profit/profit-options';
import type { GroupFamily } from '../../engine/customers/group-by';

/** Each cost kind as a shop owner says it. */
export const COST_WORDS: Record<CostKind, string> = {
	goods: 'goods',
	orders: 'order handling',
	returns: 'returns',
	tickets: 'support tickets',
	effort: 'service effort',
	marketing: 'marketing'
};

/** What one group of each family is called, and the family's name. */
export const FAMILY_WORDS: Record<GroupFamily, { group: string; family: string }> = {
	rfm: { group: 'segment', family: 'RFM segment' },
	pattern: { group: 'pattern', family: 'purchase pattern' },
	persona: { group: 'persona', family: 'persona' },
	abc: { group: 'class', family: 'ABC class' }
};

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('en-GB', {
	minimumFractionDigits: 2,
	maximumFractionDigits: 2
});

/**
 * Money with the currency symbol (when known) after the sign: "−£42", "£1,204", "£3.50". Whole
 * units from 100 up; below, cents unless the amount is whole.
 */
export function moneyFormatter(currency: string): (amount: number) => string {
	return (amount: number) => {
		if (!Number.isFinite(amount)) return '—';
		const size = Math.abs(amount);
		const rounded = Math.round(size * 100) / 100;
		const digits = size >= 100 || Number.isInteger(rounded) ? whole : cents;
		const text = digits.format(size >= 100 ? Math.round(size) : rounded);
		return `${amount < 0 && text !== '0' ? '−' : ''}${currency}${text}`;
	};
}

const compact = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });

/** Short money for axis ticks: "−£500k", "£1.5m", "£0". */
export function compactMoneyFormatter(currency: string): (amount: number) => string {
	return (amount: number) =>
		`${amount < 0 ? '−' : ''}${currency}${compact.format(Math.abs(amount))}`;
}
