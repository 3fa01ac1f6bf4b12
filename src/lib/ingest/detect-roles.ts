/**
 * Column roles from header names (English, German, Spanish, French, Dutch, Portuguese, Italian where
 * cheap) checked against sampled values. Every column gets candidate roles with a score; roles are
 * then handed out greedily, best score first, one column per role.
 */
import type { ColumnRole } from './types';

/** What the sample of a column looks like, for role checks. */
export interface ColumnStats {
	nonEmpty: number;
	dates: number;
	numbers: number;
	/** Numbers with a fractional part (money rather than counts or ids). */
	fractional: number;
}

type AssignableRole = Exclude<ColumnRole, 'ignore'>;

/**
 * Header words per role: `exact` = the whole normalised name (score 3), `secondary` = a whole name
 * that is a weaker sign (2.5: an e-mail column is the customer only when no id column is),
 * `stems` = contained in the name (2 and a bit), `weak` = a whole name that is a last resort (1).
 */
interface HeaderWords {
	exact: string[];
	secondary?: string[];
	stems: string[];
	weak?: string[];
}

const HEADER_WORDS: Record<AssignableRole, HeaderWords> = {
	customer: {
		exact: [
			'customer',
			'customerid',
			'customerno',
			'customernr',
			'customernumber',
			'customercode',
			'custid',
			'client',
			'clientid',
			'clientno',
			'kunde',
			'kundennr',
			'kundennummer',
			'kundenid',
			'kdnr',
			'cliente',
			'idcliente',
			'codcliente',
			'codigocliente',
			'numcliente',
			'klant',
			'klantnummer',
			'klantid'
		],
		secondary: [
			'buyer',
			'buyerid',
			'userid',
			'memberid',
			'accountid',
			'contactid',
			'shopperid',
			'email',
			'emailaddress',
			'mail',
			'customeremail',
			'correo',
			'courriel'
		],
		stems: ['customer', 'client', 'kunde', 'cliente', 'klant', 'email']
	},
	date: {
		exact: [
			'date',
			'datum',
			'fecha',
			'data',
			'invoicedate',
			'orderdate',
			'orderdatetime',
			'transactiondate',
			'purchasedate',
			'saledate',
			'salesdate',
			'createdat',
			'created',
			'timestamp',
			'datetime',
			'day',
			'rechnungsdatum',
			'bestelldatum',
			'belegdatum',
			'fechapedido',
			'fechafactura',
			'datecommande',
			'datefacture',
			'besteldatum',
			'dataordine',
			'datapedido'
		],
		stems: ['date', 'datum', 'fecha', 'timestamp']
	},
	amount: {
		exact: [
			'amount',
			'total',
			'revenue',
			'umsatz',
			'betrag',
			'importe',
			'montant',
			'sales',
			'value',
			'net',
			'netamount',
			'gross',
			'grossamount',
			'linetotal',
			'subtotal',
			'totalprice',
			'pricetotal',
			'ordertotal',
			'ordervalue',
			'sum',
			'summe',
			'spend',
			'paid',
			'payment',
			'bedrag',
			'omzet',
			'valor',
			'importo',
			'totale',
			'gesamtpreis',
			'gesamtbetrag',
			'nettobetrag',
			'bruttobetrag'
		],
		stems: [
			'amount',
			'total',
			'revenue',
			'umsatz',
			'betrag',
			'importe',
			'montant',
			'sales',
			'bedrag'
		]
	},
	quantity: {
		exact: [
			'quantity',
			'qty',
			'menge',
			'cantidad',
			'quantite',
			'anzahl',
			'units',
			'pieces',
			'stuck',
			'aantal',
			'quantita',
			'quantidade',
			'count',
			'pcs'
		],
		stems: ['quantity', 'qty', 'menge', 'cantidad', 'quantite', 'anzahl', 'aantal']
	},
	unitPrice: {
		exact: [
			'price',
			'unitprice',
			'preis',
			'precio',
			'prix',
			'einzelpreis',
			'stuckpreis',
			'preciounitario',
			'prixunitaire',
			'prezzo',
			'preco',
			'prijs',
			'itemprice',
			'saleprice'
		],
		stems: ['price', 'preis', 'precio', 'prix', 'prezzo', 'prijs']
	},
	order: {
		exact: [
			'order',
			'orderid',
			'orderno',
			'ordernr',
			'ordernumber',
			'invoice',
			'invoiceno',
			'invoiceid',
			'invoicenumber',
			'invoicenr',
			'rechnung',
			'rechnungsnr',
			'rechnungsnummer',
			'factura',
			'numfactura',
			'numerofactura',
			'pedido',
			'numpedido',
			'bestellung',
			'bestellnr',
			'bestellnummer',
			'auftrag',
			'auftragsnr',
			'transaction',
			'transactionid',
			'receipt',
			'receiptno',
			'belegnr',
			'beleg',
			'commande',
			'numcommande',
			'facture',
			'bestelling',
			'bestelnummer',
			'ordine',
			'basket',
			'basketid',
			'ticket',
			'bon'
		],
		stems: [
			'order',
			'invoice',
			'rechnung',
			'factura',
			'pedido',
			'bestell',
			'commande',
			'facture',
			'transaction'
		]
	},
	product: {
		exact: [
			'product',
			'productid',
			'productcode',
			'productname',
			'stockcode',
			'sku',
			'item',
			'itemid',
			'itemcode',
			'itemname',
			'article',
			'articleno',
			'artikel',
			'artikelnr',
			'artikelnummer',
			'producto',
			'produit',
			'articulo',
			'ean',
			'upc',
			'barcode',
			'asin',
			'produkt',
			'produto',
			'prodotto',
			'artikelcode'
		],
		stems: ['product', 'sku', 'artikel', 'producto', 'produit', 'stockcode', 'produkt'],
		weak: ['description', 'beschreibung', 'descripcion', 'omschrijving', 'designation']
	},
	category: {
		exact: [
			'category',
			'categorie',
			'kategorie',
			'categoria',
			'productcategory',
			'productgroup',
			'group',
			'warengruppe',
			'produktgruppe',
			'department',
			'dept',
			'family',
			'familia',
			'famille',
			'rubro',
			'productline'
		],
		stems: ['categ', 'kategor', 'warengruppe', 'productgroup', 'productline']
	},
	discount: {
		exact: [
			'discount',
			'rabatt',
			'descuento',
			'remise',
			'promo',
			'promocode',
			'promotion',
			'coupon',
			'couponcode',
			'voucher',
			'vouchercode',
			'gutschein',
			'sconto',
			'korting',
			'desconto'
		],
		stems: ['discount', 'rabatt', 'descuento', 'remise', 'promo', 'coupon', 'voucher', 'gutschein']
	},
	cost: {
		exact: [
			'cost',
			'costs',
			'kosten',
			'coste',
			'costo',
			'cout',
			'cogs',
			'costprice',
			'purchaseprice',
			'einkaufspreis',
			'ek',
			'custo',
			'kostprijs',
			'linecost',
			'costofgoods'
		],
		stems: ['cost', 'kosten', 'coste', 'costo', 'einkauf']
	},
	margin: {
		exact: [
			'margin',
			'marge',
			'margen',
			'margine',
			'grossmargin',
			'marginpct',
			'marginpercent',
			'spanne'
		],
		stems: ['margin', 'marge', 'margen', 'spanne']
	},
	channel: {
		exact: [
			'channel',
			'kanal',
			'canal',
			'source',
			'saleschannel',
			'vertriebskanal',
			'platform',
			'plataforma',
			'medium',
			'origin',
			'herkunft',
			'store',
			'shop',
			'outlet',
			'kanaal'
		],
		stems: ['channel', 'kanal', 'canal', 'kanaal']
	},
	returnFlag: {
		exact: [
			'status',
			'return',
			'returned',
			'returnflag',
			'isreturn',
			'retoure',
			'retour',
			'storno',
			'devolucion',
			'devuelto',
			'cancelled',
			'canceled',
			'refund',
			'refunded',
			'orderstatus',
			'transactiontype'
		],
		stems: ['return', 'retour', 'storno', 'refund', 'devol', 'status', 'cancel']
	}
};

/** Roles whose values must mostly be numbers, and those that must mostly be dates. */
const NUMERIC_ROLES = new Set<ColumnRole>(['amount', 'quantity', 'unitPrice', 'cost', 'margin']);

/** Lower case, accents stripped, only letters and digits: `Kunden-Nr.` → `kundennr`. */
export function normaliseHeader(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');
}

/** Candidate roles of a header name, best first, scored as described at `HeaderWords`. */
export function rolesFromHeader(name: string): { role: AssignableRole; score: number }[] {
	const h = normaliseHeader(name);
	if (h === '') return [];
	const candidates: { role: AssignableRole; score: number }[] = [];
	for (const [role, words] of Object.entries(HEADER_WORDS) as [AssignableRole, HeaderWords][]) {
		if (words.exact.includes(h)) {
			candidates.push({ role, score: 3 });
			continue;
		}
		if (words.secondary?.includes(h)) {
			candidates.push({ role, score: 2.5 });
			continue;
		}
		// A longer contained stem is more specific: `orderamount` is an amount before it is an order.
		const stem = words.stems.filter((s) => h.includes(s)).sort((a, b) => b.length - a.length)[0];
		if (stem) candidates.push({ role, score: 2 + stem.length / 100 });
		else if (words.weak?.includes(h)) candidates.push({ role, score: 1 });
	}
	return candidates.sort((a, b) => b.score - a.score);
}

/**
 * One role per column: header candidates that the values support (numeric roles need ≥ 50% numbers,
 * date ≥ 50% dates), plus value-only guesses for a missing date (≥ 80% dates) or amount (a numeric
 * column with decimals). `guessed` lists roles found from values alone, for a warning.
 */
export function suggestRoles(
	header: string[],
	stats: ColumnStats[]
): { roles: ColumnRole[]; guessed: ColumnRole[] } {
	const candidates: { column: number; role: AssignableRole; score: number }[] = [];
	header.forEach((name, column) => {
		const s = stats[column];
		for (const { role, score } of rolesFromHeader(name)) {
			if (s.nonEmpty > 0 && NUMERIC_ROLES.has(role) && s.numbers < s.nonEmpty * 0.5) continue;
			if (s.nonEmpty > 0 && role === 'date' && s.dates < s.nonEmpty * 0.5) continue;
			candidates.push({ column, role, score });
		}
	});
	candidates.sort((a, b) => b.score - a.score || a.column - b.column);

	const roles: ColumnRole[] = header.map(() => 'ignore');
	const taken = new Set<ColumnRole>();
	for (const { column, role } of candidates) {
		if (taken.has(role) || roles[column] !== 'ignore') continue;
		roles[column] = role;
		taken.add(role);
	}

	const guessed: ColumnRole[] = [];
	const free = (column: number) => roles[column] === 'ignore';
	if (!taken.has('date')) {
		const column = stats.findIndex(
			(s, c) => free(c) && s.nonEmpty > 0 && s.dates >= s.nonEmpty * 0.8
		);
		if (column >= 0) {
			roles[column] = 'date';
			guessed.push('date');
		}
	}
	if (!taken.has('amount') && !(taken.has('quantity') && taken.has('unitPrice'))) {
		const column = stats.findIndex(
			(s, c) =>
				free(c) &&
				s.nonEmpty > 0 &&
				s.numbers >= s.nonEmpty * 0.9 &&
				s.fractional > 0 &&
				s.dates < s.nonEmpty * 0.5
		);
		if (column >= 0) {
			roles[column] = 'amount';
			guessed.push('amount');
		}
	}
	return { roles, guessed };
}
