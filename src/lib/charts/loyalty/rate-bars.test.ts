import { describe, expect, it } from 'vitest';
import { layoutRateBars, RATE_MARGIN } from './rate-bars';

const groups = [
	{ key: 'none', label: 'No problem', rate: 0.5, low: 0.25, high: 0.75 },
	{ key: 'unresolved', label: 'Unresolved', rate: null, low: null, high: null }
];

describe('layoutRateBars', () => {
	it('puts the scale from the label column (at most half a narrow width) to the right margin', () => {
		const layout = layoutRateBars(groups, 300, 200);
		expect(layout.x0).toBe(150);
		expect(layout.x1).toBe(300 - RATE_MARGIN.right);
	});

	it('ends a 50% bar half-way along the scale, whiskers at its interval', () => {
		// width 416: x0 = 150, x1 = 400, so 50% is 275, 25% is 212.5, 75% is 337.5.
		const row = layoutRateBars(groups, 416).rows[0];
		expect(row.barEnd).toBe(275);
		expect(row.lowX).toBe(212.5);
		expect(row.highX).toBe(337.5);
	});

	it('draws no bar for a group without a rate, and stacks rows by the row height', () => {
		const layout = layoutRateBars(groups, 416);
		expect(layout.rows[1].barEnd).toBeNull();
		expect(layout.rows[1].y - layout.rows[0].y).toBe(RATE_MARGIN.rowHeight);
		expect(layout.height).toBe(RATE_MARGIN.top + 2 * RATE_MARGIN.rowHeight + RATE_MARGIN.bottom);
	});
});
