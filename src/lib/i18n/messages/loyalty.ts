/** Messages of the Problems and loyalty view (components/loyalty/, charts/loyalty/, its route). */
import { formatInteger } from '../format';
import { plural } from '../plural';

/** A name from the data kept whole in a sentence (first strong isolate … pop). */
const isolate = (text: string) => `\u2068${text}\u2069`;

export const en = {
	pageTitle: 'Loyalty — Sieve',
	title: 'Problems and loyalty',
	gate: 'Load an orders file with a tickets file to see whether customers whose problem was solved come back more often than those whose problem was not.',
	options: 'Loyalty options',
	window: 'Window W (days)',
	windowHelp: 'an order within W days counts as coming back',
	quick: 'Resolved quickly Q (days)',
	computing: 'Computing…',
	computingTable: 'Computing the customer table…',
	previousKept: 'The previous value is kept.',
	groups: {
		none: 'No problem',
		resolved: 'Problem resolved',
		resolvedQuickly: (days: number) =>
			`Resolved within ${formatInteger(days)} ${plural(days, 'day', 'days')}`,
		unresolved: 'Problem not resolved'
	},
	weakerTitle: 'Weaker version.',
	weakerText:
		'This dataset has no tickets file, so the groups come from counts of problems in the customers file and “repurchased” means “ordered at least twice”. Add a tickets file on the Data page for the full table.',
	headline: 'Headline figures',
	cameBack: (repurchased: number, eligible: number) =>
		`${formatInteger(repurchased)} of ${formatInteger(eligible)} came back`,
	whoCameBack: 'Who came back',
	chartTitle: 'Repurchase rate by problem group',
	chartWeaker: 'Share of customers who ordered at least twice; whiskers are 95% Wilson intervals.',
	chartWindow: (days: number) =>
		`Share of eligible customers who ordered again within ${formatInteger(days)} days; whiskers are 95% Wilson intervals.`,
	readingTitle: 'Reading the table',
	ticketsNote: (matched: number, notMatched: number, after: number) =>
		`${formatInteger(matched)} tickets of customers in the table; ${formatInteger(notMatched)} with no customer in the orders and ${formatInteger(after)} opened on or after the analysis date are left out.`,
	bySeverity: "By the first ticket's severity",
	severity: 'Severity',
	withinSegment: (family: string) =>
		`Within each ${family}: heavy buyers complain more, so compare like with like`,
	/** The split by RFM segment (the engine's `bySegment.code` 'rfm'). */
	rfmSegment: 'RFM segment',
	withinRfm: 'Within each RFM segment: heavy buyers complain more, so compare like with like',
	/** The engine's notes by code (`LoyaltyReport.noteCauses`). */
	notes: {
		weaker: (opened: string, resolved: string) =>
			`Weaker version: no tickets file, so groups come from the customers file's counts (${isolate(opened)}, ${isolate(resolved)}) and “repurchased” means “ordered at least twice”, with no time window and no “resolved quickly”.`,
		window: (days: number) =>
			`Repurchased = an order within ${formatInteger(days)} days after the first ticket was opened (after the first order for customers with no ticket). Only customers whose whole window ended before the analysis date count.`,
		notRandom:
			'Problems are not random: customers who buy more have more chances to complain, so heavy buyers are over-represented among those with tickets. Compare within segments before reading the difference as an effect of the problem.'
	},
	exported: (rows: number, fileName: string) =>
		`Exported ${formatInteger(rows)} customers to ${fileName}.`,
	interviewsExported: (rows: number, fileName: string) =>
		`Exported ${formatInteger(rows)} customers to ask to ${fileName}.`,
	table: {
		caption: 'Repurchase by problem group',
		group: 'Group',
		customers: 'Customers',
		eligible: 'Eligible',
		repurchased: 'Repurchased',
		rate: 'Rate',
		interval: '95% interval',
		export: 'Export',
		exportCell: (eligible: number, group: string) =>
			`Export the ${formatInteger(eligible)} eligible customers of “${group}” as CSV`,
		splitCell: (part: string, group: string, rate: string, eligible: number) =>
			`${part}, ${group}: ${rate} of ${formatInteger(eligible)} eligible. Export these customers as CSV`
	},
	chart: {
		label: 'Repurchase rate by group with 95% intervals. Use the arrow keys to read each group.',
		hint: 'Hover a bar or use the arrow keys to read each group.',
		idle: 'no group selected',
		noEligible: 'no eligible customer',
		orderedAgain: 'ordered again',
		orderedAgainWithin: (days: number) => `ordered again within ${formatInteger(days)} days`,
		describe: (
			label: string,
			rate: string,
			outcome: string,
			low: string,
			high: string,
			eligible: number
		) =>
			`${label}: ${rate} ${outcome} (95% interval ${low} to ${high}, ${formatInteger(eligible)} eligible)`,
		describeEmpty: (label: string) => `${label}: no eligible customer`
	},
	interviews: {
		title: 'Ask customers what they value',
		export: 'Export the interview list as CSV',
		sizeByAttribute: (name: string) => `the customers file's ${isolate(`“${name}”`)}`,
		sizeByRevenue: 'net revenue (the customers file has no budget or size column)',
		intro: (perGroup: number, sizeBy: string) =>
			`Proving value starts with asking your friendliest customers, of different types and sizes, what they value most and why they stay. Here are up to ${formatInteger(perGroup)} of the most loyal customers in each size band and RFM segment: a regular pattern (at least 3 orders, gap variation ≤ 0.75), recent (no longer since the last order than twice their usual gap), no open problem — the longest customers first. Size bands are thirds of ${sizeBy}.`,
		people: 'Customers to ask',
		peopleNote: (groups: number) => `in ${formatInteger(groups)} size band × segment groups`,
		loyal: 'Loyal customers',
		loyalNote: (customers: number, regular: number, recent: number) =>
			`of ${formatInteger(customers)}: ${formatInteger(regular)} regular, ${formatInteger(recent)} of them recent`,
		questions: 'Questions to ask',
		none: 'No customer is regular, recent and free of open problems yet.',
		tableLabel: 'Customers to ask, by size band and segment',
		size: 'Size',
		segment: 'Segment',
		customer: 'Customer',
		tenure: 'Tenure (days)',
		orders: 'Orders',
		gap: 'Usual gap (days)',
		recency: 'Days since last order',
		value: 'Value',
		candidates: (n: number) => `· ${formatInteger(n)} loyal`,
		/** The size bands (the engine's `sizeBand`). */
		sizeBands: { small: 'small', medium: 'medium', large: 'large', unknown: 'unknown' },
		/** The one segment when there is no split. */
		allCustomers: 'All customers',
		/**
		 * The engine's default questions (`DEFAULT_INTERVIEW_QUESTIONS`, in its order): a question
		 * still equal to its default is shown in the chosen language; one the user wrote, as written.
		 */
		defaultQuestions: [
			'What do you value most about buying from us?',
			'Why do you keep coming back rather than going elsewhere?',
			'What nearly made you stop buying from us?',
			'What would you tell a friend about us?',
			'What else could we do for you?'
		]
	}
};

export const ur: typeof en = {
	pageTitle: 'وفاداری — سِیو',
	title: 'مسائل اور وفاداری',
	gate: 'آرڈرز کی فائل کے ساتھ ٹکٹس کی فائل لوڈ کریں، یہ دیکھنے کے لیے کہ جن گاہکوں کا مسئلہ حل ہوا وہ اُن سے زیادہ لوٹتے ہیں یا نہیں جن کا مسئلہ حل نہیں ہوا۔',
	options: 'وفاداری کے اختیارات',
	window: 'مدت W (دن)',
	windowHelp: 'W دن کے اندر آنے والا آرڈر واپسی شمار ہوتا ہے',
	quick: 'جلد حل Q (دن)',
	computing: 'حساب ہو رہا ہے…',
	computingTable: 'گاہکوں کا جدول بن رہا ہے…',
	previousKept: 'پچھلی قدر برقرار رکھی گئی ہے۔',
	groups: {
		none: 'کوئی مسئلہ نہیں',
		resolved: 'مسئلہ حل ہو گیا',
		resolvedQuickly: (days: number) => `${formatInteger(days)} دن کے اندر حل`,
		unresolved: 'مسئلہ حل نہیں ہوا'
	},
	weakerTitle: 'کمزور صورت۔',
	weakerText:
		'اس ڈیٹا سیٹ کے ساتھ ٹکٹس کی فائل نہیں، اس لیے گروہ گاہکوں کی فائل میں مسائل کی گنتی سے بنے ہیں اور ”دوبارہ خریدا“ کا مطلب ہے ”کم از کم دو بار آرڈر کیا“۔ پورے جدول کے لیے ڈیٹا کے صفحے پر ٹکٹس کی فائل شامل کریں۔',
	headline: 'اہم اعداد',
	cameBack: (repurchased: number, eligible: number) =>
		`${formatInteger(eligible)} میں سے ${formatInteger(repurchased)} لوٹ آئے`,
	whoCameBack: 'کون لوٹ کر آیا',
	chartTitle: 'مسئلے کے گروہ کے لحاظ سے دوبارہ خریداری کی شرح',
	chartWeaker: 'کم از کم دو بار آرڈر کرنے والے گاہکوں کا حصہ؛ لکیریں ولسن کے 95% وقفے ہیں۔',
	chartWindow: (days: number) =>
		`اہل گاہکوں کا وہ حصہ جس نے ${formatInteger(days)} دن کے اندر دوبارہ آرڈر کیا؛ لکیریں ولسن کے 95% وقفے ہیں۔`,
	readingTitle: 'جدول کیسے پڑھیں',
	ticketsNote: (matched: number, notMatched: number, after: number) =>
		`جدول کے گاہکوں کے ${formatInteger(matched)} ٹکٹ؛ ${formatInteger(notMatched)} ٹکٹ جن کا گاہک آرڈرز میں نہیں اور ${formatInteger(after)} جو تجزیے کی تاریخ پر یا اس کے بعد کھلے، شامل نہیں۔`,
	bySeverity: 'پہلے ٹکٹ کی سنگینی کے لحاظ سے',
	severity: 'سنگینی',
	withinSegment: (family: string) =>
		`ہر ${family} کے اندر: زیادہ خریدنے والے زیادہ شکایت کرتے ہیں، اس لیے برابر والوں کا موازنہ کریں`,
	rfmSegment: 'RFM حصہ',
	withinRfm:
		'ہر RFM حصے کے اندر: زیادہ خریدنے والے زیادہ شکایت کرتے ہیں، اس لیے برابر والوں کا موازنہ کریں',
	notes: {
		weaker: (opened: string, resolved: string) =>
			`کمزور صورت: ٹکٹس کی فائل نہیں، اس لیے گروہ گاہکوں کی فائل کی گنتیوں (${isolate(opened)}، ${isolate(resolved)}) سے بنے ہیں، اور ”دوبارہ خریدا“ کا مطلب ہے ”کم از کم دو بار آرڈر کیا“ — نہ کوئی مدت ہے، نہ ”جلد حل“۔`,
		window: (days: number) =>
			`دوبارہ خریدا = پہلا ٹکٹ کھلنے کے بعد ${formatInteger(days)} دن کے اندر کوئی آرڈر (جن گاہکوں کا کوئی ٹکٹ نہیں، ان کے لیے پہلے آرڈر کے بعد)۔ صرف وہ گاہک شمار ہوتے ہیں جن کی پوری مدت تجزیے کی تاریخ سے پہلے ختم ہو چکی ہو۔`,
		notRandom:
			'مسائل اتفاقی نہیں ہوتے: جو گاہک زیادہ خریدتے ہیں انہیں شکایت کے زیادہ مواقع ملتے ہیں، اس لیے ٹکٹ والوں میں زیادہ خریدنے والے زیادہ ہوتے ہیں۔ اس فرق کو مسئلے کا اثر سمجھنے سے پہلے ہر حصے کے اندر موازنہ کریں۔'
	},
	exported: (rows: number, fileName: string) =>
		`${formatInteger(rows)} گاہک ${fileName} میں برآمد کیے گئے۔`,
	interviewsExported: (rows: number, fileName: string) =>
		`پوچھنے کے لیے ${formatInteger(rows)} گاہک ${fileName} میں برآمد کیے گئے۔`,
	table: {
		caption: 'مسئلے کے گروہ کے لحاظ سے دوبارہ خریداری',
		group: 'گروہ',
		customers: 'گاہک',
		eligible: 'اہل',
		repurchased: 'دوبارہ خریدا',
		rate: 'شرح',
		interval: '95% وقفہ',
		export: 'برآمد',
		exportCell: (eligible: number, group: string) =>
			`”${group}“ کے ${formatInteger(eligible)} اہل گاہک CSV میں برآمد کریں`,
		splitCell: (part: string, group: string, rate: string, eligible: number) =>
			`${part}، ${group}: ${formatInteger(eligible)} اہل میں سے ${rate}۔ یہ گاہک CSV میں برآمد کریں`
	},
	chart: {
		label:
			'گروہ کے لحاظ سے دوبارہ خریداری کی شرح، 95% وقفوں کے ساتھ۔ ہر گروہ پڑھنے کے لیے تیر کی کلیدیں استعمال کریں۔',
		hint: 'ہر گروہ پڑھنے کے لیے بار پر ماؤس لائیں یا تیر کی کلیدیں استعمال کریں۔',
		idle: 'کوئی گروہ منتخب نہیں',
		noEligible: 'کوئی اہل گاہک نہیں',
		orderedAgain: 'نے دوبارہ آرڈر کیا',
		orderedAgainWithin: (days: number) => `نے ${formatInteger(days)} دن کے اندر دوبارہ آرڈر کیا`,
		describe: (
			label: string,
			rate: string,
			outcome: string,
			low: string,
			high: string,
			eligible: number
		) =>
			`${label}: ${rate} ${outcome} (95% وقفہ ${low} سے ${high}، ${formatInteger(eligible)} اہل)`,
		describeEmpty: (label: string) => `${label}: کوئی اہل گاہک نہیں`
	},
	interviews: {
		title: 'گاہکوں سے پوچھیں کہ وہ کس چیز کی قدر کرتے ہیں',
		export: 'انٹرویو کی فہرست CSV میں برآمد کریں',
		sizeByAttribute: (name: string) => `گاہکوں کی فائل کے ${isolate(`”${name}“`)}`,
		sizeByRevenue: 'خالص آمدنی (گاہکوں کی فائل میں بجٹ یا حجم کا کالم نہیں)',
		intro: (perGroup: number, sizeBy: string) =>
			`قدر ثابت کرنے کی شروعات اپنے سب سے دوستانہ گاہکوں سے، جو مختلف قسم اور حجم کے ہوں، یہ پوچھنے سے ہوتی ہے کہ وہ سب سے زیادہ کس چیز کی قدر کرتے ہیں اور کیوں ساتھ ہیں۔ ہر حجم کے درجے اور RFM حصے میں سب سے وفادار ${formatInteger(perGroup)} تک گاہک یہ ہیں: باقاعدہ انداز (کم از کم 3 آرڈر، وقفوں کا فرق ≤ 0.75)، حالیہ (آخری آرڈر کو اپنے معمول کے وقفے کے دگنے سے زیادہ نہیں ہوا)، کوئی کھلا مسئلہ نہیں — سب سے پرانے گاہک پہلے۔ حجم کے درجے ${sizeBy} کے تہائی حصے ہیں۔`,
		people: 'جن گاہکوں سے پوچھنا ہے',
		peopleNote: (groups: number) => `حجم کے درجے × حصے کے ${formatInteger(groups)} گروہوں میں`,
		loyal: 'وفادار گاہک',
		loyalNote: (customers: number, regular: number, recent: number) =>
			`${formatInteger(customers)} میں سے: ${formatInteger(regular)} باقاعدہ، ان میں سے ${formatInteger(recent)} حالیہ`,
		questions: 'پوچھنے کے سوالات',
		none: 'ابھی کوئی گاہک باقاعدہ، حالیہ اور کھلے مسائل سے پاک نہیں۔',
		tableLabel: 'جن گاہکوں سے پوچھنا ہے، حجم کے درجے اور حصے کے لحاظ سے',
		size: 'حجم',
		segment: 'حصہ',
		customer: 'گاہک',
		tenure: 'مدتِ تعلق (دن)',
		orders: 'آرڈر',
		gap: 'معمول کا وقفہ (دن)',
		recency: 'آخری آرڈر کو دن',
		value: 'قدر',
		candidates: (n: number) => `· ${formatInteger(n)} وفادار`,
		sizeBands: { small: 'چھوٹا', medium: 'درمیانہ', large: 'بڑا', unknown: 'نامعلوم' },
		allCustomers: 'تمام گاہک',
		defaultQuestions: [
			'ہم سے خریدنے میں آپ کو سب سے زیادہ کیا پسند ہے؟',
			'آپ کہیں اور جانے کے بجائے بار بار ہمارے پاس کیوں آتے ہیں؟',
			'کس بات نے آپ کو ہم سے خریدنا تقریباً چھڑوا دیا تھا؟',
			'آپ کسی دوست کو ہمارے بارے میں کیا بتائیں گے؟',
			'ہم آپ کے لیے اور کیا کر سکتے ہیں؟'
		]
	}
};
