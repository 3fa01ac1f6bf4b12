/** Messages of the segments area (components/segments/, charts/segments/ and its route). */
import { formatDecimal, formatInteger, formatMoney } from '../format';
import { plural } from '../plural';

/** Keeps an id, a cell name or a Latin name whole inside an Urdu sentence (FSI … PDI). */
const iso = (text: string) => `\u2068${text}\u2069`;

export const en = {
	pageTitle: 'Segments — Sieve',
	heading: 'Segments',
	gate: 'Load an orders file to score RFM and sort customers into named segments with a suggested action for each.',
	netProfit: 'net profit',
	netRevenue: 'net revenue',
	list: (items: readonly string[]) => items.join(', '),
	view: {
		options: 'Score options',
		scoreBins: 'Score bins',
		bins5: '5 (quintiles)',
		bins4: '4 (quartiles)',
		bins3: '3 (terciles)',
		computing: 'Computing…',
		recomputed: (ms: number) => `Recomputed in ${formatInteger(ms)} ms`,
		exportFailed: (reason: string) => `The export failed: ${reason}`,
		headline: 'Headline figures',
		customers: 'Customers',
		segmentsWithCustomers: 'Segments with customers',
		segmentsOf: (segments: number) => `of ${formatInteger(segments)} (rules and Others)`,
		lapsing: 'Lapsing customers',
		scoring: 'Scoring customers…'
	},
	cuts: {
		title: 'Cut points',
		note: (quantiles: string, bins: number) =>
			`By default the cut points are the ${quantiles} of the customers' values (type-7 quantiles); customers with equal values always share a score. Type your own to fix the scores to your business, e.g. R = ${formatInteger(bins)} for an order in the last ${formatInteger(30)} days.`,
		recency: 'R — recency',
		frequency: 'F — frequency',
		monetary: 'M — monetary',
		recencyUnit: 'days since the last order',
		frequencyUnit: 'orders',
		recencyRule: (bins: number) =>
			`R = ${formatInteger(bins)} − the number of cut points below the days`,
		frequencyRule: 'F = 1 + the number of cut points below the orders',
		monetaryRule: (valueLabel: string) =>
			`M = 1 + the number of cut points below the ${valueLabel}`,
		range: (rule: string, low: number, high: number, unit: string) =>
			`${rule}. Range in the data: ${formatDecimal(low)} – ${formatDecimal(high)} ${unit}.`,
		yours: 'your cut points',
		cutPoint: (letter: string, k: number) => `${letter} cut point ${formatInteger(k)}`,
		useAgain: (quantiles: string) => `Use the ${quantiles} again`,
		terciles: 'terciles',
		quartiles: 'quartiles',
		quintiles: 'quintiles',
		quantiles: 'quantiles',
		waitForScores: 'Wait for the scores to be computed.',
		notANumber: 'A cut point must be a number.',
		ascend: (before: number, after: number) =>
			`Cut points must ascend: ${formatDecimal(before)} comes before ${formatDecimal(after)}.`
	},
	number: {
		enter: 'Enter a number.',
		atLeast: (min: number) => `At least ${formatDecimal(min)}.`,
		atMost: (max: number) => `At most ${formatDecimal(max)}.`
	},
	grid: {
		title: 'R × F grid',
		description:
			'Customers by recency score (rows) and frequency score (columns). Select cells to see and export their customers.',
		colourBy: 'Colour by',
		meanMScore: 'mean M score',
		customers: 'customers',
		customersHeader: 'Customers',
		meanMHeader: 'Mean M score',
		meanValueHeader: 'Mean value',
		hint: 'Click a cell (or focus it and press Enter) to select its customers; select several to combine them.',
		cell: (r: number, f: number) => `R${r} F${f}`,
		selected: (cells: string, value: number) =>
			`customers selected in ${cells}, worth ${formatMoney(value)}.`,
		exportSelection: 'Export selection (CSV)',
		clearSelection: 'Clear selection',
		chartLabel: (bins: number, byMonetary: boolean) =>
			`R × F grid: customers by recency score (rows, ${formatInteger(bins)} at the top) and frequency score (columns), coloured by ${byMonetary ? 'mean M score' : 'customers'}. Each cell is a button that selects its customers.`,
		describeCell: (
			r: number,
			f: number,
			customers: number,
			meanM: string,
			meanValue: string,
			selected: boolean
		) =>
			`R ${r}, F ${f}: ${formatInteger(customers)} customers` +
			(customers > 0 ? `, mean M ${meanM}, mean value ${meanValue}` : '') +
			(selected ? ' (selected)' : ''),
		recencyAxis: 'recency score → more recent',
		frequencyAxis: 'frequency score → more orders',
		legendCustomers: (most: number) => `${formatInteger(most)} customers`,
		keys: 'The grid is one stop in the tab order: the arrow keys move between cells, Home and End to the ends of a row, and Enter or Space selects a cell.'
	},
	sizes: {
		title: 'Segment sizes',
		description: (valueLabel: string) =>
			`Pale bars: share of customers. Solid bars: share of ${valueLabel}. A segment bringing more value than its size is worth more per customer.`,
		segment: 'Segment',
		customers: 'Customers',
		shareOfCustomers: 'Share of customers',
		shareOf: (valueLabel: string) => `Share of ${valueLabel}`,
		chartLabel: (rows: readonly string[]) => `Segment sizes: ${rows.join('; ')}.`,
		row: (name: string, customerShare: string, valueShare: string, valueLabel: string) =>
			`${name} ${customerShare} of customers, ${valueShare} of ${valueLabel}`,
		barTitle: (
			name: string,
			customers: number,
			customerShare: string,
			valueShare: string,
			valueLabel: string
		) =>
			`${name}: ${formatInteger(customers)} customers (${customerShare}), ${valueShare} of ${valueLabel}`,
		legendCustomers: 'share of customers',
		legendValue: (valueLabel: string) => `share of ${valueLabel}`
	},
	table: {
		title: 'Segments compared',
		exportAll: 'Export all segments (CSV)',
		note: 'Rules are tried in order; each customer lands in the first segment whose R, F and M ranges hold their scores, or in Others. Recency and orders are medians; average order value is net revenue ÷ orders.',
		segment: 'Segment',
		customers: 'Customers',
		shareOf: (valueLabel: string) => `Share of ${valueLabel}`,
		recencyDays: 'Recency (days)',
		orders: 'Orders',
		averageOrder: 'Avg order',
		discounted: 'Discounted orders',
		export: 'Export',
		exportSegment: (name: string) => `Export ${name} as CSV`,
		csv: 'CSV',
		needsDiscounts: 'Discounted orders need a discount column in the orders file.'
	},
	playbook: {
		title: 'Playbook, by potential',
		note: (valueLabel: string) =>
			`Potential = customers × expected ${valueLabel} per customer and year (each member's value ÷ their years as a customer, at least one). Start where it is highest. Edit an action to fit your business: it is saved with this dataset and shared in links.`,
		figures: (customers: number, perCustomer: number) =>
			`${formatInteger(customers)} ${plural(customers, 'customer', 'customers')} × ${formatMoney(perCustomer)} a year = potential`,
		actionFor: (name: string) => `Action for ${name}`,
		noCustomers: (names: string) => `No customers now: ${names}.`
	},
	explain: {
		title: 'Explain a customer',
		customerId: 'Customer id',
		explain: 'Explain',
		examples: 'Or the most valuable customer of',
		explainExample: (id: string, segment: string) => `Explain ${id} (${segment})`,
		notFound: (query: string) => `No customer “${query}” in the customer table.`,
		didYouMean: 'Did you mean:',
		heading: (id: string, segment: string) => `Customer ${id}: ${segment}`,
		ordersOf: (id: string) => `Orders and every feature of ${id}`,
		segment: 'Segment',
		recency: 'Recency',
		frequency: 'Frequency',
		monetary: 'Monetary',
		pattern: 'Pattern',
		tags: 'Tags',
		lapsing: 'Lapsing',
		notLapsing: 'Not lapsing',
		has: 'has',
		hasNot: 'does not have'
	},
	holidays: {
		invalid: (text: string) => `“${text}” is not a month and day: write MM-DD, e.g. 12-01.`,
		window: (n: number) => `Window ${n}`,
		intro:
			'Holiday windows: customers with at least the share above of their orders inside these dates (any year) are special-occasion too.',
		nameOf: (n: number) => `Name of holiday window ${formatInteger(n)}`,
		placeholder: 'MM-DD',
		starts: (name: string) => `${name} starts (MM-DD)`,
		to: 'to',
		ends: (name: string) => `${name} ends (MM-DD)`,
		remove: (name: string) => `Remove ${name}`,
		add: 'Add a holiday window'
	},
	traits: {
		title: 'Purchase patterns and behaviour tags',
		patternHeading: 'Purchase pattern',
		tagsHeading: 'Behaviour tags',
		oneTime: 'One-time',
		oneTimeRule: 'one order',
		regular: 'Regular',
		regularRule: 'enough orders at steady gaps',
		irregular: 'Irregular',
		irregularRule: 'the rest',
		lapsing: 'Lapsing',
		lapsingRule: 'a tag: overdue by their own rhythm',
		regularMinOrders: 'Regular: at least … orders',
		regularMaxGapCv: 'Regular: gap variation at most',
		lapsingFactor: 'Lapsing: gap over … × the mean gap',
		discountSeekerMinShare: 'Discounted orders at least',
		specificNeedsMinConcentration: 'Spend in one category at least',
		minOrders: 'At least … orders',
		specialOccasionMinShare: 'Orders in one month at least',
		specialOccasionMinYears: 'Over at least … years',
		influencerTopShare: 'Top share by influence',
		highServiceEffortMin: 'Effort at least'
	},
	/** Names of the behaviour tags, by slug (the engine's own English names). */
	tagNames: {
		'discount-seeker': 'Discount seeker',
		'specific-needs': 'Specific needs',
		'special-occasion': 'Special occasion',
		influencer: 'Influencer',
		'high-service-effort': 'High service effort'
	} as Record<string, string>,
	/** Purchase patterns as an explanation names them, by key. */
	patternNames: {
		'one-time': 'one-time',
		regular: 'regular',
		irregular: 'irregular'
	} as Record<string, string>,
	rules: {
		title: 'Segment rules',
		note: (bins: number) =>
			`Each rule takes the customers whose R, F and M scores all lie in its ranges (both ends included), unless an earlier rule took them first; customers no rule takes are Others. Scores run from 1 to ${formatInteger(bins)}; R = ${formatInteger(bins)} is the most recent.`,
		name: 'Name',
		colour: 'Colour',
		customers: 'Customers',
		order: 'Order',
		others: 'Others',
		noRuleMatches: '(no rule matches)',
		add: 'Add a rule',
		reset: 'Reset to the default rules',
		newSegment: (n: number) => `Segment ${n}`,
		rule: (n: number) => `Rule ${formatInteger(n)}`,
		nameOf: (n: number) => `Name of rule ${formatInteger(n)}`,
		colourOf: (name: string) => `Colour of ${name}`,
		lowest: (name: string, letter: string) => `${name}: lowest ${letter}`,
		highest: (name: string, letter: string) => `${name}: highest ${letter}`,
		noValidRange: (letter: string) => `no valid ${letter} range`,
		moveUp: (name: string) => `Move ${name} up`,
		moveDown: (name: string) => `Move ${name} down`,
		remove: (name: string) => `Remove ${name}`,
		exportJson: 'Export rules (JSON)',
		importJson: 'Import rules…',
		read: (count: number, file: string) => `Read ${formatInteger(count)} rules from ${file}.`
	},
	sql: {
		title: 'Export as SQL',
		intro:
			"The same segments every night in your database or warehouse: one query returning one row per customer (R, F, M, segment, pattern, tags, ABC class), with this page's rules and analysis date written in.",
		dialect: 'Dialect',
		cutPoints: 'Cut points',
		frozen: "frozen (this page's values: the same scores as here)",
		recomputed: 'recomputed in SQL (quantiles of the customers the query finds)',
		export: 'Export as SQL',
		failed: (reason: string) => `The SQL could not be written: ${reason}`,
		saved: 'Saved',
		readsTable: '. It reads the table',
		withColumns: 'with the columns',
		afterColumns:
			"(one row per order line, listed in its header comment); if yours are named otherwise, edit the SQL or use the command line's",
		end: '.',
		leftOut: 'Left out:',
		inexactSums:
			"The table has no line-number column, so each customer's value is summed in the database's order: it may differ from this page in the last digit, which changes a score only for a value exactly at a cut point."
	},
	/**
	 * The default rule table's names and playbook actions, by slug: shown in the reader's language
	 * while a rule still carries the default English text (engine/segments/segment-rules.ts).
	 */
	defaults: {
		champions: {
			name: 'Champions',
			action: 'Reward them and ask for referrals and reviews.'
		},
		'potential-loyalist': {
			name: 'Potential Loyalist',
			action: 'Offer a loyalty programme or membership.'
		},
		'loyal-customers': {
			name: 'Loyal Customers',
			action: 'Upsell higher-value products; reward and ask for referrals.'
		},
		promising: {
			name: 'Promising',
			action: 'Category mailing built on what they bought first.'
		},
		'new-customers': {
			name: 'New Customers',
			action: 'Second-purchase offer and a warm welcome.'
		},
		'cant-lose-them': {
			name: "Can't Lose Them",
			action: 'Win back personally: a call or a tailored offer.'
		},
		'at-risk': {
			name: 'At Risk',
			action: 'Win-back campaign with offers based on past purchases.'
		},
		'need-attention': {
			name: 'Need Attention',
			action: 'Limited-time offer on their favourite categories.'
		},
		'about-to-sleep': {
			name: 'About To Sleep',
			action: 'Promotion calendar: remind them with popular products.'
		},
		lost: {
			name: 'Lost',
			action: 'Low-cost win-back once; otherwise let them go.'
		},
		others: {
			name: 'Others',
			action: 'Review individually; no campaign fits them yet.'
		}
	}
};

export const ur: typeof en = {
	pageTitle: 'حصے — سِیو',
	heading: 'حصے',
	gate: 'RFM اسکور نکالنے اور گاہکوں کو نام والے حصوں میں بانٹنے کے لیے آرڈرز کی فائل لوڈ کریں؛ ہر حصے کے لیے ایک تجویز کردہ اقدام بھی ملے گا۔',
	netProfit: 'خالص منافع',
	netRevenue: 'خالص آمدنی',
	list: (items: readonly string[]) => items.map(iso).join('، '),
	view: {
		options: 'اسکور کے اختیارات',
		scoreBins: 'اسکور کے درجے',
		bins5: '5 (پانچ حصے)',
		bins4: '4 (چار حصے)',
		bins3: '3 (تین حصے)',
		computing: 'حساب ہو رہا ہے…',
		recomputed: (ms: number) => `${formatInteger(ms)} ملی سیکنڈ میں دوبارہ حساب ہوا`,
		exportFailed: (reason: string) => `برآمد ناکام رہی: ${reason}`,
		headline: 'نمایاں اعداد',
		customers: 'گاہک',
		segmentsWithCustomers: 'گاہکوں والے حصے',
		segmentsOf: (segments: number) => `کل ${formatInteger(segments)} میں سے (قواعد اور دیگر)`,
		lapsing: 'دور ہوتے گاہک',
		scoring: 'گاہکوں کے اسکور نکالے جا رہے ہیں…'
	},
	cuts: {
		title: 'حدّی نقطے',
		note: (quantiles: string, bins: number) =>
			`پہلے سے طے شدہ حدّی نقطے گاہکوں کی قدروں کے ${quantiles} ہیں (${iso('type-7')} کوانٹائل)؛ برابر قدر والے گاہکوں کا اسکور ہمیشہ ایک ہوتا ہے۔ اسکور کو اپنے کاروبار کے مطابق مقرر کرنے کے لیے اپنے نقطے لکھیں، مثلاً پچھلے ${formatInteger(30)} دنوں میں آرڈر کے لیے ${iso(`R = ${formatInteger(bins)}`)}۔`,
		recency: 'R — تازگی',
		frequency: 'F — تعدد',
		monetary: 'M — مالیت',
		recencyUnit: 'دن آخری آرڈر کے بعد سے',
		frequencyUnit: 'آرڈر',
		recencyRule: (bins: number) =>
			`${iso(`R = ${formatInteger(bins)}`)} − دنوں سے نیچے کے حدّی نقطوں کی تعداد`,
		frequencyRule: `${iso('F = 1')} + آرڈرز سے نیچے کے حدّی نقطوں کی تعداد`,
		monetaryRule: (valueLabel: string) =>
			`${iso('M = 1')} + ${valueLabel} سے نیچے کے حدّی نقطوں کی تعداد`,
		range: (rule: string, low: number, high: number, unit: string) =>
			`${rule}۔ ڈیٹا میں حد: ${formatDecimal(low)} – ${formatDecimal(high)} ${unit}۔`,
		yours: 'آپ کے حدّی نقطے',
		cutPoint: (letter: string, k: number) => `${letter} کا حدّی نقطہ ${formatInteger(k)}`,
		useAgain: (quantiles: string) => `دوبارہ ${quantiles} استعمال کریں`,
		terciles: 'تہائیاں',
		quartiles: 'چوتھائیاں',
		quintiles: 'پانچویں حصے',
		quantiles: 'کوانٹائل',
		waitForScores: 'اسکور کا حساب مکمل ہونے کا انتظار کریں۔',
		notANumber: 'حدّی نقطہ ایک عدد ہونا چاہیے۔',
		ascend: (before: number, after: number) =>
			`حدّی نقطے بڑھتی ترتیب میں ہونے چاہییں: ${formatDecimal(before)}، ${formatDecimal(after)} سے پہلے آتا ہے۔`
	},
	number: {
		enter: 'ایک عدد لکھیں۔',
		atLeast: (min: number) => `کم از کم ${formatDecimal(min)}۔`,
		atMost: (max: number) => `زیادہ سے زیادہ ${formatDecimal(max)}۔`
	},
	grid: {
		title: 'R × F گرڈ',
		description:
			'گاہک تازگی کے اسکور (قطاریں) اور تعدد کے اسکور (کالم) کے لحاظ سے۔ خانے منتخب کریں تاکہ ان کے گاہک دیکھ اور برآمد کر سکیں۔',
		colourBy: 'رنگ کی بنیاد',
		meanMScore: 'اوسط M اسکور',
		customers: 'گاہک',
		customersHeader: 'گاہک',
		meanMHeader: 'اوسط M اسکور',
		meanValueHeader: 'اوسط قدر',
		hint: `کسی خانے پر کلک کریں (یا اس پر فوکس کر کے ${iso('Enter')} دبائیں) تاکہ اس کے گاہک منتخب ہوں؛ کئی خانے ملانے کے لیے کئی منتخب کریں۔`,
		cell: (r: number, f: number) => `R${r} F${f}`,
		selected: (cells: string, value: number) =>
			`گاہک منتخب ہیں (${cells} میں)، جن کی مالیت ${formatMoney(value)} ہے۔`,
		exportSelection: 'انتخاب برآمد کریں (CSV)',
		clearSelection: 'انتخاب ختم کریں',
		chartLabel: (bins: number, byMonetary: boolean) =>
			`R × F گرڈ: گاہک تازگی کے اسکور (قطاریں، ${formatInteger(bins)} سب سے اوپر) اور تعدد کے اسکور (کالم) کے لحاظ سے، رنگ ${byMonetary ? 'اوسط M اسکور' : 'گاہکوں کی تعداد'} کے مطابق۔ ہر خانہ ایک بٹن ہے جو اپنے گاہک منتخب کرتا ہے۔`,
		describeCell: (
			r: number,
			f: number,
			customers: number,
			meanM: string,
			meanValue: string,
			selected: boolean
		) =>
			`${iso(`R ${r}, F ${f}`)}: ${formatInteger(customers)} گاہک` +
			(customers > 0 ? `، اوسط M ${meanM}، اوسط قدر ${meanValue}` : '') +
			(selected ? ' (منتخب)' : ''),
		recencyAxis: 'تازگی کا اسکور: اوپر زیادہ حالیہ',
		frequencyAxis: 'تعدد کا اسکور: دائیں جانب زیادہ آرڈر',
		legendCustomers: (most: number) => `${formatInteger(most)} گاہک`,
		keys: `ٹیب سے گرڈ پر ایک ہی بار پہنچتے ہیں: تیر والی کلیدیں ایک خانے سے دوسرے پر لے جاتی ہیں، ${iso('Home')} اور ${iso('End')} قطار کے سروں پر، اور ${iso('Enter')} یا ${iso('Space')} خانہ منتخب کرتی ہے۔`
	},
	sizes: {
		title: 'حصوں کا حجم',
		description: (valueLabel: string) =>
			`ہلکی پٹیاں: گاہکوں میں حصہ۔ گہری پٹیاں: ${valueLabel} میں حصہ۔ جو حصہ اپنے حجم سے زیادہ قدر لاتا ہے، اس کا ہر گاہک زیادہ قیمتی ہے۔`,
		segment: 'حصہ',
		customers: 'گاہک',
		shareOfCustomers: 'گاہکوں میں حصہ',
		shareOf: (valueLabel: string) => `${valueLabel} میں حصہ`,
		chartLabel: (rows: readonly string[]) => `حصوں کا حجم: ${rows.join('؛ ')}۔`,
		row: (name: string, customerShare: string, valueShare: string, valueLabel: string) =>
			`${iso(name)}: گاہکوں کا ${customerShare}، ${valueLabel} کا ${valueShare}`,
		barTitle: (
			name: string,
			customers: number,
			customerShare: string,
			valueShare: string,
			valueLabel: string
		) =>
			`${iso(name)}: ${formatInteger(customers)} گاہک (${customerShare})، ${valueLabel} کا ${valueShare}`,
		legendCustomers: 'گاہکوں میں حصہ',
		legendValue: (valueLabel: string) => `${valueLabel} میں حصہ`
	},
	table: {
		title: 'حصوں کا موازنہ',
		exportAll: 'تمام حصے برآمد کریں (CSV)',
		note: 'قواعد ترتیب سے آزمائے جاتے ہیں؛ ہر گاہک اس پہلے حصے میں جاتا ہے جس کی R، F اور M حدود میں اس کے اسکور آتے ہوں، ورنہ دیگر میں۔ تازگی اور آرڈرز درمیانی قدریں (میڈین) ہیں؛ اوسط آرڈر کی قدر خالص آمدنی ÷ آرڈرز ہے۔',
		segment: 'حصہ',
		customers: 'گاہک',
		shareOf: (valueLabel: string) => `${valueLabel} میں حصہ`,
		recencyDays: 'تازگی (دن)',
		orders: 'آرڈرز',
		averageOrder: 'اوسط آرڈر',
		discounted: 'رعایتی آرڈرز',
		export: 'برآمد',
		exportSegment: (name: string) => `${iso(name)} کو CSV میں برآمد کریں`,
		csv: 'CSV',
		needsDiscounts: 'رعایتی آرڈرز کے لیے آرڈرز کی فائل میں رعایت کا کالم ضروری ہے۔'
	},
	playbook: {
		title: 'لائحۂ عمل، امکان کے لحاظ سے',
		note: (valueLabel: string) =>
			`امکان = گاہک × فی گاہک سالانہ متوقع ${valueLabel} (ہر رکن کی قدر ÷ بطور گاہک اس کے سال، کم از کم ایک)۔ وہاں سے شروع کریں جہاں یہ سب سے زیادہ ہو۔ کسی اقدام کو اپنے کاروبار کے مطابق بدلیں: یہ اس ڈیٹاسیٹ کے ساتھ محفوظ ہوتا ہے اور لنکس میں شامل ہوتا ہے۔`,
		figures: (customers: number, perCustomer: number) =>
			`${formatInteger(customers)} گاہک × ${formatMoney(perCustomer)} سالانہ = امکان`,
		actionFor: (name: string) => `${iso(name)} کے لیے اقدام`,
		noCustomers: (names: string) => `فی الحال کوئی گاہک نہیں: ${names}۔`
	},
	explain: {
		title: 'کسی گاہک کی وضاحت',
		customerId: 'گاہک کی شناخت',
		explain: 'وضاحت کریں',
		examples: 'یا اس حصے کا سب سے قیمتی گاہک:',
		explainExample: (id: string, segment: string) => `${iso(id)} کی وضاحت (${iso(segment)})`,
		notFound: (query: string) => `گاہکوں کی ٹیبل میں “${iso(query)}” نام کا کوئی گاہک نہیں۔`,
		didYouMean: 'کیا آپ کی مراد یہ تھی:',
		heading: (id: string, segment: string) => `گاہک ${iso(id)}: ${iso(segment)}`,
		ordersOf: (id: string) => `${iso(id)} کے آرڈرز اور تمام خصوصیات`,
		segment: 'حصہ',
		recency: 'تازگی',
		frequency: 'تعدد',
		monetary: 'مالیت',
		pattern: 'انداز',
		tags: 'ٹیگ',
		lapsing: 'دور ہو رہا ہے',
		notLapsing: 'دور نہیں ہو رہا',
		has: 'موجود ہے',
		hasNot: 'موجود نہیں'
	},
	holidays: {
		invalid: (text: string) =>
			`“${iso(text)}” مہینہ اور دن نہیں ہے: MM-DD کی شکل میں لکھیں، مثلاً ${iso('12-01')}۔`,
		window: (n: number) => `وقفہ ${n}`,
		intro:
			'تعطیلات کے وقفے: جن گاہکوں کے کم از کم اوپر دیے گئے حصے کے آرڈرز ان تاریخوں کے اندر (کسی بھی سال) ہوں، وہ بھی خاص موقع والے ہیں۔',
		nameOf: (n: number) => `تعطیل کے وقفے ${formatInteger(n)} کا نام`,
		placeholder: 'ماہ-دن',
		starts: (name: string) => `${iso(name)} کا آغاز (MM-DD)`,
		to: 'تا',
		ends: (name: string) => `${iso(name)} کا اختتام (MM-DD)`,
		remove: (name: string) => `${iso(name)} ہٹائیں`,
		add: 'تعطیل کا وقفہ شامل کریں'
	},
	traits: {
		title: 'خریداری کے انداز اور رویّے کے ٹیگ',
		patternHeading: 'خریداری کا انداز',
		tagsHeading: 'رویّے کے ٹیگ',
		oneTime: 'ایک بار',
		oneTimeRule: 'ایک آرڈر',
		regular: 'باقاعدہ',
		regularRule: 'یکساں وقفوں پر کافی آرڈرز',
		irregular: 'بے قاعدہ',
		irregularRule: 'باقی سب',
		lapsing: 'دور ہوتے',
		lapsingRule: 'ایک ٹیگ: اپنی معمول کی رفتار سے زیادہ دیر ہو چکی',
		regularMinOrders: 'باقاعدہ: کم از کم … آرڈرز',
		regularMaxGapCv: 'باقاعدہ: وقفوں کا اتار چڑھاؤ زیادہ سے زیادہ',
		lapsingFactor: 'دور ہوتے: وقفہ اوسط وقفے کے … گنا سے زیادہ',
		discountSeekerMinShare: 'رعایتی آرڈرز کم از کم',
		specificNeedsMinConcentration: 'ایک زمرے میں خرچ کم از کم',
		minOrders: 'کم از کم … آرڈرز',
		specialOccasionMinShare: 'ایک مہینے میں آرڈرز کم از کم',
		specialOccasionMinYears: 'کم از کم … برسوں میں',
		influencerTopShare: 'اثر کے لحاظ سے سرفہرست حصہ',
		highServiceEffortMin: 'محنت کم از کم'
	},
	tagNames: {
		'discount-seeker': 'رعایت کے متلاشی',
		'specific-needs': 'مخصوص ضروریات',
		'special-occasion': 'خاص موقع',
		influencer: 'بااثر',
		'high-service-effort': 'زیادہ خدمت طلب'
	},
	patternNames: {
		'one-time': 'ایک بار',
		regular: 'باقاعدہ',
		irregular: 'بے قاعدہ'
	},
	rules: {
		title: 'حصوں کے قواعد',
		note: (bins: number) =>
			`ہر قاعدہ ان گاہکوں کو لیتا ہے جن کے R، F اور M اسکور سب اس کی حدود میں ہوں (دونوں سرے شامل)، بشرطیکہ کسی پہلے قاعدے نے انہیں نہ لے لیا ہو؛ جنہیں کوئی قاعدہ نہ لے وہ دیگر ہیں۔ اسکور 1 سے ${formatInteger(bins)} تک ہیں؛ ${iso(`R = ${formatInteger(bins)}`)} سب سے حالیہ ہے۔`,
		name: 'نام',
		colour: 'رنگ',
		customers: 'گاہک',
		order: 'ترتیب',
		others: 'دیگر',
		noRuleMatches: '(کوئی قاعدہ لاگو نہیں)',
		add: 'قاعدہ شامل کریں',
		reset: 'پہلے سے طے شدہ قواعد بحال کریں',
		newSegment: (n: number) => `حصہ ${n}`,
		rule: (n: number) => `قاعدہ ${formatInteger(n)}`,
		nameOf: (n: number) => `قاعدہ ${formatInteger(n)} کا نام`,
		colourOf: (name: string) => `${iso(name)} کا رنگ`,
		lowest: (name: string, letter: string) => `${iso(name)}: کم ترین ${letter}`,
		highest: (name: string, letter: string) => `${iso(name)}: بلند ترین ${letter}`,
		noValidRange: (letter: string) => `${letter} کی کوئی درست حد نہیں`,
		moveUp: (name: string) => `${iso(name)} کو اوپر لے جائیں`,
		moveDown: (name: string) => `${iso(name)} کو نیچے لے جائیں`,
		remove: (name: string) => `${iso(name)} ہٹائیں`,
		exportJson: 'قواعد برآمد کریں (JSON)',
		importJson: 'قواعد درآمد کریں…',
		read: (count: number, file: string) => `${iso(file)} سے ${formatInteger(count)} قواعد پڑھے گئے۔`
	},
	sql: {
		title: 'SQL کی صورت میں برآمد',
		intro:
			'یہی حصے ہر رات آپ کے ڈیٹابیس یا ویئرہاؤس میں: ایک کوئری جو ہر گاہک کی ایک قطار لوٹاتی ہے (R، F، M، حصہ، انداز، ٹیگ، ABC درجہ)، اور جس میں اس صفحے کے قواعد اور تجزیے کی تاریخ درج ہوتی ہے۔',
		dialect: 'SQL کی قسم',
		cutPoints: 'حدّی نقطے',
		frozen: 'منجمد (اس صفحے کی قدریں: یہاں جیسے ہی اسکور)',
		recomputed: 'SQL میں دوبارہ حساب (کوئری کو ملنے والے گاہکوں کے کوانٹائل)',
		export: 'SQL کی صورت میں برآمد کریں',
		failed: (reason: string) => `SQL لکھی نہ جا سکی: ${reason}`,
		saved: 'فائل',
		readsTable: ' محفوظ ہو گئی۔ یہ ٹیبل',
		withColumns: 'کو ان کالموں کے ساتھ پڑھتی ہے:',
		afterColumns:
			'(ہر آرڈر لائن کی ایک قطار، جو اس کے ہیڈر تبصرے میں درج ہیں)؛ اگر آپ کے کالموں کے نام مختلف ہیں تو SQL میں ترمیم کریں یا کمانڈ لائن کا',
		end: ' استعمال کریں۔',
		leftOut: 'شامل نہیں:',
		inexactSums:
			'ٹیبل میں لائن نمبر کا کالم نہیں، اس لیے ہر گاہک کی قدر ڈیٹابیس کی اپنی ترتیب میں جمع ہوتی ہے: یہ اس صفحے سے آخری ہندسے میں مختلف ہو سکتی ہے، جس سے اسکور صرف اسی قدر کا بدلتا ہے جو عین حدّی نقطے پر ہو۔'
	},
	defaults: {
		champions: {
			name: 'چیمپئن',
			action: 'انہیں انعام دیں اور ان سے حوالوں اور تبصروں کی درخواست کریں۔'
		},
		'potential-loyalist': {
			name: 'ممکنہ وفادار',
			action: 'وفاداری پروگرام یا رکنیت کی پیشکش کریں۔'
		},
		'loyal-customers': {
			name: 'وفادار گاہک',
			action: 'زیادہ قیمت والی مصنوعات پیش کریں؛ انعام دیں اور حوالوں کی درخواست کریں۔'
		},
		promising: {
			name: 'امید افزا',
			action: 'جو کچھ انہوں نے پہلے خریدا اس کی بنیاد پر زمرے کی ای میل بھیجیں۔'
		},
		'new-customers': {
			name: 'نئے گاہک',
			action: 'دوسری خریداری کی پیشکش اور پُرجوش خوش آمدید۔'
		},
		'cant-lose-them': {
			name: 'انہیں کھو نہیں سکتے',
			action: 'ذاتی طور پر واپس لائیں: ایک فون کال یا انہی کے لیے بنائی گئی پیشکش۔'
		},
		'at-risk': {
			name: 'خطرے میں',
			action: 'پچھلی خریداریوں پر مبنی پیشکشوں کے ساتھ واپسی کی مہم۔'
		},
		'need-attention': {
			name: 'توجہ طلب',
			action: 'ان کے پسندیدہ زمروں پر محدود وقت کی پیشکش۔'
		},
		'about-to-sleep': {
			name: 'سونے کے قریب',
			action: 'تشہیری کیلنڈر: مقبول مصنوعات کے ذریعے انہیں یاد دہانی کرائیں۔'
		},
		lost: {
			name: 'کھوئے ہوئے',
			action: 'ایک بار کم خرچ واپسی کی کوشش کریں؛ ورنہ انہیں جانے دیں۔'
		},
		others: {
			name: 'دیگر',
			action: 'انفرادی طور پر جائزہ لیں؛ ابھی کوئی مہم ان پر پوری نہیں اترتی۔'
		}
	}
};
