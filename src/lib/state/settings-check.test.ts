import { describe, expect, it } from 'vitest';
import { DEFAULT_CUSTOMER_TABLE_CHOICE } from '../engine/customers/customer-table-choice';
import { DEFAULT_SEGMENTS_OPTIONS } from '../engine/segments/segments-options';
import { DEFAULT_VALUE_OPTIONS } from '../engine/value/value-options';
import { DatasetSettings } from './dataset-settings.svelte';
import { encodeSettingsFragment } from './link-settings';
import { checkSettings, describeIgnored, sectionProblems } from './settings-check';

/** Nine crafted values of the issue, each in the section it breaks, with a word of its message. */
const CRAFTED: { name: string; settings: Record<string, unknown>; section: string; why: RegExp }[] =
	[
		{
			name: 'a rule without score ranges',
			settings: { segments: { rules: [{ name: 'Broken' }] } },
			section: 'segments',
			why: /recency must be \[min, max\]/
		},
		{
			name: 'a negative top-N',
			settings: { value: { topN: -5 } },
			section: 'value',
			why: /topN/
		},
		{
			name: 'the analysis date 2024-02-30',
			settings: { dataset: { analysisDate: '2024-02-30' } },
			section: 'dataset',
			why: /2024-02-30.*not a date/
		},
		{ name: '0 bins', settings: { segments: { bins: 0 } }, section: 'segments', why: /bins/ },
		{ name: '1000 bins', settings: { segments: { bins: 1000 } }, section: 'segments', why: /bins/ },
		{
			name: 'descending cut points',
			settings: {
				segments: { cutPoints: { recency: [400, 300, 200, 100], frequency: null, monetary: null } }
			},
			section: 'segments',
			why: /cutPoints.recency: cut points must ascend/
		},
		{
			name: '300 rules',
			settings: {
				segments: {
					rules: Array.from({ length: 300 }, (_, k) => ({
						name: `Rule ${k + 1}`,
						recency: [1, 5],
						frequency: [1, 5],
						monetary: [1, 5]
					}))
				}
			},
			section: 'segments',
			why: /at most 254 rules/
		},
		{
			name: 'a holiday window with a date that is not MM-DD',
			settings: {
				segments: { tags: { holidayWindows: [{ name: 'Winter', from: '13-40', to: '01-05' }] } }
			},
			section: 'segments',
			why: /holidayWindows: Holiday window "Winter": expected MM-DD/
		},
		{
			name: 'a holiday window without a name',
			settings: { segments: { tags: { holidayWindows: [{ from: '12-20', to: '12-26' }] } } },
			section: 'segments',
			why: /Holiday window 1: needs a name/
		}
	];

describe('checkSettings (the engine validators on saved and linked settings)', () => {
	for (const { name, settings, section, why } of CRAFTED) {
		it(`leaves out the ${section} section holding ${name}, saying why`, () => {
			const checked = checkSettings({ ...settings, other: { kept: true } }, 'link');
			expect(checked.settings).toEqual({ other: { kept: true } });
			expect(checked.ignored).toHaveLength(1);
			expect(checked.ignored[0].section).toBe(section);
			expect(checked.ignored[0].message).toMatch(why);
		});
	}

	it('keeps valid sections as they are', () => {
		const settings = {
			dataset: { analysisDate: '2024-02-29', basis: 'revenue' },
			value: { topN: 0 },
			segments: { bins: 4, cutPoints: { recency: [1, 2, 2], frequency: null, monetary: null } },
			personas: { autoK: false, k: 3 }
		};
		expect(checkSettings(settings, 'saved')).toEqual({ settings, ignored: [] });
	});

	it('checks only the sections asked for', () => {
		const checked = checkSettings({ value: { topN: -1 }, segments: { bins: 0 } }, 'link', [
			'segments'
		]);
		expect(Object.keys(checked.settings)).toEqual(['value']);
	});

	it('refuses a section that is not an object', () => {
		expect(sectionProblems('segments', [1, 2])).toEqual([
			'the section must be an object of settings, got [1,2].'
		]);
	});

	it('words an ignored section for people: which view, from where, and why', () => {
		expect(describeIgnored({ section: 'value', source: 'link', message: 'topN: bad.' })).toBe(
			'Value settings in the link were ignored: topN: bad.'
		);
	});
});

describe('DatasetSettings with a crafted link', () => {
	for (const { name, settings, section } of CRAFTED) {
		it(`opens with the saved ${section} settings, not ${name}`, () => {
			const saved = { segments: { bins: 4 }, value: { topN: 50 }, dataset: { basis: 'revenue' } };
			const open = new DatasetSettings('d1', saved, encodeSettingsFragment(settings));
			expect(open.ignored.map((entry) => [entry.section, entry.source])).toEqual([
				[section, 'link']
			]);
			const defaults = {
				segments: DEFAULT_SEGMENTS_OPTIONS,
				value: DEFAULT_VALUE_OPTIONS,
				dataset: DEFAULT_CUSTOMER_TABLE_CHOICE
			}[section]!;
			expect(open.section(section, defaults)).toMatchObject(saved[section as keyof typeof saved]);
		});
	}

	it('drops a saved section the validator refuses, so it is never applied again', () => {
		const open = new DatasetSettings('d1', { segments: { bins: 1000 } }, '');
		expect(open.ignored).toMatchObject([{ section: 'segments', source: 'saved' }]);
		expect(open.section('segments', DEFAULT_SEGMENTS_OPTIONS).bins).toBe(5);
	});

	it('applies a valid link over the saved settings', () => {
		const open = new DatasetSettings(
			'd1',
			{ segments: { bins: 4 } },
			encodeSettingsFragment({ segments: { bins: 3 } })
		);
		expect([open.ignored, open.section('segments', DEFAULT_SEGMENTS_OPTIONS).bins]).toEqual([
			[],
			3
		]);
	});
});
