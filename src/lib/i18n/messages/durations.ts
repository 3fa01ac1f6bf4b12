/** A time left or taken, in words of each language. */
import type { Locale } from '../locale.svelte';
import { formatInteger } from '../format';

export function formatDuration(seconds: number, language: Locale): string {
	if (!Number.isFinite(seconds) || seconds < 0) return '—';
	const ur = language === 'ur';
	if (seconds < 1) return ur ? 'ایک سیکنڈ سے کم' : 'under a second';
	if (seconds < 60) return `${formatInteger(Math.round(seconds))} ${ur ? 'سیکنڈ' : 's'}`;
	const minutes = Math.floor(seconds / 60);
	const rest = formatInteger(Math.round(seconds - minutes * 60));
	return ur
		? `${formatInteger(minutes)} منٹ ${rest} سیکنڈ`
		: `${formatInteger(minutes)} min ${rest} s`;
}
