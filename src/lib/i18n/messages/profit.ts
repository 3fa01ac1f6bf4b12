/** Messages of the profit area (components/profit/, charts/profit/ and its route). */
import { formatInteger, formatShare } from '../format';
import { plural } from '../plural';

/** The kinds of cost (the engine's `CostKind`). */
type Cost = 'goods' | 'orders' | 'returns' | 'tickets' | 'effort' | 'marketing';
/** The grouping families (the engine's `GroupFamily`). */
type Family = 'rfm' | 'pattern' | 'persona' | 'abc';

/** A piece of a sentence: plain text, or a figure or word shown in bold (isolated in the page). */
export type ProfitPart = string | { strong: string };

/** A figure kept left to right inside an Urdu sentence (LRI … PDI), so its sign and % stay put. */
const iso = (text: string) => `\u2066${text}\u2069`;

/** A share as the whale curve words it: one decimal, none when it is whole ("93.5%", "40%"). */
function shortShare(share: number): string {
	const tenths = Math.round(share * 1000);
	return formatShare(share, tenths % 10 === 0 ? 0 : 1);
}

const FAMILY_EN: Record<Family, { group: string; groups: string; family: string }> = {
	rfm: { group: 'segment', groups: 'segments', family: 'RFM segment' },
	pattern: { group: 'pattern', groups: 'patterns', family: 'purchase pattern' },
	persona: { group: 'persona', groups: 'personas', family: 'persona' },
	abc: { group: 'class', groups: 'classes', family: 'ABC class' }
};

/** Urdu forms: the group as a name, and as it stands before a postposition (oblique). */
const FAMILY_UR: Record<Family, { group: string; oblique: string; family: string }> = {
	rfm: { group: 'حصہ', oblique: 'حصے', family: 'RFM حصہ' },
	pattern: { group: 'خریداری کا انداز', oblique: 'خریداری کے انداز', family: 'خریداری کا انداز' },
	persona: { group: 'پرسونا', oblique: 'پرسونا', family: 'پرسونا' },
	abc: { group: 'درجہ', oblique: 'درجے', family: 'ABC درجہ' }
};

const COSTS_EN: Record<Cost, string> = {
	goods: 'goods',
	orders: 'order handling',
	returns: 'returns',
	tickets: 'support tickets',
	effort: 'service effort',
	marketing: 'marketing'
};

const COSTS_UR: Record<Cost, string> = {
	goods: 'مال',
	orders: 'آرڈر نمٹانے',
	returns: 'واپسی',
	tickets: 'سپورٹ ٹکٹ',
	effort: 'خدمت کی محنت',
	marketing: 'مارکیٹنگ'
};

export const en = {
	pageTitle: 'Profit — Sieve',
	heading: 'Profit and ROI',
	gate: 'Load an orders file to see where money is made: profit and ROI per customer group, the whale curve, and the customers who cost more than they bring.',
	options: 'Profit options',
	/** The worker's progress (English), or a plain "computing". */
	progress: (message: string | null) => message ?? 'Computing…',
	computingProfit: (message: string | null) => message ?? 'Computing profit per customer…',
	/** Each cost kind as a shop owner says it. */
	cost: COSTS_EN,
	/** What fixes each cost, in a shop owner's words. */
	fix: {
		goods: 'check the prices and margins of what they buy',
		orders: 'nudge towards fewer, larger baskets (free delivery over a threshold, bundles)',
		returns: 'cut returns with clearer descriptions and sizes, and a check before dispatch',
		tickets: 'offer self-service: order tracking, a help page, answers before they ask',
		effort: 'offer self-service and a set way of serving them, so each request takes less time',
		marketing: 'send them fewer, better-aimed mailings'
	} satisfies Record<Cost, string>,
	/** A grouping family's name ("RFM segment"), and one of its groups ("segment"). */
	family: (family: Family) => FAMILY_EN[family].family,
	group: (family: Family) => FAMILY_EN[family].group,
	weakTitle: 'Where these figures are weak',
	examples: (examples: readonly string[]) => ` (e.g. ${examples.join(', ')})`,
	headlineTitle: 'Headline figures',
	headline: (weak: boolean, peak: string, losing: number, loss: string): ProfitPart[] => [
		weak ? 'Without goods costs, profit here equals revenue. ' : '',
		peak.charAt(0).toUpperCase() + peak.slice(1),
		...(losing > 0
			? [
					' ',
					{ strong: formatInteger(losing) },
					` ${plural(losing, 'customer costs', 'customers cost')} more than they bring (${loss} in all): see what to fix first, below.`
				]
			: [])
	],
	metric: {
		contribution: 'Contribution (profit)',
		ofRevenue: (revenue: string) => `of ${revenue} revenue`,
		roi: 'ROI on service and marketing',
		peakCustomers: 'Customers making the profit',
		peakCount: (count: number, customers: number) =>
			`${formatInteger(count)} of ${formatInteger(customers)}`,
		peakShare: 'Their share of profit',
		giveBack: 'Given back by the rest'
	},
	whale: {
		title: 'Whale curve',
		description:
			'Customers by contribution, highest first, and the profit made so far. The curve climbs while customers make money and falls once they cost more than they bring.',
		best: 'Best customers',
		customerShare: 'Share of customers',
		cumulative: 'Cumulative contribution',
		totalShare: 'Share of total',
		label: (sentence: string) => `Whale curve: ${sentence} Use the arrow keys to read points.`,
		hint: 'Hover or focus the chart and use the arrow keys to read the curve.',
		idle: 'no point selected',
		xAxis: 'customers, by contribution (highest first)',
		total: 'total profit',
		peakMark: 'peak',
		/** The peak in words: "the best 34% of customers make 148% of profit; the rest give back 48%". */
		peak: {
			none: 'No customer makes a profit with these costs.',
			inMoney: (customerShare: number, made: string, givenBack: string) =>
				`the best ${shortShare(customerShare)} of customers make ${made}; the rest give back ${givenBack}, more than all of it.`,
			all: (customerShare: number) =>
				`the best ${shortShare(customerShare)} of customers make all of the profit; no customer loses money.`,
			share: (customerShare: number, share: number, giveBack: number) =>
				`the best ${shortShare(customerShare)} of customers make ${shortShare(share)} of profit; the rest give back ${shortShare(giveBack)}.`
		},
		point: (rank: number, customerShare: number, made: string, totalShare: number | null) =>
			`The best ${formatInteger(rank)} customers (${formatShare(customerShare)}) make ${made}${totalShare === null ? '' : ` (${shortShare(totalShare)} of the total)`}.`
	},
	costs: {
		title: 'Costs',
		useDemo: 'Use the demo’s costs',
		note: 'Saved with this dataset and carried in links. Service and marketing costs are per unit, over the analysed period.',
		goods: 'Goods',
		goodsFrom: 'Goods cost comes from',
		costColumn: (hasCost: boolean) =>
			`the orders file’s cost column${hasCost ? '' : ' (this file has none)'}`,
		margins: 'margins',
		marginAll: 'Margin on everything',
		service: 'Service',
		perOrder: 'Per order',
		perReturn: 'Per return',
		perTicket: 'Per support ticket',
		perEffortPoint: 'Per service-effort point',
		ticketsCounted:
			'Tickets are counted from the tickets file stored with this dataset (those opened in the analysed period).',
		noTickets:
			'No tickets file is stored with this dataset: every customer counts 0 tickets, so the cost per ticket changes nothing yet.',
		effortFrom: 'Service effort (1–10) from',
		effortDefault: 'the column named like “effort”',
		money: 'Money',
		currency: 'Currency symbol',
		currencyNote:
			'Amounts are shown in the dataset’s currency, set with the customer table’s settings above (detected from the file or chosen when it was imported).',
		perCategory: (fallback: number | null) =>
			`Per category (empty: ${fallback === null ? 'no margin' : `${fallback}%`})`,
		category: 'Category',
		margin: 'Margin',
		marginOf: (category: string) => `Margin of ${category}`,
		notANumber: (label: string, text: string) => `${label}: “${text}” is not a number.`
	},
	groups: {
		title: (family: Family) => `Profit by ${FAMILY_EN[family].family}`,
		by: 'Group by',
		note: (family: Family) =>
			`Contribution = revenue − goods − service − marketing. ROI = contribution ÷ (service + marketing): what each unit of money spent on serving and marketing to the ${FAMILY_EN[family].group} brings back; “—” when nothing is spent.`,
		chartTitle: (family: Family) => `Contribution per ${FAMILY_EN[family].group}, with ROI`,
		chartDescription: (family: Family) =>
			`Bars left of zero are ${FAMILY_EN[family].groups} that lose money.`,
		customers: 'Customers',
		contribution: 'Contribution',
		roi: 'ROI',
		every: (family: Family) => `Every ${FAMILY_EN[family].group}`,
		export: 'Export the table (CSV)',
		grouping: (family: Family) => `Grouping by ${FAMILY_EN[family].family}…`,
		column: {
			customers: 'Customers',
			revenue: 'Revenue',
			goods: 'Goods',
			service: 'Service',
			marketing: 'Marketing',
			contribution: 'Contribution',
			roi: 'ROI',
			losing: 'Losing money',
			contributionShare: 'Share'
		},
		chartLabel: (family: Family, bars: string) =>
			`Contribution per ${FAMILY_EN[family].group}, with ROI: ${bars}. Use the arrow keys to read each ${FAMILY_EN[family].group}.`,
		chartRow: (name: string, customers: number, contribution: string, roi: string) =>
			`${name}: ${formatInteger(customers)} customers, contribution ${contribution}, ROI ${roi}`,
		chartHint: 'Hover or focus the chart and use the arrow keys to read each group.',
		chartIdle: 'no group selected'
	},
	marketing: {
		summary: (family: Family) => `Marketing cost per customer of each ${FAMILY_EN[family].group}`,
		note: (family: Family) =>
			`What you spend to keep one customer of the ${FAMILY_EN[family].group} over the period (mailings, offers, vouchers). Empty means nothing.`,
		customers: 'Customers',
		perCustomer: 'Per customer',
		of: (group: string) => `Marketing per customer of ${group}`
	},
	whatIf: {
		title: 'What if a cost changed?',
		reset: 'Reset',
		note: 'Move a cost up or down to see who starts or stops losing money. This is a test: your costs are not changed.',
		slider: (cost: Cost, percent: number) => `${COSTS_EN[cost]} ${signedPercent(percent)}`,
		change: (percent: number) => signedPercent(percent),
		outcome: (
			before: string,
			after: string,
			changed: number,
			becameLosing: number,
			becameProfitable: number
		): ProfitPart[] => [
			`Contribution ${before} → `,
			{ strong: after },
			'. ',
			{ strong: formatInteger(changed) },
			` ${plural(changed, 'customer changes', 'customers change')} sign: ${formatInteger(becameLosing)} start losing money, ${formatInteger(becameProfitable)} stop.`
		],
		changedSign: 'Customers changing sign',
		becameLosing: 'Start losing money',
		becameProfitable: 'Stop losing money'
	},
	losing: {
		title: 'Customers who cost more than they bring',
		export: 'Export the list (CSV)',
		count: 'Customers losing money',
		loss: 'What they lose in all',
		none: 'With these costs, no customer costs more than they bring.',
		adviceHead: 'Fix the cost first; do not simply drop the customer.',
		advice:
			' A customer who costs too much to serve today can be worth keeping once the cost comes down — and one who had a problem solved well is more loyal than one who never had one.',
		byCost: (count: number, cost: Cost, fix: string): ProfitPart[] => [
			{ strong: formatInteger(count) },
			` ${plural(count, 'customer loses', 'customers lose')} most to `,
			{ strong: COSTS_EN[cost] },
			` — ${fix}.`
		],
		find: 'Find a customer',
		placeholder: 'customer id',
		matched: (matched: number, count: number, shown: number) =>
			`${formatInteger(matched)} of ${formatInteger(count)} match${shown < matched ? `; the worst ${formatInteger(shown)} are shown` : ''}.`,
		worst: (shown: number, count: number) =>
			`The worst ${formatInteger(shown)} of ${formatInteger(count)}; the export holds them all.`,
		list: 'Customers losing money, worst first',
		revenue: (revenue: string) => `revenue ${revenue}`,
		/** "returns cost £75; cutting returns by £42 (56%) breaks even." */
		explain: {
			negativeRevenue: (cost: Cost, amount: string) =>
				`${COSTS_EN[cost]} cost ${amount}; the revenue itself is negative (more returned than bought).`,
			cut: (cost: Cost, amount: string, toBreakEven: string, cut: number) =>
				`${COSTS_EN[cost]} cost ${amount}; cutting ${COSTS_EN[cost]} by ${toBreakEven} (${formatShare(cut, 0)}) breaks even.`,
			notEnough: (cost: Cost, amount: string, stillLost: string) =>
				`${COSTS_EN[cost]} cost ${amount}; even without ${COSTS_EN[cost]} this customer would lose ${stillLost}.`
		}
	},
	exportAll: 'Export every customer’s profit (CSV)',
	repaired: {
		grouping: (value: string) => `Grouping “${value}” is unknown: RFM segments are shown.`,
		reset: (message: string) => `${message} It was reset.`
	}
};

/** "+10%", "−25%", "0%": the what-if change of a cost. */
function signedPercent(percent: number): string {
	const text = `${formatInteger(Math.abs(percent))}%`;
	return percent > 0 ? `+${text}` : percent < 0 ? `−${text}` : text;
}

export const ur: typeof en = {
	pageTitle: 'منافع — سِیو',
	heading: 'منافع اور ROI',
	gate: 'کوئی آرڈرز فائل لوڈ کریں اور دیکھیں کہ پیسہ کہاں کمایا جاتا ہے: گاہکوں کے ہر گروہ کا منافع اور ROI، وہیل منحنی، اور وہ گاہک جن پر خرچ اُن سے ملنے والی آمدنی سے زیادہ ہے۔',
	options: 'منافع کی ترتیبات',
	// The worker's progress is English: Urdu says it in its own words.
	progress: (_message: string | null) => 'حساب ہو رہا ہے…',
	computingProfit: (_message: string | null) => 'ہر گاہک کا منافع نکالا جا رہا ہے…',
	cost: COSTS_UR,
	fix: {
		goods: 'جو چیزیں وہ خریدتے ہیں اُن کی قیمتیں اور منافع کی شرح جانچیں',
		orders: 'کم مگر بڑے آرڈرز کی طرف مائل کریں (ایک حد سے اوپر مفت ترسیل، اکٹھے پیکج)',
		returns: 'واضح تفصیل اور سائز، اور روانگی سے پہلے جانچ کے ذریعے واپسیاں کم کریں',
		tickets: 'اپنی مدد آپ کی سہولت دیں: آرڈر کا پتا، مدد کا صفحہ، پوچھنے سے پہلے جواب',
		effort: 'اپنی مدد آپ کی سہولت اور خدمت کا ایک طے شدہ طریقہ دیں، تاکہ ہر درخواست پر کم وقت لگے',
		marketing: 'انہیں کم مگر بہتر نشانے والی ڈاک بھیجیں'
	},
	family: (family: Family) => FAMILY_UR[family].family,
	group: (family: Family) => FAMILY_UR[family].group,
	weakTitle: 'یہ اعداد کہاں کمزور ہیں',
	examples: (examples: readonly string[]) => ` (مثلاً ${examples.map(iso).join('، ')})`,
	headlineTitle: 'اہم اعداد',
	headline: (weak: boolean, peak: string, losing: number, loss: string): ProfitPart[] => [
		weak ? 'مال کی لاگت کے بغیر یہاں منافع آمدنی کے برابر ہے۔ ' : '',
		peak,
		...(losing > 0
			? [
					' ',
					{ strong: formatInteger(losing) },
					` ${plural(losing, 'گاہک اپنی لائی ہوئی آمدنی سے زیادہ خرچ کرواتا ہے', 'گاہک اپنی لائی ہوئی آمدنی سے زیادہ خرچ کرواتے ہیں')} (کُل ${iso(loss)}): نیچے دیکھیں کہ پہلے کیا ٹھیک کرنا ہے۔`
				]
			: [])
	],
	metric: {
		contribution: 'منافع (کنٹری بیوشن)',
		ofRevenue: (revenue: string) => `${iso(revenue)} آمدنی میں سے`,
		roi: 'خدمت اور مارکیٹنگ پر ROI',
		peakCustomers: 'منافع کمانے والے گاہک',
		peakCount: (count: number, customers: number) =>
			`${formatInteger(customers)} میں سے ${formatInteger(count)}`,
		peakShare: 'منافع میں اُن کا حصہ',
		giveBack: 'باقی گاہک کتنا واپس گنوا دیتے ہیں'
	},
	whale: {
		title: 'وہیل منحنی',
		description:
			'گاہک منافع کے لحاظ سے، سب سے زیادہ پہلے، اور اب تک کا کُل منافع۔ جب تک گاہک منافع دیتے ہیں منحنی چڑھتی ہے، اور جب وہ اپنی آمدنی سے زیادہ خرچ کروانے لگیں تو گرتی ہے۔',
		best: 'بہترین گاہک',
		customerShare: 'گاہکوں کا تناسب',
		cumulative: 'مجموعی منافع',
		totalShare: 'کُل کا تناسب',
		label: (sentence: string) =>
			`وہیل منحنی: ${sentence} نقاط پڑھنے کے لیے تیر والی کلیدیں استعمال کریں۔`,
		hint: 'منحنی پڑھنے کے لیے چارٹ پر ماؤس لائیں یا اسے فوکس کریں اور تیر والی کلیدیں استعمال کریں۔',
		idle: 'کوئی نقطہ منتخب نہیں',
		xAxis: 'گاہک، منافع کے لحاظ سے (سب سے زیادہ پہلے)',
		total: 'کُل منافع',
		peakMark: 'چوٹی',
		peak: {
			none: 'ان لاگتوں کے ساتھ کوئی گاہک منافع نہیں دیتا۔',
			inMoney: (customerShare: number, made: string, givenBack: string) =>
				`بہترین ${iso(shortShare(customerShare))} گاہک ${iso(made)} کماتے ہیں؛ باقی ${iso(givenBack)} گنوا دیتے ہیں، یعنی سارے منافع سے بھی زیادہ۔`,
			all: (customerShare: number) =>
				`بہترین ${iso(shortShare(customerShare))} گاہک سارا منافع کماتے ہیں؛ کوئی گاہک گھاٹے میں نہیں۔`,
			share: (customerShare: number, share: number, giveBack: number) =>
				`بہترین ${iso(shortShare(customerShare))} گاہک منافع کا ${iso(shortShare(share))} کماتے ہیں؛ باقی ${iso(shortShare(giveBack))} گنوا دیتے ہیں۔`
		},
		point: (rank: number, customerShare: number, made: string, totalShare: number | null) =>
			`بہترین ${formatInteger(rank)} گاہک (${iso(formatShare(customerShare))}) ${iso(made)} کماتے ہیں${totalShare === null ? '' : ` (کُل کا ${iso(shortShare(totalShare))})`}۔`
	},
	costs: {
		title: 'لاگتیں',
		useDemo: 'ڈیمو کی لاگتیں استعمال کریں',
		note: 'اس ڈیٹا سیٹ کے ساتھ محفوظ ہوتی ہیں اور لنک میں ساتھ جاتی ہیں۔ خدمت اور مارکیٹنگ کی لاگتیں فی اکائی ہیں، جانچے گئے عرصے کے لیے۔',
		goods: 'مال',
		goodsFrom: 'مال کی لاگت کہاں سے لی جائے',
		costColumn: (hasCost: boolean) =>
			`آرڈرز فائل کا لاگت والا کالم${hasCost ? '' : ' (اس فائل میں نہیں ہے)'}`,
		margins: 'منافع کی شرح',
		marginAll: 'ہر چیز پر منافع کی شرح',
		service: 'خدمت',
		perOrder: 'فی آرڈر',
		perReturn: 'فی واپسی',
		perTicket: 'فی سپورٹ ٹکٹ',
		perEffortPoint: 'خدمت کی محنت کا فی پوائنٹ',
		ticketsCounted:
			'ٹکٹ اس ڈیٹا سیٹ کے ساتھ محفوظ ٹکٹوں کی فائل سے گنے جاتے ہیں (جو جانچے گئے عرصے میں کھلے)۔',
		noTickets:
			'اس ڈیٹا سیٹ کے ساتھ ٹکٹوں کی کوئی فائل محفوظ نہیں: ہر گاہک کے 0 ٹکٹ گنے جاتے ہیں، اس لیے فی ٹکٹ لاگت ابھی کچھ نہیں بدلتی۔',
		effortFrom: 'خدمت کی محنت (1 تا 10) اس کالم سے',
		effortDefault: '“effort” جیسے نام والا کالم',
		money: 'رقم',
		currency: 'کرنسی کی علامت',
		currencyNote:
			'رقوم ڈیٹا سیٹ کی کرنسی میں دکھائی جاتی ہیں، جو اوپر گاہکوں کے جدول کی سیٹنگز میں طے ہوتی ہے (فائل سے پہچانی گئی یا درآمد کے وقت چنی گئی)۔',
		perCategory: (fallback: number | null) =>
			`فی زمرہ (خالی: ${fallback === null ? 'کوئی شرح نہیں' : iso(`${fallback}%`)})`,
		category: 'زمرہ',
		margin: 'منافع کی شرح',
		marginOf: (category: string) => `${category} پر منافع کی شرح`,
		notANumber: (label: string, text: string) => `${label}: “${text}” عدد نہیں ہے۔`
	},
	groups: {
		title: (family: Family) => `منافع بلحاظ ${FAMILY_UR[family].family}`,
		by: 'گروہ بندی',
		note: (family: Family) =>
			`منافع = آمدنی − مال − خدمت − مارکیٹنگ۔ ROI = منافع ÷ (خدمت + مارکیٹنگ): ہر ${FAMILY_UR[family].oblique} کے گاہکوں کی خدمت اور مارکیٹنگ پر خرچ ہونے والی رقم کی ہر اکائی کتنا واپس لاتی ہے؛ جب کچھ خرچ نہ ہو تو “—”۔`,
		chartTitle: (family: Family) => `فی ${FAMILY_UR[family].group} منافع، ROI کے ساتھ`,
		chartDescription: (family: Family) =>
			`صفر سے بائیں طرف کی پٹیاں وہ ${FAMILY_UR[family].oblique} ہیں جو گھاٹے میں ہیں۔`,
		customers: 'گاہک',
		contribution: 'منافع',
		roi: 'ROI',
		every: (family: Family) => `ہر ${FAMILY_UR[family].group}`,
		export: 'جدول برآمد کریں (CSV)',
		grouping: (family: Family) => `${FAMILY_UR[family].family} کے لحاظ سے گروہ بندی ہو رہی ہے…`,
		column: {
			customers: 'گاہک',
			revenue: 'آمدنی',
			goods: 'مال',
			service: 'خدمت',
			marketing: 'مارکیٹنگ',
			contribution: 'منافع',
			roi: 'ROI',
			losing: 'گھاٹے میں',
			contributionShare: 'تناسب'
		},
		chartLabel: (family: Family, bars: string) =>
			`فی ${FAMILY_UR[family].group} منافع، ROI کے ساتھ: ${bars}۔ ہر ${FAMILY_UR[family].group} پڑھنے کے لیے تیر والی کلیدیں استعمال کریں۔`,
		chartRow: (name: string, customers: number, contribution: string, roi: string) =>
			`\u2068${name}\u2069: ${formatInteger(customers)} گاہک، منافع ${iso(contribution)}، ROI ${iso(roi)}`,
		chartHint:
			'ہر گروہ پڑھنے کے لیے چارٹ پر ماؤس لائیں یا اسے فوکس کریں اور تیر والی کلیدیں استعمال کریں۔',
		chartIdle: 'کوئی گروہ منتخب نہیں'
	},
	marketing: {
		summary: (family: Family) => `ہر ${FAMILY_UR[family].oblique} میں فی گاہک مارکیٹنگ کی لاگت`,
		note: (family: Family) =>
			`اس ${FAMILY_UR[family].oblique} کے ایک گاہک کو اس عرصے میں برقرار رکھنے پر آپ کا خرچ (ڈاک، پیشکشیں، واؤچر)۔ خالی کا مطلب کچھ نہیں۔`,
		customers: 'گاہک',
		perCustomer: 'فی گاہک',
		of: (group: string) => `${group} میں فی گاہک مارکیٹنگ`
	},
	whatIf: {
		title: 'اگر کوئی لاگت بدل جائے تو؟',
		reset: 'دوبارہ صفر کریں',
		note: 'کسی لاگت کو اوپر یا نیچے کریں اور دیکھیں کہ کون گھاٹے میں جانے لگتا ہے یا گھاٹے سے نکلتا ہے۔ یہ صرف آزمائش ہے: آپ کی لاگتیں نہیں بدلتیں۔',
		slider: (cost: Cost, percent: number) => `${COSTS_UR[cost]} ${iso(signedPercent(percent))}`,
		change: (percent: number) => iso(signedPercent(percent)),
		outcome: (
			before: string,
			after: string,
			changed: number,
			becameLosing: number,
			becameProfitable: number
		): ProfitPart[] => [
			`منافع ${iso(`${before} →`)} `,
			{ strong: after },
			'۔ ',
			{ strong: formatInteger(changed) },
			` گاہکوں کا نفع نقصان پلٹتا ہے: ${formatInteger(becameLosing)} گھاٹے میں جانے لگتے ہیں، ${formatInteger(becameProfitable)} گھاٹے سے نکل آتے ہیں۔`
		],
		changedSign: 'نفع نقصان پلٹنے والے گاہک',
		becameLosing: 'گھاٹے میں جانے والے',
		becameProfitable: 'گھاٹے سے نکلنے والے'
	},
	losing: {
		title: 'وہ گاہک جن پر خرچ اُن کی آمدنی سے زیادہ ہے',
		export: 'فہرست برآمد کریں (CSV)',
		count: 'گھاٹے والے گاہک',
		loss: 'اُن کا کُل گھاٹا',
		none: 'ان لاگتوں کے ساتھ کسی گاہک پر خرچ اُس کی آمدنی سے زیادہ نہیں۔',
		adviceHead: 'پہلے لاگت ٹھیک کریں؛ گاہک کو یونہی نہ چھوڑیں۔',
		advice:
			' جس گاہک کی خدمت آج بہت مہنگی پڑتی ہے، لاگت کم ہونے پر وہ رکھنے کے قابل ہو سکتا ہے — اور جس کا مسئلہ اچھی طرح حل ہوا ہو وہ اُس سے زیادہ وفادار ہوتا ہے جسے کبھی مسئلہ پیش ہی نہ آیا ہو۔',
		byCost: (count: number, cost: Cost, fix: string): ProfitPart[] => [
			{ strong: formatInteger(count) },
			` ${plural(count, 'گاہک کا', 'گاہکوں کا')} سب سے زیادہ نقصان `,
			{ strong: COSTS_UR[cost] },
			` کی لاگت سے ہوتا ہے — ${fix}۔`
		],
		find: 'گاہک تلاش کریں',
		placeholder: 'گاہک کی شناخت',
		matched: (matched: number, count: number, shown: number) =>
			`${formatInteger(count)} میں سے ${formatInteger(matched)} ملے${shown < matched ? `؛ سب سے بُرے ${formatInteger(shown)} دکھائے گئے ہیں` : ''}۔`,
		worst: (shown: number, count: number) =>
			`${formatInteger(count)} میں سے سب سے بُرے ${formatInteger(shown)}؛ برآمد میں سب شامل ہیں۔`,
		list: 'گھاٹے والے گاہک، سب سے بُرا پہلے',
		revenue: (revenue: string) => `آمدنی ${iso(revenue)}`,
		explain: {
			negativeRevenue: (cost: Cost, amount: string) =>
				`${COSTS_UR[cost]} کی لاگت ${iso(amount)}؛ آمدنی خود منفی ہے (خریداری سے زیادہ واپسی)۔`,
			cut: (cost: Cost, amount: string, toBreakEven: string, cut: number) =>
				`${COSTS_UR[cost]} کی لاگت ${iso(amount)}؛ اس میں ${iso(toBreakEven)} (${iso(formatShare(cut, 0))}) کمی سے حساب برابر ہو جاتا ہے۔`,
			notEnough: (cost: Cost, amount: string, stillLost: string) =>
				`${COSTS_UR[cost]} کی لاگت ${iso(amount)}؛ یہ لاگت بالکل نہ ہو تب بھی یہ گاہک ${iso(stillLost)} کا گھاٹا دے گا۔`
		}
	},
	exportAll: 'ہر گاہک کا منافع برآمد کریں (CSV)',
	repaired: {
		grouping: (value: string) => `گروہ بندی “${value}” معلوم نہیں: RFM حصے دکھائے جا رہے ہیں۔`,
		reset: (message: string) => `${message} اسے پہلی حالت پر لوٹا دیا گیا۔`
	}
};
