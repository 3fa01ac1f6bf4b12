import { describe, expect, it, vi } from 'vitest';
import { parseIsoDay } from '../engine/tables/orders-table';
import type { DatasetSummary } from '../worker/data/protocol';

vi.mock('../worker/client', () => ({ getAnalysisClient: () => ({ call: vi.fn() }) }));
const { DEFAULT_MOVEMENT_SETTINGS, MovementAnalysis } = await import('./movement-analysis.svelte');

// Data from 2024-01-10 to 2025-06-30: the analysis date is the day after, 2025-07-01.
const dataset = {
	id: 'ds',
	report: { firstDay: parseIsoDay('2024-01-10'), lastDay: parseIsoDay('2025-06-30') }
} as unknown as DatasetSummary;
const analysisOf = (settings = { ...DEFAULT_MOVEMENT_SETTINGS }, table = undefined) =>
	new MovementAnalysis(() => dataset, settings, table);

describe('MovementAnalysis dates', () => {
	it('defaults to the analysis date and six months before it', () => {
		expect(analysisOf().dates).toEqual({ from: '2025-01-01', to: '2025-07-01' });
	});

	it('follows the dataset-wide analysis date when one is chosen', () => {
		const analysis = new MovementAnalysis(() => dataset, undefined, {
			basis: 'revenue',
			analysisDate: '2025-03-31',
			startDate: null
		});
		expect(analysis.dates).toEqual({ from: '2024-09-30', to: '2025-03-31' });
	});

	it('keeps a usable pair and sends it in the options', () => {
		const analysis = analysisOf();
		expect(analysis.setDates('2024-06-01', '2025-01-01')).toBeNull();
		expect(analysis.options).toMatchObject({ from: '2024-06-01', to: '2025-01-01', family: 'rfm' });
	});

	it('refuses dates in the wrong order, equal dates and a from-date before the first order, keeping the old ones', () => {
		const analysis = analysisOf();
		expect(analysis.setDates('2025-07-01', '2025-01-01')).toBe(
			'The from-date 2025-07-01 is after the to-date 2025-01-01: swap them.'
		);
		expect(analysis.setDates('2025-01-01', '2025-01-01')).toMatch(/^Both dates are 2025-01-01/);
		expect(analysis.setDates('2024-01-10', '2025-01-01')).toMatch(
			/is on or before the first order \(2024-01-10\)/
		);
		expect(analysis.settings.from).toBeNull();
		expect(analysis.dates).toEqual({ from: '2025-01-01', to: '2025-07-01' });
	});

	it('counts the period start as the first day a from-date must pass', () => {
		const analysis = new MovementAnalysis(() => dataset, undefined, {
			basis: 'revenue',
			analysisDate: null,
			startDate: '2024-06-01'
		});
		expect(analysis.setDates('2024-05-01', '2025-01-01')).toMatch(/first order \(2024-06-01\)/);
	});

	it('drops what a hand-edited link puts in the wrong place, keeping what is usable', () => {
		const analysis = analysisOf({
			from: 'soon',
			to: '2025-07-01',
			family: 'zodiac',
			cutPoints: 'sometimes',
			includeGone: false
		} as never);
		expect(analysis.settings).toEqual({ ...DEFAULT_MOVEMENT_SETTINGS, to: '2025-07-01' });
	});

	it('drops a linked pair of dates that cannot be used together', () => {
		const analysis = analysisOf({
			...DEFAULT_MOVEMENT_SETTINGS,
			from: '2025-05-01',
			to: '2025-02-01'
		});
		expect(analysis.dates).toEqual({ from: '2025-01-01', to: '2025-07-01' });
	});

	it('sends frozen cut points for personas whatever was saved', () => {
		const analysis = analysisOf({
			...DEFAULT_MOVEMENT_SETTINGS,
			family: 'persona',
			cutPoints: 'recomputed'
		});
		expect(analysis.options.cutPoints).toBe('frozen');
	});
});
