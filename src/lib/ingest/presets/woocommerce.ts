/** WooCommerce's Analytics → Orders "Download" CSV: one row per order, net sales after refunds. */
import type { FormatPreset } from './format-preset';

export const WOOCOMMERCE_ORDERS: FormatPreset = {
	id: 'woocommerce-orders',
	name: 'WooCommerce orders export',
	source:
		'https://woocommerce.com/document/woocommerce-analytics/ (Net Sales = gross sales − returns − coupons; refunds are negative rows on the day of the refund)',
	rules: [
		'One row per order: customer = Customer, order = Order #, day = Date, amount = Net Sales.',
		'Coupon(s) → discounted (“NONE” or empty = not discounted); Product(s) → product.',
		'Refunds are rows of their own with negative net sales on the day of the refund: returns (Status is not read).'
	],
	requires: ['date', 'order', 'customer', 'netsales'],
	roles: [
		['customer', 'customer'],
		['order', 'order'],
		['date', 'date'],
		['netsales', 'amount'],
		['coupons', 'discount'],
		['products', 'product'],
		['attribution', 'channel']
	]
};
