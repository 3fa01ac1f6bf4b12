/** Display formatting shared by the views. Figures for tests travel in `data-value`, not here. */
import { formatDay } from '../../engine/tables/orders-table';

export { formatBytes } from '../../engine/tables/format-bytes';

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const money = new Intl.NumberFormat('en-GB', {
	minimumFractionDigits: 2,
	maximumFractionDigits: 2
});
const compact = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });

export const formatInteger = (value: number) =>
	Number.isFinite(value) ? integer.format(value) : '—';
export const formatDecimal = (value: number) =>
	Number.isFinite(value) ? decimal.format(value) : '—';
export const formatMoney = (value: number) => (Number.isFinite(value) ? money.format(value) : '—');
export const formatCompact = (value: number) =>
	Number.isFinite(value) ? compact.format(value) : '—';

/** 0.7412 → "74.1%". */
export function formatShare(value: number, digits = 1): string {
	return Number.isFinite(value) ? `${(value * 100).toFixed(digits)}%` : '—';
}

/** Epoch day → "2011-12-09". */
export function formatDate(day: number): string {
	return Number.isFinite(day) ? formatDay(day) : '—';
}

export function formatDuration(seconds: number): string {
	if (!Number.isFinite(seconds) || seconds < 0) return '—';
	if (seconds < 1) return 'under a second';
	if (seconds < 60) return `${Math.round(seconds)} s`;
	const minutes = Math.floor(seconds / 60);
	return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
