/** Amazon Seller Central's Order Report (seller-fulfilled orders, tab-delimited). */
import type { FormatPreset } from './format-preset';

export const AMAZON_ORDER_REPORT: FormatPreset = {
	id: 'amazon-order-report',
	name: 'Amazon seller order report',
	source:
		'https://sellercentral-europe.amazon.com/gp/help/external/help.html?itemID=201648780 (Order Report fields; item-price is “an aggregate of the quantity, not a unit price”)',
	rules: [
		'Customer = buyer-email; order = order-id; day = purchase-date as written (its offset is not applied).',
		'Line amount = item-price (already the total of the quantity) − item-promotion-discount; shipping, gift wrap and taxes are left out.',
		'quantity-purchased → quantity; sku → product; sales-channel → channel.'
	],
	requires: ['orderid', 'purchasedate', 'buyeremail', 'itemprice', 'quantitypurchased'],
	roles: [
		['buyeremail', 'customer'],
		['orderid', 'order'],
		['purchasedate', 'date'],
		['itemprice', 'amount'],
		['quantitypurchased', 'quantity'],
		['sku', 'product'],
		['saleschannel', 'channel']
	],
	columns: { lineDiscount: 'itempromotiondiscount' }
};
