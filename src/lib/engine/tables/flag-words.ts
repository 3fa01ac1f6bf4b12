/**
 * Words of order-line flag columns, shared by the ingest (which reads them) and the SQL export
 * (which writes the same test in SQL), so the two can never disagree. Compared lower-cased and
 * trimmed.
 */

/** A discount column's values that mean "no discount". */
export const NO_DISCOUNT_WORDS: readonly string[] = [
	'',
	'-',
	'–',
	'no',
	'n',
	'none',
	'false',
	'nein',
	'non',
	'geen',
	'null',
	'na',
	'n/a'
];

/** A status or return-flag column's values that mark a line as a return, in several languages. */
export const RETURN_WORDS: readonly string[] = [
	'return',
	'returned',
	'returns',
	'refund',
	'refunded',
	'cancel',
	'cancelled',
	'canceled',
	'cancellation',
	'credit',
	'creditnote',
	'credit note',
	'storno',
	'storniert',
	'retoure',
	'retour',
	'retourniert',
	'gutschrift',
	'devolucion',
	'devolución',
	'devuelto',
	'reembolso',
	'anulado',
	'rembourse',
	'remboursé',
	'annule',
	'annulé',
	'avoir',
	'geretourneerd',
	'y',
	'yes',
	'true',
	'1',
	'r',
	'x',
	'ja',
	'si',
	'sí',
	'oui'
];
