/**
 * The customers behind a number (issue 20): one list per view, opened on a group (a segment, a tag,
 * an R × F selection, an ABC class, a persona, a profit group), searched, sorted and paged in the
 * worker. The view gives a `CustomerListSource` — its own request for a page and for the CSV — so
 * this class knows no family; a newer page supersedes an older one.
 */
import type {
	CustomerListPage,
	CustomerListQuery,
	CustomerListSort
} from '../engine/customers/customer-list';
import type { CsvFile } from '../engine/tables/csv-export';

export type {
	CustomerListPage,
	CustomerListRow,
	CustomerListSort
} from '../engine/customers/customer-list';

/** Customers per page. */
export const CUSTOMER_LIST_PAGE = 50;

/** Where a list comes from: a family's group, a page of its customers, and its CSV. */
export interface CustomerListSource {
	/** Stable id of the group; opening another key starts again at page one. */
	key: string;
	/** The group's name as the page shows it (a segment's, a persona's …). */
	title: string;
	page(query: CustomerListQuery): Promise<CustomerListPage>;
	exportFile(): Promise<CsvFile>;
}

const isAbort = (error: unknown) => (error as Error).name === 'AbortError';
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isText = (sort: CustomerListSort) =>
	sort === 'customer' || sort === 'name' || sort === 'email';

export class CustomerList {
	source = $state.raw<CustomerListSource | null>(null);
	search = $state('');
	sort = $state<CustomerListSort>('netRevenue');
	descending = $state(true);
	offset = $state(0);
	page = $state.raw<CustomerListPage | null>(null);
	loading = $state(false);
	error = $state<string | null>(null);
	#latest = 0;
	#make: (() => CustomerListSource) | null = null;

	/**
	 * Opens the list of the source `make` gives, at page one sorted by net revenue; a source with
	 * the open key only takes the new requests and reloads the same page. `refresh` calls `make`
	 * again (the view's options changed).
	 */
	open(make: () => CustomerListSource): Promise<void> {
		this.#make = make;
		const source = make();
		const same = this.source?.key === source.key;
		this.source = source;
		if (!same) {
			this.search = '';
			this.sort = 'netRevenue';
			this.descending = true;
			this.offset = 0;
			this.page = null;
		}
		return this.load();
	}

	/** The open list again with the view's current options (a no-op when none is open). */
	refresh(): Promise<void> {
		return this.source && this.#make ? this.open(this.#make) : Promise.resolve();
	}

	close(): void {
		this.#latest++;
		this.#make = null;
		this.source = null;
		this.page = null;
		this.error = null;
		this.loading = false;
	}

	/** Keeps the customers whose id, name or e-mail contain `text`, from page one. */
	find(text: string): Promise<void> {
		this.search = text;
		this.offset = 0;
		return this.load();
	}

	/** Sorts on `sort`: again on the same column turns the order round; a new column starts with
	 * the highest figure or A–Z. */
	sortBy(sort: CustomerListSort): Promise<void> {
		if (this.sort === sort) this.descending = !this.descending;
		else {
			this.sort = sort;
			this.descending = !isText(sort);
		}
		this.offset = 0;
		return this.load();
	}

	/** Goes to the page starting at row `offset` (0-based), kept inside the list. */
	goTo(offset: number): Promise<void> {
		const matching = this.page?.matching ?? 0;
		const last = Math.max(0, Math.floor((matching - 1) / CUSTOMER_LIST_PAGE) * CUSTOMER_LIST_PAGE);
		this.offset = Math.min(last, Math.max(0, offset));
		return this.load();
	}

	async load(): Promise<void> {
		const source = this.source;
		if (!source) return;
		const run = ++this.#latest;
		this.loading = true;
		try {
			const page = await source.page({
				search: this.search,
				sort: this.sort,
				descending: this.descending,
				offset: this.offset,
				limit: CUSTOMER_LIST_PAGE
			});
			if (run !== this.#latest) return;
			this.page = page;
			this.error = null;
		} catch (error) {
			if (run === this.#latest && !isAbort(error)) this.error = messageOf(error);
		} finally {
			if (run === this.#latest) this.loading = false;
		}
	}

	/** The open group's CSV (the same file as the view's export of that group). */
	exportFile(): Promise<CsvFile> {
		if (!this.source) return Promise.reject(new Error('No customer list is open.'));
		return this.source.exportFile();
	}
}
