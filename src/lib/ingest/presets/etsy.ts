/** Etsy's Shop Manager → Settings → Options → Download Data → "Order Items" CSV (EtsySoldOrderItems). */
import type { FormatPreset } from './format-preset';

export const ETSY_ORDER_ITEMS: FormatPreset = {
	id: 'etsy-order-items',
	name: 'Etsy sold order items',
	source:
		'Etsy Shop Manager → Settings → Options → Download Data → Order Items CSV; columns: Sale Date, Item Name, Buyer, Quantity, Price, Coupon Code, Coupon Details, Discount Amount, Shipping Discount, Order Shipping, Order Sales Tax, Item Total, Currency, Transaction ID, Listing ID, Date Paid, Date Shipped, Ship …, Order ID, Variations, Order Type, Listings Type, Payment Type',
	rules: [
		'Customer = Buyer; order = Order ID; day = Sale Date (MM/DD/YY unless the values say otherwise).',
		'Line amount = Item Total − Discount Amount; shipping and sales tax are left out.',
		'Coupon Code → discounted; Item Name → product; Quantity → quantity.'
	],
	requires: ['saledate', 'itemname', 'buyer', 'itemtotal', 'orderid'],
	roles: [
		['buyer', 'customer'],
		['orderid', 'order'],
		['saledate', 'date'],
		['itemtotal', 'amount'],
		['quantity', 'quantity'],
		['itemname', 'product'],
		['couponcode', 'discount'],
		['ordertype', 'channel']
	],
	dateOrder: 'mdy',
	columns: { lineDiscount: 'discountamount' }
};
