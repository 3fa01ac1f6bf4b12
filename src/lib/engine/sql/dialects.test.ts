import { describe, expect, it } from 'vitest';
import { commentText, dialectSpec, doubleLiteral, qualifiedName } from './dialects';

describe('quoting per dialect', () => {
	it.each([
		['duckdb', '"order"', '"a""b"'],
		['postgres', '"order"', '"a""b"'],
		['snowflake', '"order"', '"a""b"'],
		['bigquery', '`order`', '`a"b`'],
		['spark', '`order`', '`a"b`']
	] as const)(
		'%s quotes a column called order and one holding a double quote',
		(dialect, order, quote) => {
			const spec = dialectSpec(dialect);
			expect(spec.identifier('order')).toBe(order);
			expect(spec.identifier('a"b')).toBe(quote);
		}
	);

	it('doubles a backtick inside a Spark name and refuses one in BigQuery, where names cannot hold it', () => {
		expect(dialectSpec('spark').identifier('a`b')).toBe('`a``b`');
		expect(() => dialectSpec('bigquery').identifier('a`b')).toThrow(/backtick/);
	});

	it.each([
		['duckdb', "'''; DROP TABLE x; --'"],
		['postgres', "'''; DROP TABLE x; --'"],
		['snowflake', "'''; DROP TABLE x; --'"],
		['bigquery', "'\\'; DROP TABLE x; --'"],
		['spark', "concat('', char(39), '; DROP TABLE x; --')"]
	] as const)("%s writes a rule named “'; DROP TABLE x; --” as one literal", (dialect, literal) => {
		expect(dialectSpec(dialect).string("'; DROP TABLE x; --")).toBe(literal);
	});

	it.each([
		['duckdb', "'a\\b'"],
		['postgres', "E'a\\\\b'"],
		['snowflake', "'a\\\\b'"],
		['bigquery', "'a\\\\b'"],
		['spark', "'a\\\\b'"]
	] as const)('%s keeps a backslash a backslash', (dialect, literal) => {
		expect(dialectSpec(dialect).string('a\\b')).toBe(literal);
	});

	it('joins a line break in with chr() in DuckDB, so “;” + a line break never sits inside a statement', () => {
		expect(dialectSpec('duckdb').string('x;\ny')).toBe("'x;' || chr(10) || 'y'");
	});

	it('quotes each part of a qualified table name', () => {
		expect(qualifiedName(dialectSpec('postgres'), 'sales.order lines')).toBe(
			'"sales"."order lines"'
		);
	});

	it('writes a cut point as the shortest text that reads back as the same double', () => {
		expect(doubleLiteral(dialectSpec('postgres'), 1234.5600000000002)).toBe(
			'CAST(1234.5600000000002 AS DOUBLE PRECISION)'
		);
		expect(() => doubleLiteral(dialectSpec('duckdb'), Number.NaN)).toThrow(RangeError);
	});

	it('turns line breaks in comment text into spaces', () => {
		expect(commentText('a\nDROP TABLE x')).toBe('a DROP TABLE x');
	});
});
