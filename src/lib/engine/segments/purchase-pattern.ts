/**
 * Family 3 of `shared/DOMAIN.md`: purchase pattern — one-time (1 order), regular (≥ 3 orders with a
 * gap coefficient of variation ≤ 0.75), irregular (the rest) — and the lapsing tag (the current gap
 * exceeds 2× the customer's own mean gap).
 */
import type { CustomerTable } from '../customers/customer-table';

export const PURCHASE_PATTERNS = ['one-time', 'regular', 'irregular'] as const;
export type PurchasePattern = (typeof PURCHASE_PATTERNS)[number];

export interface PurchasePatternOptions {
	/** Fewest orders for "regular"; default 3. */
	regularMinOrders?: number;
	/** Largest gap coefficient of variation for "regular"; default 0.75. */
	regularMaxGapCv?: number;
	/** Lapsing when days since the last order > this × the mean gap; default 2. */
	lapsingFactor?: number;
}

export interface PurchasePatternResult {
	/** Code per customer entry into PURCHASE_PATTERNS (0 one-time, 1 regular, 2 irregular). */
	pattern: Uint8Array;
	/** 1 when lapsing (needs ≥ 2 orders, so a mean gap exists). */
	lapsing: Uint8Array;
	counts: Record<PurchasePattern, number>;
	lapsingCount: number;
	options: Required<PurchasePatternOptions>;
}

/** Classifies every customer's purchase pattern and lapsing tag (thresholds from options). */
export function classifyPurchasePattern(
	customers: CustomerTable,
	options: PurchasePatternOptions = {}
): PurchasePatternResult {
	const used: Required<PurchasePatternOptions> = {
		regularMinOrders: options.regularMinOrders ?? 3,
		regularMaxGapCv: options.regularMaxGapCv ?? 0.75,
		lapsingFactor: options.lapsingFactor ?? 2
	};
	const n = customers.count;
	const pattern = new Uint8Array(n);
	const lapsing = new Uint8Array(n);
	const counts: Record<PurchasePattern, number> = { 'one-time': 0, regular: 0, irregular: 0 };
	let lapsingCount = 0;
	for (let i = 0; i < n; i++) {
		const orders = customers.orders[i];
		// A NaN coefficient (every order on one day) fails the comparison, so it is irregular.
		const code =
			orders === 1
				? 0
				: orders >= used.regularMinOrders && customers.gapCv[i] <= used.regularMaxGapCv
					? 1
					: 2;
		pattern[i] = code;
		counts[PURCHASE_PATTERNS[code]]++;
		if (orders >= 2 && customers.recencyDays[i] > used.lapsingFactor * customers.meanGapDays[i]) {
			lapsing[i] = 1;
			lapsingCount++;
		}
	}
	return { pattern, lapsing, counts, lapsingCount, options: used };
}
