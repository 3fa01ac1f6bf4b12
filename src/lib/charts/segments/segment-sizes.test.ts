import { describe, expect, it } from 'vitest';
import { layoutSegmentSizes, type SegmentSize } from './segment-sizes';

const segment = (
	slug: string,
	customers: number,
	customerShare: number,
	valueShare: number
): SegmentSize => ({ slug, name: slug, colour: '#123456', customers, customerShare, valueShare });

describe('layoutSegmentSizes', () => {
	// Width 400, names in 120 px: bars from x = 120 to 400 − 52 = 348 (228 px). The largest share,
	// 0.75, rounds up to 0.8 (steps of 0.2), so a share s is s ÷ 0.8 × 228 px wide.
	const layout = layoutSegmentSizes(
		[segment('a', 10, 0.25, 0.5), segment('b', 30, 0.75, 0.45), segment('empty', 0, 0, 0.05)],
		400,
		120
	);

	it('draws both shares of each segment on one scale rounded up from the largest share', () => {
		expect(layout.barX).toBe(120);
		expect(layout.ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
		expect(layout.rows.map((r) => [r.slug, r.customersWidth, r.valueWidth])).toEqual([
			['a', 71.25, 142.5],
			['b', 213.75, 128.25]
		]);
	});

	it('leaves empty segments out and stacks the rows 36 px apart between the legend and the axis', () => {
		expect(layout.rows.map((r) => r.y)).toEqual([28, 64]);
		expect(layout.height).toBe(28 + 2 * 36 + 24);
	});

	it('gives the names at most 35% of a narrow chart', () => {
		expect(layoutSegmentSizes([segment('a', 1, 1, 1)], 200).barX).toBe(70);
	});

	it('draws no bar for a negative value share', () => {
		const [row] = layoutSegmentSizes([segment('loss', 5, 0.5, -0.1)], 400, 120).rows;
		expect(row.valueWidth).toBe(0);
		// 0.5 is the largest share and already round: its bar spans the whole 228 px.
		expect(row.customersWidth).toBe(228);
	});
});
