/**
 * Requests of the Loyalty view (family 8, problems and loyalty): the complaint-handling table and
 * the customers of one of its cells. The answers are the engine's own (`engine/loyalty/`).
 */
import type { LoyaltyCellFilter } from '../../engine/loyalty/export-loyalty';
import type { LoyaltyOptions } from '../../engine/loyalty/loyalty-options';
import type { LoyaltyReport } from '../../engine/loyalty/loyalty-report';
import type { TableInput } from '../data/protocol';

/** The view's own options (the dataset settings section `loyalty`): W and Q in days. */
export type LoyaltySettings = Pick<LoyaltyOptions, 'windowDays' | 'quickDays'>;

export interface LoyaltyInput extends TableInput {
	options: LoyaltySettings;
}

export interface LoyaltyAnswer {
	/** Null when the dataset has neither a tickets file nor problem counts in its customers file. */
	report: LoyaltyReport | null;
	/** Why there is no report, in words; null when there is one. */
	message: string | null;
}

export interface LoyaltyProtocol {
	analyseLoyalty: { input: LoyaltyInput; output: LoyaltyAnswer };
	exportLoyaltyCell: {
		input: LoyaltyInput & { filter: LoyaltyCellFilter };
		output: { fileName: string; csv: string; rows: number };
	};
}
