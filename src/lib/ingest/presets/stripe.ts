/** Stripe Dashboard → Payments → Export (unified_payments.csv): one row per payment. */
import type { FormatPreset } from './format-preset';

export const STRIPE_PAYMENTS: FormatPreset = {
	id: 'stripe-payments',
	name: 'Stripe payments export',
	source:
		'Stripe Dashboard → Payments → Export; columns as listed at https://docs.cello.so/guides/attribution/stripe-reports (ID, Description, Created (UTC), Amount, Currency, Converted Amount, Fee, Tax, Customer ID), plus Amount Refunded, Status and Customer Email',
	rules: [
		'One row per payment: customer = Customer Email; order = id; day = Created date (UTC).',
		'Amount = Amount − Amount Refunded (a refunded payment nets to what was kept).',
		'Payments whose Status is Failed, Canceled or Requires payment method are not sales: counted apart, left out.'
	],
	requires: ['id', 'amount', 'amountrefunded', 'currency', 'status'],
	roles: [
		['customeremail', 'customer'],
		['customerid', 'customer'],
		['id', 'order'],
		['createddateutc', 'date'],
		['createdutc', 'date'],
		['amount', 'amount'],
		['description', 'product']
	],
	columns: { orderRefund: 'amountrefunded', status: 'status' },
	notSaleStatuses: [
		'failed',
		'canceled',
		'cancelled',
		'requires_payment_method',
		'incomplete',
		'blocked'
	]
};
