/**
 * The shape of a format preset: an export recognised from its header alone, with the roles of its
 * columns and its order-level rules. One file per preset; `index.ts` lists them.
 */
import type { ColumnRole, DateOrder } from '../types';

/** Order-level columns of a preset, by header name (compared normalised, as `normaliseHeader`). */
export interface PresetColumns {
	lineDiscount?: string;
	orderDiscount?: string;
	orderRefund?: string;
	cancelled?: string;
	status?: string;
}

export interface FormatPreset {
	id: string;
	name: string;
	/** Where the format's columns are described publicly. */
	source: string;
	/** The rules, in words, for the mapping step and the README. */
	rules: string[];
	/** Header names (normalised) that must all be present for the preset to match. */
	requires: string[];
	/** Roles by header name (normalised); other columns are ignored. The first present name wins per role. */
	roles: [string, ColumnRole][];
	/** The day/month order when the values do not tell (Etsy writes `MM/DD/YY`). */
	dateOrder?: DateOrder;
	returnPrefix?: string;
	/** Order-level rules (see `PresetMapping`). */
	columns?: PresetColumns;
	fillDown?: boolean;
	notSaleStatuses?: string[];
	/** For a file without a header (CDNOW): does this column layout match? */
	matchesHeaderless?: (columnValues: string[][]) => ColumnRole[] | null;
}
