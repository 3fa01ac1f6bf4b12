/** Messages of the shared area (components/shared/, charts/shared/): what every view uses. */
import { formatDecimal, formatInteger } from '../format';

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
		demo: 'Try the demo business'
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
		demo: 'نمونے کا کاروبار آزمائیں'
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
	period: {
		from: 'آرڈر:',
		noLines: 'کوئی آرڈر لائن نہیں:',
		to: 'سے',
		after: 'تک',
		analysisDate: '· تجزیے کی تاریخ'
	}
};
