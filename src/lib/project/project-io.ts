/**
 * The project file and saved methods against this browser's storage: a project's dataset read
 * from IndexedDB to be written, a checked project's dataset saved as a new dataset, saved methods
 * listed, kept and deleted. A file is read and checked whole (`readProject`) before anything is
 * saved: a damaged one changes nothing.
 */
import {
	deleteMethod,
	listMethods,
	loadDataset,
	saveDataset,
	saveMethod,
	type MethodRecord
} from '../storage/index';
import { readProject, writeProject, type Project, type ProjectReading } from './project-file';

/**
 * The project file of the open dataset: its settings (persona names and stories and review
 * questions included) and, when `withData`, the dataset as it is kept in this browser.
 */
export async function projectText(
	datasetId: string,
	settings: Record<string, unknown>,
	withData: boolean
): Promise<string> {
	if (!withData) return writeProject({ settings, dataset: null });
	const stored = await loadDataset(datasetId);
	if (!stored) throw new Error(`There is no saved dataset with id “${datasetId}”.`);
	const { meta, orders, attributes, tickets } = stored;
	return writeProject({ settings, dataset: { meta, orders, attributes, tickets } });
}

/** What opening a project did: applied settings only, or a new dataset (its id) with them. */
export type OpenedProject =
	| { ok: true; settings: Record<string, unknown>; datasetId: string | null }
	| Extract<ProjectReading, { ok: false }>;

/**
 * Reads a project file and, when it carries a dataset, saves it as a new dataset with the
 * project's settings. Nothing is saved unless the whole file passed its checks.
 */
export async function openProjectText(text: string): Promise<OpenedProject> {
	const reading = await readProject(text);
	if (!reading.ok) return reading;
	const { settings, dataset } = reading.project;
	if (!dataset) return { ok: true, settings, datasetId: null };
	const datasetId = await saveDataset({
		meta: { ...dataset.meta, settings },
		orders: dataset.orders,
		attributes: dataset.attributes,
		tickets: dataset.tickets
	});
	return { ok: true, settings, datasetId };
}

export type { Project, MethodRecord };
export { deleteMethod, listMethods, saveMethod };
