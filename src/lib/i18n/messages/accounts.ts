/** Messages of the Account reviews view (components/accounts/, charts/accounts/, routes/reviews/). */
import { formatInteger } from '../format';
import { plural } from '../plural';

type Level = 'High' | 'Medium' | 'Low';

/** An id from the data kept whole in a sentence (first strong isolate … pop). */
const isolate = (text: string) => `\u2068${text}\u2069`;

export const en = {
	pageTitle: 'Account reviews — Sieve',
	title: 'Account reviews',
	gate: 'Load an orders file (with categories, and ideally a customers file with a budget and a last-review date) to plan account reviews: who has the most room to grow, how often to see them, and a brief for each visit.',
	levels: { High: 'High', Medium: 'Medium', Low: 'Low' } as Record<Level, string>,
	levelOpportunity: (level: string) => `${level} opportunity`,
	basisAttribute: (name: string) => `the “${name}” column of the customers file`,
	basisChosen: 'net revenue (chosen in the options)',
	basisMissing: 'net revenue — the customers file has no budget or company-size column',
	levelsHeading: 'Opportunity levels',
	accounts: 'Accounts',
	perWeekNote: (perWeek: number) => `${formatInteger(perWeek)} reviews a week`,
	everyMonths: (months: number) => `reviewed every ${formatInteger(months)} months`,
	dueNow: 'Due now',
	dueNowNote: (customers: number, date: string) =>
		`of ${formatInteger(customers)} accounts, on ${date}`,
	capacityOn: 'Capacity is measured on',
	capacityUnknown: (n: number) => `; ${formatInteger(n)} accounts have no value there (never High)`,
	whitespace: (categories: number | null) =>
		`. Whitespace is the share of the ${categories === null ? '(unknown: no category column)' : formatInteger(categories)} categories an account has not bought.`,
	thresholds: (
		highWhitespace: string,
		highCapacity: string,
		lowWhitespace: string,
		lowCapacity: string
	) =>
		`High: whitespace ≥ ${highWhitespace} and capacity ≥ ${highCapacity}; Low: whitespace < ${lowWhitespace} or capacity < ${lowCapacity}.`,
	/** The engine's notes by code (`AccountsReport.noteCodes`). */
	notes: {
		noCategory: 'The orders have no category column: whitespace is unknown, so no account is High.',
		noLastReview:
			'No last-review date in the customers file: every review is due on the analysis date.'
	},
	lastReviews: (attribute: string, known: number, overdue: number) =>
		`Last reviews read from “${attribute}”: ${formatInteger(known)} accounts, ${formatInteger(overdue)} of them overdue`,
	unreadable: (n: number, example: string) =>
		`; ${formatInteger(n)} cells are not dates (e.g. “${example}”) and are due now`,
	chartTitle: 'Reviews per week by level',
	chartDescription: (weeks: number, from: string, to: string) =>
		`${formatInteger(weeks)} weeks from ${from} to the last review on ${to}.`,
	week: 'Week',
	starts: 'Starts',
	total: 'Total',
	planning: 'Planning the reviews…',
	planningShort: 'Planning…',
	options: {
		label: 'Account reviews options',
		thresholds: 'Opportunity thresholds',
		highWhitespace: 'High: whitespace at least (%)',
		highCapacity: 'High: capacity at least (%)',
		lowWhitespace: 'Low: whitespace below (%)',
		lowCapacity: 'Low: capacity below (%)',
		cadence: 'Review every … months',
		capacity: 'Capacity',
		perWeek: 'Reviews per week',
		questions: (n: number) => `Review questions (${formatInteger(n)})`,
		questionsHelp: 'One question a line; every brief and calendar event lists them.',
		saveQuestions: 'Save questions',
		standardQuestions: 'Standard questions',
		oneQuestion: 'Give at least one question.',
		nothingChanged: 'Nothing was changed.'
	},
	plan: {
		title: 'The review plan',
		exportCsv: 'Export CSV',
		exportIcs: 'Export calendar (.ics)',
		note: (perWeek: number) =>
			`Every account in order of its due date, then opportunity (whitespace × capacity); ${formatInteger(perWeek)} reviews a week, Monday to Friday. The calendar file holds one all-day event per review with its brief, and imports into Google Calendar, Outlook or Apple Calendar; a newer export updates the events.`,
		level: 'Level',
		allLevels: 'All levels',
		week: 'Week',
		allWeeks: 'All weeks',
		weekOption: (index: number, start: string, total: number) =>
			`${index}: from ${start} (${total})`,
		matched: (matched: number) => `${formatInteger(matched)} reviews`,
		shown: (first: number, last: number) =>
			`; ${formatInteger(first)}–${formatInteger(last)} shown`,
		customer: 'Customer',
		whitespace: 'Whitespace',
		capacity: 'Capacity',
		lastReview: 'Last review',
		due: 'Due',
		planned: 'Planned',
		brief: 'Brief',
		briefFor: (customer: string) => `Brief for ${customer}`,
		previous: 'Previous',
		next: 'Next',
		briefsOf: (n: number) => `Briefs of these ${formatInteger(n)}`
	},
	briefs: {
		one: (customer: string) => `Review brief: ${customer}`,
		many: (n: number) => `${formatInteger(n)} review briefs`,
		print: 'Print',
		close: 'Close',
		heading: (customer: string) => `Account review — ${isolate(customer)}`,
		/**
		 * The engine's default questions (`DEFAULT_REVIEW_QUESTIONS`, in its order): a question
		 * still equal to its default is shown in the chosen language; one the user wrote, as written.
		 */
		defaultQuestions: [
			'How do they see us? What do we do well, and what should we do better?',
			'What else do they need, now or in the coming year?',
			'Who else do they talk to or buy from, for what?'
		],
		facts: (whitespace: string, capacity: string, lastReview: string | null, due: string) =>
			` · whitespace ${whitespace} · capacity ${capacity} · last review ${lastReview ?? 'none on record'} · due ${due} · planned `,
		questions: 'Questions',
		dataSays: 'What the data says',
		neverBought: 'Never bought:',
		buysEverything: 'nothing left — they buy every category',
		stoppedBuying: 'Stopped buying',
		stoppedMonths: (months: number) => `(not in the last ${formatInteger(months)} months):`,
		tooShort: 'their history is too short to tell',
		none: 'none',
		openProblems: 'Open problems:',
		noTickets: 'no tickets file loaded',
		problem: (ticket: string | null, opened: string, days: number, severity: string | null) =>
			`${ticket ?? 'ticket'} opened ${opened} (${formatInteger(days)} ${plural(days, 'day', 'days')}${severity ? `, ${severity}` : ''})`,
		lastOrder: 'Last order',
		daysAgo: (days: number) => `${formatInteger(days)} days ago`,
		oneOrder: ' (one order so far)',
		usually: (days: number) => `; usually every ${formatInteger(days)} days`,
		lapsing: ' — lapsing: more than twice their usual gap',
		pAlive: 'P(alive):',
		fittedTo: (date: string) => ` (BG/NBD model fitted on purchases to ${date})`
	},
	chart: {
		describe: (
			week: number,
			start: string,
			total: number,
			high: number,
			medium: number,
			low: number
		) =>
			`Week ${week} (from ${start}): ${total} reviews — ${high} High, ${medium} Medium, ${low} Low`,
		hint: 'Hover or focus the chart and use the arrow keys to read each week.',
		idle: 'no week selected',
		capacity: (perWeek: number) => `capacity (${formatInteger(perWeek)} a week)`,
		label: (weeks: number, fullest: number, perWeek: number) =>
			`Reviews per week by opportunity level: ${weeks} weeks, at most ${fullest} reviews in a week, capacity ${perWeek}. Use the arrow keys to read each week.`,
		yearMonth: 'week starting (year-month)',
		monthDay: 'week starting (month-day)'
	}
};

export const ur: typeof en = {
	pageTitle: 'اکاؤنٹ جائزے — سِیو',
	title: 'اکاؤنٹ جائزے',
	gate: 'اکاؤنٹ جائزوں کا منصوبہ بنانے کے لیے آرڈرز کی فائل لوڈ کریں (زمروں کے ساتھ، اور بہتر ہو کہ گاہکوں کی فائل بھی جس میں بجٹ اور آخری جائزے کی تاریخ ہو): کس کے بڑھنے کی سب سے زیادہ گنجائش ہے، ان سے کتنی بار ملنا ہے، اور ہر ملاقات کے لیے ایک خلاصہ۔',
	levels: { High: 'زیادہ', Medium: 'درمیانہ', Low: 'کم' },
	levelOpportunity: (level: string) => `${level} موقع`,
	basisAttribute: (name: string) => `گاہکوں کی فائل کے \u2068”${name}“\u2069 کالم`,
	basisChosen: 'خالص آمدنی (اختیارات میں منتخب)',
	basisMissing: 'خالص آمدنی — گاہکوں کی فائل میں بجٹ یا کمپنی کے حجم کا کالم نہیں',
	levelsHeading: 'موقع کے درجے',
	accounts: 'اکاؤنٹ',
	perWeekNote: (perWeek: number) => `ہفتے میں ${formatInteger(perWeek)} جائزے`,
	everyMonths: (months: number) => `ہر ${formatInteger(months)} ماہ بعد جائزہ`,
	dueNow: 'ابھی واجب',
	dueNowNote: (customers: number, date: string) =>
		`${formatInteger(customers)} اکاؤنٹس میں سے، ${date} کو`,
	capacityOn: 'گنجائش کی پیمائش:',
	capacityUnknown: (n: number) =>
		`؛ ${formatInteger(n)} اکاؤنٹس کی وہاں کوئی قدر نہیں (کبھی ”زیادہ“ نہیں)`,
	whitespace: (categories: number | null) =>
		`۔ خالی جگہ ${categories === null ? '(نامعلوم: زمرے کا کالم نہیں)' : formatInteger(categories)} زمروں کا وہ حصہ ہے جو اکاؤنٹ نے نہیں خریدا۔`,
	thresholds: (
		highWhitespace: string,
		highCapacity: string,
		lowWhitespace: string,
		lowCapacity: string
	) =>
		`زیادہ: خالی جگہ ≥ ${highWhitespace} اور گنجائش ≥ ${highCapacity}؛ کم: خالی جگہ < ${lowWhitespace} یا گنجائش < ${lowCapacity}۔`,
	notes: {
		noCategory:
			'آرڈرز میں زمرے کا کالم نہیں: خالی جگہ معلوم نہیں، اس لیے کوئی اکاؤنٹ زیادہ موقع والا نہیں۔',
		noLastReview: 'گاہکوں کی فائل میں آخری جائزے کی تاریخ نہیں: ہر جائزہ تجزیے کی تاریخ پر واجب ہے۔'
	},
	lastReviews: (attribute: string, known: number, overdue: number) =>
		`آخری جائزے \u2068”${attribute}“\u2069 سے پڑھے گئے: ${formatInteger(known)} اکاؤنٹ، ان میں سے ${formatInteger(overdue)} کا وقت گزر چکا`,
	unreadable: (n: number, example: string) =>
		`؛ ${formatInteger(n)} خانے تاریخ نہیں (مثلاً ”${example}“) اور ابھی واجب ہیں`,
	chartTitle: 'درجے کے لحاظ سے فی ہفتہ جائزے',
	chartDescription: (weeks: number, from: string, to: string) =>
		`${from} سے ${to} کو آخری جائزے تک ${formatInteger(weeks)} ہفتے۔`,
	week: 'ہفتہ',
	starts: 'آغاز',
	total: 'کل',
	planning: 'جائزوں کا منصوبہ بن رہا ہے…',
	planningShort: 'منصوبہ بن رہا ہے…',
	options: {
		label: 'اکاؤنٹ جائزوں کے اختیارات',
		thresholds: 'موقع کی حدیں',
		highWhitespace: 'زیادہ: خالی جگہ کم از کم (%)',
		highCapacity: 'زیادہ: گنجائش کم از کم (%)',
		lowWhitespace: 'کم: خالی جگہ اس سے کم (%)',
		lowCapacity: 'کم: گنجائش اس سے کم (%)',
		cadence: 'ہر … ماہ بعد جائزہ',
		capacity: 'گنجائش',
		perWeek: 'فی ہفتہ جائزے',
		questions: (n: number) => `جائزے کے سوالات (${formatInteger(n)})`,
		questionsHelp: 'ہر سطر میں ایک سوال؛ ہر خلاصہ اور کیلنڈر کا ہر واقعہ انہیں درج کرتا ہے۔',
		saveQuestions: 'سوالات محفوظ کریں',
		standardQuestions: 'معیاری سوالات',
		oneQuestion: 'کم از کم ایک سوال دیں۔',
		nothingChanged: 'کچھ تبدیل نہیں ہوا۔'
	},
	plan: {
		title: 'جائزوں کا منصوبہ',
		exportCsv: 'CSV برآمد کریں',
		exportIcs: 'کیلنڈر برآمد کریں (.ics)',
		note: (perWeek: number) =>
			`ہر اکاؤنٹ اپنی واجب تاریخ، پھر موقع (خالی جگہ × گنجائش) کی ترتیب میں؛ ہفتے میں ${formatInteger(perWeek)} جائزے، پیر سے جمعہ۔ کیلنڈر فائل میں ہر جائزے کا اس کے خلاصے کے ساتھ ایک پورے دن کا واقعہ ہے، جو گوگل کیلنڈر، آؤٹ لک یا ایپل کیلنڈر میں درآمد ہوتا ہے؛ نئی برآمد واقعات کو تازہ کر دیتی ہے۔`,
		level: 'درجہ',
		allLevels: 'تمام درجے',
		week: 'ہفتہ',
		allWeeks: 'تمام ہفتے',
		weekOption: (index: number, start: string, total: number) => `${index}: ${start} سے (${total})`,
		matched: (matched: number) => `${formatInteger(matched)} جائزے`,
		shown: (first: number, last: number) =>
			`؛ ${formatInteger(first)}–${formatInteger(last)} دکھائے گئے`,
		customer: 'گاہک',
		whitespace: 'خالی جگہ',
		capacity: 'گنجائش',
		lastReview: 'آخری جائزہ',
		due: 'واجب',
		planned: 'طے شدہ',
		brief: 'خلاصہ',
		briefFor: (customer: string) => `${customer} کا خلاصہ`,
		previous: 'پچھلا',
		next: 'اگلا',
		briefsOf: (n: number) => `ان ${formatInteger(n)} کے خلاصے`
	},
	briefs: {
		one: (customer: string) => `جائزے کا خلاصہ: ${customer}`,
		many: (n: number) => `جائزوں کے ${formatInteger(n)} خلاصے`,
		print: 'پرنٹ کریں',
		close: 'بند کریں',
		heading: (customer: string) => `اکاؤنٹ کا جائزہ — ${isolate(customer)}`,
		defaultQuestions: [
			'وہ ہمیں کیسا دیکھتے ہیں؟ ہم کیا اچھا کرتے ہیں، اور کیا بہتر کرنا چاہیے؟',
			'انہیں اور کیا چاہیے، ابھی یا آنے والے سال میں؟',
			'وہ اور کس سے بات کرتے ہیں یا خریدتے ہیں، کس چیز کے لیے؟'
		],
		facts: (whitespace: string, capacity: string, lastReview: string | null, due: string) =>
			` · خالی جگہ ${whitespace} · گنجائش ${capacity} · آخری جائزہ ${lastReview ?? 'کوئی ریکارڈ نہیں'} · واجب ${due} · طے شدہ `,
		questions: 'سوالات',
		dataSays: 'ڈیٹا کیا کہتا ہے',
		neverBought: 'کبھی نہیں خریدا:',
		buysEverything: 'کچھ باقی نہیں — وہ ہر زمرہ خریدتے ہیں',
		stoppedBuying: 'خریدنا چھوڑ دیا',
		stoppedMonths: (months: number) => `(پچھلے ${formatInteger(months)} ماہ میں نہیں):`,
		tooShort: 'ان کی تاریخ بتانے کے لیے بہت مختصر ہے',
		none: 'کوئی نہیں',
		openProblems: 'کھلے مسائل:',
		noTickets: 'ٹکٹس کی فائل لوڈ نہیں ہوئی',
		problem: (ticket: string | null, opened: string, days: number, severity: string | null) =>
			`${ticket ?? 'ٹکٹ'} ${opened} کو کھلا (${formatInteger(days)} دن${severity ? `، ${severity}` : ''})`,
		lastOrder: 'آخری آرڈر',
		daysAgo: (days: number) => `${formatInteger(days)} دن پہلے`,
		oneOrder: ' (اب تک ایک آرڈر)',
		usually: (days: number) => `؛ عموماً ہر ${formatInteger(days)} دن بعد`,
		lapsing: ' — چھوٹ رہے ہیں: معمول کے وقفے کے دگنے سے زیادہ',
		pAlive: 'P(فعال):',
		fittedTo: (date: string) => ` (${date} تک کی خریداریوں پر BG/NBD ماڈل)`
	},
	chart: {
		describe: (
			week: number,
			start: string,
			total: number,
			high: number,
			medium: number,
			low: number
		) => `ہفتہ ${week} (${start} سے): ${total} جائزے — ${high} زیادہ، ${medium} درمیانہ، ${low} کم`,
		hint: 'ہر ہفتہ پڑھنے کے لیے چارٹ پر ماؤس لائیں یا اسے منتخب کر کے تیر کی کلیدیں استعمال کریں۔',
		idle: 'کوئی ہفتہ منتخب نہیں',
		capacity: (perWeek: number) => `گنجائش (ہفتے میں ${formatInteger(perWeek)})`,
		label: (weeks: number, fullest: number, perWeek: number) =>
			`موقع کے درجے کے لحاظ سے فی ہفتہ جائزے: ${weeks} ہفتے، ایک ہفتے میں زیادہ سے زیادہ ${fullest} جائزے، گنجائش ${perWeek}۔ ہر ہفتہ پڑھنے کے لیے تیر کی کلیدیں استعمال کریں۔`,
		yearMonth: 'ہفتے کا آغاز (سال-مہینہ)',
		monthDay: 'ہفتے کا آغاز (مہینہ-دن)'
	}
};
