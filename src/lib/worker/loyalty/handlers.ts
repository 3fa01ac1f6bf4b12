/**
 * The Loyalty view's handlers: the shared customer table and the dataset's tickets, then the
 * engine's loyalty pipeline (`engine/loyalty/analyse-loyalty.ts`) and its files.
 */
import {
	interviewListFile,
	loyaltyAnswer,
	loyaltyCellFile,
	LoyaltyMemo
} from '../../engine/loyalty/analyse-loyalty';
import { openTable, type Datasets, type HandlersOf } from '../datasets';
import type { LoyaltyInput, LoyaltyProtocol } from './protocol';

export function createLoyaltyHandlers(datasets: Datasets): HandlersOf<LoyaltyProtocol> {
	const memo = new LoyaltyMemo();
	datasets.onRelease(() => memo.clear());

	async function prepare(input: LoyaltyInput) {
		const { dataset, customers } = await openTable(datasets, input);
		return { dataset, computation: memo.get(customers, dataset.tickets ?? null, input.options) };
	}

	return {
		async analyseLoyalty(input) {
			return loyaltyAnswer((await prepare(input)).computation);
		},

		async exportLoyaltyCell(input) {
			const { dataset, computation } = await prepare(input);
			return loyaltyCellFile(computation, dataset.summary.name, input.currency, input.filter);
		},

		async exportInterviewList(input) {
			const { dataset, computation } = await prepare(input);
			return interviewListFile(computation, dataset.summary.name, input.currency);
		}
	};
}
