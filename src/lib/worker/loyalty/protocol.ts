/**
 * Requests of the Loyalty view (family 8, problems and loyalty): the complaint-handling table with
 * the interview list, the customers of one of its cells, and the interview list as CSV. The
 * answers are the engine's own (`engine/loyalty/`).
 */
import type { CsvFile, LoyaltyAnswer } from '../../engine/loyalty/analyse-loyalty';
import type { LoyaltyCellFilter } from '../../engine/loyalty/export-loyalty';
import type { LoyaltyOptions } from '../../engine/loyalty/loyalty-options';
import type { TableInput } from '../data/protocol';

/** The view's own options (the dataset settings section `loyalty`): W and Q in days. */
export type LoyaltySettings = Pick<LoyaltyOptions, 'windowDays' | 'quickDays'>;

export interface LoyaltyInput extends TableInput {
	options: LoyaltySettings;
}

export type { LoyaltyAnswer };

export interface LoyaltyProtocol {
	analyseLoyalty: { input: LoyaltyInput; output: LoyaltyAnswer };
	exportLoyaltyCell: {
		input: LoyaltyInput & { filter: LoyaltyCellFilter };
		output: CsvFile;
	};
	exportInterviewList: { input: LoyaltyInput; output: CsvFile };
}
