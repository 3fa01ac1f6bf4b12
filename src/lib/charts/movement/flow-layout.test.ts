import { describe, expect, it } from 'vitest';
import { layoutFlows, type FlowLinkInput } from './flow-layout';

// Eight customers: a→a 3, a→b 1, b→a 1, b→b 1, new→b 2. Three from-nodes need two gaps of 10
// in 100 px, so one customer is (100 − 20) / 8 = 10 px.
const links: FlowLinkInput[] = [
	{ from: 'a', to: 'a', customers: 3 },
	{ from: 'a', to: 'b', customers: 1 },
	{ from: 'b', to: 'a', customers: 1 },
	{ from: 'b', to: 'b', customers: 1 },
	{ from: 'new', to: 'b', customers: 2 }
];
const layout = layoutFlows(
	[{ id: 'a' }, { id: 'b' }, { id: 'gone' }, { id: 'new' }],
	[{ id: 'a' }, { id: 'b' }],
	links,
	{ width: 200, height: 100, nodeWidth: 10, nodePadding: 10 }
);
const node = (column: 'from' | 'to', id: string) =>
	layout.nodes.find((n) => n.column === column && n.id === id);
const ribbon = (from: string, to: string) =>
	layout.ribbons.find((r) => r.from === from && r.to === to)!;

describe('layoutFlows', () => {
	it('sizes both columns on one scale of pixels per customer', () => {
		expect(layout.scale).toBe(10);
		expect(layout.totalCustomers).toBe(8);
	});

	it('stacks the from-nodes in order, leaving empty ones out', () => {
		expect(layout.nodes.filter((n) => n.column === 'from').map((n) => [n.id, n.y0, n.y1])).toEqual([
			['a', 0, 40],
			['b', 50, 70],
			['new', 80, 100]
		]);
		expect(node('from', 'gone')).toBeUndefined();
	});

	it('centres the shorter column vertically', () => {
		// 80 px of customers and one gap: 90 px, so 5 px above and below.
		expect([
			node('to', 'a')?.y0,
			node('to', 'a')?.y1,
			node('to', 'b')?.y0,
			node('to', 'b')?.y1
		]).toEqual([5, 45, 55, 95]);
	});

	it('puts the columns at the edges, inside the label room', () => {
		const wide = layoutFlows([{ id: 'a' }], [{ id: 'a' }], [links[0]], {
			width: 300,
			height: 50,
			nodeWidth: 10,
			labelWidth: 60
		});
		expect(wide.nodes.map((n) => [n.x0, n.x1])).toEqual([
			[60, 70],
			[230, 240]
		]);
	});

	it('leaves a from-node in to-node order and reaches a to-node in from-node order', () => {
		expect([ribbon('a', 'a').sourceY0, ribbon('a', 'b').sourceY0]).toEqual([0, 30]);
		expect([
			ribbon('a', 'b').targetY0,
			ribbon('b', 'b').targetY0,
			ribbon('new', 'b').targetY0
		]).toEqual([55, 65, 75]);
		expect(ribbon('b', 'a').targetY0).toBe(35);
	});

	it('gives a ribbon the same thickness at both ends', () => {
		for (const r of layout.ribbons) {
			expect(r.sourceY1 - r.sourceY0).toBeCloseTo(r.customers * 10, 12);
			expect(r.targetY1 - r.targetY0).toBeCloseTo(r.thickness, 12);
		}
	});

	it('draws a ribbon as a closed bump area between the node edges', () => {
		// Top edge (10, 30) → (190, 35) and back along the bottom, control points at the middle x.
		expect(ribbon('a', 'a').path).toBe('M10,30C100,30,100,35,190,35L190,5C100,5,100,0,10,0Z');
		expect(ribbon('a', 'a').centreLine).toBe('M10,15C100,15,100,20,190,20');
	});

	it('shrinks the gaps when many groups would not fit', () => {
		const many = Array.from({ length: 11 }, (_, k) => ({ id: `g${k}` }));
		const tight = layoutFlows(
			many,
			many,
			many.map((n) => ({ from: n.id, to: n.id, customers: 1 })),
			{ width: 100, height: 100, nodePadding: 20 }
		);
		expect(tight.nodePadding).toBe(5);
		expect(tight.scale).toBeCloseTo(50 / 11, 12);
	});

	it('draws nothing for no customers', () => {
		const empty = layoutFlows([{ id: 'a' }], [{ id: 'a' }], [], { width: 100, height: 100 });
		expect(empty).toMatchObject({ nodes: [], ribbons: [], scale: 0, totalCustomers: 0 });
	});

	it('names a flow to a group that is not in the columns', () => {
		expect(() =>
			layoutFlows([{ id: 'a' }], [{ id: 'a' }], [{ from: 'a', to: 'vip', customers: 1 }], {
				width: 100,
				height: 100
			})
		).toThrow('flow to unknown group "vip"');
	});

	it('spaces neighbours so that their labels, centred on them, do not overlap', () => {
		// Nodes of 1 and 3 customers, labels 40 px tall, padding 4, 100 px. At s px per customer
		// the first label needs (40 − s)/2 above its bar, the gap is the padding (the centres are
		// 2 s + 4 ≥ 40 apart for s ≥ 18) and the second label fits its 3 s bar: the column is
		// (40 − s)/2 + 4 s + 4 = 3.5 s + 24 = 100, s = 152/7. The first bar starts at (40 − s)/2
		// = 64/7, so its label's top is at 0.
		const spaced = layoutFlows(
			[
				{ id: 'a', labelHeight: 40 },
				{ id: 'b', labelHeight: 40 }
			],
			[{ id: 'a' }],
			[
				{ from: 'a', to: 'a', customers: 1 },
				{ from: 'b', to: 'a', customers: 3 }
			],
			{ width: 200, height: 100, nodePadding: 4 }
		);
		expect(spaced.scale).toBeCloseTo(152 / 7, 6);
		const [a, b] = spaced.nodes.filter((n) => n.column === 'from');
		expect(a.y0).toBeCloseTo(64 / 7, 6);
		expect(a.y1).toBeCloseTo(216 / 7, 6);
		expect(b.y0).toBeCloseTo(244 / 7, 6);
		expect(b.y1).toBeCloseTo(100, 6);
	});

	it('shrinks the bars until thin nodes’ labels have room, keeping them inside the height', () => {
		// Four from-nodes: 18, 1, 1 and 1 customers; labels 20 px; 100 px high: the label centres
		// must be ≥ 20 apart and in [10, 90], the bars ≥ 2 apart.
		const thin = layoutFlows(
			['a', 'b', 'c', 'd'].map((id) => ({ id, labelHeight: 20 })),
			[{ id: 'a' }],
			['a', 'b', 'c', 'd'].map((from, k) => ({ from, to: 'a', customers: k === 0 ? 18 : 1 })),
			{ width: 200, height: 100, nodePadding: 2 }
		);
		const centres = thin.nodes
			.filter((n) => n.column === 'from')
			.map((n) => ({ c: (n.y0 + n.y1) / 2, y0: n.y0, y1: n.y1 }));
		for (let i = 1; i < centres.length; i++) {
			expect(centres[i].c - centres[i - 1].c).toBeGreaterThanOrEqual(20 - 1e-6);
			expect(centres[i].y0 - centres[i - 1].y1).toBeGreaterThanOrEqual(2 - 1e-6);
		}
		expect(centres[0].c).toBeGreaterThanOrEqual(10 - 1e-6);
		expect(centres[3].c).toBeLessThanOrEqual(90 + 1e-6);
		// The bars are as large as that allows: labels and bars span the whole 100 px.
		const top = Math.min(centres[0].y0, centres[0].c - 10);
		const bottom = Math.max(centres[3].y1, centres[3].c + 10);
		expect(bottom - top).toBeCloseTo(100, 3);
	});
});
