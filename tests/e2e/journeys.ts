/** Steps shared by the browser journeys: reading figures, importing files, the demo, CSV files. */
import { inflateRawSync } from 'node:zlib';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** A `data-metric` figure's exact value (`data-value`), as text. */
export async function metricText(page: Page, name: string): Promise<string> {
	const element = page.locator(`[data-metric="${name}"]`).first();
	await expect(element).toBeVisible({ timeout: 60_000 });
	return (await element.getAttribute('data-value')) ?? '';
}

/** A `data-metric` figure's exact value, as a number. */
export async function metric(page: Page, name: string): Promise<number> {
	return Number(await metricText(page, name));
}

/** The id of the dataset the page has open, once the URL names it. */
async function openDatasetId(page: Page): Promise<string> {
	await page.waitForURL(/[?&]dataset=/);
	return new URL(page.url()).searchParams.get('dataset') ?? '';
}

/** Chooses a file on the Data page, imports it with the suggested mapping; the dataset id. */
export async function importFile(page: Page, file: string): Promise<string> {
	await page.goto('data/');
	await page.getByTestId('orders-file').setInputFiles(file);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 90_000 });
	return openDatasetId(page);
}

/** Loads the demo business from the Data page; the dataset id. */
export async function loadDemo(page: Page): Promise<string> {
	await page.goto('data/');
	await page.getByRole('button', { name: 'Try the demo business' }).click();
	await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 90_000 });
	return openDatasetId(page);
}

/** An exported CSV file's text → rows of cells, read by papaparse (not by our own writer's rules). */
export function parseCsv(text: string): string[][] {
	const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
		header: false,
		skipEmptyLines: true
	});
	expect(result.errors).toEqual([]);
	return result.data;
}

/**
 * The settings a page's link carries: `#m1=` (raw DEFLATE, base64url) or the older `#settings=`
 * (plain base64url JSON); null when the fragment holds none. Decoded with Node's zlib, not the
 * page's own code.
 */
export function linkedSettings(hash: string): Record<string, Record<string, unknown>> | null {
	try {
		if (hash.startsWith('#m1=')) {
			const bytes = inflateRawSync(Buffer.from(hash.slice('#m1='.length), 'base64url'));
			return JSON.parse(bytes.toString('utf8'));
		}
		if (hash.startsWith('#settings=')) {
			return JSON.parse(Buffer.from(hash.slice('#settings='.length), 'base64url').toString('utf8'));
		}
	} catch {
		return null;
	}
	return null;
}
