/**
 * Header words per role, normalised (lower case, no accents, letters and digits only), in English,
 * German, Spanish, French, Dutch, Portuguese and Italian where cheap. Add words here; scoring and
 * assignment live in `detect-roles.ts`.
 */
import type { ColumnRole } from './types';

export type AssignableRole = Exclude<ColumnRole, 'ignore'>;

/**
 * Lower case, accents and marks stripped, only letters and digits (any script, so Urdu headers
 * keep their letters): `Kunden-Nr.` → `kundennr`, `Müşteri No` → `musterino`, `Kanał` → `kanal`.
 */
export function normaliseHeader(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/ł/g, 'l')
		.replace(/ı/g, 'i')
		.replace(/ß/g, 'ss')
		.replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Header words in French, Spanish, Italian, Portuguese, Dutch, Polish, Turkish and Urdu (German is
 * in the main lists), written as people write them and normalised when the table is built.
 */
// prettier-ignore
const MORE_WORDS: Partial<Record<AssignableRole, string[]>> = {
	customer: [
		'idclient', 'numeroclient', 'codeclient', 'acheteur', 'comprador', 'nombrecliente',
		'codicecliente', 'codigodocliente', 'koper', 'klantcode', 'klient', 'idklienta', 'nrklienta',
		'kodklienta', 'nabywca', 'müşteri', 'müşteri no', 'müşteri id', 'müşteri kodu', 'alıcı',
		'kunden-id', 'käufer', 'گاہک', 'گاہک آئی ڈی', 'صارف', 'خریدار'
	],
	date: [
		'date d’achat', 'date de commande', 'fecha de compra', 'fecha de pedido', 'data vendita',
		'data di vendita', 'data da compra', 'data do pedido', 'factuurdatum', 'orderdatum',
		'data zamówienia', 'data sprzedaży', 'tarih', 'sipariş tarihi', 'satış tarihi', 'kaufdatum',
		'verkaufsdatum', 'تاریخ', 'آرڈر کی تاریخ'
	],
	amount: [
		'montant ttc', 'montant ht', 'total ttc', 'total ht', 'chiffre d’affaires', 'prix total',
		'monto', 'importe total', 'ventas', 'ventas netas', 'fatturato', 'imponibile', 'valor total',
		'montante', 'total vendas', 'totaal', 'totaalbedrag', 'kwota', 'wartość', 'suma', 'razem',
		'wartość brutto', 'wartość netto', 'kwota brutto', 'tutar', 'toplam', 'toplam tutar', 'ciro',
		'satış tutarı', 'gesamtsumme', 'endbetrag', 'rechnungsbetrag', 'warenwert', 'umsatz brutto',
		'رقم', 'کل رقم', 'کل'
	],
	quantity: [
		'qté', 'unidades', 'qtà', 'qtd', 'qtde', 'ilość', 'liczba', 'miktar', 'adet', 'stückzahl',
		'مقدار', 'تعداد'
	],
	unitPrice: [
		'prezzo unitario', 'preço unitário', 'valor unitário', 'stukprijs', 'eenheidsprijs', 'cena',
		'cena jednostkowa', 'fiyat', 'birim fiyat', 'birim fiyatı', 'قیمت', 'فی یونٹ قیمت'
	],
	order: [
		'numéro de commande', 'n° commande', 'commande n°', 'número de pedido', 'nº pedido',
		'numero ordine', 'número do pedido', 'nota fiscal', 'factuur', 'factuurnummer', 'ordernummer',
		'zamówienie', 'nr zamówienia', 'numer zamówienia', 'faktura', 'nr faktury', 'sipariş',
		'sipariş no', 'sipariş numarası', 'fatura', 'fatura no', 'auftragsnummer', 'آرڈر',
		'آرڈر نمبر', 'رسید نمبر'
	],
	product: [
		'libellé', 'articolo', 'prodotto', 'produto', 'towar', 'nazwa produktu', 'ürün', 'ürün adı',
		'ürün kodu', 'artikelbezeichnung', 'produktname', 'پروڈکٹ', 'مصنوعات', 'شے'
	],
	category: ['categoría', 'kategoria', 'kategori', 'زمرہ', 'قسم'],
	channel: ['canale', 'kanał', 'satış kanalı', 'چینل']
};

/**
 * Header words per role: `exact` = the whole normalised name (score 3), `secondary` = a whole name
 * that is a weaker sign (2.5: an e-mail column is the customer only when no id column is),
 * `stems` = contained in the name (2 and a bit), `weak` = a whole name that is a last resort (1).
 */
export interface HeaderWords {
	exact: string[];
	secondary?: string[];
	stems: string[];
	weak?: string[];
}

// Filled lines rather than one word per line (prettier's choice) keep the lists readable.
// prettier-ignore
export const HEADER_WORDS: Record<AssignableRole, HeaderWords> = {
	customer: {
		exact: [
			'customer', 'customerid', 'customerno', 'customernr', 'customernumber', 'customercode',
			'custid', 'client', 'clientid', 'clientno', 'kunde', 'kundennr', 'kundennummer',
			'kundenid', 'kdnr', 'cliente', 'idcliente', 'codcliente', 'codigocliente', 'numcliente',
			'klant', 'klantnummer', 'klantid'
		],
		secondary: [
			'buyer', 'buyerid', 'userid', 'memberid', 'accountid', 'contactid', 'shopperid',
			'email', 'emailaddress', 'mail', 'customeremail', 'correo', 'courriel'
		],
		stems: ['customer', 'client', 'kunde', 'cliente', 'klant', 'email']
	},
	date: {
		exact: [
			'date', 'datum', 'fecha', 'data', 'invoicedate', 'orderdate', 'orderdatetime',
			'transactiondate', 'purchasedate', 'saledate', 'salesdate', 'createdat', 'created',
			'timestamp', 'datetime', 'day', 'rechnungsdatum', 'bestelldatum', 'belegdatum',
			'fechapedido', 'fechafactura', 'datecommande', 'datefacture', 'besteldatum',
			'dataordine', 'datapedido'
		],
		stems: ['date', 'datum', 'fecha', 'timestamp']
	},
	amount: {
		exact: [
			'amount', 'total', 'revenue', 'umsatz', 'betrag', 'importe', 'montant', 'sales',
			'value', 'net', 'netamount', 'gross', 'grossamount', 'linetotal', 'subtotal',
			'totalprice', 'pricetotal', 'ordertotal', 'ordervalue', 'sum', 'summe', 'spend', 'paid',
			'payment', 'bedrag', 'omzet', 'valor', 'importo', 'totale', 'gesamtpreis',
			'gesamtbetrag', 'nettobetrag', 'bruttobetrag'
		],
		stems: [
			'amount', 'total', 'revenue', 'umsatz', 'betrag', 'importe', 'montant', 'sales',
			'bedrag'
		]
	},
	quantity: {
		exact: [
			'quantity', 'qty', 'menge', 'cantidad', 'quantite', 'anzahl', 'units', 'pieces',
			'stuck', 'aantal', 'quantita', 'quantidade', 'count', 'pcs'
		],
		stems: ['quantity', 'qty', 'menge', 'cantidad', 'quantite', 'anzahl', 'aantal']
	},
	unitPrice: {
		exact: [
			'price', 'unitprice', 'preis', 'precio', 'prix', 'einzelpreis', 'stuckpreis',
			'preciounitario', 'prixunitaire', 'prezzo', 'preco', 'prijs', 'itemprice', 'saleprice'
		],
		stems: ['price', 'preis', 'precio', 'prix', 'prezzo', 'prijs']
	},
	order: {
		exact: [
			'order', 'orderid', 'orderno', 'ordernr', 'ordernumber', 'invoice', 'invoiceno',
			'invoiceid', 'invoicenumber', 'invoicenr', 'rechnung', 'rechnungsnr', 'rechnungsnummer',
			'factura', 'numfactura', 'numerofactura', 'pedido', 'numpedido', 'bestellung',
			'bestellnr', 'bestellnummer', 'auftrag', 'auftragsnr', 'transaction', 'transactionid',
			'receipt', 'receiptno', 'belegnr', 'beleg', 'commande', 'numcommande', 'facture',
			'bestelling', 'bestelnummer', 'ordine', 'basket', 'basketid', 'ticket', 'bon'
		],
		stems: [
			'order', 'invoice', 'rechnung', 'factura', 'pedido', 'bestell', 'commande', 'facture',
			'transaction'
		]
	},
	product: {
		exact: [
			'product', 'productid', 'productcode', 'productname', 'stockcode', 'sku', 'item',
			'itemid', 'itemcode', 'itemname', 'article', 'articleno', 'artikel', 'artikelnr',
			'artikelnummer', 'producto', 'produit', 'articulo', 'ean', 'upc', 'barcode', 'asin',
			'produkt', 'produto', 'prodotto', 'artikelcode'
		],
		stems: ['product', 'sku', 'artikel', 'producto', 'produit', 'stockcode', 'produkt'],
		weak: ['description', 'beschreibung', 'descripcion', 'omschrijving', 'designation']
	},
	category: {
		exact: [
			'category', 'categorie', 'kategorie', 'categoria', 'productcategory', 'productgroup',
			'group', 'warengruppe', 'produktgruppe', 'department', 'dept', 'family', 'familia',
			'famille', 'rubro', 'productline'
		],
		stems: ['categ', 'kategor', 'warengruppe', 'productgroup', 'productline']
	},
	discount: {
		exact: [
			'discount', 'rabatt', 'descuento', 'remise', 'promo', 'promocode', 'promotion',
			'coupon', 'couponcode', 'voucher', 'vouchercode', 'gutschein', 'sconto', 'korting',
			'desconto'
		],
		stems: [
			'discount', 'rabatt', 'descuento', 'remise', 'promo', 'coupon', 'voucher', 'gutschein'
		]
	},
	cost: {
		exact: [
			'cost', 'costs', 'kosten', 'coste', 'costo', 'cout', 'cogs', 'costprice',
			'purchaseprice', 'einkaufspreis', 'ek', 'custo', 'kostprijs', 'linecost', 'costofgoods'
		],
		stems: ['cost', 'kosten', 'coste', 'costo', 'einkauf']
	},
	margin: {
		exact: [
			'margin', 'marge', 'margen', 'margine', 'grossmargin', 'marginpct', 'marginpercent',
			'spanne'
		],
		stems: ['margin', 'marge', 'margen', 'spanne']
	},
	channel: {
		exact: [
			'channel', 'kanal', 'canal', 'source', 'saleschannel', 'vertriebskanal', 'platform',
			'plataforma', 'medium', 'origin', 'herkunft', 'store', 'shop', 'outlet', 'kanaal'
		],
		stems: ['channel', 'kanal', 'canal', 'kanaal']
	},
	returnFlag: {
		exact: [
			'status', 'return', 'returned', 'returnflag', 'isreturn', 'retoure', 'retour', 'storno',
			'devolucion', 'devuelto', 'cancelled', 'canceled', 'refund', 'refunded', 'orderstatus',
			'transactiontype'
		],
		stems: ['return', 'retour', 'storno', 'refund', 'devol', 'status', 'cancel']
	}
};

for (const [role, words] of Object.entries(MORE_WORDS) as [AssignableRole, string[]][]) {
	for (const word of words) {
		const key = normaliseHeader(word);
		if (key !== '' && !HEADER_WORDS[role].exact.includes(key)) HEADER_WORDS[role].exact.push(key);
	}
}
// Stems of the added languages (contained in a longer header such as `Kwota zamówienia`).
// prettier-ignore
const MORE_STEMS: Partial<Record<AssignableRole, string[]>> = {
	customer: ['klient', 'musteri', 'cliente'],
	date: ['data', 'tarih', 'تاریخ'],
	amount: ['kwota', 'tutar', 'montant', 'importo', 'valor', 'bedrag', 'رقم'],
	quantity: ['ilosc', 'miktar', 'quantita', 'quantidade', 'مقدار'],
	unitPrice: ['cena', 'fiyat', 'preco', 'قیمت'],
	order: ['zamowien', 'siparis', 'ordine', 'آرڈر'],
	product: ['produkt', 'urun', 'prodott', 'produto'],
	category: ['kategori', 'categoria']
};
for (const [role, stems] of Object.entries(MORE_STEMS) as [AssignableRole, string[]][]) {
	HEADER_WORDS[role].stems.push(...stems.map(normaliseHeader));
}

/** Roles of a column of the optional tickets file (`import-tickets.ts`). */
export type TicketRole =
	'ticketId' | 'customer' | 'opened' | 'resolved' | 'status' | 'severity' | 'channel';

/** Header words of the tickets file; customer and channel are the orders file's words. */
// prettier-ignore
export const TICKET_HEADER_WORDS: Record<TicketRole, HeaderWords> = {
	ticketId: {
		exact: [
			'ticket', 'ticketid', 'ticketno', 'ticketnr', 'ticketnumber', 'case', 'caseid', 'caseno',
			'casenumber', 'issue', 'issueid', 'incident', 'incidentid', 'complaint', 'complaintid',
			'request', 'requestid', 'vorgang', 'vorgangsnr', 'reklamation', 'incidencia', 'reclamo',
			'reclamation', 'melding', 'id'
		],
		stems: ['ticketid', 'ticketno', 'ticketnum', 'caseid', 'casenum', 'incidentid', 'complaintid']
	},
	customer: HEADER_WORDS.customer,
	opened: {
		exact: [
			'opened', 'openedat', 'openedon', 'openeddate', 'opendate', 'dateopened', 'created',
			'createdat', 'createdon', 'createddate', 'datecreated', 'creationdate', 'reported',
			'reportedat', 'reportedon', 'datereported', 'submitted', 'submittedat', 'raised',
			'raisedon', 'logged', 'loggedat', 'received', 'receivedat', 'date', 'datum', 'fecha',
			'startdate', 'start', 'eroffnet', 'erstellt', 'erstelltam', 'fechaapertura',
			'fechacreacion', 'dateouverture', 'datecreation', 'geopend', 'aangemaakt'
		],
		stems: ['opened', 'created', 'reported', 'submitted', 'raised', 'apertura', 'ouverture']
	},
	resolved: {
		exact: [
			'resolved', 'resolvedat', 'resolvedon', 'resolveddate', 'dateresolved', 'resolutiondate',
			'closed', 'closedat', 'closedon', 'closeddate', 'dateclosed', 'solved', 'solvedat',
			'solvedon', 'solveddate', 'completed', 'completedat', 'fixed', 'fixedat', 'enddate', 'end',
			'geschlossen', 'geschlossenam', 'erledigt', 'erledigtam', 'gelost', 'fechacierre',
			'fecharesolucion', 'resuelto', 'datecloture', 'dateresolution', 'resolu', 'opgelost',
			'gesloten'
		],
		stems: ['resolv', 'closed', 'solved', 'resolution', 'cierre', 'cloture', 'geschlossen']
	},
	status: {
		exact: [
			'status', 'state', 'ticketstatus', 'casestatus', 'resolutionstatus', 'outcome', 'stage',
			'estado', 'statut', 'stato', 'zustand'
		],
		stems: ['status', 'estado', 'statut']
	},
	severity: {
		exact: [
			'severity', 'priority', 'urgency', 'impact', 'prio', 'sev', 'level', 'importance',
			'prioritat', 'schweregrad', 'dringlichkeit', 'prioridad', 'gravedad', 'severidad',
			'priorite', 'gravite', 'prioriteit', 'ernst', 'priorita', 'gravita'
		],
		stems: ['severity', 'priorit', 'urgen', 'schwere', 'grave']
	},
	channel: HEADER_WORDS.channel
};
