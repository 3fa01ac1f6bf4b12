/**
 * The demo's tickets file and last-review dates (`shared/DOMAIN.md` families 7 and 8), drawn from
 * their own random stream after the shop is generated, so adding them changes no other figure.
 *
 * Tickets follow the customers file's `problems_opened` / `problems_resolved` counts exactly.
 * Planted effect: a customer whose first problem was resolved usually bought again within the
 * next months (the ticket is opened a few days after an order that was followed by another one),
 * while an unresolved first problem mostly (3 in 4) comes after the customer's last order — they left. Resolved
 * tickets are closed within two days six times in ten. Every row is a valid ticket of a customer.
 */
import Papa from 'papaparse';
import { formatDay } from '../../engine/tables/orders-table';
import { DAYS, FIRST_DAY } from './calendar';
import { csvRow } from './csv';
import { createRandom } from './random';
import type { Random } from './random';

/** Keeps the tickets' stream apart from the shop's (and from costs.ts's). */
export const TICKETS_SEED_OFFSET = 0x71c4e7;
export const TICKETS_HEADER = [
	'ticket_id',
	'customer_id',
	'opened',
	'resolved',
	'status',
	'severity',
	'channel'
];
export const LAST_REVIEW_COLUMN = 'last_review';

const SEVERITIES = ['low', 'medium', 'high'];
const SEVERITY_WEIGHTS = [5, 3, 2];
const TICKET_CHANNELS = ['email', 'phone', 'chat'];
/** The window of DOMAIN.md's default repurchase test; resolved problems are planted inside it. */
const WINDOW_DAYS = 180;

/** What the demo needs of an order: its day, its customer (index into `ids`), whether a return. */
export interface DemoOrderDay {
	day: number;
	customer: number;
	isReturn: boolean;
}

interface Ticket {
	customer: string;
	opened: number;
	resolved: number;
	severity: string;
	channel: string;
}

function salesDaysByCustomer(orders: readonly DemoOrderDay[], count: number): number[][] {
	const days: number[][] = Array.from({ length: count }, () => []);
	for (const order of orders) if (!order.isReturn) days[order.customer].push(order.day);
	for (const list of days) list.sort((a, b) => a - b);
	return days;
}

/** The customers file's rows as records by header name (one parse, shared by both writers). */
function readCustomers(customersCsv: string): Record<string, string>[] {
	const [header, ...rows] = Papa.parse<string[]>(customersCsv, { skipEmptyLines: true }).data;
	const wanted = ['customer_id', 'budget', 'problems_opened', 'problems_resolved'];
	const columns = wanted.map((name) => header.indexOf(name));
	return rows.map((row) => Object.fromEntries(wanted.map((name, k) => [name, row[columns[k]]])));
}

/** A day a few days after `day`, inside the demo's two years. */
function after(day: number, random: Random, from: number, to: number): number {
	return Math.min(DAYS - 1, day + random.int(from, to));
}

/**
 * Opened day of a customer's first ticket: resolved → after an order with another order within
 * the window (when there is one); unresolved → after the last order.
 */
function firstTicketDay(days: number[], resolved: boolean, random: Random): number {
	if (days.length === 0) return random.int(0, DAYS - 1);
	// Three in four unresolved problems come after the last order; the rest after any order.
	if (!resolved)
		return after(random.chance(0.75) ? days[days.length - 1] : random.pick(days), random, 1, 12);
	const followed = days.filter(
		(day, k) => k + 1 < days.length && days[k + 1] - day <= WINDOW_DAYS - 15
	);
	return after(followed.length > 0 ? random.pick(followed) : random.pick(days), random, 0, 10);
}

/** The tickets CSV (ticket_id, customer_id, opened, resolved, status, severity, channel). */
function writeTickets(
	customers: Record<string, string>[],
	salesDays: number[][],
	ids: readonly string[],
	seed: number
): string {
	const random = createRandom(seed + TICKETS_SEED_OFFSET);
	const indexOf = new Map(ids.map((id, index) => [id, index]));
	const tickets: Ticket[] = [];
	for (const row of customers) {
		const opened = Number(row.problems_opened);
		const resolvedCount = Number(row.problems_resolved);
		if (!(opened > 0)) continue;
		const days = salesDays[indexOf.get(row.customer_id) ?? -1] ?? [];
		// Unresolved problems come first: the one that was never solved is the one they left over.
		const unresolved = opened - resolvedCount;
		let previous = -1;
		for (let k = 0; k < opened; k++) {
			const isResolved = k >= unresolved;
			const day =
				k === 0 ? firstTicketDay(days, isResolved, random) : after(previous, random, 5, 120);
			previous = day;
			const quick = random.chance(0.6);
			const resolvedDay = isResolved ? day + (quick ? random.int(0, 2) : random.int(3, 30)) : NaN;
			tickets.push({
				customer: row.customer_id,
				opened: day,
				resolved: Math.min(resolvedDay, DAYS - 1),
				severity: SEVERITIES[random.weighted(SEVERITY_WEIGHTS)],
				channel: random.pick(TICKET_CHANNELS)
			});
		}
	}
	// No broken rows on purpose: a workshop reads every note of the import summary as a fault of
	// the shop. How bad rows are reported is shown by the tests' own files (`bad-files.test.ts`).

	tickets.sort((a, b) => a.opened - b.opened);
	const rows = tickets.map((ticket, k) =>
		csvRow([
			`TK-${10001 + k}`,
			ticket.customer,
			formatDay(FIRST_DAY + ticket.opened),
			Number.isNaN(ticket.resolved) ? '' : formatDay(FIRST_DAY + ticket.resolved),
			Number.isNaN(ticket.resolved) ? 'open' : 'resolved',
			ticket.severity,
			ticket.channel
		])
	);
	return [TICKETS_HEADER.join(','), ...rows].join('\n') + '\n';
}

/**
 * The customers file with a `last_review` column appended: accounts that buy often or have a large
 * budget were reviewed more (within the last 0–14 months, some overdue); most others never were
 * (empty). Rows of the customers file hold no line breaks, so appending a field per line is safe.
 */
function appendLastReviews(
	customersCsv: string,
	records: Record<string, string>[],
	salesDays: number[][],
	ids: readonly string[],
	seed: number
): string {
	const random = createRandom(seed + TICKETS_SEED_OFFSET + 1);
	const indexOf = new Map(ids.map((id, index) => [id, index]));
	const lines = customersCsv.replace(/\n$/, '').split('\n');
	if (lines.length !== records.length + 1)
		throw new Error('appendLastReviews: unexpected customers file');
	const out = [`${lines[0]},${LAST_REVIEW_COLUMN}`];
	records.forEach((row, k) => {
		const orderCount = salesDays[indexOf.get(row.customer_id) ?? -1]?.length ?? 0;
		const budget = Number(row.budget);
		const share = budget >= 20_000 ? 0.85 : orderCount >= 6 ? 0.6 : orderCount >= 2 ? 0.15 : 0.03;
		const review = random.chance(share) ? formatDay(FIRST_DAY + DAYS - 1 - random.int(0, 430)) : '';
		out.push(`${lines[k + 1]},${review}`);
	});
	return out.join('\n') + '\n';
}

/**
 * The demo's third file and its customers file with `last_review`: `customersCsv` as written by
 * the shop, `orders` with customer indices into `ids`.
 */
export function addTicketsAndReviews(
	customersCsv: string,
	orders: readonly DemoOrderDay[],
	ids: readonly string[],
	seed: number
): { customersCsv: string; ticketsCsv: string } {
	const records = readCustomers(customersCsv);
	const salesDays = salesDaysByCustomer(orders, ids.length);
	return {
		customersCsv: appendLastReviews(customersCsv, records, salesDays, ids, seed),
		ticketsCsv: writeTickets(records, salesDays, ids, seed)
	};
}
