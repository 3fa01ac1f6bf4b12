/**
 * The types the UI needs from the layers below it, re-exported so components import them from
 * state only (see this folder's README).
 */
export type {
	AbcClassSummary,
	AttributesSummary,
	BehaviourComparison,
	CustomerDetail,
	DatasetSummary,
	GroupProfile,
	LiftRow,
	SniffOutput,
	TopCustomerRow,
	ValueOptions,
	ValueOutput
} from '../worker/protocol';
export { DEFAULT_VALUE_OPTIONS } from '../worker/protocol';
export type { ProgressInfo } from '../worker/rpc';
export type {
	ColumnMapping,
	ColumnRole,
	ColumnProfile,
	DateOrder,
	ImportReport,
	RejectedReason
} from '../ingest/index';
export type {
	PersonaEdit,
	PersonaFeatureOption,
	PersonaOptions,
	PersonaSettings,
	PersonasOutput,
	PersonaView
} from '../worker/personas/protocol';
export { DEFAULT_PERSONA_SETTINGS } from '../worker/personas/protocol';
export type { EditableField, EditedPersona } from './persona-edits';
export type {
	BehaviourTagSummary,
	CustomerExplanation,
	ExplainOutput,
	RfmGridData,
	SegmentsOptions,
	SegmentsOutput
} from '../worker/segments/protocol';
export { DEFAULT_SEGMENTS_OPTIONS } from '../worker/segments/protocol';
export type { SegmentSummary } from '../engine/segments/playbook';
export type { ScoreRange, SegmentRule, UnreachableRule } from '../engine/segments/segment-rules';
export type { RfmDimension } from '../engine/segments/rfm';
export type { HolidayWindow } from '../engine/segments/behaviour-tags';
