/**
 * The maths of the movement flow chart, without the DOM: two columns of stacked nodes (the groups
 * at the from- and the to-date) sized by customers on one scale, and a ribbon per flow whose
 * thickness is its customers at both ends. Ribbons are d3-shape paths (an area with `curveBumpX`,
 * plus a `linkHorizontal` centre line for hit areas and focus rings); no d3-sankey.
 */
import { area, curveBumpX, linkHorizontal } from 'd3';

export interface FlowNodeInput {
	/** Group slug; unique within its column. */
	id: string;
	/**
	 * Height of the node's label, centred on the node; default 0. Nodes are spaced so that the
	 * labels of neighbours never overlap and none leaves the drawing.
	 */
	labelHeight?: number;
}

export interface FlowLinkInput {
	from: string;
	to: string;
	/** Customers (≥ 0; a zero flow draws nothing). */
	customers: number;
}

export interface FlowLayoutOptions {
	width: number;
	height: number;
	/** Width of each node bar; default 12. */
	nodeWidth?: number;
	/** Gap between stacked nodes; default 8 (shrunk when the nodes would not fit). */
	nodePadding?: number;
	/** Room kept left of the left column and right of the right column for labels; default 0. */
	labelWidth?: number;
}

export interface FlowNode {
	id: string;
	column: 'from' | 'to';
	customers: number;
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

export interface FlowRibbon {
	from: string;
	to: string;
	customers: number;
	/** Right edge of the from-node, left edge of the to-node. */
	x0: number;
	x1: number;
	/** The ribbon's span on the from-node and on the to-node (equal thickness). */
	sourceY0: number;
	sourceY1: number;
	targetY0: number;
	targetY1: number;
	/** Thickness in pixels. */
	thickness: number;
	/** Closed area path of the ribbon (fill it). */
	path: string;
	/** Centre line from the middle of one end to the other (stroke it `thickness` wide). */
	centreLine: string;
}

export interface FlowLayout {
	nodes: FlowNode[];
	ribbons: FlowRibbon[];
	/** Pixels per customer, the same in both columns. */
	scale: number;
	/** The least gap used between nodes (more where labels need room). */
	nodePadding: number;
	totalCustomers: number;
}

interface RibbonEnd {
	x: number;
	y0: number;
	y1: number;
}

const ribbonArea = area<RibbonEnd>()
	.x((d) => d.x)
	.y0((d) => d.y0)
	.y1((d) => d.y1)
	.curve(curveBumpX);
const ribbonLink = linkHorizontal();

/**
 * Lays out the flows: nodes in the given order, empty ones left out, each column centred
 * vertically, neighbours at least `nodePadding` apart and far enough apart that their labels
 * (`labelHeight`, centred on the node) do not overlap; the scale is the largest at which both
 * columns fit the height (labels taller than the whole height still overflow it); a node's height is its customers × one shared scale, so both ends of a ribbon have
 * the same thickness. Ribbons leave a from-node in to-node order and reach a to-node in from-node
 * order, which keeps crossings few. Throws a RangeError for a flow naming an unknown node, or a
 * negative or non-finite count.
 */
export function layoutFlows(
	fromNodes: readonly FlowNodeInput[],
	toNodes: readonly FlowNodeInput[],
	links: readonly FlowLinkInput[],
	options: FlowLayoutOptions
): FlowLayout {
	const nodeWidth = options.nodeWidth ?? 12;
	const labelWidth = options.labelWidth ?? 0;
	const height = Math.max(0, options.height);
	const fromIndex = new Map(fromNodes.map((n, k) => [n.id, k]));
	const toIndex = new Map(toNodes.map((n, k) => [n.id, k]));
	const fromTotals = new Float64Array(fromNodes.length);
	const toTotals = new Float64Array(toNodes.length);
	let total = 0;
	for (const link of links) {
		const f = fromIndex.get(link.from);
		const t = toIndex.get(link.to);
		if (f === undefined) throw new RangeError(`flow from unknown group "${link.from}"`);
		if (t === undefined) throw new RangeError(`flow to unknown group "${link.to}"`);
		if (!(link.customers >= 0) || !Number.isFinite(link.customers)) {
			throw new RangeError(`flow ${link.from} → ${link.to}: customers must be ≥ 0`);
		}
		fromTotals[f] += link.customers;
		toTotals[t] += link.customers;
		total += link.customers;
	}
	const shownFrom = fromNodes.filter((_, k) => fromTotals[k] > 0).length;
	const shownTo = toNodes.filter((_, k) => toTotals[k] > 0).length;
	const gaps = Math.max(shownFrom, shownTo, 1) - 1;
	// Gaps never take more than half the height: with many small groups, bars stay readable.
	const nodePadding = gaps > 0 ? Math.min(options.nodePadding ?? 8, height / 2 / gaps) : 0;
	const shownLabels = (inputs: readonly FlowNodeInput[], totals: Float64Array) =>
		inputs.flatMap((input, k) =>
			totals[k] > 0 ? [{ total: totals[k], label: Math.max(0, input.labelHeight ?? 0) }] : []
		);
	const columns = [shownLabels(fromNodes, fromTotals), shownLabels(toNodes, toTotals)];
	/**
	 * A column's spacing at `scale`: the room its first label needs above the first node, the gap
	 * before each node (the padding, or more where two labels would overlap) and the room below.
	 */
	const spacing = (column: { total: number; label: number }[], scale: number) => {
		const before = column.map((node, i) => {
			if (i === 0) return Math.max(0, (node.label - node.total * scale) / 2);
			const previous = column[i - 1];
			const apart = (previous.label + node.label) / 2 - ((previous.total + node.total) * scale) / 2;
			return Math.max(nodePadding, apart);
		});
		const last = column[column.length - 1];
		const after = last ? Math.max(0, (last.label - last.total * scale) / 2) : 0;
		const extent = total * scale + before.reduce((a, b) => a + b, 0) + after;
		return { before, after, extent };
	};
	const tallest = (scale: number) => Math.max(...columns.map((c) => spacing(c, scale).extent));
	// The largest scale at which both columns fit: a column's extent grows with the scale.
	let scale = total > 0 ? Math.max(0, height - gaps * nodePadding) / total : 0;
	if (total > 0 && tallest(scale) > height + 1e-6) {
		let low = 0;
		for (let step = 0; step < 50; step++) {
			const mid = (low + scale) / 2;
			if (tallest(mid) > height) scale = mid;
			else low = mid;
		}
		scale = low;
	}

	const left = labelWidth;
	const right = Math.max(left + 2 * nodeWidth, options.width - labelWidth);
	const nodes: FlowNode[] = [];
	const place = (inputs: readonly FlowNodeInput[], totals: Float64Array, column: 'from' | 'to') => {
		const { before, extent } = spacing(columns[column === 'from' ? 0 : 1], scale);
		let y = Math.max(0, (height - extent) / 2);
		let shown = 0;
		const x0 = column === 'from' ? left : right - nodeWidth;
		const placed = new Map<string, FlowNode>();
		inputs.forEach((input, k) => {
			if (totals[k] <= 0) return;
			y += before[shown++];
			const node: FlowNode = {
				id: input.id,
				column,
				customers: totals[k],
				x0,
				x1: x0 + nodeWidth,
				y0: y,
				y1: y + totals[k] * scale
			};
			nodes.push(node);
			placed.set(input.id, node);
			y = node.y1;
		});
		return placed;
	};
	const fromPlaced = place(fromNodes, fromTotals, 'from');
	const toPlaced = place(toNodes, toTotals, 'to');

	const shown = links.filter((link) => link.customers > 0);
	const sourceOrder = [...shown].sort(
		(a, b) =>
			fromIndex.get(a.from)! - fromIndex.get(b.from)! || toIndex.get(a.to)! - toIndex.get(b.to)!
	);
	const targetOrder = [...shown].sort(
		(a, b) =>
			toIndex.get(a.to)! - toIndex.get(b.to)! || fromIndex.get(a.from)! - fromIndex.get(b.from)!
	);
	const sourceY = new Map<FlowLinkInput, number>();
	const targetY = new Map<FlowLinkInput, number>();
	const stack = (
		order: FlowLinkInput[],
		placed: Map<string, FlowNode>,
		key: 'from' | 'to',
		out: Map<FlowLinkInput, number>
	) => {
		const offset = new Map<string, number>();
		for (const link of order) {
			const node = placed.get(link[key])!;
			const y = offset.get(node.id) ?? node.y0;
			out.set(link, y);
			offset.set(node.id, y + link.customers * scale);
		}
	};
	stack(sourceOrder, fromPlaced, 'from', sourceY);
	stack(targetOrder, toPlaced, 'to', targetY);

	const ribbons: FlowRibbon[] = sourceOrder.map((link) => {
		const thickness = link.customers * scale;
		const sourceY0 = sourceY.get(link)!;
		const targetY0 = targetY.get(link)!;
		const x0 = fromPlaced.get(link.from)!.x1;
		const x1 = toPlaced.get(link.to)!.x0;
		const ends: RibbonEnd[] = [
			{ x: x0, y0: sourceY0, y1: sourceY0 + thickness },
			{ x: x1, y0: targetY0, y1: targetY0 + thickness }
		];
		return {
			from: link.from,
			to: link.to,
			customers: link.customers,
			x0,
			x1,
			sourceY0,
			sourceY1: sourceY0 + thickness,
			targetY0,
			targetY1: targetY0 + thickness,
			thickness,
			path: ribbonArea(ends) ?? '',
			centreLine:
				ribbonLink({
					source: [x0, sourceY0 + thickness / 2],
					target: [x1, targetY0 + thickness / 2]
				}) ?? ''
		};
	});
	return { nodes, ribbons, scale, nodePadding, totalCustomers: total };
}
