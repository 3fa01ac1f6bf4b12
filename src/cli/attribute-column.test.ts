import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AttributesTable } from '../lib/engine/tables/orders-table';
import { loadAnalysisFiles, takeSharedFlag, type SharedFlags } from './analysis-input';

const folder = mkdtempSync(join(tmpdir(), 'sieve-cli-attribute-'));
const write = (name: string, text: string) => {
	const path = join(folder, name);
	writeFileSync(path, text);
	return path;
};

// By hand: A is North twice and South once → North; B is only South; C has no region.
const orders = write(
	'orders.csv',
	[
		'customer,order,date,amount,Region',
		'A,O1,2024-01-01,10,North',
		'A,O2,2024-01-05,10,South',
		'A,O3,2024-01-09,10,North',
		'B,O4,2024-01-02,20,South',
		'C,O5,2024-01-03,30,'
	].join('\n')
);
const customersFile = write('customers.csv', 'customer_id,age\nA,40\nZ,50\n');

const text = (table: AttributesTable, name: string) => {
	const column = table.columns.find((c) => c.name === name)!;
	if (column.kind !== 'categorical') throw new Error(`${name} should be categorical`);
	return table.customerIds.map((id, row) => [id, column.values[column.codes[row]] ?? '']);
};

describe('--attribute-column', () => {
	it('may be given once per column', () => {
		const flags: SharedFlags = {};
		expect(takeSharedFlag('--attribute-column', 'Region', flags)).toBe(true);
		expect(takeSharedFlag('--attribute-column', 'Channel', flags)).toBe(true);
		expect(flags.attributeColumns).toEqual(['Region', 'Channel']);
	});

	it('gives each customer their most frequent value of the column (A: North 2, South 1)', async () => {
		const { attributes } = await loadAnalysisFiles(orders, { attributeColumns: ['region'] });
		expect(text(attributes!, 'Region')).toEqual([
			['A', 'North'],
			['B', 'South'],
			['C', '']
		]);
	});

	it('keeps the column beside the --attributes file’s columns', async () => {
		const { attributes } = await loadAnalysisFiles(orders, {
			attributeColumns: ['Region'],
			attributes: customersFile
		});
		expect(attributes!.columns.map((c) => c.name)).toEqual(['age', 'Region']);
		expect(text(attributes!, 'Region')).toEqual([
			['A', 'North'],
			['Z', ''],
			['B', 'South'],
			['C', '']
		]);
	});

	it('names the file’s columns when the column does not exist', async () => {
		await expect(loadAnalysisFiles(orders, { attributeColumns: ['Country'] })).rejects.toThrow(
			"The file has no column “Country”. The file's columns: “customer”, “order”, “date”, “amount”, “Region”."
		);
	});
});
