/** The storage layer's public API: the only module the worker and state import from storage. */
export {
	deleteAllData,
	deleteDataset,
	listDatasets,
	loadDataset,
	removeOrphans,
	renameDataset,
	restoreDataset,
	saveDataset,
	saveSettings,
	startDatasetSave,
	TRASH_GRACE_MS,
	trashDataset
} from './datasets';
export type { DatasetSave, NewDataset, SaveOptions, SaveProgress, StoredDataset } from './datasets';
export { recallMapping, rememberMapping } from './mappings';
export { deleteMethod, listMethods, saveMethod } from './methods';
export { decodeTables, encodeTables } from './table-columns';
export type { HeldKind, TypedKind } from './table-columns';
export { closeSieveDb, onStorageNotice, openSieveDb } from './open-sieve-db';
export type { StorageNoticeKind, StorageNoticeListener } from './open-sieve-db';
export { estimateStorage, requestPersistence, StorageFullError } from './quota';
export type { StorageEstimateBytes } from './quota';
export type {
	DatasetCounts,
	DatasetDescription,
	DatasetRecord,
	MethodRecord,
	StoredColumn
} from './schema';
