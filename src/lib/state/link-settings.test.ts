import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNTS_OPTIONS } from '../engine/accounts/accounts-options';
import { DEFAULT_CLV_OPTIONS } from '../engine/clv/clv-options';
import { DEFAULT_CUSTOMER_TABLE_CHOICE } from '../engine/customers/customer-table-choice';
import { DEFAULT_LOYALTY_OPTIONS } from '../engine/loyalty/loyalty-options';
import { DEFAULT_PERSONA_SETTINGS } from '../engine/personas/personas-options';
import { DEFAULT_SEGMENTS_OPTIONS } from '../engine/segments/segments-options';
import { DEFAULT_VALUE_OPTIONS } from '../engine/value/value-options';
import {
	decodeMethodFragment,
	decodeSettingsFragment,
	encodeMethodFragment,
	encodeSettingsFragment,
	mergeSettings
} from './link-settings';
import { DEFAULT_PROFIT_SETTINGS } from './profit-settings';

/** A method as a link carries it after every view was visited: every section, persona edits out. */
function everyViewsMethod(): Record<string, unknown> {
	const { edits: _edits, ...personas } = DEFAULT_PERSONA_SETTINGS;
	return {
		dataset: { ...DEFAULT_CUSTOMER_TABLE_CHOICE, startDate: '2023-01-01' },
		value: DEFAULT_VALUE_OPTIONS,
		segments: {
			...DEFAULT_SEGMENTS_OPTIONS,
			rules: DEFAULT_SEGMENTS_OPTIONS.rules.map((rule, i) => ({
				...rule,
				name: `${rule.name} ${i}`
			}))
		},
		personas,
		accounts: DEFAULT_ACCOUNTS_OPTIONS,
		clv: DEFAULT_CLV_OPTIONS,
		profit: DEFAULT_PROFIT_SETTINGS,
		loyalty: DEFAULT_LOYALTY_OPTIONS
	};
}

describe('method links (#m1=, compressed)', () => {
	it('round-trips settings with non-ASCII text', async () => {
		const settings = { value: { topN: 50 }, rules: [{ name: 'Stammkunden € وفادار' }] };
		const hash = await encodeMethodFragment(settings);
		expect(hash).toMatch(/^#m1=[A-Za-z0-9_-]+$/);
		expect(await decodeMethodFragment(hash)).toEqual({ kind: 'method', settings, version: 1 });
	});

	it('is raw DEFLATE of the JSON in base64url, as Node’s zlib writes it', async () => {
		const settings = { segments: { bins: 4 } };
		const body = deflateRawSync(Buffer.from(JSON.stringify(settings))).toString('base64url');
		expect(await decodeMethodFragment(`#m1=${body}`)).toEqual({
			kind: 'method',
			settings,
			version: 1
		});
	});

	it('keeps a typical Segments rule set under 2,000 characters, host and path included', async () => {
		const { dataset, segments } = everyViewsMethod();
		const link = `https://sieve.example.org/team/segments/${await encodeMethodFragment({ dataset, segments })}`;
		expect(link.length).toBeLessThan(2000);
		// The uncompressed link of the same method (version 0) was over 3,000.
		expect(encodeSettingsFragment({ dataset, segments }).length).toBeGreaterThan(3000);
	});

	it('still opens a link of the uncompressed version 0 (#settings=)', async () => {
		const settings = { segments: { bins: 3 } };
		const old = `#settings=${Buffer.from(JSON.stringify(settings)).toString('base64url')}`;
		expect(await decodeMethodFragment(old)).toEqual({ kind: 'method', settings, version: 0 });
	});

	it('refuses a truncated link as damaged', async () => {
		const hash = await encodeMethodFragment(everyViewsMethod());
		const cut = hash.slice(0, Math.floor(hash.length / 2));
		expect(await decodeMethodFragment(cut)).toEqual({ kind: 'refused', reason: 'damaged' });
	});

	it('refuses a hand-edited link as damaged', async () => {
		const hash = await encodeMethodFragment({ segments: { bins: 4 } });
		expect(await decodeMethodFragment(`${hash.slice(0, 6)}!!${hash.slice(8)}`)).toEqual({
			kind: 'refused',
			reason: 'damaged'
		});
		expect(await decodeMethodFragment('#settings=%%%')).toEqual({
			kind: 'refused',
			reason: 'damaged'
		});
	});

	it('refuses a link of a later version with its own reason', async () => {
		expect(await decodeMethodFragment('#m2=abc')).toEqual({ kind: 'refused', reason: 'newer' });
	});

	it('sees no method in a fragment that holds none', async () => {
		expect(await decodeMethodFragment('')).toEqual({ kind: 'none' });
		expect(await decodeMethodFragment('#main')).toEqual({ kind: 'none' });
	});
});

describe('settings in the URL fragment, version 0', () => {
	it('round-trips settings with non-ASCII text', () => {
		const settings = { value: { topN: 50 }, rules: [{ name: 'Stammkunden €' }] };
		const hash = encodeSettingsFragment(settings);
		expect(hash).toMatch(/^#settings=[A-Za-z0-9_-]+$/);
		expect(decodeSettingsFragment(hash)).toEqual(settings);
	});

	it('ignores fragments that hold no settings or are damaged', () => {
		expect(decodeSettingsFragment('')).toBeNull();
		expect(decodeSettingsFragment('#top')).toBeNull();
		expect(decodeSettingsFragment('#settings=%%%')).toBeNull();
		expect(decodeSettingsFragment(`#settings=${btoa('[1,2]')}`)).toBeNull();
	});

	it('keeps only values of the default’s type when merging', () => {
		const defaults = { topN: 200, basis: 'revenue', date: null as string | null, list: [1] };
		expect(
			mergeSettings(defaults, { topN: '9', basis: 'profit', date: '2024-01-01', extra: 1 })
		).toEqual({
			topN: 200,
			basis: 'profit',
			date: '2024-01-01',
			list: [1]
		});
		expect(mergeSettings(defaults, { list: 'x' }).list).toEqual([1]);
		expect(mergeSettings(defaults, null)).toBe(defaults);
	});
});
