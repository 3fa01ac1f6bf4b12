/**
 * The Lifetime value view's handlers: the dataset's order lines, then the engine's CLV session
 * (`engine/clv/clv-session.ts`): the fit kept in the memo shared with the other views (its phases
 * reported as progress, Cancel checked between them), the answer, a page of customers, the CSV, a
 * customer's curve. CLV per group: the shared customer table, the grouping the user chose (the
 * `customers/group-by-request` adapter) and the joined fit, then `clvByGroup`.
 */
import { clvByGroup } from '../../engine/clv/clv-by-group';
import { joinedClvOptions } from '../../engine/clv/clv-options';
import {
	ClvMemo,
	clvAnalysis,
	clvCustomersFile,
	clvCustomersOf
} from '../../engine/clv/clv-session';
import { clvCustomerCurve } from '../../engine/clv/customer-curve';
import { groupNameParts } from '../../engine/customers/group-by';
import { CustomerGrouper } from '../../engine/customers/group-by-request';
import {
	hooksOf,
	openTable,
	type Datasets,
	type HandlerContext,
	type HandlersOf
} from '../datasets';
import type { ClvInput, ClvProtocol } from './protocol';

export function createClvHandlers(
	datasets: Datasets,
	fits = new ClvMemo()
): HandlersOf<ClvProtocol> {
	const grouper = new CustomerGrouper();
	datasets.onRelease(() => grouper.clear());

	async function fitFor(input: ClvInput, context: HandlerContext) {
		const dataset = await datasets.open(input.datasetId);
		const { summary, orders } = dataset;
		const result = await fits.result(summary.id, orders, input.options, hooksOf(context));
		return {
			result,
			orders,
			ids: orders.customer.values,
			name: summary.name,
			attributes: dataset.attributes
		};
	}

	return {
		async analyseClv(input, context) {
			return clvAnalysis((await fitFor(input, context)).result);
		},
		async clvCustomers(input, context) {
			const { result, ids } = await fitFor(input, context);
			return clvCustomersOf(fits, result, ids, input.query, input.limit);
		},
		async exportClvCustomers(input, context) {
			const { result, ids, name, attributes } = await fitFor(input, context);
			return clvCustomersFile(fits, result, ids, name, input.currency, attributes);
		},
		async clvCustomerCurve(input, context) {
			const { result, orders } = await fitFor(input, context);
			return result.status === 'computed'
				? clvCustomerCurve(result, orders, input.customerId)
				: result;
		},
		async clvByGroup(input, context) {
			const { dataset, customers } = await openTable(datasets, input);
			const grouping = await grouper.group(dataset.orders, customers, input);
			const { summary, orders } = dataset;
			const options = joinedClvOptions(input.table.analysisDate);
			const fit = await fits.result(summary.id, orders, options, hooksOf(context));
			const answer = clvByGroup(fit, customers, grouping, input.margin);
			return answer.status === 'computed'
				? { ...answer, nameParts: groupNameParts(grouping) }
				: answer;
		}
	};
}
