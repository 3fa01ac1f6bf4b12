/**
 * The worker's handlers for `segments-protocol.ts`. The customer table is built once per dataset,
 * basis and analysis date; purchase patterns and behaviour tags are kept while their thresholds
 * stay the same, so a changed cut point or rule only re-scores, re-assigns and re-summarises.
 */
import { tagBehaviour, type BehaviourTag } from '../../engine/segments/behaviour-tags';
import { toCsv } from '../../engine/tables/csv-export';
import { buildCustomerTable, type CustomerTable } from '../../engine/customers/customer-table';
import { formatDay, parseIsoDay } from '../../engine/tables/orders-table';
import { segmentExportRows, summariseSegments, type SegmentSummary } from '../../engine/segments/playbook';
import {
	classifyPurchasePattern,
	PURCHASE_PATTERNS,
	type PurchasePatternResult
} from '../../engine/segments/purchase-pattern';
import {
	explainRfm,
	quantileCutPoints,
	RFM_DIMENSIONS,
	scoreRfm,
	type RfmDimension,
	type RfmResult
} from '../../engine/segments/rfm';
import {
	assignSegments,
	explainSegment,
	findUnreachableRules,
	OTHERS_SEGMENT,
	parseSegmentRules,
	serialiseSegmentRules,
	type SegmentAssignment,
	type SegmentRule
} from '../../engine/segments/segment-rules';
import type { HandlerContext, OpenDataset, OpenDatasetById } from '../handlers';
import type {
	CustomerExplanation,
	CustomerTableChoice,
	ExplainOutput,
	RfmGridData,
	SegmentsInput,
	SegmentsOptions,
	SegmentsOutput,
	SegmentsProtocol
} from './protocol';

/** Everything one set of options yields, kept for explanations and exports. */
export interface SegmentsComputation {
	customers: CustomerTable;
	rules: SegmentRule[];
	rfm: RfmResult;
	assignment: SegmentAssignment;
	summaries: SegmentSummary[];
	pattern: PurchasePatternResult;
	tags: BehaviourTag[];
}

/** Builds the customer table for a dataset and the Value view's basis and analysis date. */
export function customerTableFor(dataset: OpenDataset, choice: CustomerTableChoice): CustomerTable {
	const analysisDay = choice.analysisDate ? parseIsoDay(choice.analysisDate) : undefined;
	if (analysisDay !== undefined && !Number.isFinite(analysisDay)) {
		throw new RangeError(`“${choice.analysisDate}” is not a date (expected YYYY-MM-DD).`);
	}
	const customers = buildCustomerTable(
		dataset.orders,
		{ analysisDay, valueBasis: choice.basis },
		dataset.attributes
	);
	if (customers.count === 0) {
		throw new RangeError(
			analysisDay !== undefined
				? `No customer has an order before ${choice.analysisDate}. Choose a later analysis date.`
				: 'This dataset has no customer with an order (every order id sums to zero or less).'
		);
	}
	return customers;
}

/**
 * The customer table per dataset and choice, and the last patterns and tags per threshold set:
 * recomputing only what an option change touches keeps re-segmentation fast.
 */
export class SegmentsCache {
	#tableKey = '';
	#table: CustomerTable | null = null;
	#patternKey = '';
	#pattern: PurchasePatternResult | null = null;
	#tagsKey = '';
	#tags: BehaviourTag[] | null = null;
	/** Quantile cut points per bins: sorting three columns is the costliest part of scoring. */
	#quantiles = new Map<number, Record<RfmDimension, number[]>>();
	#last: { key: string; computation: SegmentsComputation } | null = null;

	customers(dataset: OpenDataset, choice: CustomerTableChoice): CustomerTable {
		const key = `${dataset.summary.id}|${choice.basis}|${choice.analysisDate ?? ''}`;
		if (this.#table && this.#tableKey === key) return this.#table;
		this.#table = customerTableFor(dataset, choice);
		this.#tableKey = key;
		this.#pattern = this.#tags = this.#last = null;
		this.#quantiles.clear();
		return this.#table;
	}

	/** Scores, segments, summaries, patterns and tags of a customer table for `options`. */
	compute(customers: CustomerTable, options: SegmentsOptions): SegmentsComputation {
		if (this.#table !== customers) {
			this.#table = customers;
			this.#tableKey = '';
			this.#pattern = this.#tags = this.#last = null;
			this.#quantiles.clear();
		}
		const key = JSON.stringify(options);
		if (this.#last?.key === key) return this.#last.computation;

		// Rules arrive from settings or a shared link: validate them as a rules file would be.
		const rules = parseSegmentRules(options.rules);
		const quantiles = this.#quantileCutPoints(customers, options.bins);
		const cutPoints = {} as Record<RfmDimension, number[]>;
		for (const dimension of RFM_DIMENSIONS) {
			cutPoints[dimension] = options.cutPoints[dimension] ?? quantiles[dimension];
		}
		const rfm = scoreRfm(customers, { bins: options.bins, cutPoints });
		// The remembered quantiles went in as given cut points; say where they came from.
		for (const dimension of RFM_DIMENSIONS) {
			if (!options.cutPoints[dimension]) rfm.cutPointSource[dimension] = 'quantile';
		}
		const assignment = assignSegments(rfm, rules);
		const summaries = summariseSegments(customers, assignment, rules, {
			actions: { [OTHERS_SEGMENT.slug]: options.othersAction }
		});

		const patternKey = JSON.stringify(options.pattern);
		if (!this.#pattern || this.#patternKey !== patternKey) {
			this.#pattern = classifyPurchasePattern(customers, options.pattern);
			this.#patternKey = patternKey;
		}
		const tagsKey = JSON.stringify(options.tags);
		if (!this.#tags || this.#tagsKey !== tagsKey) {
			this.#tags = tagBehaviour(customers, options.tags);
			this.#tagsKey = tagsKey;
		}
		const computation = {
			customers,
			rules,
			rfm,
			assignment,
			summaries,
			pattern: this.#pattern,
			tags: this.#tags
		};
		this.#last = { key, computation };
		return computation;
	}

	#quantileCutPoints(customers: CustomerTable, bins: number): Record<RfmDimension, number[]> {
		let cuts = this.#quantiles.get(bins);
		if (!cuts) {
			if (![3, 4, 5].includes(bins))
				throw new RangeError(`RFM bins must be 3, 4 or 5, got ${bins}`);
			cuts = {
				recency: quantileCutPoints(customers.recencyDays, bins),
				frequency: quantileCutPoints(customers.orders, bins),
				monetary: quantileCutPoints(customers.value, bins)
			};
			this.#quantiles.set(bins, cuts);
		}
		return cuts;
	}
}

/** Customers, Σ M score, Σ value and customers per segment in each R × F cell. */
export function buildRfmGrid(computation: SegmentsComputation): RfmGridData {
	const { customers, rfm, assignment } = computation;
	const bins = rfm.bins;
	const segments = assignment.counts.length;
	const grid: RfmGridData = {
		bins,
		customers: new Int32Array(bins * bins),
		monetaryScoreSum: new Float64Array(bins * bins),
		valueSum: new Float64Array(bins * bins),
		segmentCustomers: new Int32Array(bins * bins * segments),
		segments
	};
	for (let i = 0; i < customers.count; i++) {
		const cell = (rfm.recency[i] - 1) * bins + (rfm.frequency[i] - 1);
		grid.customers[cell]++;
		grid.monetaryScoreSum[cell] += rfm.monetary[i];
		grid.valueSum[cell] += customers.value[i];
		grid.segmentCustomers[cell * segments + assignment.segment[i]]++;
	}
	return grid;
}

function rangeOf(values: ArrayLike<number>): [number, number] {
	let low = Infinity;
	let high = -Infinity;
	for (let i = 0; i < values.length; i++) {
		if (values[i] < low) low = values[i];
		if (values[i] > high) high = values[i];
	}
	return [low, high];
}

/** The id of each segment's most valuable customer (the first in the table on ties), or null. */
function segmentExamples(computation: SegmentsComputation): (string | null)[] {
	const { customers, assignment } = computation;
	const best = new Int32Array(assignment.counts.length).fill(-1);
	for (let i = 0; i < customers.count; i++) {
		const k = assignment.segment[i];
		if (best[k] < 0 || customers.value[i] > customers.value[best[k]]) best[k] = i;
	}
	return Array.from(best, (i) => (i >= 0 ? customers.ids[i] : null));
}

/** The page's view of a computation. */
export function describeSegments(
	computation: SegmentsComputation
): Omit<SegmentsOutput, 'computeMs'> {
	const { customers, rules, rfm, summaries, pattern, tags } = computation;
	return {
		analysisDate: formatDay(customers.analysisDay),
		valueBasis: customers.valueBasis,
		customers: customers.count,
		totalValue: summaries.reduce((sum, s) => sum + s.value, 0),
		bins: rfm.bins,
		cutPoints: rfm.cutPoints,
		cutPointSource: rfm.cutPointSource,
		ranges: {
			recency: rangeOf(customers.recencyDays),
			frequency: rangeOf(customers.orders),
			monetary: rangeOf(customers.value)
		},
		segments: summaries,
		examples: segmentExamples(computation),
		nonEmptySegments: summaries.filter((s) => s.customers > 0).length,
		unreachable: findUnreachableRules(rules, rfm.bins),
		grid: buildRfmGrid(computation),
		patterns: { counts: pattern.counts, lapsing: pattern.lapsingCount },
		tags: tags.map(({ slug, name, rule, count, unavailable }) => ({
			slug,
			name,
			rule,
			count,
			unavailable
		}))
	};
}

const decimal = (x: number) => String(Number(x.toFixed(2)));

/** Why customer entry `index` has their pattern and lapsing tag, in the thresholds' words. */
function explainPattern(
	computation: SegmentsComputation,
	index: number
): CustomerExplanation['pattern'] {
	const { customers, pattern } = computation;
	const { regularMinOrders, regularMaxGapCv, lapsingFactor } = pattern.options;
	const orders = customers.orders[index];
	const cv = customers.gapCv[index];
	const name = PURCHASE_PATTERNS[pattern.pattern[index]];
	let reason: string;
	if (name === 'one-time') reason = 'one order';
	else if (name === 'regular') {
		reason = `${orders} orders (≥ ${regularMinOrders}) with gap variation ${decimal(cv)} (≤ ${regularMaxGapCv})`;
	} else if (orders < regularMinOrders) {
		reason = `${orders} orders: regular needs at least ${regularMinOrders}`;
	} else if (Number.isNaN(cv)) {
		reason = `${orders} orders, all on one day: no gap to measure`;
	} else {
		reason = `gap variation ${decimal(cv)} is above ${regularMaxGapCv}`;
	}
	const lapsing = pattern.lapsing[index] === 1;
	const gap = customers.meanGapDays[index];
	const recency = customers.recencyDays[index];
	const lapsingReason =
		orders < 2
			? 'lapsing needs at least two orders (a mean gap)'
			: `${recency} days since the last order ${lapsing ? '>' : '≤'} ${lapsingFactor} × the mean gap of ${decimal(gap)} days`;
	return { name, reason, lapsing, lapsingReason };
}

/** One customer's scores, segment, pattern and tags, each with its reason. */
export function explainCustomer(
	computation: SegmentsComputation,
	customerId: string
): ExplainOutput {
	const { customers, rules, rfm, assignment, tags } = computation;
	const query = customerId.trim();
	const index = customers.ids.indexOf(query);
	if (index < 0) {
		const needle = query.toLowerCase();
		const suggestions: string[] = [];
		for (let i = 0; i < customers.count && suggestions.length < 8; i++) {
			if (needle !== '' && customers.ids[i].toLowerCase().includes(needle)) {
				suggestions.push(customers.ids[i]);
			}
		}
		return { found: false, query, suggestions };
	}
	const r = rfm.recency[index];
	const f = rfm.frequency[index];
	const m = rfm.monetary[index];
	const k = assignment.segment[index];
	const meta = k < rules.length ? rules[k] : OTHERS_SEGMENT;
	return {
		found: true,
		customer: {
			id: query,
			scores: { recency: r, frequency: f, monetary: m },
			segment: {
				slug: meta.slug,
				name: meta.name,
				colour: meta.colour,
				reason: explainSegment(rules, r, f, m)
			},
			reasons: explainRfm(customers, rfm, index),
			pattern: explainPattern(computation, index),
			tags: tags.map((tag) => ({
				name: tag.name,
				rule: tag.rule,
				has: tag.mask ? tag.mask[index] === 1 : null,
				unavailable: tag.unavailable
			}))
		}
	};
}

/** A campaign CSV: one segment, the customers of some R × F cells, or everyone. */
export function exportSegmentsCsv(
	computation: SegmentsComputation,
	datasetName: string,
	segment: string | null,
	cells: [number, number][] | null
): { fileName: string; csv: string; rows: number } {
	const { customers, rfm } = computation;
	let mask: Uint8Array | undefined;
	if (cells) {
		const bins = rfm.bins;
		const picked = new Uint8Array((bins + 1) * (bins + 1));
		for (const [r, f] of cells) {
			if (r >= 1 && r <= bins && f >= 1 && f <= bins) picked[r * (bins + 1) + f] = 1;
		}
		mask = new Uint8Array(customers.count);
		for (let i = 0; i < customers.count; i++) {
			mask[i] = picked[rfm.recency[i] * (bins + 1) + rfm.frequency[i]];
		}
	}
	const rows = segmentExportRows({
		...computation,
		segment: segment ?? undefined,
		mask
	});
	const safeName = datasetName.replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 60);
	const part = segment ?? (cells ? 'rf-selection' : 'all-segments');
	return { fileName: `${safeName}-${part}.csv`, csv: toCsv(rows), rows: rows.length - 1 };
}

type SegmentHandlers = {
	[K in keyof SegmentsProtocol]: (
		input: SegmentsProtocol[K]['input'],
		context: HandlerContext
	) => Promise<SegmentsProtocol[K]['output']>;
};

export function createSegmentHandlers(open: OpenDatasetById): SegmentHandlers {
	const cache = new SegmentsCache();

	async function computationFor(input: SegmentsInput) {
		const dataset = await open(input.datasetId);
		return {
			dataset,
			computation: cache.compute(cache.customers(dataset, input.table), input.options)
		};
	}

	return {
		async analyseSegments(input) {
			const start = performance.now();
			const { computation } = await computationFor(input);
			return { ...describeSegments(computation), computeMs: performance.now() - start };
		},

		async explainCustomer(input) {
			const { computation } = await computationFor(input);
			return explainCustomer(computation, input.customerId);
		},

		async exportSegments(input) {
			const { dataset, computation } = await computationFor(input);
			return exportSegmentsCsv(computation, dataset.summary.name, input.segment, input.cells);
		},

		async parseRules({ text }) {
			return parseSegmentRules(text);
		},

		async serialiseRules({ rules }) {
			return serialiseSegmentRules(parseSegmentRules(rules));
		}
	};
}
