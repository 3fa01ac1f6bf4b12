/** The CDNOW master/sample files (Fader & Hardie): customer id, YYYYMMDD, CDs bought, dollars. */
import type { ColumnRole } from '../types';
import type { FormatPreset } from './format-preset';

const ID = /^\d{4,6}$/;
const YYYYMMDD = /^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
const WHOLE = /^\d+$/;
const MONEY = /^-?\d+(\.\d+)?$/;

export const CDNOW: FormatPreset = {
	id: 'cdnow',
	name: 'CDNOW layout',
	source: 'https://www.brucehardie.com/datasets/ (CDNOW dataset notes)',
	rules: [
		'No header; space-aligned columns: customer id, date (YYYYMMDD), number of CDs, dollar value (the sample file has a second id column, its id in the sample, which is not read).',
		'Without an order id, one customer’s lines on one day form one order.'
	],
	requires: [],
	roles: [],
	/** Ids (one or two columns), 8-digit dates, whole counts, dollar amounts. */
	matchesHeaderless(columnValues: string[][]): ColumnRole[] | null {
		const n = columnValues.length;
		if (n !== 4 && n !== 5) return null;
		const all = (c: number, re: RegExp) =>
			columnValues[c].length > 0 && columnValues[c].every((v) => re.test(v.trim()));
		if (!all(0, ID) || (n === 5 && !all(1, ID))) return null;
		const d = n - 3;
		if (!all(d, YYYYMMDD) || !all(d + 1, WHOLE) || !all(d + 2, MONEY)) return null;
		return n === 4
			? ['customer', 'date', 'quantity', 'amount']
			: ['customer', 'ignore', 'date', 'quantity', 'amount'];
	}
};
