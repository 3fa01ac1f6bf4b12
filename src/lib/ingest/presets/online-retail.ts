/** The UCI "Online Retail" data set (Chen, Sain & Guo 2012), as CSV. */
import type { FormatPreset } from './format-preset';

export const ONLINE_RETAIL: FormatPreset = {
	id: 'online-retail',
	name: 'Online Retail (UCI) layout',
	source: 'https://archive.ics.uci.edu/dataset/352/online+retail',
	rules: [
		'Customer = CustomerID (empty = “no customer”); order = InvoiceNo; day = InvoiceDate.',
		'Line amount = Quantity × UnitPrice; invoices starting with “C” are returns.',
		'Description → product (the product in words; StockCode, its code, when there is no Description).'
	],
	requires: ['invoiceno', 'stockcode', 'quantity', 'invoicedate', 'unitprice', 'customerid'],
	roles: [
		['customerid', 'customer'],
		['invoiceno', 'order'],
		['invoicedate', 'date'],
		['quantity', 'quantity'],
		['unitprice', 'unitPrice'],
		['description', 'product'],
		['stockcode', 'product']
	],
	returnPrefix: 'C'
};
