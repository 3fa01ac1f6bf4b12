/**
 * Column roles from header names (English, German, Spanish, French, Dutch, Portuguese, Italian where
 * cheap) checked against sampled values. Every column gets candidate roles with a score; roles are
 * then handed out greedily, best score first, one column per role.
 */
import { HEADER_WORDS, normaliseHeader } from './header-words';

export { normaliseHeader };
import type { AssignableRole, HeaderWords } from './header-words';
import type { ColumnRole } from './types';

/** What the sample of a column looks like, for role checks. */
export interface ColumnStats {
	nonEmpty: number;
	dates: number;
	numbers: number;
	/** Numbers with a fractional part (money rather than counts or ids). */
	fractional: number;
	/** Different values among the non-empty ones (repeats say "id of something"). */
	distinct?: number;
	/** Values that read as Excel serial days in 1970–2099. */
	serials?: number;
}

/** Roles whose values must mostly be numbers. */
const NUMERIC_ROLES = new Set<ColumnRole>(['amount', 'quantity', 'unitPrice', 'cost', 'margin']);

/**
 * Candidate roles of a header name, best first, scored as described at `HeaderWords`. `table` is
 * the orders file's words by default; the tickets file passes its own (`TICKET_HEADER_WORDS`).
 */
export function rolesFromHeader<Role extends string = AssignableRole>(
	name: string,
	table: Record<Role, HeaderWords> = HEADER_WORDS as Record<Role, HeaderWords>
): { role: Role; score: number }[] {
	const h = normaliseHeader(name);
	if (h === '') return [];
	const candidates: { role: Role; score: number }[] = [];
	for (const [role, words] of Object.entries(table) as [Role, HeaderWords][]) {
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
	stats: ColumnStats[],
	columnValues?: string[][]
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
	preferDescription(header, stats, candidates, columnValues);
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
	if (!taken.has('customer') && columnValues) {
		const column = customerFromValues(stats, columnValues, free);
		if (column >= 0) {
			roles[column] = 'customer';
			guessed.push('customer');
		}
	}
	return { roles, guessed };
}

/** Parts of a header naming a product's words rather than its code (normalised). */
const DESCRIPTION_STEMS = [
	'description',
	'descripcion',
	'descricao',
	'descrizione',
	'beschreibung',
	'bezeichnung',
	'omschrijving',
	'designation',
	'libelle',
	'name',
	'naam',
	'nombre',
	'nome',
	'nazwa',
	'urunadi',
	'title',
	'titel',
	'titulo'
];

/** A product column named for its words (`Description`, `Product name`, `Artikelbezeichnung`). */
export function describesProduct(name: string): boolean {
	const h = normaliseHeader(name);
	return DESCRIPTION_STEMS.some((stem) => h.includes(stem));
}

/**
 * The product is what people read: when one product column is a text description and another is
 * a code (Online Retail's `Description` and `StockCode`), the description wins — every list, profile
 * and export then names products in words. Only a column whose best header role is product and
 * whose values are mostly not numbers counts as a description; its product candidate is raised
 * above every code's. A code column whose sampled values are mostly several words is a name too,
 * and then nothing changes.
 */
function preferDescription(
	header: string[],
	stats: ColumnStats[],
	candidates: { column: number; role: AssignableRole; score: number }[],
	columnValues?: string[][]
): void {
	const products = candidates.filter((c) => c.role === 'product');
	const isDescription = (column: number) => {
		const s = stats[column];
		const textual = s.nonEmpty === 0 || s.numbers < s.nonEmpty * 0.5;
		return (
			textual &&
			describesProduct(header[column]) &&
			rolesFromHeader(header[column])[0]?.role === 'product'
		);
	};
	const descriptions = products.filter((c) => isDescription(c.column));
	// A "code" column whose values are words already (`Blue mug`) is a name too: it keeps its rank.
	const spaced = (column: number) => {
		const values = columnValues?.[column];
		if (!values || values.length === 0) return false;
		return values.filter((v) => /\S\s+\S/.test(v.trim())).length >= values.length * 0.5;
	};
	const codes = products.filter((c) => !isDescription(c.column) && !spaced(c.column));
	if (descriptions.length === 0 || codes.length === 0) return;
	const top = Math.max(...codes.map((c) => c.score));
	for (const candidate of descriptions) candidate.score = Math.max(candidate.score, top + 0.01);
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const ID_LIKE = /^[A-Za-z]{0,4}[-_#]?\d[\d-]*$/;

/**
 * A customer column from values alone: a free column whose values repeat (fewer different values
 * than rows) and look like identities — e-mails first, then id-like codes (`C-1042`, `00017`),
 * then other text that is neither a number with decimals nor a date. Among equals, the one with
 * the most different values (a customer id varies more than a country or a channel).
 */
export function customerFromValues(
	stats: ColumnStats[],
	columnValues: string[][],
	free: (column: number) => boolean
): number {
	let best = -1;
	let bestRank = 0;
	let bestDistinct = 0;
	stats.forEach((s, c) => {
		const distinct = s.distinct ?? 0;
		if (!free(c) || s.nonEmpty < 2 || distinct < 2 || distinct > s.nonEmpty * 0.9) return;
		if (s.dates >= s.nonEmpty * 0.5 || s.fractional > 0) return;
		// Too few values to tell people apart (a status, a country, a channel).
		if (distinct < Math.min(10, s.nonEmpty * 0.05)) return;
		const values = columnValues[c].map((v) => v.trim());
		const share = (re: RegExp) => values.filter((v) => re.test(v)).length / values.length;
		const rank =
			share(EMAIL) >= 0.9 ? 3 : share(ID_LIKE) >= 0.9 ? 2 : s.numbers < s.nonEmpty * 0.5 ? 1 : 0;
		if (rank === 0) return;
		if (rank > bestRank || (rank === bestRank && distinct > bestDistinct)) {
			best = c;
			bestRank = rank;
			bestDistinct = distinct;
		}
	});
	return best;
}
