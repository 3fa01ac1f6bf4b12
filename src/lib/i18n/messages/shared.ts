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
		amount: 'Amount'
	},
	settings: {
		legend: 'Customer table',
		valueIs: 'Value is',
		netRevenue: 'net revenue',
		netProfit: 'net profit',
		needsCost: ' (needs a cost or margin column)',
		analysisDate: 'Analysis date',
		startDate: 'Start date',
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
		attributes: 'Customer attributes over-represented'
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
		amount: 'رقم'
	},
	settings: {
		legend: 'گاہکوں کا جدول',
		valueIs: 'قدر سے مراد',
		netRevenue: 'خالص آمدنی',
		netProfit: 'خالص منافع',
		needsCost: ' (لاگت یا مارجن کا کالم درکار ہے)',
		analysisDate: 'تجزیے کی تاریخ',
		startDate: 'آغاز کی تاریخ',
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
		attributes: 'زیادہ نمایاں گاہک خصوصیات'
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
