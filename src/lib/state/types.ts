/**
 * The types the UI needs from the layers below it, re-exported so components import them from
 * state only (see this folder's README).
 */
export type { AttributesSummary, DatasetSummary, SniffOutput } from '../worker/data/protocol';
export type { CustomerTableChoice } from '../engine/customers/customer-table-choice';
export { DEFAULT_CUSTOMER_TABLE_CHOICE } from '../engine/customers/customer-table-choice';
export type { CustomerDetail, DetailFeature } from '../engine/value/explain-customer';
export type { BehaviourComparison, GroupProfile, LiftRow } from '../engine/value/explain-group';
export type { ValueOptions } from '../engine/value/value-options';
export { DEFAULT_VALUE_OPTIONS } from '../engine/value/value-options';
export type {
	AbcClassSummary,
	TopCustomerReportRow as TopCustomerRow,
	ValueReport,
	ValueReport as ValueOutput
} from '../engine/value/value-report';
export type { ProgressInfo } from '../worker/rpc';
export type {
	AttributesWarning,
	ColumnMapping,
	ColumnRole,
	ColumnProfile,
	CurrencyGuess,
	DateOrder,
	DateOrderEvidence,
	ImportReport,
	ImportWarning,
	IngestRefusal,
	RejectedReason,
	RoleReason,
	SniffWarning,
	TicketsWarning
} from '../ingest/index';
export { MAPPABLE_ROLES } from '../ingest/types';
export type {
	PersonaEdit,
	PersonaOptions,
	PersonaSettings
} from '../engine/personas/personas-options';
export { DEFAULT_PERSONA_SETTINGS } from '../engine/personas/personas-options';
export { SILHOUETTE_BANDS } from '../engine/personas/separation';
export type {
	PersonaFeatureOption,
	PersonasReport,
	PersonasReport as PersonasOutput,
	PersonaView
} from '../engine/personas/personas-report';
export type { EditableField, EditedPersona } from './persona-edits';
export type {
	CustomerExplanation,
	ExplainOutput
} from '../engine/segments/explain-segment-customer';
export type { BehaviourTagSummary, RfmGridData } from '../engine/segments/segments-report';
export type { SegmentsOutput } from '../worker/segments/protocol';
export type { SegmentsOptions } from '../engine/segments/segments-options';
export { DEFAULT_SEGMENTS_OPTIONS } from '../engine/segments/segments-options';
export type { SegmentSummary } from '../engine/segments/playbook';
export type { ScoreRange, SegmentRule, UnreachableRule } from '../engine/segments/segment-rules';
export type { RfmDimension } from '../engine/segments/rfm';
export type { HolidayWindow } from '../engine/segments/behaviour-tags';
export type { SqlDialect } from '../engine/sql/sql-options';
export { SQL_DIALECTS } from '../engine/sql/sql-options';
