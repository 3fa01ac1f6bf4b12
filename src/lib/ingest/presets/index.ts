/**
 * Format presets: exports recognised from their header alone (or, for CDNOW, the shape of its
 * columns), with the roles and order-level rules that read them right. Each is overridable: the
 * sniff suggests its mapping, and the user may change any role or drop the preset's rules.
 */
import { normaliseHeader } from '../detect-roles';
import type { ColumnMapping, ColumnRole, PresetMapping, PresetMatch } from '../types';
import { AMAZON_ORDER_REPORT } from './amazon';
import { CDNOW } from './cdnow';
import { ETSY_ORDER_ITEMS } from './etsy';
import type { FormatPreset } from './format-preset';
import { ONLINE_RETAIL } from './online-retail';
import { SHOPIFY_ORDERS } from './shopify';
import { SQUARE_ITEM_SALES } from './square';
import { STRIPE_PAYMENTS } from './stripe';
import { WOOCOMMERCE_ORDERS } from './woocommerce';

export type { FormatPreset } from './format-preset';

export const PRESETS: readonly FormatPreset[] = [
	SHOPIFY_ORDERS,
	WOOCOMMERCE_ORDERS,
	SQUARE_ITEM_SALES,
	ETSY_ORDER_ITEMS,
	STRIPE_PAYMENTS,
	AMAZON_ORDER_REPORT,
	ONLINE_RETAIL,
	CDNOW
];

/** The preset whose required columns are all in `header`; the one requiring most wins. */
export function matchPreset(header: string[]): FormatPreset | null {
	const names = new Set(header.map(normaliseHeader));
	let best: FormatPreset | null = null;
	for (const preset of PRESETS) {
		if (preset.requires.length === 0) continue;
		if (!preset.requires.every((name) => names.has(name))) continue;
		if (!best || preset.requires.length > best.requires.length) best = preset;
	}
	return best;
}

/** The headerless preset (CDNOW) whose column shape matches, with its roles. */
export function matchHeaderlessPreset(
	columnValues: string[][]
): { preset: FormatPreset; roles: ColumnRole[] } | null {
	for (const preset of PRESETS) {
		const roles = preset.matchesHeaderless?.(columnValues);
		if (roles) return { preset, roles };
	}
	return null;
}

export function presetMatch(preset: FormatPreset): PresetMatch {
	return { id: preset.id, name: preset.name, rules: preset.rules, source: preset.source };
}

/** The preset's roles for `header`: the first present name per role; other columns ignored. */
export function presetRoles(preset: FormatPreset, header: string[]): ColumnRole[] {
	const names = header.map(normaliseHeader);
	const roles: ColumnRole[] = header.map(() => 'ignore');
	const taken = new Set<ColumnRole>();
	for (const [name, role] of preset.roles) {
		if (taken.has(role)) continue;
		const column = names.indexOf(name);
		if (column < 0 || roles[column] !== 'ignore') continue;
		roles[column] = role;
		taken.add(role);
	}
	return roles;
}

/** The preset's order-level rules as column indices, or undefined when it has none. */
export function presetMapping(
	preset: FormatPreset,
	header: string[]
): ColumnMapping['preset'] | undefined {
	const { columns } = preset;
	if (!columns && !preset.fillDown) return undefined;
	const names = header.map(normaliseHeader);
	const at = (name: string | undefined) => (name ? names.indexOf(name) : -1);
	const mapping: PresetMapping = {
		id: preset.id,
		lineDiscount: at(columns?.lineDiscount),
		orderDiscount: at(columns?.orderDiscount),
		orderRefund: at(columns?.orderRefund),
		cancelled: at(columns?.cancelled),
		fillDown: preset.fillDown ?? false,
		status: at(columns?.status),
		notSaleStatuses: preset.notSaleStatuses ?? []
	};
	return mapping;
}
