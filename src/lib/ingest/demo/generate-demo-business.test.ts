import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoBusiness } from './index';
import type { DemoBusiness } from './index';

// Every figure below is computed here, from the CSV text alone, by the definitions of
// shared/DOMAIN.md — not by the generator's own bookkeeping.

interface Line {
	order: string;
	customer: string;
	date: string;
	product: string;
	category: string;
	quantity: number;
	unitPrice: number;
	discount: string;
	cost: number;
	channel: string;
}

interface CustomerFigures {
	id: string;
	/** Orders: distinct order ids whose lines sum to more than zero, sorted by date. */
	orderDates: string[];
	discountedOrders: number;
	revenue: number;
	cost: number;
	spendByCategory: Map<string, number>;
}

const END = '2026-06-30';
const dayNumber = (iso: string) => Date.parse(iso) / 86_400_000;

function parse(text: string): string[][] {
	const result = Papa.parse<string[]>(text, { skipEmptyLines: true });
	expect(result.errors).toEqual([]);
	return result.data;
}

function readLines(csv: string): { header: string[]; lines: Line[] } {
	const [header, ...rows] = parse(csv);
	const lines = rows.map((r) => ({
		order: r[0],
		customer: r[1],
		date: r[2],
		product: r[3],
		category: r[4],
		quantity: Number(r[5]),
		unitPrice: Number(r[6]),
		discount: r[7],
		cost: Number(r[8]),
		channel: r[9]
	}));
	return { header, lines };
}

function customerFigures(lines: Line[]): CustomerFigures[] {
	const orders = new Map<
		string,
		{ customer: string; date: string; sum: number; discounted: boolean }
	>();
	for (const line of lines) {
		const order = orders.get(line.order) ?? {
			customer: line.customer,
			date: line.date,
			sum: 0,
			discounted: false
		};
		order.sum += line.quantity * line.unitPrice;
		order.discounted ||= line.discount !== '';
		orders.set(line.order, order);
	}
	const byCustomer = new Map<string, CustomerFigures>();
	const figuresOf = (id: string) => {
		let figures = byCustomer.get(id);
		if (!figures) {
			figures = {
				id,
				orderDates: [],
				discountedOrders: 0,
				revenue: 0,
				cost: 0,
				spendByCategory: new Map()
			};
			byCustomer.set(id, figures);
		}
		return figures;
	};
	for (const order of orders.values()) {
		if (order.sum <= 0) continue;
		const figures = figuresOf(order.customer);
		figures.orderDates.push(order.date);
		if (order.discounted) figures.discountedOrders++;
	}
	for (const line of lines) {
		const figures = byCustomer.get(line.customer);
		if (!figures) continue; // returns only: not in the customer table
		const amount = line.quantity * line.unitPrice;
		figures.revenue += amount;
		figures.cost += line.cost;
		figures.spendByCategory.set(
			line.category,
			(figures.spendByCategory.get(line.category) ?? 0) + amount
		);
	}
	for (const figures of byCustomer.values()) figures.orderDates.sort();
	return [...byCustomer.values()];
}

/** Coefficient of variation (population) of the gaps between order dates; NaN below 3 orders. */
function gapCv(dates: string[]): number {
	if (dates.length < 3) return NaN;
	const gaps = dates.slice(1).map((date, i) => dayNumber(date) - dayNumber(dates[i]));
	const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
	const variance = gaps.reduce((a, b) => a + (b - mean) ** 2, 0) / gaps.length;
	return Math.sqrt(variance) / mean;
}

const isRegular = (c: CustomerFigures) => c.orderDates.length >= 3 && gapCv(c.orderDates) <= 0.75;
const topCategoryShare = (c: CustomerFigures) =>
	Math.max(...c.spendByCategory.values()) /
	[...c.spendByCategory.values()].reduce((a, b) => a + Math.max(0, b), 0);

let demo: DemoBusiness;
let header: string[];
let lines: Line[];
let customers: CustomerFigures[];
let attributes: Map<string, Record<string, string>>;
const share = (count: number) => count / customers.length;

beforeAll(() => {
	demo = generateDemoBusiness();
	({ header, lines } = readLines(demo.ordersCsv));
	customers = customerFigures(lines);
	const [attributeHeader, ...attributeRows] = parse(demo.customersCsv);
	attributes = new Map(
		attributeRows.map((row) => [
			row[0],
			Object.fromEntries(attributeHeader.map((name, i) => [name, row[i]]))
		])
	);
	// A whole shop generated and parsed: allow for a shared, busy machine.
}, 60_000);

describe('generateDemoBusiness: the files', () => {
	it('gives identical text for the same seed and different text for another seed', () => {
		const again = generateDemoBusiness({ seed: 1 });
		expect(again.ordersCsv === demo.ordersCsv).toBe(true);
		expect(again.customersCsv === demo.customersCsv).toBe(true);
		const other = generateDemoBusiness({ seed: 2 });
		expect(other.ordersCsv === demo.ordersCsv).toBe(false);
		expect(other.customersCsv === demo.customersCsv).toBe(false);
	});

	it('has every optional column of the orders file, each filled', () => {
		expect(header).toEqual([
			'order_id',
			'customer_id',
			'date',
			'product',
			'category',
			'quantity',
			'unit_price',
			'discount_code',
			'cost',
			'channel'
		]);
		expect(lines.every((l) => /^\d{4}-\d{2}-\d{2}$/.test(l.date))).toBe(true);
		expect(lines.every((l) => l.order && l.customer && l.product && l.category)).toBe(true);
		expect(
			lines.every((l) => Number.isFinite(l.quantity) && l.unitPrice > 0 && Number.isFinite(l.cost))
		).toBe(true);
		expect(new Set(lines.map((l) => l.channel))).toEqual(new Set(['online', 'store', 'phone']));
		const categories = new Set(lines.map((l) => l.category));
		expect(categories.size).toBeGreaterThanOrEqual(8);
		expect(categories.size).toBeLessThanOrEqual(12);
		const discounted = lines.filter((l) => l.discount !== '').length / lines.length;
		expect(discounted).toBeGreaterThan(0.1);
		expect(discounted).toBeLessThan(0.35);
		const costShare =
			lines.reduce((a, l) => a + l.cost, 0) /
			lines.reduce((a, l) => a + l.quantity * l.unitPrice, 0);
		expect(costShare).toBeGreaterThan(0.35);
		expect(costShare).toBeLessThan(0.65);
	});

	it('has a customers file with every attribute, fake addresses, and every ordering customer', () => {
		const [attributeHeader] = parse(demo.customersCsv);
		expect(attributeHeader).toEqual([
			'customer_id',
			'name',
			'email',
			'age',
			'gender',
			'city',
			'occupation',
			'service_effort',
			'followers',
			'budget',
			'problems_opened',
			'problems_resolved',
			'last_review'
		]);
		const rows = [...attributes.values()];
		expect(rows.every((r) => /^[a-z0-9.]+@example\.(com|org|net)$/.test(r.email))).toBe(true);
		expect(new Set(rows.map((r) => r.email)).size).toBe(rows.length);
		for (const column of [
			'age',
			'service_effort',
			'followers',
			'budget',
			'problems_opened',
			'problems_resolved'
		]) {
			expect(rows.every((r) => Number.isInteger(Number(r[column])) && r[column] !== '')).toBe(true);
		}
		expect(rows.every((r) => Number(r.service_effort) >= 1 && Number(r.service_effort) <= 10)).toBe(
			true
		);
		expect(rows.every((r) => Number(r.problems_resolved) <= Number(r.problems_opened))).toBe(true);
		expect(rows.every((r) => Number(r.age) >= 18 && Number(r.age) <= 85)).toBe(true);
		expect(new Set(rows.map((r) => r.city)).size).toBeGreaterThanOrEqual(8);
		expect(new Set(rows.map((r) => r.occupation)).size).toBeGreaterThanOrEqual(8);
		expect(new Set(lines.map((l) => l.customer)).size).toBeLessThanOrEqual(attributes.size);
		expect(lines.every((l) => attributes.has(l.customer))).toBe(true);
	});

	it('holds about 5,000 customers and 100,000 lines over the two years to 2026-06-30', () => {
		expect(lines.length).toBeGreaterThanOrEqual(90_000);
		expect(lines.length).toBeLessThanOrEqual(110_000);
		expect(customers.length).toBeGreaterThanOrEqual(4_800);
		expect(customers.length).toBeLessThanOrEqual(5_200);
		expect(attributes.size).toBeGreaterThanOrEqual(customers.length);
		expect(attributes.size).toBeLessThanOrEqual(5_200);
		const dates = lines.map((l) => l.date).sort();
		expect(dates[0]).toBe('2024-07-01');
		expect(dates.at(-1)).toBe(END);
	});

	it('quotes names with commas and quotes so that DuckDB reads the same lines and revenue', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'sieve-demo-'));
		try {
			const path = join(dir, 'orders.csv');
			await writeFile(path, demo.ordersCsv);
			const instance = await DuckDBInstance.create(':memory:');
			const connection = await instance.connect();
			const reader = await connection.runAndReadAll(
				`select count(*)::integer as lines, count(distinct product)::integer as products,
					sum(quantity::double * unit_price::double) as revenue,
					count(*) filter (where product = 'Green Tea "Sencha", 100 g')::integer as sencha
				from read_csv('${path}', header = true, quote = '"', escape = '"', strict_mode = true, all_varchar = true)`
			);
			const [row] = reader.getRowObjectsJS() as {
				lines: number;
				products: number;
				revenue: number;
				sencha: number;
			}[];
			connection.closeSync();
			instance.closeSync();
			expect(row.lines).toBe(lines.length);
			expect(row.products).toBe(new Set(lines.map((l) => l.product)).size);
			expect(row.sencha).toBeGreaterThan(0);
			expect(row.revenue).toBeCloseTo(
				lines.reduce((a, l) => a + l.quantity * l.unitPrice, 0),
				2
			);
			expect(lines.some((l) => l.product.includes(',') && l.product.includes('"'))).toBe(true);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});

	it('has a handful of returns: negative lines on their own order ids', () => {
		const byOrder = new Map<string, Line[]>();
		for (const line of lines) byOrder.set(line.order, [...(byOrder.get(line.order) ?? []), line]);
		const returns = [...byOrder.values()].filter((order) => order.some((l) => l.quantity < 0));
		expect(returns.length).toBeGreaterThanOrEqual(30);
		expect(returns.length).toBeLessThanOrEqual(300);
		expect(returns.length / byOrder.size).toBeLessThan(0.01);
		expect(returns.every((order) => order.every((l) => l.quantity < 0 && l.cost < 0))).toBe(true);
		const returnsOnly = new Set(lines.map((l) => l.customer)).size - customers.length;
		expect(returnsOnly).toBeGreaterThanOrEqual(1);
		expect(returnsOnly).toBeLessThanOrEqual(20);
	});
});

describe('generateDemoBusiness: the planted customer kinds', () => {
	it('has 80/20-ish value: the top 20% of customers bring 60–85% of revenue', () => {
		const values = customers.map((c) => c.revenue).sort((a, b) => b - a);
		const total = values.reduce((a, b) => a + b, 0);
		const top = values.slice(0, Math.ceil(0.2 * values.length)).reduce((a, b) => a + b, 0);
		expect(top / total).toBeGreaterThanOrEqual(0.6);
		expect(top / total).toBeLessThanOrEqual(0.85);
	});

	it('has one-time buyers as the largest purchase pattern', () => {
		const oneTime = customers.filter((c) => c.orderDates.length === 1).length;
		const regular = customers.filter(isRegular).length;
		const irregular = customers.length - oneTime - regular;
		expect(share(oneTime)).toBeGreaterThanOrEqual(0.3);
		expect(share(oneTime)).toBeLessThanOrEqual(0.45);
		expect(oneTime).toBeGreaterThan(regular);
		expect(oneTime).toBeGreaterThan(irregular);
		// Wandering buyers: many repeat customers follow no regular rhythm.
		expect(share(irregular)).toBeGreaterThanOrEqual(0.2);
	});

	it('has a small group of loyal regulars with a large share of revenue', () => {
		const total = customers.reduce((a, c) => a + c.revenue, 0);
		const loyal = customers.filter(
			(c) =>
				c.orderDates.length >= 12 &&
				isRegular(c) &&
				dayNumber(END) - dayNumber(c.orderDates.at(-1)!) <= 60
		);
		expect(share(loyal.length)).toBeGreaterThanOrEqual(0.05);
		expect(share(loyal.length)).toBeLessThanOrEqual(0.1);
		const loyalRevenue = loyal.reduce((a, c) => a + c.revenue, 0) / total;
		expect(loyalRevenue).toBeGreaterThanOrEqual(0.4);
		expect(loyalRevenue).toBeLessThanOrEqual(0.65);
	});

	it('has discount seekers: 7–13% of customers with ≥ 80% of ≥ 2 orders discounted', () => {
		const seekers = customers.filter(
			(c) => c.orderDates.length >= 2 && c.discountedOrders / c.orderDates.length >= 0.8
		);
		expect(share(seekers.length)).toBeGreaterThanOrEqual(0.07);
		expect(share(seekers.length)).toBeLessThanOrEqual(0.13);
	});

	it('has specific-needs buyers: 7–15% with ≥ 3 orders and ≥ 80% of spend in one category', () => {
		const niche = customers.filter((c) => c.orderDates.length >= 3 && topCategoryShare(c) >= 0.8);
		expect(share(niche.length)).toBeGreaterThanOrEqual(0.07);
		expect(share(niche.length)).toBeLessThanOrEqual(0.15);
	});

	it('has special-occasion buyers: ≥ 70% of orders in one calendar month over ≥ 2 years', () => {
		const occasion = customers.filter((c) => {
			if (c.orderDates.length < 2) return false;
			const months = new Map<string, number>();
			for (const date of c.orderDates)
				months.set(date.slice(5, 7), (months.get(date.slice(5, 7)) ?? 0) + 1);
			const years = new Set(c.orderDates.map((date) => date.slice(0, 4)));
			return Math.max(...months.values()) / c.orderDates.length >= 0.7 && years.size >= 2;
		});
		expect(share(occasion.length)).toBeGreaterThanOrEqual(0.05);
		expect(share(occasion.length)).toBeLessThanOrEqual(0.11);
	});

	it('has lapsed customers: regular with ≥ 5 orders, then nothing in the last 180 days', () => {
		const lapsed = customers.filter(
			(c) =>
				c.orderDates.length >= 5 &&
				isRegular(c) &&
				dayNumber(END) - dayNumber(c.orderDates.at(-1)!) > 180
		);
		expect(share(lapsed.length)).toBeGreaterThanOrEqual(0.05);
		expect(share(lapsed.length)).toBeLessThanOrEqual(0.1);
	});

	it('has a few influencers with 10,000 followers or more', () => {
		const influencers = [...attributes.values()].filter((r) => Number(r.followers) >= 10_000);
		expect(influencers.length).toBeGreaterThanOrEqual(30);
		expect(influencers.length).toBeLessThanOrEqual(90);
	});

	it('has high-effort customers (8–10) who mostly cost more than they bring', () => {
		// At 10 per effort point, a customer costs more than it brings when profit < 10 × effort.
		const costsMore = (c: CustomerFigures) =>
			c.revenue - c.cost < 10 * Number(attributes.get(c.id)!.service_effort);
		const high = customers.filter((c) => Number(attributes.get(c.id)!.service_effort) >= 8);
		const others = customers.filter((c) => Number(attributes.get(c.id)!.service_effort) < 8);
		expect(share(high.length)).toBeGreaterThanOrEqual(0.03);
		expect(share(high.length)).toBeLessThanOrEqual(0.07);
		expect(high.filter(costsMore).length / high.length).toBeGreaterThanOrEqual(0.7);
		expect(others.filter(costsMore).length / others.length).toBeLessThanOrEqual(0.25);
	});

	it('has business accounts: high budget, one or two categories, high opportunity', () => {
		const total = customers.reduce((a, c) => a + c.revenue, 0);
		const budgets = customers
			.map((c) => Number(attributes.get(c.id)!.budget))
			.sort((a, b) => a - b);
		const topThird = budgets[Math.floor((2 / 3) * budgets.length)];
		const accounts = customers.filter((c) => Number(attributes.get(c.id)!.budget) >= 20_000);
		expect(accounts.length).toBeGreaterThanOrEqual(60);
		expect(accounts.length).toBeLessThanOrEqual(140);
		const categories = new Set(lines.map((l) => l.category)).size;
		// High opportunity (DOMAIN, account reviews): whitespace ≥ 50% and capacity in the top third.
		const high = accounts.filter(
			(c) =>
				1 - c.spendByCategory.size / categories >= 0.5 &&
				Number(attributes.get(c.id)!.budget) >= topThird
		);
		expect(high.length / accounts.length).toBeGreaterThanOrEqual(0.9);
		expect(
			accounts.filter((c) => c.spendByCategory.size <= 2).length / accounts.length
		).toBeGreaterThanOrEqual(0.9);
		const revenue = accounts.reduce((a, c) => a + c.revenue, 0) / total;
		expect(revenue).toBeGreaterThanOrEqual(0.1);
		expect(revenue).toBeLessThanOrEqual(0.35);
	});

	it('repurchases most after a resolved problem, least after an unresolved one', () => {
		const groups = { resolved: [0, 0], unresolved: [0, 0], none: [0, 0] };
		for (const c of customers) {
			const row = attributes.get(c.id)!;
			const [opened, resolved] = [Number(row.problems_opened), Number(row.problems_resolved)];
			const group =
				opened === 0 ? groups.none : resolved === opened ? groups.resolved : groups.unresolved;
			group[0]++;
			if (c.orderDates.length >= 2) group[1]++;
		}
		const rate = ([n, repeat]: number[]) => repeat / n;
		expect(groups.resolved[0]).toBeGreaterThanOrEqual(200);
		expect(groups.unresolved[0]).toBeGreaterThanOrEqual(200);
		expect(rate(groups.resolved)).toBeGreaterThanOrEqual(0.85);
		expect(rate(groups.resolved) - rate(groups.none)).toBeGreaterThanOrEqual(0.15);
		expect(rate(groups.unresolved)).toBeLessThan(rate(groups.none));
	});

	it('peaks in November–December and during the spring sale', () => {
		const sales = lines.filter((l) => l.quantity > 0);
		const holiday = sales.filter(
			(l) => l.date.slice(5, 7) === '11' || l.date.slice(5, 7) === '12'
		).length;
		// Two months of twelve would be 16.7% of lines without a peak.
		expect(holiday / sales.length).toBeGreaterThanOrEqual(0.19);
		const perDay = (from: string, to: string) =>
			sales.filter((l) => l.date >= from && l.date <= to).length /
			(dayNumber(to) - dayNumber(from) + 1);
		for (const year of ['2025', '2026']) {
			expect(perDay(`${year}-03-20`, `${year}-04-10`)).toBeGreaterThanOrEqual(
				1.25 * perDay(`${year}-02-20`, `${year}-03-19`)
			);
		}
	});
});
