/** Messages of the data area (components/data/, charts/data/, the home page and the Data page). */
import { formatDuration } from './durations';
import { formatBytes, formatFixed, formatInteger, formatMoney, formatShare } from '../format';
import { ltr } from './ltr';

const fi = formatInteger;

/** A size in bytes, isolated. */
const size = (bytes: number) => ltr(formatBytes(bytes));
/** The file types Sieve reads, each isolated so its leading dot stays in front in Urdu. */
const extensionsUr = `${['.csv', '.tsv', '.txt', '.csv.gz'].map(ltr).join('، ')} یا ${ltr('.xlsx')}`;

/** Column roles of the mapping step. */
const ROLES_EN = {
	customer: 'Customer',
	date: 'Date',
	amount: 'Amount (line revenue)',
	quantity: 'Quantity',
	unitPrice: 'Unit price',
	order: 'Order / invoice',
	product: 'Product',
	category: 'Category',
	discount: 'Discount',
	cost: 'Cost',
	margin: 'Margin',
	channel: 'Channel',
	returnFlag: 'Return marker',
	ignore: '— ignore —'
};

const ROLES_UR: typeof ROLES_EN = {
	customer: 'گاہک',
	date: 'تاریخ',
	amount: 'رقم (لائن کی آمدنی)',
	quantity: 'مقدار',
	unitPrice: 'فی اکائی قیمت',
	order: 'آرڈر / انوائس',
	product: 'پروڈکٹ',
	category: 'زمرہ',
	discount: 'رعایت',
	cost: 'لاگت',
	margin: 'مارجن',
	channel: 'چینل',
	returnFlag: 'واپسی کا نشان',
	ignore: '— نظر انداز کریں —'
};

/** Column roles of the tickets file. */
const TICKET_ROLES_EN = {
	ticketId: 'Ticket id',
	customer: 'Customer',
	opened: 'Opened date',
	resolved: 'Resolved date',
	status: 'Status',
	severity: 'Severity',
	channel: 'Channel',
	ignore: '— ignore —'
};

const TICKET_ROLES_UR: typeof TICKET_ROLES_EN = {
	ticketId: 'ٹکٹ آئی ڈی',
	customer: 'گاہک',
	opened: 'کھلنے کی تاریخ',
	resolved: 'حل ہونے کی تاریخ',
	status: 'اسٹیٹس',
	severity: 'سنگینی',
	channel: 'چینل',
	ignore: '— نظر انداز کریں —'
};

const DATE_ORDER_OPTIONS_EN = {
	ymd: 'Year first (2024-03-07)',
	dmy: 'Day first (07/03/2024)',
	mdy: 'Month first (03/07/2024)'
};

export const en = {
	pageTitle: 'Data — Sieve',
	title: 'Data',
	loadOrders: 'Load an orders file',
	tryDemo: 'Try the demo business',
	home: {
		pageTitle: 'Sieve — customer segmentation in your browser',
		description:
			'Find your most valuable customers, score RFM, build segments and personas — in your browser, without uploading anything.',
		heading: 'Know your customers without handing them over',
		lead: 'Sieve turns a CSV of orders into your most valuable customers (the 80/20), RFM scores, behavioural segments and personas, each with a suggested action.',
		leadStrong: 'Everything runs in this browser: your data is never uploaded, not even to us.'
	},
	page: {
		importFailed: 'That file could not be imported.',
		nothingChanged: 'Nothing else was changed: your saved datasets are as they were.',
		importAnother: 'Import another file',
		dropLabel: 'Drop an orders file here',
		dropHint:
			'CSV, TSV or TXT, optionally gzip-compressed (.csv.gz). One row per order line or per order. It stays on this device.',
		demoHeading: 'No file at hand?',
		demoText: () =>
			`Load a demo shop: about ${fi(5000)} customers and ${fi(100000)} order lines over two years, with categories, discounts, costs, channels, a customers file and a tickets file.`,
		reading: 'Reading the first rows…'
	},
	/** Messages of the import journey (state/import-flow.svelte.ts). */
	flow: {
		notOrdersFile: (name: string) =>
			`“${name}” is not a file Sieve reads. Choose a .csv, .tsv, .txt, .csv.gz or .xlsx file of orders.`,
		notTicketsFile: (name: string) =>
			`“${name}” is not a file Sieve reads. Choose a .csv, .tsv, .txt, .csv.gz or .xlsx file of tickets.`,
		rememberedMapping: 'Using the column mapping you chose last time for this header.',
		starting: 'Starting…',
		cancelled: 'Import cancelled. Nothing was saved.'
	},
	fileDrop: { choose: 'Choose a file…' },
	progress: {
		heading: 'Importing',
		label: 'Import progress',
		working: 'Working',
		workingEllipsis: 'Working…',
		bytes: (done: number, total: number) => `${formatBytes(done)} of ${formatBytes(total)}`,
		rows: (rows: number) => `${fi(rows)} rows`,
		left: (seconds: number) => `about ${formatDuration(seconds, 'en')} left`,
		cancel: 'Cancel',
		elapsed: (seconds: number) => `${formatDuration(seconds, 'en')} so far`,
		step: (step: number, steps: number) => `step ${fi(step)} of ${fi(steps)}`,
		/** What each phase of an import is doing (the worker names the phase). */
		phases: {
			starting: 'Starting…',
			generating: 'Generating the demo business',
			parsing: 'Reading the orders',
			attributes: 'Reading the customers file',
			tickets: 'Reading the tickets file',
			saving: 'Saving in this browser'
		} as Record<string, string>
	},
	summary: {
		demoNote:
			'This is the demo business: a made-up shop, its customers and their support tickets. Its customers file also lists newsletter sign-ups who never ordered, and a few customers only ever sent something back: a real shop has both, and the summary counts them apart.',
		imported: 'Imported',
		rowsRead: 'Rows read',
		linesKept: 'Lines kept',
		rowsRejected: 'Rows rejected',
		customers: 'Customers',
		returnsOnly: 'Customers with returns only',
		orders: 'Orders',
		returns: 'Returns',
		netRevenue: 'Net revenue, all lines',
		/** Why the Data page's net revenue differs from the views' (shared/DOMAIN.md). */
		netRevenueNote: (withOrders: number, returnsOnly: number) =>
			returnsOnly === 0
				? 'Net revenue, all lines, counts every kept line with returns netted; all of it comes from customers with an order, whom the views analyse (“Net revenue of customers with an order”, over the chosen period).'
				: `Net revenue, all lines, counts every kept line with returns netted: ${formatMoney(withOrders)} from customers with an order, whom the views analyse (“Net revenue of customers with an order”, over the chosen period), and ${formatMoney(returnsOnly)} from customers with returns only, left out of the analysis.`,
		currency: (label: string) => `Amounts in ${label}.`,
		noCurrency:
			'The file names no currency: amounts are shown as plain numbers. Choose one under “Customer table” on the Value, Segments or Profit view.',
		firstDate: 'First date',
		lastDate: 'Last date',
		accounting: (lines: number, rejected: number, read: number) =>
			`${fi(lines)} lines kept + ${fi(rejected)} rejected = ${fi(lines + rejected)} of ${fi(read)} rows read${
				lines + rejected === read
					? ''
					: ` (the other ${fi(read - lines - rejected)} were returns left out as you chose)`
			}.`,
		parsedIn: 'Parsed in',
		savedIn: ', saved in this browser in',
		timingEnd: '.',
		seconds: (seconds: number) => `${formatFixed(seconds, 2)} s`,
		rejectedHeading: 'Rejected rows, by reason',
		reason: 'Reason',
		rows: 'Rows',
		examples: 'First examples',
		line: (line: number) => `line ${line}`,
		fieldCount: (found: number, expected: number) =>
			`${fi(found)} ${found === 1 ? 'field' : 'fields'}, expected ${fi(expected)}`,
		attributesFile: 'Customers file',
		fromOrders: 'Customer attributes from the orders file:',
		fromOrdersRule: '(each customer’s most frequent value).',
		attributesCounts: (customers: number, numeric: string[], categorical: string[]) =>
			`: ${fi(customers)} customers, numeric columns ${numeric.join(', ') || 'none'}, categorical columns ${categorical.join(', ') || 'none'}.`,
		matched: 'matched a customer of the orders file;',
		unmatched: (count: number, examples: string[]) =>
			`did not${count > 0 ? ` (for example ${examples.join(', ')}) and are left out` : ''}.`,
		attributesLeftOut: (rows: number) =>
			`${fi(rows)} ${rows === 1 ? 'row' : 'rows'} of the customers file ${rows === 1 ? 'was' : 'were'} left out:`,
		attributesRejectedCaption: 'Rejected rows of the customers file, by reason',
		mostValuable: 'See the most valuable customers'
	},
	tickets: {
		fileHeading: 'Tickets file',
		kept: (rows: number, resolved: number, open: number) =>
			`tickets kept of ${fi(rows)} rows (${fi(resolved)} resolved, ${fi(open)} open);`,
		rejected: (duplicates: number) =>
			`rejected${duplicates > 0 ? `, ${fi(duplicates)} repeated ticket ids left out` : ''}.`,
		unmatched: (count: number, examples: string[]) =>
			`did not${
				count > 0
					? ` (customers such as ${examples.join(', ')}: they are kept but left out of Loyalty)`
					: ''
			}.`,
		rejectedCaption: 'Rejected ticket rows, by reason',
		add: 'Add a tickets file (optional): problems customers reported, for Loyalty',
		remove: 'Remove',
		preview: 'Preview of the tickets file',
		roleOf: (column: string) => `Role of tickets column ${column}`,
		dateOrder: "Day and month order of the tickets' dates",
		needs: (missing: string[]) => `The tickets file needs ${missing.join(', ')}.`,
		dropLabel: 'Tickets file',
		dropHint:
			'One row per ticket: customer, opened date, resolved date or status; severity and channel if you have them.',
		roles: TICKET_ROLES_EN,
		missing: {
			customer: 'a customer column',
			opened: 'an opened-date column',
			resolvedOrStatus: 'a resolved-date or status column',
			onlyOne: (role: string) => `only one ${role} column`
		}
	},
	/** A file's facts: size, compression, encoding, (delimiter,) columns. */
	fileFacts: (bytes: number, gzip: boolean, encoding: string, columns: number) =>
		`${formatBytes(bytes)}${gzip ? ' compressed' : ''} · ${encoding} · ${fi(columns)} columns`,
	columnN: (index: number) => `Column ${index + 1}`,
	dateOrders: DATE_ORDER_OPTIONS_EN,
	parse: {
		empty: 'empty',
		dates: (share: number) => `${formatShare(share, 0)} dates`,
		datesNumbers: (dates: number, numbers: number) =>
			`${formatShare(dates, 0)} dates · ${formatShare(numbers, 0)} numbers`,
		title: (nonEmpty: number) => `Sampled values that parse, of ${fi(nonEmpty)} non-empty`
	},
	columns: {
		wide: (total: number, limit: number, shown: number) =>
			`This file has ${fi(total)} columns. The table shows the first ${fi(limit)} and every column with a role (${fi(shown)} in all); the others are ignored unless you find them and give them a role.`,
		noMatch: (query: string) => `No column name contains “${query}”.`,
		matches: (matches: number, total: number, shown: number) =>
			`${fi(matches)} of ${fi(total)} columns match${
				matches > shown ? `; the first ${fi(shown)} are shown — type more to narrow it down` : ''
			}.`,
		find: 'Find a column',
		findPlaceholder: 'name or number',
		tableLabel: (fileName: string) => `Columns of ${fileName} and their roles`,
		roleOf: (column: string) => `Role of column ${column}`,
		yourChoice: 'your choice'
	},
	roles: ROLES_EN,
	mapping: {
		heading: 'Map the columns of',
		facts: (bytes: number, gzip: boolean, encoding: string, delimiter: string, columns: number) =>
			`${formatBytes(bytes)}${gzip ? ' compressed' : ''} · ${encoding} · delimiter “${delimiter === '\t' ? 'tab' : delimiter === ' ' ? 'spaces' : delimiter}” · ${fi(columns)} columns.`,
		check: 'Check the role Sieve detected for each column and change any that are wrong.',
		large: (bytes: number, gzip: boolean) =>
			`This file is ${formatBytes(bytes)}${gzip ? ' compressed' : ''}. Sieve has been measured on files up to 2 GB (20 million lines) in one tab; a larger file may run out of memory. If it does, Sieve says so and keeps everything else — split the file by date, or map unneeded columns to “ignore”.`,
		dateOrder: 'Day and month order',
		prefix: 'Order ids starting with',
		prefixPlaceholder: 'none',
		prefixHelp: 'mark returns (Online Retail uses “C”)',
		returns: 'Returns',
		returnsNet: 'net them against the customer',
		returnsIgnore: 'ignore them',
		attributes: 'Add a customers file (optional): age, city, occupation, service effort…',
		remove: 'Remove',
		attributesLabel: 'Customers file',
		attributesHint: 'One row per customer, joined on the customer id.',
		attributeColumns: 'Customer attributes in this file',
		/** "Use <column> as a customer attribute", around the column's name. */
		useAttribute: { before: 'Use', after: 'as a customer attribute' },
		attributeColumnsHelp:
			'Each customer gets their most frequent value (a tie goes to the value of their earliest line). Like a customers file’s columns, it appears in personas, customer details, groupings and exports.',
		datesUnread: (column: string, unread: number, nonEmpty: number) =>
			`${fi(unread)} of ${fi(nonEmpty)} sampled values of “${column}” are not dates Sieve can read: rows like them will be left out, and listed with their line numbers after the import.`,
		needs: (missing: string[]) => `To import, Sieve needs ${missing.join(', ')}.`,
		counted: 'What will be counted:',
		import: 'Import',
		another: 'Choose another file',
		sheet: 'Sheet',
		sheetHelp: 'the workbook holds several sheets; the import reads the one chosen here',
		delimiter: 'Columns separated by',
		delimiterHelp: 'change only if the preview splits the columns wrongly',
		delimiters: {
			detected: (delimiter: string) =>
				`detected (${delimiter === '\t' ? 'tab' : delimiter === ' ' ? 'spaces' : `“${delimiter}”`})`,
			comma: 'comma “,”',
			semicolon: 'semicolon “;”',
			tab: 'tab',
			pipe: 'pipe “|”',
			whitespace: 'spaces (aligned columns)'
		},
		currency: 'Currency of the amounts',
		currencyHelp: 'shown with every amount; it changes no figure',
		currencyNotFound: 'the file names no currency: choose one, or keep plain numbers',
		currencyNone: 'none — plain numbers',
		currencyDetected: (label: string, source: 'values' | 'header' | 'column', column: string) =>
			`detected: ${label} (${
				source === 'values'
					? `written with the values of “${column}”`
					: source === 'header'
						? `named in the header “${column}”`
						: `the “${column}” column`
			})`
	},
	missing: {
		customer: 'a customer column',
		date: 'a date column',
		amount: 'an amount column, or quantity and unit price',
		onlyOne: (role: keyof typeof ROLES_EN) => `only one ${ROLES_EN[role].toLowerCase()} column`
	},
	preset: {
		recognised: (off: boolean) =>
			` — recognised${off ? ', its order rules switched off' : ''}. Its roles are set below; change any that are wrong.`,
		what: (name: string) => `What the ${name} preset does`,
		source: 'Where the format is described:',
		switchOff:
			'Don’t use the preset’s order rules: read every row as a plain line (no order discounts, refunds or cancellations)'
	},
	/** The mapping step's summary of what an import will count (components/data/counting-summary.ts). */
	counting: {
		dateOrders: { ymd: 'year first', dmy: 'day first', mdy: 'month first' },
		excelDates: (n: number) => `${fi(n)} have an Excel serial date`,
		dates: (n: number, order: string) => `${fi(n)} have a date that parses (${order})`,
		amounts: (n: number) => `${fi(n)} have an amount that parses`,
		quantityPrice: (quantities: number, prices: number) =>
			`${fi(quantities)} have a quantity and ${fi(prices)} a unit price that parse`,
		customersFilled: (found: number, rows: number) =>
			`${fi(found)} of the first ${fi(rows)} rows have a customer, taken from the first row of their order`,
		customers: (n: number) => `${fi(n)} have a customer`,
		sampled: (sampled: number, parts: string[]) =>
			`Of ${fi(sampled)} sampled rows, ${parts.join(', ')}`,
		clauses: (clauses: string[]) =>
			`${clauses.join('; ')}. A row missing one is rejected, with its reason.`,
		negative: 'negative amounts',
		prefix: (prefix: string) => `order ids starting with “${prefix}”`,
		flag: 'the return marker column',
		cancelledOrders: 'cancelled orders',
		returns: (marks: string[], net: boolean) =>
			`Returns (${marks.join(', ')}) are ${
				net ? 'netted against their customer' : 'left out (you chose to ignore them)'
			}.`,
		lineDiscount: 'line discounts subtracted',
		orderDiscounts: 'order discounts',
		refunds: 'refunds',
		spread: (parts: string[]) => `${parts.join(' and ')} spread over each order’s lines`,
		cancelled: 'cancelled orders returned in full',
		statuses: (statuses: string[]) => `statuses ${statuses.join(', ')} rejected as not a sale`,
		fillDown: 'order fields filled down from each order’s first row',
		orderRules: (rules: string[]) => `Order rules: ${rules.join('; ')}.`
	},
	list: {
		heading: 'Datasets kept in this browser',
		none: 'None yet. Datasets you import are kept here, on this device only, until you delete them.',
		name: 'Name',
		lines: 'Lines',
		customers: 'Customers',
		onDisk: 'On disk',
		imported: 'Imported',
		actions: 'Actions',
		newName: 'New name',
		save: 'Save',
		cancel: 'Cancel',
		rename: 'Rename',
		delete: 'Delete',
		usage: (usage: number, quota: number) =>
			`This site uses ${formatBytes(usage)} of the ${formatBytes(quota)} this browser allows it.`,
		keep: 'Sieve asks the browser to keep these datasets even when the disk runs low, so an analysis you come back to is still here.',
		persistent: 'Storage is persistent: the browser will not clear it to free space.',
		notGranted:
			'The browser did not grant persistent storage; it may clear these datasets when the disk runs low.',
		keepButton: 'Keep my datasets',
		keepTail: 'asks the browser not to clear them when space runs low.',
		confirmAll: 'Delete every dataset, mapping and setting Sieve stored in this browser?',
		yesAll: 'Yes, delete all',
		no: 'No',
		deleteAll: 'Delete all my data',
		deleted: (name: string) => `Deleted “${name}”.`,
		undoWithin: (seconds: number) =>
			`You can undo this for ${formatInteger(seconds)} seconds; then it is removed for good.`,
		undo: 'Undo',
		undoLabel: (name: string) => `Undo the deletion of ${name}`
	}
};

export const ur: typeof en = {
	pageTitle: 'ڈیٹا — سِیو',
	title: 'ڈیٹا',
	loadOrders: 'آرڈرز کی فائل لوڈ کریں',
	tryDemo: 'نمونے کا کاروبار آزمائیں',
	home: {
		pageTitle: 'سِیو — آپ کے براؤزر میں گاہکوں کی درجہ بندی',
		description:
			'اپنے سب سے قیمتی گاہک تلاش کریں، RFM اسکور نکالیں، حصے اور پرسونا بنائیں — اپنے براؤزر میں، کچھ بھی اپ لوڈ کیے بغیر۔',
		heading: 'اپنے گاہکوں کو کسی کے حوالے کیے بغیر پہچانیں',
		lead: 'سِیو آرڈرز کی ایک CSV فائل سے آپ کے سب سے قیمتی گاہک (80/20)، RFM اسکور، رویّے کے لحاظ سے حصے اور پرسونا نکالتا ہے، اور ہر ایک کے ساتھ ایک تجویز کردہ قدم۔',
		leadStrong: 'سب کچھ اسی براؤزر میں چلتا ہے: آپ کا ڈیٹا کبھی اپ لوڈ نہیں ہوتا، ہمیں بھی نہیں۔'
	},
	page: {
		importFailed: 'یہ فائل درآمد نہیں ہو سکی۔',
		nothingChanged: 'اور کچھ نہیں بدلا: آپ کے محفوظ ڈیٹا سیٹ ویسے ہی ہیں۔',
		importAnother: 'ایک اور فائل درآمد کریں',
		dropLabel: 'آرڈرز کی فائل یہاں چھوڑیں',
		dropHint: `CSV، TSV یا TXT، چاہیں تو gzip سے سکڑی ہوئی (${ltr('.csv.gz')})۔ ہر آرڈر لائن یا ہر آرڈر کی ایک قطار۔ فائل اسی آلے پر رہتی ہے۔`,
		demoHeading: 'پاس کوئی فائل نہیں؟',
		demoText: () =>
			`نمونے کی ایک دکان لوڈ کریں: دو سال میں تقریباً ${fi(5000)} گاہک اور ${fi(100000)} آرڈر لائنیں، زمروں، رعایتوں، لاگتوں، چینلوں، گاہکوں کی فائل اور ٹکٹوں کی فائل کے ساتھ۔`,
		reading: 'پہلی قطاریں پڑھی جا رہی ہیں…'
	},
	flow: {
		notOrdersFile: (name: string) =>
			`${ltr(`“${name}”`)} ایسی فائل نہیں جسے سِیو پڑھتا ہو۔ آرڈرز کی ${extensionsUr} فائل چنیں۔`,
		notTicketsFile: (name: string) =>
			`${ltr(`“${name}”`)} ایسی فائل نہیں جسے سِیو پڑھتا ہو۔ ٹکٹوں کی ${extensionsUr} فائل چنیں۔`,
		rememberedMapping: 'اس ہیڈر کے لیے پچھلی بار چنی گئی کالموں کی ترتیب استعمال ہو رہی ہے۔',
		starting: 'شروع ہو رہا ہے…',
		cancelled: 'درآمد منسوخ ہو گئی۔ کچھ بھی محفوظ نہیں ہوا۔'
	},
	fileDrop: { choose: 'فائل چنیں…' },
	progress: {
		heading: 'درآمد جاری ہے',
		label: 'درآمد کی پیش رفت',
		working: 'کام جاری ہے',
		workingEllipsis: 'کام جاری ہے…',
		bytes: (done: number, total: number) => `${size(total)} میں سے ${size(done)}`,
		rows: (rows: number) => `${fi(rows)} قطاریں`,
		left: (seconds: number) => `تقریباً ${formatDuration(seconds, 'ur')} باقی`,
		cancel: 'منسوخ کریں',
		elapsed: (seconds: number) => `اب تک ${formatDuration(seconds, 'ur')}`,
		step: (step: number, steps: number) => `${fi(steps)} میں سے مرحلہ ${fi(step)}`,
		phases: {
			starting: 'شروع ہو رہا ہے…',
			generating: 'نمونے کا کاروبار بن رہا ہے',
			parsing: 'آرڈرز پڑھے جا رہے ہیں',
			attributes: 'گاہکوں کی فائل پڑھی جا رہی ہے',
			tickets: 'ٹکٹوں کی فائل پڑھی جا رہی ہے',
			saving: 'اس براؤزر میں محفوظ ہو رہا ہے'
		}
	},
	summary: {
		demoNote:
			'یہ نمونے کا کاروبار ہے: ایک فرضی دکان، اس کے گاہک اور ان کے مدد کے ٹکٹ۔ اس کی گاہکوں کی فائل میں نیوز لیٹر کے ایسے مشترکین بھی ہیں جنہوں نے کبھی آرڈر نہیں کیا، اور چند گاہکوں نے صرف سامان واپس کیا: ہر اصل دکان میں دونوں ہوتے ہیں، اور خلاصہ انہیں الگ گنتا ہے۔',
		imported: 'درآمد مکمل:',
		rowsRead: 'پڑھی گئی قطاریں',
		linesKept: 'رکھی گئی لائنیں',
		rowsRejected: 'مسترد قطاریں',
		customers: 'گاہک',
		returnsOnly: 'صرف واپسیوں والے گاہک',
		orders: 'آرڈر',
		returns: 'واپسیاں',
		netRevenue: 'خالص آمدنی، تمام لائنیں',
		netRevenueNote: (withOrders: number, returnsOnly: number) =>
			returnsOnly === 0
				? '“خالص آمدنی، تمام لائنیں” ہر رکھی گئی لائن گنتی ہے، واپسیاں منہا کر کے؛ یہ ساری آرڈر والے گاہکوں کی ہے، جن کا تجزیہ صفحات کرتے ہیں (“آرڈر والے گاہکوں کی خالص آمدنی”، چنی گئی مدت میں)۔'
				: `“خالص آمدنی، تمام لائنیں” ہر رکھی گئی لائن گنتی ہے، واپسیاں منہا کر کے: ${ltr(formatMoney(withOrders))} آرڈر والے گاہکوں کی، جن کا تجزیہ صفحات کرتے ہیں (“آرڈر والے گاہکوں کی خالص آمدنی”، چنی گئی مدت میں)، اور ${ltr(formatMoney(returnsOnly))} صرف واپسیوں والے گاہکوں کی، جو تجزیے سے باہر ہیں۔`,
		currency: (label: string) => `رقوم ${ltr(label)} میں ہیں۔`,
		noCurrency:
			'فائل میں کسی کرنسی کا ذکر نہیں: رقوم سادہ اعداد میں دکھائی گئی ہیں۔ قدر، حصوں یا منافع کے صفحے پر “گاہکوں کا جدول” میں کرنسی چنیں۔',
		firstDate: 'پہلی تاریخ',
		lastDate: 'آخری تاریخ',
		accounting: (lines: number, rejected: number, read: number) =>
			`${fi(lines)} لائنیں رکھی گئیں + ${fi(rejected)} مسترد = پڑھی گئی ${fi(read)} قطاروں میں سے ${fi(lines + rejected)}${
				lines + rejected === read
					? ''
					: ` (باقی ${fi(read - lines - rejected)} واپسیاں تھیں جو آپ کی مرضی سے چھوڑ دی گئیں)`
			}۔`,
		parsedIn: 'پڑھنے میں',
		savedIn: ' لگے، اس براؤزر میں محفوظ کرنے میں',
		timingEnd: ' لگے۔',
		seconds: (seconds: number) => `${formatFixed(seconds, 2)} سیکنڈ`,
		rejectedHeading: 'مسترد قطاریں، وجہ کے لحاظ سے',
		reason: 'وجہ',
		rows: 'قطاریں',
		examples: 'پہلی مثالیں',
		line: (line: number) => `سطر ${fi(line)}`,
		fieldCount: (found: number, expected: number) =>
			`${fi(found)} خانے، ${fi(expected)} ہونے چاہییں`,
		attributesFile: 'گاہکوں کی فائل',
		fromOrders: 'آرڈرز کی فائل سے گاہکوں کی صفات:',
		fromOrdersRule: '(ہر گاہک کی سب سے زیادہ آنے والی قدر)۔',
		attributesCounts: (customers: number, numeric: string[], categorical: string[]) =>
			`: ${fi(customers)} گاہک، عددی کالم ${numeric.map(ltr).join('، ') || 'کوئی نہیں'}، زمرہ وار کالم ${categorical.map(ltr).join('، ') || 'کوئی نہیں'}۔`,
		matched: 'آرڈرز کی فائل کے کسی گاہک سے ملے؛',
		unmatched: (count: number, examples: string[]) =>
			`نہیں ملے${count > 0 ? ` (مثلاً ${examples.map(ltr).join('، ')}) اور شامل نہیں کیے گئے` : ''}۔`,
		attributesLeftOut: (rows: number) => `گاہکوں کی فائل کی ${fi(rows)} قطاریں چھوڑ دی گئیں:`,
		attributesRejectedCaption: 'گاہکوں کی فائل کی مسترد قطاریں، وجہ کے لحاظ سے',
		mostValuable: 'سب سے قیمتی گاہک دیکھیں'
	},
	tickets: {
		fileHeading: 'ٹکٹوں کی فائل',
		kept: (rows: number, resolved: number, open: number) =>
			`ٹکٹ رکھے گئے، کل ${fi(rows)} قطاروں میں سے (${fi(resolved)} حل شدہ، ${fi(open)} کھلے)؛`,
		rejected: (duplicates: number) =>
			`مسترد${duplicates > 0 ? `، ${fi(duplicates)} دہرائی گئی ٹکٹ آئی ڈیز چھوڑ دی گئیں` : ''}۔`,
		unmatched: (count: number, examples: string[]) =>
			`نہیں ملے${
				count > 0
					? ` (مثلاً گاہک ${examples.join('، ')}: یہ رکھے گئے ہیں مگر وفاداری کے تجزیے سے باہر ہیں)`
					: ''
			}۔`,
		rejectedCaption: 'مسترد ٹکٹ قطاریں، وجہ کے لحاظ سے',
		add: 'ٹکٹوں کی فائل شامل کریں (اختیاری): گاہکوں کے بتائے ہوئے مسائل، وفاداری کے لیے',
		remove: 'ہٹائیں',
		preview: 'ٹکٹوں کی فائل کا پیش منظر',
		roleOf: (column: string) => `ٹکٹوں کے کالم ${column} کا کردار`,
		dateOrder: 'ٹکٹوں کی تاریخوں میں دن اور مہینے کی ترتیب',
		needs: (missing: string[]) => `ٹکٹوں کی فائل کو ${missing.join('، ')} درکار ہے۔`,
		dropLabel: 'ٹکٹوں کی فائل',
		dropHint:
			'ہر ٹکٹ کی ایک قطار: گاہک، کھلنے کی تاریخ، حل ہونے کی تاریخ یا اسٹیٹس؛ سنگینی اور چینل اگر آپ کے پاس ہوں۔',
		roles: TICKET_ROLES_UR,
		missing: {
			customer: 'گاہک کا کالم',
			opened: 'کھلنے کی تاریخ کا کالم',
			resolvedOrStatus: 'حل ہونے کی تاریخ یا اسٹیٹس کا کالم',
			onlyOne: (role: string) =>
				`${TICKET_ROLES_UR[role as keyof typeof TICKET_ROLES_UR] ?? role} کا صرف ایک کالم`
		}
	},
	fileFacts: (bytes: number, gzip: boolean, encoding: string, columns: number) =>
		`${size(bytes)}${gzip ? ' سکڑی ہوئی' : ''} · ${encoding} · ${fi(columns)} کالم`,
	columnN: (index: number) => `کالم ${fi(index + 1)}`,
	dateOrders: {
		ymd: 'پہلے سال (2024-03-07)',
		dmy: 'پہلے دن (07/03/2024)',
		mdy: 'پہلے مہینہ (03/07/2024)'
	},
	parse: {
		empty: 'خالی',
		dates: (share: number) => `${formatShare(share, 0)} تاریخیں`,
		datesNumbers: (dates: number, numbers: number) =>
			`${formatShare(dates, 0)} تاریخیں · ${formatShare(numbers, 0)} اعداد`,
		title: (nonEmpty: number) => `نمونے کی قدریں جو پڑھی جا سکیں، ${fi(nonEmpty)} غیر خالی میں سے`
	},
	columns: {
		wide: (total: number, limit: number, shown: number) =>
			`اس فائل میں ${fi(total)} کالم ہیں۔ جدول میں پہلے ${fi(limit)} اور ہر وہ کالم دکھایا گیا ہے جس کا کوئی کردار ہے (کل ${fi(shown)})؛ باقی نظر انداز رہتے ہیں جب تک آپ انہیں تلاش کر کے کوئی کردار نہ دیں۔`,
		noMatch: (query: string) => `کسی کالم کے نام میں ${ltr(`“${query}”`)} نہیں۔`,
		matches: (matches: number, total: number, shown: number) =>
			`${fi(total)} کالموں میں سے ${fi(matches)} ملتے ہیں${
				matches > shown ? `؛ پہلے ${fi(shown)} دکھائے گئے ہیں — محدود کرنے کے لیے مزید لکھیں` : ''
			}۔`,
		find: 'کالم تلاش کریں',
		findPlaceholder: 'نام یا نمبر',
		tableLabel: (fileName: string) => `${fileName} کے کالم اور ان کے کردار`,
		roleOf: (column: string) => `کالم ${column} کا کردار`,
		yourChoice: 'آپ کا انتخاب'
	},
	roles: ROLES_UR,
	mapping: {
		heading: 'کالموں کی ترتیب:',
		facts: (bytes: number, gzip: boolean, encoding: string, delimiter: string, columns: number) =>
			`${size(bytes)}${gzip ? ' سکڑی ہوئی' : ''} · ${encoding} · حد بندی ${delimiter === '\t' ? '“ٹیب”' : delimiter === ' ' ? '“خالی جگہیں”' : ltr(`“${delimiter}”`)} · ${fi(columns)} کالم۔`,
		check: 'ہر کالم کا وہ کردار دیکھ لیں جو سِیو نے پہچانا ہے، اور جو غلط ہو اسے بدل دیں۔',
		large: (bytes: number, gzip: boolean) =>
			`یہ فائل ${size(bytes)}${gzip ? ' (سکڑی ہوئی)' : ''} کی ہے۔ سِیو کو ایک ٹیب میں 2 GB (دو کروڑ لائنوں) تک کی فائلوں پر آزمایا گیا ہے؛ اس سے بڑی فائل پر میموری ختم ہو سکتی ہے۔ ایسا ہوا تو سِیو بتا دے گا اور باقی سب محفوظ رکھے گا — فائل کو تاریخ کے لحاظ سے تقسیم کریں، یا غیر ضروری کالموں کو “نظر انداز” پر رکھیں۔`,
		dateOrder: 'دن اور مہینے کی ترتیب',
		prefix: 'آرڈر آئی ڈی جو اس سے شروع ہو',
		prefixPlaceholder: 'کوئی نہیں',
		prefixHelp: `واپسیوں کا نشان (Online Retail میں ${ltr('“C”')})`,
		returns: 'واپسیاں',
		returnsNet: 'گاہک کے حساب میں منہا کریں',
		returnsIgnore: 'نظر انداز کریں',
		attributes: 'گاہکوں کی فائل شامل کریں (اختیاری): عمر، شہر، پیشہ، خدمت پر محنت…',
		remove: 'ہٹائیں',
		attributesLabel: 'گاہکوں کی فائل',
		attributesHint: 'ہر گاہک کی ایک قطار، گاہک کی آئی ڈی سے جوڑی جاتی ہے۔',
		attributeColumns: 'اس فائل میں گاہکوں کی صفات',
		useAttribute: { before: '', after: 'کو گاہک کی صفت کے طور پر استعمال کریں' },
		attributeColumnsHelp:
			'ہر گاہک کو اس کی سب سے زیادہ آنے والی قدر ملتی ہے (برابری کی صورت میں اس کی سب سے پہلی لائن والی قدر)۔ گاہکوں کی فائل کے کالموں کی طرح یہ پرسونا، گاہک کی تفصیل، گروہ بندی اور برآمدات میں نظر آتی ہے۔',
		datesUnread: (column: string, unread: number, nonEmpty: number) =>
			`${ltr(`“${column}”`)} کی نمونے کی ${fi(nonEmpty)} قدروں میں سے ${fi(unread)} ایسی تاریخیں نہیں جنہیں سِیو پڑھ سکے: ایسی قطاریں چھوڑ دی جائیں گی، اور درآمد کے بعد اپنے لائن نمبروں کے ساتھ دکھائی جائیں گی۔`,
		needs: (missing: string[]) => `درآمد کے لیے سِیو کو ${missing.join('، ')} درکار ہے۔`,
		counted: 'کیا گنا جائے گا:',
		import: 'درآمد کریں',
		another: 'دوسری فائل چنیں',
		sheet: 'شیٹ',
		sheetHelp: 'ورک بک میں کئی شیٹیں ہیں؛ درآمد یہاں چنی گئی شیٹ پڑھے گی',
		delimiter: 'کالموں کے درمیان',
		delimiterHelp: 'صرف تب بدلیں جب جھلک میں کالم غلط بٹے ہوں',
		delimiters: {
			detected: (delimiter: string) =>
				`پہچانا گیا (${delimiter === '\t' ? 'ٹیب' : delimiter === ' ' ? 'خالی جگہیں' : ltr(`“${delimiter}”`)})`,
			comma: `کاما ${ltr('“,”')}`,
			semicolon: `سیمی کولن ${ltr('“;”')}`,
			tab: 'ٹیب',
			pipe: `عمودی لکیر ${ltr('“|”')}`,
			whitespace: 'خالی جگہیں (سیدھ میں کالم)'
		},
		currency: 'رقوم کی کرنسی',
		currencyHelp: 'ہر رقم کے ساتھ دکھائی جاتی ہے؛ اس سے کوئی عدد نہیں بدلتا',
		currencyNotFound: 'فائل میں کسی کرنسی کا ذکر نہیں: کوئی چنیں، یا سادہ اعداد رہنے دیں',
		currencyNone: 'کوئی نہیں — سادہ اعداد',
		currencyDetected: (label: string, source: 'values' | 'header' | 'column', column: string) =>
			`پہچانی گئی: ${ltr(label)} (${
				source === 'values'
					? `“${column}” کی قدروں کے ساتھ لکھی ہوئی`
					: source === 'header'
						? `سرخی “${column}” میں درج`
						: `“${column}” کالم سے`
			})`
	},
	missing: {
		customer: 'گاہک کا کالم',
		date: 'تاریخ کا کالم',
		amount: 'رقم کا کالم، یا مقدار اور فی اکائی قیمت',
		onlyOne: (role: keyof typeof ROLES_EN) => `${ROLES_UR[role]} کا صرف ایک کالم`
	},
	preset: {
		recognised: (off: boolean) =>
			` — پہچان لیا گیا${off ? '، اس کے آرڈر کے اصول بند ہیں' : ''}۔ اس کے کردار نیچے طے کر دیے گئے ہیں؛ جو غلط ہو اسے بدل دیں۔`,
		what: (name: string) => `${name} پری سیٹ کیا کرتا ہے`,
		source: 'اس فارمیٹ کی تفصیل یہاں ہے:',
		switchOff:
			'پری سیٹ کے آرڈر کے اصول استعمال نہ کریں: ہر قطار کو سادہ لائن کے طور پر پڑھیں (آرڈر کی رعایتیں، رقم کی واپسیاں یا منسوخیاں نہیں)'
	},
	counting: {
		dateOrders: { ymd: 'پہلے سال', dmy: 'پہلے دن', mdy: 'پہلے مہینہ' },
		excelDates: (n: number) => `${fi(n)} میں Excel کی سیریل تاریخ ہے`,
		dates: (n: number, order: string) => `${fi(n)} میں ایسی تاریخ ہے جو پڑھی جا سکتی ہے (${order})`,
		amounts: (n: number) => `${fi(n)} میں ایسی رقم ہے جو پڑھی جا سکتی ہے`,
		quantityPrice: (quantities: number, prices: number) =>
			`${fi(quantities)} میں مقدار اور ${fi(prices)} میں فی اکائی قیمت پڑھی جا سکتی ہے`,
		customersFilled: (found: number, rows: number) =>
			`پہلی ${fi(rows)} قطاروں میں سے ${fi(found)} میں گاہک موجود ہے، جو ان کے آرڈر کی پہلی قطار سے لیا گیا`,
		customers: (n: number) => `${fi(n)} میں گاہک موجود ہے`,
		sampled: (sampled: number, parts: string[]) =>
			`نمونے کی ${fi(sampled)} قطاروں میں سے ${parts.join('، ')}`,
		clauses: (clauses: string[]) =>
			`${clauses.join('؛ ')}۔ جس قطار میں ان میں سے کچھ نہ ہو وہ اپنی وجہ کے ساتھ مسترد ہوتی ہے۔`,
		negative: 'منفی رقمیں',
		prefix: (prefix: string) => `${ltr(`“${prefix}”`)} سے شروع ہونے والی آرڈر آئی ڈیز`,
		flag: 'واپسی کے نشان والا کالم',
		cancelledOrders: 'منسوخ شدہ آرڈر',
		returns: (marks: string[], net: boolean) =>
			`واپسیاں (${marks.join('، ')}) ${
				net
					? 'اپنے گاہک کے حساب میں منہا کی جاتی ہیں'
					: 'چھوڑ دی جاتی ہیں (آپ نے انہیں نظر انداز کرنا چنا)'
			}۔`,
		lineDiscount: 'لائن کی رعایتیں منہا',
		orderDiscounts: 'آرڈر کی رعایتیں',
		refunds: 'رقم کی واپسیاں',
		spread: (parts: string[]) => `${parts.join(' اور ')} ہر آرڈر کی لائنوں پر تقسیم`,
		cancelled: 'منسوخ شدہ آرڈر پورے واپس',
		statuses: (statuses: string[]) => `اسٹیٹس ${statuses.join('، ')} فروخت نہ ہونے کی بنا پر مسترد`,
		fillDown: 'آرڈر کے خانے ہر آرڈر کی پہلی قطار سے نیچے تک بھرے گئے',
		orderRules: (rules: string[]) => `آرڈر کے اصول: ${rules.join('؛ ')}۔`
	},
	list: {
		heading: 'اس براؤزر میں محفوظ ڈیٹا سیٹ',
		none: 'ابھی کوئی نہیں۔ جو ڈیٹا سیٹ آپ درآمد کریں گے وہ یہاں، صرف اسی آلے پر، اس وقت تک رہیں گے جب تک آپ انہیں حذف نہ کریں۔',
		name: 'نام',
		lines: 'لائنیں',
		customers: 'گاہک',
		onDisk: 'ڈسک پر',
		imported: 'درآمد',
		actions: 'اقدامات',
		newName: 'نیا نام',
		save: 'محفوظ کریں',
		cancel: 'منسوخ کریں',
		rename: 'نام بدلیں',
		delete: 'حذف کریں',
		usage: (usage: number, quota: number) =>
			`یہ سائٹ اس براؤزر کی دی ہوئی ${size(quota)} جگہ میں سے ${size(usage)} استعمال کر رہی ہے۔`,
		keep: 'سِیو براؤزر سے کہتا ہے کہ ڈسک بھرنے لگے تب بھی یہ ڈیٹا سیٹ رکھے، تاکہ جس تجزیے پر آپ لوٹیں وہ موجود رہے۔',
		persistent: 'ذخیرہ مستقل ہے: براؤزر جگہ خالی کرنے کے لیے اسے صاف نہیں کرے گا۔',
		notGranted:
			'براؤزر نے مستقل ذخیرے کی اجازت نہیں دی؛ ڈسک بھرنے پر وہ یہ ڈیٹا سیٹ صاف کر سکتا ہے۔',
		keepButton: 'میرے ڈیٹا سیٹ رکھیں',
		keepTail: 'دبانے سے براؤزر سے کہا جاتا ہے کہ جگہ کم ہونے پر انہیں صاف نہ کرے۔',
		confirmAll:
			'سِیو نے اس براؤزر میں جو بھی ڈیٹا سیٹ، کالموں کی ترتیب اور سیٹنگ محفوظ کی ہے، سب حذف کر دیں؟',
		yesAll: 'ہاں، سب حذف کریں',
		no: 'نہیں',
		deleteAll: 'میرا سارا ڈیٹا حذف کریں',
		deleted: (name: string) => `\u2068“${name}”\u2069 حذف ہو گیا۔`,
		undoWithin: (seconds: number) =>
			`آپ ${formatInteger(seconds)} سیکنڈ تک اسے واپس لے سکتے ہیں؛ اس کے بعد یہ ہمیشہ کے لیے ہٹ جائے گا۔`,
		undo: 'واپس لیں',
		undoLabel: (name: string) => `${name} کا حذف واپس لیں`
	}
};
