/** Messages of the shared area (components/shared/, charts/shared/): what every view uses. */
import { formatDecimal, formatInteger, numberLocale } from '../format';
import { plural } from '../plural';

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
	['year', 365 * 86_400],
	['month', 30 * 86_400],
	['week', 7 * 86_400],
	['day', 86_400],
	['hour', 3_600],
	['minute', 60]
];

/**
 * How long ago `iso` was, in the chosen language ("3 days ago", "yesterday", "3 دنوں پہلے"), by
 * `Intl.RelativeTimeFormat`: the largest whole unit, from minutes to years.
 */
export function timeAgo(iso: string, now: number = Date.now()): string {
	const then = Date.parse(iso);
	if (!Number.isFinite(then)) return '—';
	const seconds = Math.round((then - now) / 1000);
	// Under a minute reads "this minute": seconds would tick on a list nobody re-reads.
	const [unit, size] = RELATIVE_UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? [
		'minute',
		60
	];
	const format = new Intl.RelativeTimeFormat(numberLocale(), { numeric: 'auto' });
	return format.format(Math.trunc(seconds / size), unit);
}

export const en = {
	chart: {
		chart: 'Chart',
		table: 'Table',
		tools: (title: string) => `${title}: view and export`,
		noItem: 'no item selected',
		noCanvas: 'This browser cannot draw to a canvas.',
		pngFailed: 'PNG export failed.'
	},
	empty: {
		heading: 'No dataset open',
		load: 'Load an orders file',
		demo: 'Try the demo business',
		savedHeading: 'Datasets kept in this browser',
		open: (name: string, customers: number, createdAt: string) =>
			`Open ${name} · ${formatInteger(customers)} ${plural(customers, 'customer', 'customers')} · imported ${timeAgo(createdAt)}`,
		orNew: 'Or start with a new one:'
	},
	customer: {
		heading: 'Customer',
		close: 'Close',
		days: (days: number) => `${formatDecimal(days)} days`,
		ordersTitle: 'Orders over time',
		timeline: (id: string, orders: number) =>
			`Orders of customer ${id} over time: ${orders} orders and returns`,
		date: 'Date',
		order: 'Order',
		lines: 'Lines',
		amount: 'Amount',
		groups: 'Groups',
		segment: 'Segment',
		tags: 'Behaviour tags',
		noTags: 'none',
		pattern: 'Purchase pattern',
		persona: 'Persona',
		groupsLoading: 'Finding the customer’s groups…',
		features: {
			rank: 'Rank by value',
			ranked: 'Customers ranked',
			valueClass: 'Value class',
			netRevenue: 'Net revenue',
			netProfit: 'Net profit',
			returnedValue: 'Returned value',
			orders: 'Orders',
			lines: 'Lines',
			units: 'Units',
			averageOrderValue: 'Average order value',
			averageUnitPrice: 'Average unit price',
			firstOrder: 'First order',
			lastOrder: 'Last order',
			recency: 'Recency',
			tenure: 'Tenure',
			meanGap: 'Mean gap between orders',
			gapCv: 'Gap variation (CV)',
			discountShare: 'Discounted orders',
			categoryCount: 'Categories bought',
			topCategory: 'Top category',
			topCategoryShare: 'Top category share of spend',
			mainChannel: 'Main channel',
			topMonthShare: 'Orders in top month',
			topMonth: 'Top month'
		},
		missing: {
			cost: 'needs a cost column',
			quantity: 'needs a quantity column',
			discount: 'needs a discount column',
			category: 'needs a category column',
			channel: 'needs a channel column',
			oneOrder: 'one order only'
		}
	},
	/** The customers behind a number (issue 20): the list every view opens on a group. */
	list: {
		/** The heading around the group's name (odd parts are isolated). */
		title: (group: string) => ['Customers in ', group, ''],
		count: (n: number) => `${formatInteger(n)} ${plural(n, 'customer', 'customers')}`,
		find: 'Find by id, name or e-mail',
		columns: {
			customer: 'Customer',
			name: 'Name',
			email: 'E-mail',
			orders: 'Orders',
			netRevenue: 'Net revenue',
			profit: 'Net profit',
			lastOrder: 'Last order',
			recencyDays: 'Days since'
		},
		range: (first: number, last: number, matching: number) =>
			`Customers ${formatInteger(first)}–${formatInteger(last)} of ${formatInteger(matching)}`,
		matching: (search: string) => ` matching “${search}”`,
		noMatch: (search: string) => `No customer matches “${search}”.`,
		empty: 'No customers in this group.',
		listing: 'Listing customers…',
		exportCsv: 'Export CSV',
		exportFailed: (message: string) => `The export failed: ${message}`,
		close: 'Close the list',
		open: (id: string) => `Open customer ${id}`,
		pages: 'Pages of the customer list',
		first: 'First page',
		previous: 'Previous page',
		next: 'Next page',
		last: 'Last page',
		pageOf: (page: number, pages: number) =>
			`Page ${formatInteger(page)} of ${formatInteger(pages)}`,
		show: 'Customers',
		showOf: (group: string) => `Show the customers of ${group}`,
		showSelection: 'Show these customers',
		selection: 'the selected cells'
	},
	settings: {
		legend: 'Customer table',
		valueIs: 'Value is',
		netRevenue: 'net revenue',
		netProfit: 'net profit',
		needsCost: ' (needs a cost or margin column)',
		analysisDate: 'Analysis date',
		startDate: 'Start date',
		currency: 'Currency',
		currencyImported: (label: string) =>
			label === '' ? 'as imported (none)' : `as imported (${label})`,
		currencyNone: 'none — plain numbers',
		currencyHelp: 'shown with every amount; kept with this dataset, never put in a link',
		quickLabel: 'Quick period, ending at the analysis date',
		quick: {
			last12Months: 'Last 12 months',
			lastQuarter: 'Last quarter',
			yearToDate: 'Year to date',
			everything: 'Everything'
		},
		shared: 'Shared by every view of this dataset.',
		download: 'Download the settings',
		forCli: '(for the command line’s',
		forCliEnd: ').'
	},
	profile: {
		heading: (group: string) => `What sets ${group} apart`,
		intro: (groupSize: number, restSize: number) =>
			`${formatInteger(groupSize)} customers compared with the other ${formatInteger(restSize)}. Shares are of spend (categories, products) or of customers (attributes); lift = share in group ÷ share in the rest.`,
		behaviour: 'Typical behaviour (medians)',
		group: 'Group',
		rest: 'Rest',
		inGroup: 'In group',
		inRest: 'In the rest',
		lift: 'Lift',
		onlyHere: 'only here',
		days: (days: number) => `${formatInteger(days)} d`,
		categories: 'Categories over-represented',
		products: 'Products over-represented',
		attributes: 'Customer attributes over-represented',
		/** The behaviour medians by the engine's feature key (`BehaviourComparison.feature`). */
		features: {
			value: 'Value',
			orders: 'Orders',
			averageOrderValue: 'Average order value',
			averageUnitPrice: 'Average unit price',
			recencyDays: 'Days since last order',
			tenureDays: 'Days since first order',
			meanGapDays: 'Days between orders',
			returnedValue: 'Returned value',
			discountShare: 'Share of discounted orders',
			categoryCount: 'Categories bought',
			categoryConcentration: 'Share of spend in top category',
			seasonality: 'Share of orders in top month'
		} as Record<string, string>
	},
	/** An undo offered after removing something (a segment rule). */
	undo: {
		removed: (name: string) => `Removed “${name}”.`,
		undo: 'Undo',
		undoLabel: (name: string) => `Undo removing ${name}`
	},
	period: {
		from: 'Orders from',
		noLines: 'No order lines from',
		to: 'to',
		after: '',
		analysisDate: '· analysis date'
	}
};

export const ur: typeof en = {
	chart: {
		chart: 'چارٹ',
		table: 'جدول',
		tools: (title: string) => `${title}: دیکھیں اور برآمد کریں`,
		noItem: 'کوئی چیز منتخب نہیں',
		noCanvas: 'یہ براؤزر کینوس پر نہیں بنا سکتا۔',
		pngFailed: 'PNG برآمد ناکام ہو گئی۔'
	},
	empty: {
		heading: 'کوئی ڈیٹا سیٹ کھلا نہیں',
		load: 'آرڈرز کی فائل لوڈ کریں',
		demo: 'نمونے کا کاروبار آزمائیں',
		savedHeading: 'اس براؤزر میں محفوظ ڈیٹا سیٹ',
		open: (name: string, customers: number, createdAt: string) =>
			`\u2068${name}\u2069 کھولیں · ${formatInteger(customers)} گاہک · ${timeAgo(createdAt)} درآمد کیا گیا`,
		orNew: 'یا نیا شروع کریں:'
	},
	customer: {
		heading: 'گاہک',
		close: 'بند کریں',
		days: (days: number) => `${formatDecimal(days)} دن`,
		ordersTitle: 'وقت کے ساتھ آرڈر',
		timeline: (id: string, orders: number) =>
			`گاہک ${id} کے وقت کے ساتھ آرڈر: ${formatInteger(orders)} آرڈر اور واپسیاں`,
		date: 'تاریخ',
		order: 'آرڈر',
		lines: 'لائنیں',
		amount: 'رقم',
		groups: 'گروہ',
		segment: 'حصہ',
		tags: 'رویّے کے ٹیگ',
		noTags: 'کوئی نہیں',
		pattern: 'خریداری کا انداز',
		persona: 'پرسونا',
		groupsLoading: 'گاہک کے گروہ تلاش ہو رہے ہیں…',
		features: {
			rank: 'قدر کے لحاظ سے درجہ',
			ranked: 'درجہ بند گاہک',
			valueClass: 'قدر کی جماعت',
			netRevenue: 'خالص آمدنی',
			netProfit: 'خالص منافع',
			returnedValue: 'واپس شدہ قدر',
			orders: 'آرڈر',
			lines: 'لائنیں',
			units: 'اکائیاں',
			averageOrderValue: 'اوسط آرڈر قدر',
			averageUnitPrice: 'اوسط فی اکائی قیمت',
			firstOrder: 'پہلا آرڈر',
			lastOrder: 'آخری آرڈر',
			recency: 'آخری آرڈر کو دن',
			tenure: 'پہلے آرڈر کو دن',
			meanGap: 'آرڈرز کے درمیان اوسط وقفہ',
			gapCv: 'وقفوں کا تغیر (ضریبِ تغیر)',
			discountShare: 'رعایتی آرڈر',
			categoryCount: 'خریدے گئے زمرے',
			topCategory: 'سب سے بڑا زمرہ',
			topCategoryShare: 'سب سے بڑے زمرے میں خرچ کا حصہ',
			mainChannel: 'مرکزی ذریعہ',
			topMonthShare: 'سب سے مصروف مہینے میں آرڈر',
			topMonth: 'سب سے مصروف مہینہ'
		},
		missing: {
			cost: 'لاگت کا کالم درکار ہے',
			quantity: 'مقدار کا کالم درکار ہے',
			discount: 'رعایت کا کالم درکار ہے',
			category: 'زمرے کا کالم درکار ہے',
			channel: 'ذریعے کا کالم درکار ہے',
			oneOrder: 'صرف ایک آرڈر'
		}
	},
	list: {
		title: (group: string) => ['', group, ' کے گاہک'],
		count: (n: number) => `${formatInteger(n)} گاہک`,
		find: 'شناخت، نام یا ای میل سے تلاش کریں',
		columns: {
			customer: 'گاہک',
			name: 'نام',
			email: 'ای میل',
			orders: 'آرڈر',
			netRevenue: 'خالص آمدنی',
			profit: 'خالص منافع',
			lastOrder: 'آخری آرڈر',
			recencyDays: 'آخری آرڈر کے بعد دن'
		},
		range: (first: number, last: number, matching: number) =>
			`کل ${formatInteger(matching)} میں سے گاہک ${formatInteger(first)}–${formatInteger(last)}`,
		matching: (search: string) => `، جو \u2068“${search}”\u2069 سے ملتے ہیں`,
		noMatch: (search: string) => `کوئی گاہک \u2068“${search}”\u2069 سے نہیں ملتا۔`,
		empty: 'اس گروہ میں کوئی گاہک نہیں۔',
		listing: 'گاہکوں کی فہرست بن رہی ہے…',
		exportCsv: 'CSV برآمد کریں',
		exportFailed: (message: string) => `برآمد ناکام ہو گئی: ${message}`,
		close: 'فہرست بند کریں',
		open: (id: string) => `گاہک \u2068${id}\u2069 کھولیں`,
		pages: 'گاہکوں کی فہرست کے صفحات',
		first: 'پہلا صفحہ',
		previous: 'پچھلا صفحہ',
		next: 'اگلا صفحہ',
		last: 'آخری صفحہ',
		pageOf: (page: number, pages: number) =>
			`صفحہ ${formatInteger(page)} از ${formatInteger(pages)}`,
		show: 'گاہک',
		showOf: (group: string) => `\u2068${group}\u2069 کے گاہک دیکھیں`,
		showSelection: 'یہ گاہک دیکھیں',
		selection: 'منتخب خانے'
	},
	settings: {
		legend: 'گاہکوں کا جدول',
		valueIs: 'قدر سے مراد',
		netRevenue: 'خالص آمدنی',
		netProfit: 'خالص منافع',
		needsCost: ' (لاگت یا مارجن کا کالم درکار ہے)',
		analysisDate: 'تجزیے کی تاریخ',
		startDate: 'آغاز کی تاریخ',
		currency: 'کرنسی',
		currencyImported: (label: string) =>
			label === '' ? 'جیسی درآمد ہوئی (کوئی نہیں)' : `جیسی درآمد ہوئی (\u2066${label}\u2069)`,
		currencyNone: 'کوئی نہیں — سادہ اعداد',
		currencyHelp:
			'ہر رقم کے ساتھ دکھائی جاتی ہے؛ اس ڈیٹا سیٹ کے ساتھ محفوظ، کبھی لنک میں نہیں جاتی',
		quickLabel: 'فوری مدت، تجزیے کی تاریخ پر ختم',
		quick: {
			last12Months: 'پچھلے 12 مہینے',
			lastQuarter: 'پچھلی سہ ماہی',
			yearToDate: 'سال کے آغاز سے اب تک',
			everything: 'سب کچھ'
		},
		shared: 'اس ڈیٹا سیٹ کے ہر صفحے میں مشترک۔',
		download: 'سیٹنگز ڈاؤن لوڈ کریں',
		forCli: '(کمانڈ لائن کے',
		forCliEnd: ' کے لیے)۔'
	},
	profile: {
		heading: (group: string) => `${group} کو باقیوں سے کیا چیز ممتاز کرتی ہے`,
		intro: (groupSize: number, restSize: number) =>
			`${formatInteger(groupSize)} گاہک، باقی ${formatInteger(restSize)} کے مقابلے میں۔ حصے خرچ کے ہیں (زمرے، پروڈکٹس) یا گاہکوں کے (خصوصیات)؛ لِفٹ = گروہ میں حصہ ÷ باقیوں میں حصہ۔`,
		behaviour: 'عام رویّہ (میڈین)',
		group: 'گروہ',
		rest: 'باقی',
		inGroup: 'گروہ میں',
		inRest: 'باقیوں میں',
		lift: 'لِفٹ',
		onlyHere: 'صرف یہیں',
		days: (days: number) => `${formatInteger(days)} دن`,
		categories: 'زیادہ نمایاں زمرے',
		products: 'زیادہ نمایاں پروڈکٹس',
		attributes: 'زیادہ نمایاں گاہک خصوصیات',
		features: {
			value: 'قدر',
			orders: 'آرڈر',
			averageOrderValue: 'اوسط آرڈر قدر',
			averageUnitPrice: 'اوسط فی اکائی قیمت',
			recencyDays: 'آخری آرڈر کو دن',
			tenureDays: 'پہلے آرڈر کو دن',
			meanGapDays: 'آرڈرز کے درمیان دن',
			returnedValue: 'واپس شدہ قدر',
			discountShare: 'رعایتی آرڈرز کا حصہ',
			categoryCount: 'خریدے گئے زمرے',
			categoryConcentration: 'سب سے بڑے زمرے میں خرچ کا حصہ',
			seasonality: 'سب سے مصروف مہینے میں آرڈرز کا حصہ'
		}
	},
	undo: {
		removed: (name: string) => `\u2068“${name}”\u2069 ہٹا دیا گیا۔`,
		undo: 'واپس لیں',
		undoLabel: (name: string) => `\u2068${name}\u2069 کو ہٹانا واپس لیں`
	},
	period: {
		from: 'آرڈر:',
		noLines: 'کوئی آرڈر لائن نہیں:',
		to: 'سے',
		after: 'تک',
		analysisDate: '· تجزیے کی تاریخ'
	}
};
