/** Messages of the value area (components/value/, charts/value/ and its route). */
import { formatInteger, formatIsoDate, formatShare } from '../format';

/** A piece of a sentence: plain text, or a figure shown in bold (isolated in the page). */
/** A figure kept left to right inside an Urdu sentence (LRI … PDI), so its sign and % stay put. */
const iso = (text: string) => `\u2066${text}\u2069`;

export type ValuePart = string | { strong: string };

export const en = {
	pageTitle: 'Value — Sieve',
	heading: 'Most valuable customers',
	gate: 'Load an orders file to see which customers bring most of your value: the Pareto curve, ABC classes and your top customers.',
	/** What the value is: shown inside sentences ("Cumulative share of net revenue"). */
	valueLabel: { profit: 'profit', netRevenue: 'net revenue' },
	options: 'Value options',
	topN: 'Top-N list size',
	predicted: 'Predicted value (next 365 days)',
	predictedChoice: { off: 'off', show: 'show a column', rank: 'rank the list by it' },
	computing: 'Computing…',
	computingTable: 'Computing the customer table…',
	headlineTitle: 'Headline figures',
	headline: (topShare: number, shareFor80: number, valueLabel: string): ValuePart[] => [
		'The top 20% of customers bring ',
		{ strong: formatShare(topShare) },
		` of ${valueLabel}; `,
		{ strong: formatShare(shareFor80) },
		' of customers bring 80%.'
	],
	metric: {
		customers: 'Customers',
		returnsOnly: (n: number) => `+ ${formatInteger(n)} with returns only`,
		netRevenue: 'Net revenue of customers with an order',
		netProfit: 'Net profit',
		topShare: 'Value from the top 20%',
		shareFor80: 'Customers bringing 80%',
		gini: 'Gini coefficient'
	},
	pareto: {
		title: (valueLabel: string) => `Cumulative share of ${valueLabel}`,
		description: (valueLabel: string) =>
			`Customers sorted by ${valueLabel}, highest first. The dashed diagonal is perfect equality.`,
		rank: 'Rank',
		customer: 'Customer',
		customerShare: 'Share of customers',
		cumulativeShare: (valueLabel: string) => `Cumulative share of ${valueLabel}`,
		label: (topShare: number, shareFor80: number, valueLabel: string) =>
			`Pareto curve: the top 20% of customers bring ${formatShare(topShare)} of ${valueLabel}; ${formatShare(shareFor80)} of customers bring 80%. Use the arrow keys to read points.`,
		point: (
			rank: number,
			customerShare: number,
			id: string,
			valueShare: number,
			valueLabel: string
		) =>
			`Rank ${formatInteger(rank)} (${formatShare(customerShare)} of customers), customer ${id}: cumulative ${formatShare(valueShare)} of ${valueLabel}`,
		hint: 'Hover or focus the chart and use the arrow keys to read the curve.',
		idle: 'no point selected',
		xAxis: 'customers, by value (highest first)',
		yAxis: (valueLabel: string) => `cumulative share of ${valueLabel}`,
		topMark: (topShare: number) => `top 20% → ${formatShare(topShare)}`,
		eightyMark: (shareFor80: number) => `${formatShare(shareFor80)} → 80%`
	},
	abc: {
		caption: (valueLabel: string) => `ABC classes by ${valueLabel}`,
		class: 'Class',
		customers: 'Customers',
		value: 'Value',
		meaning: { A: 'first 80% of value', B: 'next 15%', C: 'last 5%' },
		className: (abcClass: string) => `class ${abcClass}`
	},
	top: {
		title: (count: number, byPredicted: boolean) =>
			`Top ${formatInteger(count)} customers${byPredicted ? ' by predicted value' : ''}`,
		export: 'Export CSV',
		predictedNote: (horizonDays: number, calibrationEnd: string) =>
			`Predicted value: expected spend × expected purchases over the ${formatInteger(horizonDays)} days after ${formatIsoDate(calibrationEnd)}, from the lifetime-value model (BG/NBD and Gamma-Gamma) fitted on every purchase up to that day, the last day analysed (the Lifetime value view keeps a holdout to check the model; this ranking does not). “—”: the model gives this customer no prediction.`,
		predictedFailed: (reason: string, suggestion: string) =>
			`No predicted value: ${reason}. Try: ${suggestion}.`,
		search: 'Search customers',
		searchPlaceholder: 'customer id',
		shown: (shown: number, total: number) => `${formatInteger(shown)} of ${formatInteger(total)}`,
		caption: (valueLabel: string) => `Top customers by ${valueLabel}`,
		column: {
			rank: 'Rank',
			id: 'Customer',
			value: (valueLabel: string) => `Value (${valueLabel})`,
			orders: 'Orders',
			averageOrderValue: 'Avg order',
			averageUnitPrice: 'Avg unit price',
			recencyDays: 'Recency (days)',
			repeatRate: 'Repeat rate',
			predictedValue: 'Predicted value (next 365 days)'
		},
		pages: 'Pages of top customers',
		previous: 'Previous',
		next: 'Next',
		page: (page: number, pages: number) => `Page ${formatInteger(page)} of ${formatInteger(pages)}`
	},
	compare: {
		before: 'Compare',
		top: (n: number) => `the top ${formatInteger(n)}`,
		classA: 'the A class',
		after: 'with everyone else'
	}
};

export const ur: typeof en = {
	pageTitle: 'قدر — سِیو',
	heading: 'سب سے قیمتی گاہک',
	gate: 'کوئی آرڈرز فائل لوڈ کریں اور دیکھیں کہ کون سے گاہک آپ کی زیادہ تر قدر لاتے ہیں: پیریٹو منحنی، ABC درجے اور آپ کے سرِفہرست گاہک۔',
	valueLabel: { profit: 'منافع', netRevenue: 'خالص آمدنی' },
	options: 'قدر کی ترتیبات',
	topN: 'سرِفہرست فہرست میں گاہکوں کی تعداد',
	predicted: 'متوقع قدر (اگلے 365 دن)',
	predictedChoice: { off: 'بند', show: 'ایک کالم دکھائیں', rank: 'فہرست کی ترتیب اسی سے' },
	computing: 'حساب ہو رہا ہے…',
	computingTable: 'گاہکوں کی جدول تیار ہو رہی ہے…',
	headlineTitle: 'اہم اعداد',
	headline: (topShare: number, shareFor80: number, valueLabel: string): ValuePart[] => [
		`سرِفہرست ${iso('20%')} گاہک کل ${valueLabel} کا `,
		{ strong: formatShare(topShare) },
		' لاتے ہیں؛ اور ',
		{ strong: formatShare(shareFor80) },
		` گاہک ${iso('80%')} لاتے ہیں۔`
	],
	metric: {
		customers: 'گاہک',
		returnsOnly: (n: number) => `${iso(`+ ${formatInteger(n)}`)} جن کی صرف واپسیاں ہیں`,
		netRevenue: 'آرڈر والے گاہکوں کی خالص آمدنی',
		netProfit: 'خالص منافع',
		topShare: 'سرِفہرست \u206620%\u2069 سے قدر',
		shareFor80: '\u206680%\u2069 لانے والے گاہک',
		gini: 'جینی ضریب'
	},
	pareto: {
		title: (valueLabel: string) => `${valueLabel} کا مجموعی تناسب`,
		description: (valueLabel: string) =>
			`گاہک ${valueLabel} کے لحاظ سے، سب سے زیادہ پہلے۔ نقطہ دار وتر مکمل برابری کی لکیر ہے۔`,
		rank: 'درجہ',
		customer: 'گاہک',
		customerShare: 'گاہکوں کا تناسب',
		cumulativeShare: (valueLabel: string) => `${valueLabel} کا مجموعی تناسب`,
		label: (topShare: number, shareFor80: number, valueLabel: string) =>
			`پیریٹو منحنی: سرِفہرست ${iso('20%')} گاہک ${valueLabel} کا ${iso(formatShare(topShare))} لاتے ہیں؛ ${iso(formatShare(shareFor80))} گاہک ${iso('80%')} لاتے ہیں۔ نقاط پڑھنے کے لیے تیر والی کلیدیں استعمال کریں۔`,
		point: (
			rank: number,
			customerShare: number,
			id: string,
			valueShare: number,
			valueLabel: string
		) =>
			`درجہ ${formatInteger(rank)} (گاہکوں کا ${iso(formatShare(customerShare))})، گاہک \u2068${id}\u2069: ${valueLabel} کا مجموعی ${iso(formatShare(valueShare))}`,
		hint: 'منحنی پڑھنے کے لیے چارٹ پر ماؤس لائیں یا اسے فوکس کریں اور تیر والی کلیدیں استعمال کریں۔',
		idle: 'کوئی نقطہ منتخب نہیں',
		xAxis: 'گاہک، قدر کے لحاظ سے (سب سے زیادہ پہلے)',
		yAxis: (valueLabel: string) => `${valueLabel} کا مجموعی تناسب`,
		topMark: (topShare: number) => iso(`20% → ${formatShare(topShare)}`),
		eightyMark: (shareFor80: number) => iso(`${formatShare(shareFor80)} → 80%`)
	},
	abc: {
		caption: (valueLabel: string) => `${valueLabel} کے لحاظ سے ABC درجے`,
		class: 'درجہ',
		customers: 'گاہک',
		value: 'قدر',
		meaning: {
			A: 'قدر کے پہلے \u206680%\u2069',
			B: 'اگلے \u206615%\u2069',
			C: 'آخری \u20665%\u2069'
		},
		className: (abcClass: string) => `درجہ ${abcClass}`
	},
	top: {
		title: (count: number, byPredicted: boolean) =>
			`سرِفہرست ${formatInteger(count)} گاہک${byPredicted ? '، متوقع قدر کے لحاظ سے' : ''}`,
		export: 'CSV برآمد کریں',
		predictedNote: (horizonDays: number, calibrationEnd: string) =>
			`متوقع قدر: ${formatIsoDate(calibrationEnd)} کے بعد کے ${formatInteger(horizonDays)} دنوں میں متوقع خرچ × متوقع خریداریاں، عمر بھر کی قدر کے ماڈل (BG/NBD اور Gamma-Gamma) سے جو اس دن تک کی، یعنی تجزیے کے آخری دن تک کی، ہر خریداری پر بٹھایا گیا ("عمر بھر کی قدر" کا صفحہ ماڈل جانچنے کے لیے کچھ مدت الگ رکھتا ہے؛ یہ درجہ بندی نہیں)۔ “—”: ماڈل اس گاہک کی کوئی پیش گوئی نہیں دیتا۔`,
		predictedFailed: (reason: string, suggestion: string) =>
			`متوقع قدر دستیاب نہیں: ${reason}۔ یہ آزمائیں: ${suggestion}۔`,
		search: 'گاہک تلاش کریں',
		searchPlaceholder: 'گاہک کی شناخت',
		shown: (shown: number, total: number) =>
			`${formatInteger(total)} میں سے ${formatInteger(shown)}`,
		caption: (valueLabel: string) => `${valueLabel} کے لحاظ سے سرِفہرست گاہک`,
		column: {
			rank: 'درجہ',
			id: 'گاہک',
			value: (valueLabel: string) => `قدر (${valueLabel})`,
			orders: 'آرڈرز',
			averageOrderValue: 'اوسط آرڈر',
			averageUnitPrice: 'اوسط فی اکائی قیمت',
			recencyDays: 'آخری خریداری (دن پہلے)',
			repeatRate: 'دوبارہ خریداری کی شرح',
			predictedValue: 'متوقع قدر (اگلے 365 دن)'
		},
		pages: 'سرِفہرست گاہکوں کے صفحات',
		previous: 'پچھلا',
		next: 'اگلا',
		page: (page: number, pages: number) => `صفحہ ${formatInteger(page)} از ${formatInteger(pages)}`
	},
	compare: {
		before: 'موازنہ:',
		top: (n: number) => `سرِفہرست ${formatInteger(n)}`,
		classA: 'درجہ A',
		after: 'بمقابلہ باقی تمام گاہک'
	}
};
