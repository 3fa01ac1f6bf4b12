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
