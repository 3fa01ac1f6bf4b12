/** Shopify's admin "Export orders" CSV: one row per line item, order-level fields on the first row. */
import type { FormatPreset } from './format-preset';

export const SHOPIFY_ORDERS: FormatPreset = {
	id: 'shopify-orders',
	name: 'Shopify orders export',
	source:
		'Shopify admin → Orders → Export; columns as listed at https://matrixify.app/documentation/orders/ and https://www.webtoffee.com/shopify-orders-available-columns-for-export-and-import/',
	rules: [
		'Customer = Email; a row without an e-mail is a “no customer” row (counted, left out).',
		'Order = Name (#1001); day = Created at as written, in its own offset (never shifted to UTC).',
		'Line amount = Lineitem quantity × Lineitem price − Lineitem discount.',
		'The order’s Discount Amount (beyond its lines’ own discounts) and Refunded Amount are spread over its lines in proportion to their amounts; shipping and taxes are left out.',
		'An order with Cancelled at is a return in full: each of its lines gets a negative copy.',
		'Discount Code → discounted; Vendor → category; Source → channel.',
		'Order-level fields are written on the order’s first row only: the order’s other rows take them from it.'
	],
	requires: ['name', 'email', 'createdat', 'lineitemquantity', 'lineitemprice'],
	roles: [
		['email', 'customer'],
		['name', 'order'],
		['createdat', 'date'],
		['lineitemquantity', 'quantity'],
		['lineitemprice', 'unitPrice'],
		['lineitemname', 'product'],
		['discountcode', 'discount'],
		['vendor', 'category'],
		['lineitemvendor', 'category'],
		['producttype', 'category'],
		['source', 'channel']
	],
	columns: {
		lineDiscount: 'lineitemdiscount',
		orderDiscount: 'discountamount',
		orderRefund: 'refundedamount',
		cancelled: 'cancelledat'
	},
	fillDown: true
};
