/**
 * A size in bytes as people read it: decimal units, as browsers and disks report sizes ("1.5 MB",
 * "56.9 MB", "930 KB", "12 B"): three significant figures, so one decimal below 100; "—" for a size
 * that is not a number. The one copy: the page shows it and the storage layer's "not enough room"
 * message says it.
 */
export function formatBytes(bytes: number): string {
	if (!Number.isFinite(bytes)) return '—';
	const units = ['B', 'KB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	return `${unit === 0 ? value : value.toFixed(value < 100 ? 1 : 0)} ${units[unit]}`;
}
