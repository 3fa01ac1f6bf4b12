/**
 * The first-match rule CASE that both the segment column and the contribution's marketing per RFM
 * segment are written with.
 */
import { OTHERS_SEGMENT, type SegmentRule } from '../segments/segment-rules';

/**
 * `CASE WHEN r BETWEEN … THEN <then(rule)> … ELSE <then(Others)> END`: the first matching rule
 * wins (the segment's name, or what a segment costs).
 */
export function segmentRuleCase(
	rules: readonly SegmentRule[],
	then: (rule: Pick<SegmentRule, 'name' | 'slug'>) => string
): string {
	const whens = rules.map((rule) => {
		const range = (column: string, [low, high]: [number, number]) =>
			low === high ? `${column} = ${low}` : `${column} BETWEEN ${low} AND ${high}`;
		return (
			`      WHEN ${range('r', rule.recency)} AND ${range('f', rule.frequency)} AND ` +
			`${range('m', rule.monetary)} THEN ${then(rule)}`
		);
	});
	return `CASE\n${whens.join('\n')}\n      ELSE ${then(OTHERS_SEGMENT)}\n    END`;
}
