/**
 * "What if returns cost 30% more?": the profit columns with each cost kind scaled by a multiplier
 * (0.5–1.5), from the columns `computeProfit` already holds — one pass over the customers, no
 * lines read, no table rebuilt. Says how many customers change sign (start or stop losing money).
 */
import type { ProfitColumns, ProfitResult } from './compute-profit';
import { DEFAULT_MULTIPLIERS, type CostKind } from './profit-options';

export interface WhatIfResult extends ProfitColumns {
	multipliers: Record<CostKind, number>;
	/** True when every multiplier is 1 (the columns are the base columns themselves). */
	isBase: boolean;
	/** Customers whose contribution is < 0 with the multipliers but ≥ 0 as entered … */
	becameLosing: number;
	/** … and ≥ 0 with the multipliers but < 0 as entered. */
	becameProfitable: number;
	/** becameLosing + becameProfitable. */
	changedSign: number;
}

/** True when every multiplier is exactly 1. */
export function isBaseMultipliers(multipliers: Partial<Record<CostKind, number>>): boolean {
	return Object.values(multipliers).every((m) => m === 1);
}

/**
 * The base columns with goods × m.goods, order cost × m.orders, … marketing × m.marketing, and
 * contribution recomputed; sign changes counted against the base contribution. O(customers).
 * Multipliers are not validated here (`validateProfitOptions` does that).
 */
export function applyWhatIf(
	base: ProfitResult,
	multipliers: Partial<Record<CostKind, number>> = {}
): WhatIfResult {
	const m: Record<CostKind, number> = { ...DEFAULT_MULTIPLIERS, ...multipliers };
	if (isBaseMultipliers(m)) {
		return {
			...pickColumns(base),
			multipliers: m,
			isBase: true,
			becameLosing: 0,
			becameProfitable: 0,
			changedSign: 0
		};
	}
	const n = base.count;
	const goods = new Float64Array(n);
	const orderCost = new Float64Array(n);
	const returnCost = new Float64Array(n);
	const ticketCost = new Float64Array(n);
	const effortCost = new Float64Array(n);
	const service = new Float64Array(n);
	const marketing = new Float64Array(n);
	const contribution = new Float64Array(n);
	const revenue = base.revenue;
	const baseContribution = base.contribution;
	let becameLosing = 0;
	let becameProfitable = 0;
	for (let i = 0; i < n; i++) {
		const g = base.goods[i] * m.goods;
		const o = base.orderCost[i] * m.orders;
		const r = base.returnCost[i] * m.returns;
		const t = base.ticketCost[i] * m.tickets;
		const e = base.effortCost[i] * m.effort;
		const k = base.marketing[i] * m.marketing;
		const s = o + r + t + e;
		const c = revenue[i] - g - s - k;
		goods[i] = g;
		orderCost[i] = o;
		returnCost[i] = r;
		ticketCost[i] = t;
		effortCost[i] = e;
		service[i] = s;
		marketing[i] = k;
		contribution[i] = c;
		const wasLosing = baseContribution[i] < 0;
		if (c < 0 && !wasLosing) becameLosing++;
		else if (c >= 0 && wasLosing) becameProfitable++;
	}
	return {
		revenue,
		goods,
		orderCost,
		returnCost,
		ticketCost,
		effortCost,
		service,
		marketing,
		contribution,
		multipliers: m,
		isBase: false,
		becameLosing,
		becameProfitable,
		changedSign: becameLosing + becameProfitable
	};
}

function pickColumns(base: ProfitColumns): ProfitColumns {
	const { revenue, goods, orderCost, returnCost, ticketCost, effortCost, service, marketing } =
		base;
	return {
		revenue,
		goods,
		orderCost,
		returnCost,
		ticketCost,
		effortCost,
		service,
		marketing,
		contribution: base.contribution
	};
}
