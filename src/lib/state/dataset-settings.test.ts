import { describe, expect, it } from 'vitest';
import { overlaySettings, shareableSettings } from './dataset-settings.svelte';

describe('settings shared in links', () => {
	const stored = {
		value: { topN: 200, basis: 'revenue' },
		personas: { k: 4, edits: [{ key: 'k4', name: 'Our Londoners' }] }
	};

	it('keeps persona edits out of a link', () => {
		expect(shareableSettings(stored)).toEqual({
			value: { topN: 200, basis: 'revenue' },
			personas: { k: 4 }
		});
	});

	it('lays a link’s method over the saved settings without dropping what was saved', () => {
		const linked = { value: { topN: 50 }, personas: { k: 6 } };
		expect(overlaySettings(stored, linked)).toEqual({
			value: { topN: 50, basis: 'revenue' },
			personas: { k: 6, edits: [{ key: 'k4', name: 'Our Londoners' }] }
		});
	});

	it('ignores persona edits that arrive in a link', () => {
		const linked = { personas: { edits: [{ key: 'k4', name: 'Injected' }] } };
		expect(overlaySettings(stored, linked).personas).toEqual(stored.personas);
		expect(overlaySettings({}, linked)).toEqual({ personas: {} });
	});

	it('uses the saved settings when there is no link', () => {
		expect(overlaySettings(stored, null)).toEqual(stored);
	});
});
