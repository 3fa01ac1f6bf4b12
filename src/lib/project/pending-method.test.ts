import { afterEach, describe, expect, it } from 'vitest';
import {
	clearPending,
	keepPending,
	parsePending,
	peekPending,
	PENDING_KEY
} from './pending-method';

/** sessionStorage as a browser tab has it (Node has none). */
const kept = new Map<string, string>();
globalThis.sessionStorage = {
	getItem: (key: string) => kept.get(key) ?? null,
	setItem: (key: string, value: string) => void kept.set(key, value),
	removeItem: (key: string) => void kept.delete(key)
} as Storage;

afterEach(() => kept.clear());

describe('a method waiting for the next dataset', () => {
	it('is kept for the tab until it is taken', () => {
		keepPending({ settings: { segments: { bins: 4 } }, source: 'link', label: null });
		expect(peekPending()).toEqual({
			settings: { segments: { bins: 4 } },
			source: 'link',
			label: null
		});
		clearPending();
		expect(peekPending()).toBeNull();
	});

	it('keeps the name of the saved method it came from', () => {
		keepPending({ settings: {}, source: 'saved', label: 'Monthly review' });
		expect(peekPending()?.label).toBe('Monthly review');
	});

	it('is ignored when what is kept was edited into something else', () => {
		kept.set(PENDING_KEY, '{"settings":[1],"source":"link"}');
		expect(peekPending()).toBeNull();
		expect(parsePending('{"settings":{},"source":"elsewhere"}')).toBeNull();
		expect(parsePending('{"settings":{}')).toBeNull();
	});
});
