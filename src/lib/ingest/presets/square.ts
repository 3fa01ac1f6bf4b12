/** Square Dashboard's Item Sales (Items detail) CSV: one row per item sold or refunded. */
import type { FormatPreset } from './format-preset';

export const SQUARE_ITEM_SALES: FormatPreset = {
	id: 'square-item-sales',
	name: 'Square item sales',
	source:
		'https://squareup.com/help/us/en/article/5530 (Gross Sales, Discounts, Net Sales defined); columns as exported: Date, Time, Time Zone, Category, Item, Qty, Price Point Name, SKU, Modifiers Applied, Gross Sales, Discounts, Net Sales, Tax, Transaction ID, Payment ID, Device Name, Notes, Details, Event Type, Location, Dining Option, Customer ID, Customer Name, Customer Reference ID',
	rules: [
		'Customer = Customer ID (rows without one are “no customer” rows); order = Transaction ID; day = Date.',
		'Amount = Net Sales (gross sales minus discounts; tax excluded); Qty → quantity.',
		'Event Type “Refund” rows are returns; Discounts → discounted; Item → product; Category → category; Channel → channel.'
	],
	requires: ['date', 'item', 'qty', 'grosssales', 'netsales', 'transactionid'],
	roles: [
		['customerid', 'customer'],
		['transactionid', 'order'],
		['date', 'date'],
		['netsales', 'amount'],
		['qty', 'quantity'],
		['item', 'product'],
		['category', 'category'],
		['discounts', 'discount'],
		['channel', 'channel'],
		['eventtype', 'returnFlag']
	]
};
