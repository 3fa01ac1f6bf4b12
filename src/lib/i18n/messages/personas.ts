/** Messages of the personas area (components/personas/, charts/personas/ and its route). */
import { formatDecimal, formatInteger, formatShare, formatSilhouette } from '../format';
import * as stories from './persona-stories';

/** A value from the data kept whole in a sentence (first strong isolate … pop). */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** A figure with at most one decimal (the charts' read-outs): 2.25 → "2.3". */
const oneDecimal = (value: number) => formatDecimal(Math.round(value * 10) / 10);

export const en = {
	/** The names, stories, attributes and approaches Sieve writes (`persona-stories.ts`). */
	stories: stories.en,
	pageTitle: 'Personas — Sieve',
	heading: 'Personas',
	gate: 'Load an orders file to group customers into personas with a story and an approach for each.',
	/** What "value" is on this page. */
	valueLabels: { revenue: 'net revenue', profit: 'net profit' },
	/** Between phrases that end in words of this language (a list of names alone keeps ", "). */
	listSeparator: ', ',
	computing: 'Computing…',
	preparing: 'Preparing the personas…',
	/** The engine's notes on the options as applied, by code (`PersonasReport.noteCauses`). */
	notes: {
		missing: (feature: string) => `${isolate(`“${feature}”`)} is not in this data: left out.`,
		defaults: 'None of the chosen features is here: the defaults are used.'
	},
	/** The run's steps (the worker's and the engine's progress lines). */
	progress: {
		table: 'Building the customer table',
		clusteringAuto: (customers: number) =>
			`Clustering ${formatInteger(customers)} customers for k = 2 to 8`,
		clusteringK: (k: number) => `Clustering for k = ${formatInteger(k)}`,
		cards: 'Writing the persona cards'
	},
	figuresTitle: 'Clustering figures',
	metricK: 'Personas',
	kBySilhouette: 'best silhouette of 2–8',
	kByUser: 'set by you',
	metricSilhouette: 'Mean silhouette',
	sampled: (size: number) => `on a sample of ${formatInteger(size)} customers`,
	allCustomersNote: 'all customers',
	metricCustomers: 'Customers grouped',
	customersNote: (date: string) => `with an order before ${date}`,
	silhouetteTitle: 'How well the personas separate, by k',
	silhouetteDescription:
		'Mean silhouette of each clustering: from −1 to 1, higher means customers sit closer to their own persona than to the next one.',
	meanSilhouette: 'Mean silhouette',
	chosen: 'Chosen',
	yes: 'yes',
	cardsHeading: (k: number) => `${formatInteger(k)} personas`,
	printCards: 'Print cards',
	printNote: (customers: number, valueLabel: string, date: string) =>
		`· ${formatInteger(customers)} customers · value = ${valueLabel} · analysis date ${date}. Stories use stand-in first names; figures are medians of each persona's customers.`,
	card: {
		personaNumber: (n: number) => `Persona ${formatInteger(n)}: `,
		generated: (name: string) => `Generated: ${name}`,
		renamed: 'renamed',
		/** After the count of customers, which stands first. */
		size: (customerShare: number, valueShare: number, valueLabel: string) =>
			`customers (${formatShare(customerShare)}) · ${formatShare(valueShare)} of ${valueLabel}`,
		sizeLine: (customers: number, customerShare: number, valueShare: number, valueLabel: string) =>
			`${formatInteger(customers)} customers (${formatShare(customerShare)}) · ${formatShare(valueShare)} of ${valueLabel}`,
		profitShare: (share: number) => ` · ${formatShare(share)} of profit`,
		typical: (n: number) => `Typical (median) customer of persona ${formatInteger(n)}`,
		orders: 'Orders',
		profit: 'Profit',
		spend: 'Spend',
		perOrder: 'Per order',
		lastOrder: 'Last order',
		daysAgo: (days: number) => `${formatInteger(days)} days ago`,
		usualGap: 'Usual gap',
		oneOrder: 'one order',
		days: (days: number) => `${formatInteger(days)} days`,
		discounted: 'Discounted orders',
		inTopCategory: 'In top category',
		lapsing: 'Lapsing',
		favourite: (name: string, share: number) =>
			`${isolate(name)} (top for ${formatShare(share, 0)})`,
		channelOf: (name: string, share: number) =>
			`${isolate(name)} (main channel for ${formatShare(share, 0)})`,
		who: 'Who',
		favourites: 'Favourite categories',
		channel: 'Channel',
		story: 'Story',
		approach: 'Suggested approach',
		edited: 'edited',
		edit: 'Edit',
		preparing: 'Preparing…',
		customersCsv: 'Customers CSV',
		drawing: 'Drawing…',
		cardPng: 'Card PNG',
		/** The buttons' accessible names: the visible text and the persona it is repeated for. */
		editNamed: (name: string) => `Edit ${name}`,
		customersCsvNamed: (name: string) => `Customers CSV of ${name}`,
		cardPngNamed: (name: string) => `Card PNG of ${name}`,
		imageFailed: 'The card image could not be drawn.',
		imageLabel: (n: number, name: string) => `Persona card ${formatInteger(n)}: ${name}`
	},
	editForm: {
		label: (n: number) => `Edit persona ${formatInteger(n)}`,
		name: 'Name',
		story: 'Story',
		approach: 'Suggested approach',
		save: 'Save',
		cancel: 'Cancel',
		restore: 'Restore generated text',
		restoreTitle: 'Put back the text written from the data'
	},
	options: {
		label: 'Persona options',
		count: 'Number of personas',
		auto: 'best by silhouette (2–8)',
		set: 'set:',
		countInput: 'Number of personas (2–20)',
		seed: 'Seed',
		summary: (included: number, available: number) =>
			`Features clustered on: ${formatInteger(included)} of ${formatInteger(available)}`,
		help: 'Customers are grouped on these, each scaled to standard deviations. Categorical columns of a customers file split people by who they are rather than how they buy, so they start unticked.',
		behaviour: 'Behaviour',
		customersFile: 'Customers file',
		oneColumnPerValue: '(one column per frequent value)',
		useDefaults: 'Use the default features'
	},
	/** The behaviour features, by key (the engine's labels are English). */
	features: {
		logValue: 'Value (log)',
		logOrders: 'Orders (log)',
		recencyDays: 'Recency (days)',
		aov: 'Average order value (log)',
		discountShare: 'Discount share',
		categoryConcentration: 'Category concentration'
	},
	/** A column of the customers file on a log scale. */
	logScale: (name: string) => `${isolate(name)} (log)`,
	/** Why a feature cannot be used, by feature key or kind. */
	reasons: {
		discountShare: 'needs a discount column in the orders file',
		categoryConcentration: 'needs a category column in the orders file',
		'numeric-attribute': 'has no numeric values',
		'categorical-attribute': 'no value is shared by 2% of customers (an id, a name or free text)'
	},
	charts: {
		bubblesTitle: 'Frequency × value',
		bubblesDescription: (valueLabel: string) =>
			`Each persona at its customers' median orders and median ${valueLabel}; bubble area is the number of customers.`,
		persona: 'Persona',
		customers: 'Customers',
		medianOrders: 'Median orders',
		medianOf: (what: string) => `Median ${what}`,
		allCustomers: 'All customers',
		sharesTitle: (valueLabel: string) => `Share of customers and of ${valueLabel}`,
		sharesDescription:
			'A persona whose value bar is longer than its customer bar brings more than its weight.',
		shareOfCustomers: 'Share of customers',
		shareOf: (valueLabel: string) => `Share of ${valueLabel}`,
		shareOfProfit: 'Share of profit',
		profilesTitle: 'Profiles against all customers',
		profilesDescription:
			"For each feature clustered on, how far each persona's mean lies from all customers' mean, in standard deviations (for a one-hot value, of its 0/1 indicator).",
		feature: 'Feature'
	},
	compare: {
		title: 'Compare two personas',
		first: 'First',
		second: 'Second',
		figure: 'Figure',
		customers: 'Customers',
		shareOfCustomers: 'Share of customers',
		shareOf: (valueLabel: string) => `Share of ${valueLabel}`,
		shareOfProfit: 'Share of profit',
		medianOrders: 'Median orders',
		medianOf: (what: string) => `Median ${what}`,
		/** A column of the customers file: its name is data. */
		medianOfColumn: (name: string) => `Median ${isolate(name)}`,
		medianOrderValue: 'Median order value',
		medianRecency: 'Median days since last order',
		medianTenure: 'Median days as a customer',
		medianGap: 'Median gap between orders',
		lapsing: 'Lapsing (past twice their usual gap)',
		medianDiscounted: 'Median discounted orders',
		medianTopCategory: 'Median spend in top category',
		who: 'Who',
		favourites: 'Favourite categories',
		mainChannel: 'Main channel',
		approach: 'Suggested approach'
	},
	/** The charts' read-outs and labels. */
	chart: {
		idle: 'no persona selected',
		bubblesAria: (valueLabel: string) =>
			`Personas by median orders (across) and median ${valueLabel} (up); bubble area is the number of customers; dashed lines are all customers' medians. Use the arrow keys to read each persona.`,
		bubblesHint: 'Hover a bubble or use the arrow keys to read each persona.',
		bubble: (
			n: number,
			name: string,
			customers: number,
			orders: number,
			value: number,
			valueLabel: string
		) =>
			`Persona ${formatInteger(n)}, ${name}: ${formatInteger(customers)} customers, median ${oneDecimal(orders)} orders and ${oneDecimal(value)} ${valueLabel}`,
		bubblesX: 'median orders per customer',
		bubblesY: (valueLabel: string) => `median ${valueLabel}`,
		population: 'all customers',
		profileAria:
			"Persona profiles: for each clustered feature, how far each persona's mean lies from all customers, in standard deviations. Use the arrow keys to pick a persona.",
		profileHint: 'Focus the chart and use the arrow keys to pick out one persona.',
		/** `furthest`: "Value (log) +1.2, Recency (days) −0.8". */
		profile: (n: number, name: string, furthest: string) =>
			`Persona ${formatInteger(n)}, ${name}: furthest from all customers on ${furthest} standard deviations`,
		profileAxis: 'standard deviations from the mean (0)',
		sharesAria: (valueLabel: string) =>
			`Share of customers and share of ${valueLabel} by persona. Use the arrow keys to read each persona.`,
		sharesHint: 'Hover a persona or use the arrow keys to read the figures.',
		shares: (
			n: number,
			name: string,
			customerShare: number,
			valueShare: number,
			valueLabel: string
		) =>
			`Persona ${formatInteger(n)}, ${name}: ${formatShare(customerShare, 1)} of customers, ${formatShare(valueShare, 1)} of ${valueLabel}`,
		keyCustomers: 'share of customers',
		keyValue: (valueLabel: string) => `share of ${valueLabel}`,
		silhouetteAria: (k: number, byUser: boolean) =>
			`Silhouette by number of personas: k = ${formatInteger(k)} ${byUser ? 'set by you' : 'has the highest mean silhouette'}. Use the arrow keys to read each k.`,
		silhouetteHint:
			'Higher is better: personas are tighter and further apart. Hover or use the arrow keys.',
		silhouetteIdle: 'no point selected',
		silhouette: (k: number, silhouette: number, chosen: boolean, byUser: boolean) =>
			`k = ${formatInteger(k)}: mean silhouette ${formatSilhouette(silhouette)}${chosen ? ` (chosen${byUser ? ' by you' : ', the highest'})` : ''}`,
		silhouetteX: 'number of personas (k)',
		silhouetteY: 'mean silhouette'
	}
};

export const ur: typeof en = {
	stories: stories.ur,
	pageTitle: 'پرسونا — سِیو',
	heading: 'پرسونا',
	gate: 'آرڈرز کی فائل لوڈ کریں تاکہ گاہکوں کو پرسونا میں بانٹا جائے، ہر ایک کی کہانی اور اس تک پہنچنے کے طریقے کے ساتھ۔',
	valueLabels: { revenue: 'خالص آمدنی', profit: 'خالص منافع' },
	listSeparator: '، ',
	computing: 'حساب ہو رہا ہے…',
	preparing: 'پرسونا تیار ہو رہے ہیں…',
	notes: {
		missing: (feature: string) => `${isolate(`”${feature}“`)} اس ڈیٹا میں نہیں: چھوڑ دیا گیا۔`,
		defaults: 'چنی گئی خصوصیات میں سے کوئی یہاں نہیں: طے شدہ خصوصیات استعمال ہوئی ہیں۔'
	},
	progress: {
		table: 'گاہکوں کا جدول بن رہا ہے',
		clusteringAuto: (customers: number) =>
			`${formatInteger(customers)} گاہکوں کی گروہ بندی، \u2066k = 2\u2069 سے 8 تک`,
		clusteringK: (k: number) => `\u2066k = ${formatInteger(k)}\u2069 کے لیے گروہ بندی`,
		cards: 'پرسونا کارڈ لکھے جا رہے ہیں'
	},
	figuresTitle: 'گروہ بندی کے اعداد',
	metricK: 'پرسونا',
	kBySilhouette: '2 سے 8 میں بہترین سلہوٹ',
	kByUser: 'آپ کا مقرر کردہ',
	metricSilhouette: 'اوسط سلہوٹ',
	sampled: (size: number) => `${formatInteger(size)} گاہکوں کے نمونے پر`,
	allCustomersNote: 'تمام گاہک',
	metricCustomers: 'گروہوں میں بٹے گاہک',
	customersNote: (date: string) => `${date} سے پہلے آرڈر والے`,
	silhouetteTitle: 'k کے لحاظ سے پرسونا کتنے واضح طور پر الگ ہیں',
	silhouetteDescription:
		'ہر گروہ بندی کا اوسط سلہوٹ: −1 سے 1 تک؛ زیادہ کا مطلب ہے کہ گاہک اگلے پرسونا کی نسبت اپنے پرسونا کے زیادہ قریب ہیں۔',
	meanSilhouette: 'اوسط سلہوٹ',
	chosen: 'منتخب',
	yes: 'ہاں',
	cardsHeading: (k: number) => `${formatInteger(k)} پرسونا`,
	printCards: 'کارڈ پرنٹ کریں',
	printNote: (customers: number, valueLabel: string, date: string) =>
		`· ${formatInteger(customers)} گاہک · قدر = ${valueLabel} · تجزیے کی تاریخ ${date}۔ کہانیوں میں فرضی نام ہیں؛ اعداد ہر پرسونا کے گاہکوں کے وسطانیے ہیں۔`,
	card: {
		personaNumber: (n: number) => `پرسونا ${formatInteger(n)}: `,
		generated: (name: string) => `خودکار نام: ${name}`,
		renamed: 'نیا نام',
		size: (customerShare: number, valueShare: number, valueLabel: string) =>
			`گاہک (${formatShare(customerShare)}) · ${valueLabel} کا ${formatShare(valueShare)}`,
		sizeLine: (customers: number, customerShare: number, valueShare: number, valueLabel: string) =>
			`${formatInteger(customers)} گاہک (${formatShare(customerShare)}) · ${valueLabel} کا ${formatShare(valueShare)}`,
		profitShare: (share: number) => ` · منافع کا ${formatShare(share)}`,
		typical: (n: number) => `پرسونا ${formatInteger(n)} کا عام (وسطانی) گاہک`,
		orders: 'آرڈرز',
		profit: 'منافع',
		spend: 'خرچ',
		perOrder: 'فی آرڈر',
		lastOrder: 'آخری آرڈر',
		daysAgo: (days: number) => `${formatInteger(days)} دن پہلے`,
		usualGap: 'عام وقفہ',
		oneOrder: 'ایک آرڈر',
		days: (days: number) => `${formatInteger(days)} دن`,
		discounted: 'رعایتی آرڈرز',
		inTopCategory: 'سب سے بڑی قسم میں',
		lapsing: 'دور ہوتے',
		favourite: (name: string, share: number) =>
			`${isolate(name)} (${formatShare(share, 0)} کا پسندیدہ)`,
		channelOf: (name: string, share: number) =>
			`${isolate(name)} (${formatShare(share, 0)} کا بنیادی ذریعہ)`,
		who: 'کون',
		favourites: 'پسندیدہ اقسام',
		channel: 'ذریعہ',
		story: 'کہانی',
		approach: 'تجویز کردہ طریقہ',
		edited: 'ترمیم شدہ',
		edit: 'ترمیم کریں',
		preparing: 'تیار ہو رہا ہے…',
		customersCsv: 'گاہکوں کی CSV',
		drawing: 'بن رہا ہے…',
		cardPng: 'کارڈ PNG',
		editNamed: (name: string) => `${name} میں ترمیم کریں`,
		customersCsvNamed: (name: string) => `${name}: گاہکوں کی CSV`,
		cardPngNamed: (name: string) => `${name}: کارڈ PNG`,
		imageFailed: 'کارڈ کی تصویر نہیں بن سکی۔',
		imageLabel: (n: number, name: string) => `پرسونا کارڈ ${formatInteger(n)}: ${name}`
	},
	editForm: {
		label: (n: number) => `پرسونا ${formatInteger(n)} میں ترمیم`,
		name: 'نام',
		story: 'کہانی',
		approach: 'تجویز کردہ طریقہ',
		save: 'محفوظ کریں',
		cancel: 'منسوخ کریں',
		restore: 'خودکار متن بحال کریں',
		restoreTitle: 'ڈیٹا سے لکھا گیا متن واپس لائیں'
	},
	options: {
		label: 'پرسونا کی ترتیبات',
		count: 'پرسونا کی تعداد',
		auto: 'سلہوٹ کے لحاظ سے بہترین (2–8)',
		set: 'مقرر:',
		countInput: 'پرسونا کی تعداد (2–20)',
		seed: 'سیڈ',
		summary: (included: number, available: number) =>
			`گروہ بندی کی بنیاد: ${formatInteger(available)} میں سے ${formatInteger(included)} خصوصیات`,
		help: 'گاہکوں کو انہی کی بنیاد پر گروہوں میں بانٹا جاتا ہے، ہر ایک معیاری انحراف کے پیمانے پر۔ گاہکوں کی فائل کے زمرہ جاتی کالم لوگوں کو اس بنیاد پر بانٹتے ہیں کہ وہ کون ہیں، نہ کہ وہ کیسے خریدتے ہیں، اس لیے وہ شروع میں منتخب نہیں ہوتے۔',
		behaviour: 'رویہ',
		customersFile: 'گاہکوں کی فائل',
		oneColumnPerValue: '(ہر عام قدر کا الگ کالم)',
		useDefaults: 'طے شدہ خصوصیات استعمال کریں'
	},
	features: {
		logValue: 'قدر (لاگ)',
		logOrders: 'آرڈرز (لاگ)',
		recencyDays: 'آخری خریداری سے دن',
		aov: 'اوسط آرڈر قدر (لاگ)',
		discountShare: 'رعایت کا حصہ',
		categoryConcentration: 'ایک قسم پر ارتکاز'
	},
	logScale: (name: string) => `${isolate(name)} (لاگ)`,
	reasons: {
		discountShare: 'آرڈرز کی فائل میں رعایت کا کالم چاہیے',
		categoryConcentration: 'آرڈرز کی فائل میں قسم کا کالم چاہیے',
		'numeric-attribute': 'اس میں کوئی عددی قدر نہیں',
		'categorical-attribute': 'کوئی قدر 2% گاہکوں میں بھی مشترک نہیں (شناخت، نام یا آزاد متن)'
	},
	charts: {
		bubblesTitle: 'تعدد × قدر',
		bubblesDescription: (valueLabel: string) =>
			`ہر پرسونا اپنے گاہکوں کے وسطانی آرڈرز اور وسطانی ${valueLabel} پر؛ بلبلے کا رقبہ گاہکوں کی تعداد ہے۔`,
		persona: 'پرسونا',
		customers: 'گاہک',
		medianOrders: 'وسطانی آرڈرز',
		medianOf: (what: string) => `وسطانی ${what}`,
		allCustomers: 'تمام گاہک',
		sharesTitle: (valueLabel: string) => `گاہکوں اور ${valueLabel} میں حصہ`,
		sharesDescription:
			'جس پرسونا کی قدر والی پٹی اس کی گاہکوں والی پٹی سے لمبی ہو، وہ اپنے وزن سے زیادہ لاتا ہے۔',
		shareOfCustomers: 'گاہکوں میں حصہ',
		shareOf: (valueLabel: string) => `${valueLabel} میں حصہ`,
		shareOfProfit: 'منافع میں حصہ',
		profilesTitle: 'تمام گاہکوں کے مقابلے میں خاکے',
		profilesDescription:
			'گروہ بندی کی ہر خصوصیت پر ہر پرسونا کا اوسط تمام گاہکوں کے اوسط سے کتنا دور ہے، معیاری انحراف میں (ون-ہاٹ قدر کے لیے اس کے 0/1 اشاریے کا)۔',
		feature: 'خصوصیت'
	},
	compare: {
		title: 'دو پرسونا کا موازنہ',
		first: 'پہلا',
		second: 'دوسرا',
		figure: 'عدد',
		customers: 'گاہک',
		shareOfCustomers: 'گاہکوں میں حصہ',
		shareOf: (valueLabel: string) => `${valueLabel} میں حصہ`,
		shareOfProfit: 'منافع میں حصہ',
		medianOrders: 'وسطانی آرڈرز',
		medianOf: (what: string) => `وسطانی ${what}`,
		medianOfColumn: (name: string) => `وسطانی ${isolate(name)}`,
		medianOrderValue: 'وسطانی آرڈر قدر',
		medianRecency: 'آخری آرڈر سے وسطانی دن',
		medianTenure: 'گاہک رہنے کے وسطانی دن',
		medianGap: 'آرڈرز کے درمیان وسطانی وقفہ',
		lapsing: 'دور ہوتے (اپنے عام وقفے کے دگنے سے زیادہ)',
		medianDiscounted: 'وسطانی رعایتی آرڈرز',
		medianTopCategory: 'سب سے بڑی قسم پر وسطانی خرچ',
		who: 'کون',
		favourites: 'پسندیدہ اقسام',
		mainChannel: 'بنیادی ذریعہ',
		approach: 'تجویز کردہ طریقہ'
	},
	chart: {
		idle: 'کوئی پرسونا منتخب نہیں',
		bubblesAria: (valueLabel: string) =>
			`پرسونا، وسطانی آرڈرز (افقی) اور وسطانی ${valueLabel} (عمودی) کے لحاظ سے؛ بلبلے کا رقبہ گاہکوں کی تعداد ہے؛ ٹوٹی لکیریں تمام گاہکوں کے وسطانیے ہیں۔ ہر پرسونا پڑھنے کے لیے تیر والی کلیدیں استعمال کریں۔`,
		bubblesHint: 'ہر پرسونا پڑھنے کے لیے بلبلے پر ماؤس لائیں یا تیر والی کلیدیں استعمال کریں۔',
		bubble: (
			n: number,
			name: string,
			customers: number,
			orders: number,
			value: number,
			valueLabel: string
		) =>
			`پرسونا ${formatInteger(n)}، ${name}: ${formatInteger(customers)} گاہک، وسطانی ${oneDecimal(orders)} آرڈرز اور ${oneDecimal(value)} ${valueLabel}`,
		bubblesX: 'فی گاہک وسطانی آرڈرز',
		bubblesY: (valueLabel: string) => `وسطانی ${valueLabel}`,
		population: 'تمام گاہک',
		profileAria:
			'پرسونا کے خاکے: گروہ بندی کی ہر خصوصیت پر ہر پرسونا کا اوسط تمام گاہکوں سے کتنا دور ہے، معیاری انحراف میں۔ کوئی پرسونا چننے کے لیے تیر والی کلیدیں استعمال کریں۔',
		profileHint: 'چارٹ پر جائیں اور کوئی ایک پرسونا چننے کے لیے تیر والی کلیدیں استعمال کریں۔',
		profile: (n: number, name: string, furthest: string) =>
			`پرسونا ${formatInteger(n)}، ${name}: تمام گاہکوں سے سب سے زیادہ فاصلہ ${furthest} معیاری انحراف پر`,
		profileAxis: 'اوسط (0) سے معیاری انحراف',
		sharesAria: (valueLabel: string) =>
			`ہر پرسونا کا گاہکوں میں حصہ اور ${valueLabel} میں حصہ۔ ہر پرسونا پڑھنے کے لیے تیر والی کلیدیں استعمال کریں۔`,
		sharesHint: 'اعداد پڑھنے کے لیے کسی پرسونا پر ماؤس لائیں یا تیر والی کلیدیں استعمال کریں۔',
		shares: (
			n: number,
			name: string,
			customerShare: number,
			valueShare: number,
			valueLabel: string
		) =>
			`پرسونا ${formatInteger(n)}، ${name}: گاہکوں کا ${formatShare(customerShare, 1)}، ${valueLabel} کا ${formatShare(valueShare, 1)}`,
		keyCustomers: 'گاہکوں میں حصہ',
		keyValue: (valueLabel: string) => `${valueLabel} میں حصہ`,
		silhouetteAria: (k: number, byUser: boolean) =>
			`پرسونا کی تعداد کے لحاظ سے سلہوٹ: k = ${formatInteger(k)} ${byUser ? 'آپ نے مقرر کیا' : 'کا اوسط سلہوٹ سب سے زیادہ ہے'}۔ ہر k پڑھنے کے لیے تیر والی کلیدیں استعمال کریں۔`,
		silhouetteHint:
			'زیادہ بہتر ہے: پرسونا زیادہ گتھے ہوئے اور ایک دوسرے سے دور ہیں۔ ماؤس لائیں یا تیر والی کلیدیں استعمال کریں۔',
		silhouetteIdle: 'کوئی نقطہ منتخب نہیں',
		silhouette: (k: number, silhouette: number, chosen: boolean, byUser: boolean) =>
			`k = ${formatInteger(k)}: اوسط سلہوٹ ${formatSilhouette(silhouette)}${chosen ? ` (${byUser ? 'آپ کا منتخب کردہ' : 'منتخب، سب سے زیادہ'})` : ''}`,
		silhouetteX: 'پرسونا کی تعداد (k)',
		silhouetteY: 'اوسط سلہوٹ'
	}
};
