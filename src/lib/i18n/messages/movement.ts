/** Messages of the movement area (components/movement/, charts/movement/ and its route). */
import { formatInteger, formatIsoDate, formatMoney, formatShare } from '../format';
import { plural } from '../plural';

type Family = 'rfm' | 'pattern' | 'abc' | 'persona';

/** What the read-out of one flow of the chart says (names are the groups' own). */
export interface FlowText {
	from: string;
	to: string;
	/** 'stay' (same group at both dates), 'new' (first seen after the from-date) or 'move'. */
	kind: 'stay' | 'new' | 'move';
	customers: number;
	/** Share of the from-group (0–1). */
	share: number;
	fromDate: string;
	toDate: string;
	isCritical: boolean;
	valueBefore: number;
	value: number;
}

const customersEn = (n: number) => `${formatInteger(n)} ${plural(n, 'customer', 'customers')}`;

export const en = {
	page: {
		title: 'Movement — Sieve',
		heading: 'Who moved where',
		what: 'Load an orders file to see how customers moved between groups from one date to another — who rose, who slipped, and who to win back.'
	},
	/** The groups Sieve adds to every family. */
	kinds: { new: 'New', gone: 'Gone', 'no-orders': 'No orders left' },
	options: {
		form: 'Movement options',
		from: 'From',
		to: 'To',
		reset: 'Analysis date and 6 months before',
		groupBy: 'Group customers by',
		families: {
			rfm: 'RFM segment',
			pattern: 'Purchase pattern',
			abc: 'ABC class',
			persona: "Persona (the from-date's clusters)"
		},
		cutPoints: 'Cut points at the to-date',
		frozen: "frozen (the from-date's)",
		recomputed: 'recomputed',
		gone: 'Customers with no order in the last year are “Gone”',
		problem: (problem: string, shown: { from: string; to: string } | null) =>
			`${problem} The chart below still shows ${shown ? `${formatIsoDate(shown.from)} → ${formatIsoDate(shown.to)}` : 'the previous dates'}.`
	},
	policy: {
		frozen: (from: string) =>
			`Cut points of ${formatIsoDate(from)} applied at both dates: a customer moves only when their own behaviour changed.`,
		recomputed: (_from: string) =>
			'Cut points recomputed at each date: a customer can also move because the quantiles shifted.',
		fixed: (_from: string) => 'Fixed thresholds at both dates: nothing to freeze.'
	},
	view: {
		computing: (progress: string | null) => `Computing… ${progress ?? ''}`,
		family: {
			rfm: 'RFM segment',
			pattern: 'purchase pattern',
			abc: 'ABC class',
			persona: 'persona'
		} satisfies Record<Family, string>,
		period: (
			from: string,
			to: string,
			family: string,
			profit: boolean,
			goneAfterDays: number | null
		) =>
			`${formatIsoDate(from)} → ${formatIsoDate(to)} · by ${family} · value = ${profit ? 'net profit' : 'net revenue'}${goneAfterDays !== null ? ` · Gone after ${formatInteger(goneAfterDays)} days without an order` : ''}`,
		figuresTitle: 'Movement figures',
		customers: 'Customers',
		customersBefore: (n: number, from: string) => `${formatInteger(n)} on ${formatIsoDate(from)}`,
		stayed: 'Stayed',
		moved: 'Moved',
		critical: 'Critical downgrades',
		criticalValue: (value: number, from: string) =>
			`${formatMoney(value)} of value on ${formatIsoDate(from)}`,
		new: 'New',
		newNote: (from: string) => `first order on or after ${formatIsoDate(from)}`,
		gone: 'Gone',
		goneNote: (n: number) => `${formatInteger(n)} gone at both dates`,
		chartTitle: (from: string, to: string) =>
			`Who moved where, ${formatIsoDate(from)} → ${formatIsoDate(to)}`,
		chartDescription: (family: string, from: string, to: string) =>
			`Each ribbon is the customers who were in one ${family} on ${formatIsoDate(from)} (left) and in another on ${formatIsoDate(to)} (right); its width is their number. Critical downgrades are red.`,
		criticalTitle: 'Critical downgrades: win-back lists',
		noCritical: 'No customer made a critical downgrade between these dates.',
		criticalFlow: (customers: number, value: number, from: string) =>
			`: ${formatInteger(customers)} customers, ${formatMoney(value)} of value on ${formatIsoDate(from)}`,
		list: 'List',
		exportCsv: 'Export CSV',
		preparing: 'Preparing the movement…'
	},
	customers: {
		/** Titles of a list: plain and group-name (odd) parts in turn. */
		both: (group: string) => ['', group, ' at both dates'],
		pair: (from: string, to: string) => ['', from, ' → ', to],
		fromOnly: (group: string, date: string) => [
			'',
			group,
			` on ${formatIsoDate(date)}, wherever they went`
		],
		toOnly: (group: string, date: string) => [
			'',
			group,
			` on ${formatIsoDate(date)}, wherever they came from`
		],
		every: (): string[] => ['Every customer'],
		/** After the title and the count: "Champions → At Risk: 42 customers". */
		customersWord: 'customers',
		exportCsv: 'Export CSV',
		close: 'Close',
		find: 'Find a customer',
		noMatch: (search: string) => `No customer id contains “${search}”.`,
		range: (first: number, last: number, total: number, search: string) =>
			`${formatInteger(first)}–${formatInteger(last)} of ${formatInteger(total)}${search ? ` matching “${search}”` : ''}.`,
		thenNow: (from: string, to: string) =>
			`Then = ${formatIsoDate(from)}, now = ${formatIsoDate(to)}.`,
		columns: {
			customer: 'Customer',
			valueBefore: 'Value then',
			valueAfter: 'Value now',
			valueChange: 'Change',
			ordersBefore: 'Orders then',
			ordersAfter: 'Orders now',
			recencyDaysAfter: 'Days since last order',
			lastOrderDate: 'Last order'
		},
		from: 'From',
		to: 'To',
		previous: 'Previous',
		next: 'Next',
		listing: 'Listing the customers…'
	},
	matrix: {
		caption: (from: string, to: string) =>
			`Rows: ${formatIsoDate(from)}; columns: ${formatIsoDate(to)}. Under each count: their value then → now.`,
		corner: 'From ↓ / to →',
		all: 'All',
		cell: (from: string, to: string, customers: number, critical: boolean) =>
			`${from} to ${to}: ${formatInteger(customers)} customers${critical ? ', a critical downgrade' : ''}. List them.`,
		everyone: (group: string, date: string, customers: number) =>
			`Everyone in ${group} on ${formatIsoDate(date)}: ${formatInteger(customers)} customers. List them.`
	},
	chart: {
		label: (from: string, to: string, moved: number, stayed: number, critical: number) =>
			`Customer movement from ${formatIsoDate(from)} to ${formatIsoDate(to)}: ${formatInteger(moved)} moved, ${formatInteger(stayed)} stayed, ${formatInteger(critical)} in critical downgrades. Use the arrow keys to read each flow and Enter to list its customers.`,
		hint: 'Hover a ribbon or use the arrow keys to read a flow; click it or press Enter to list its customers.',
		idle: 'no flow selected',
		/** "Champions → At Risk: 42 customers, 12% of Champions on 2011-06-01 — a critical downgrade; …" */
		flow: (f: FlowText) => {
			const people = customersEn(f.customers);
			const share = formatShare(f.share, 0);
			const head =
				f.kind === 'stay'
					? `${f.from} at both dates: ${people}, ${share} of ${f.from} on ${formatIsoDate(f.fromDate)}`
					: f.kind === 'new'
						? `${f.from} → ${f.to}: ${people} first seen on or after ${formatIsoDate(f.fromDate)}`
						: `${f.from} → ${f.to}: ${people}, ${share} of ${f.from} on ${formatIsoDate(f.fromDate)}`;
			const critical = f.isCritical ? ' — a critical downgrade' : '';
			const value =
				f.kind === 'new'
					? `value ${formatMoney(f.value)} on ${formatIsoDate(f.toDate)}`
					: `value ${formatMoney(f.valueBefore)} on ${formatIsoDate(f.fromDate)}, ${formatMoney(f.value)} on ${formatIsoDate(f.toDate)}`;
			return `${head}${critical}; ${value}. Press Enter to list them.`;
		}
	}
};

export const ur: typeof en = {
	page: {
		title: 'نقل و حرکت — سِیو',
		heading: 'کون کہاں گیا',
		what: 'آرڈرز کی فائل لوڈ کریں اور دیکھیں کہ ایک تاریخ سے دوسری تک گاہک گروہوں کے درمیان کیسے منتقل ہوئے — کون اوپر گیا، کون نیچے پھسلا، اور کسے واپس لانا ہے۔'
	},
	kinds: { new: 'نئے', gone: 'چلے گئے', 'no-orders': 'کوئی آرڈر باقی نہیں' },
	options: {
		form: 'نقل و حرکت کے اختیارات',
		from: 'سے',
		to: 'تک',
		reset: 'تجزیے کی تاریخ اور اس سے 6 مہینے پہلے',
		groupBy: 'گاہکوں کی گروہ بندی',
		families: {
			rfm: 'RFM حصہ',
			pattern: 'خریداری کا انداز',
			abc: 'ABC درجہ',
			persona: 'پرسونا (ابتدائی تاریخ کے جھرمٹ)'
		},
		cutPoints: 'آخری تاریخ پر تقسیم کی حدیں',
		frozen: 'منجمد (ابتدائی تاریخ والی)',
		recomputed: 'دوبارہ حساب شدہ',
		gone: 'جن گاہکوں کا پچھلے سال کوئی آرڈر نہیں وہ "چلے گئے" ہیں',
		problem: (problem: string, shown: { from: string; to: string } | null) =>
			`${problem} نیچے کا چارٹ اب بھی ${shown ? `${formatIsoDate(shown.from)} ← ${formatIsoDate(shown.to)}` : 'پچھلی تاریخیں'} دکھا رہا ہے۔`
	},
	policy: {
		frozen: (from: string) =>
			`${formatIsoDate(from)} کی تقسیم کی حدیں دونوں تاریخوں پر لاگو: گاہک صرف تب منتقل ہوتا ہے جب اس کا اپنا رویہ بدلے۔`,
		recomputed: (_from: string) =>
			'تقسیم کی حدیں ہر تاریخ پر نئے سرے سے: گاہک اس لیے بھی منتقل ہو سکتا ہے کہ کوانٹائل کھسک گئے۔',
		fixed: (_from: string) => 'دونوں تاریخوں پر طے شدہ حدیں: منجمد کرنے کو کچھ نہیں۔'
	},
	view: {
		computing: (progress: string | null) => `حساب ہو رہا ہے… ${progress ?? ''}`,
		family: {
			rfm: 'RFM حصے',
			pattern: 'خریداری کے انداز',
			abc: 'ABC درجے',
			persona: 'پرسونا'
		},
		period: (
			from: string,
			to: string,
			family: string,
			profit: boolean,
			goneAfterDays: number | null
		) =>
			`${formatIsoDate(from)} ← ${formatIsoDate(to)} · ${family} کے لحاظ سے · قدر = ${profit ? 'خالص منافع' : 'خالص آمدنی'}${goneAfterDays !== null ? ` · ${formatInteger(goneAfterDays)} دن بغیر آرڈر کے بعد "چلے گئے"` : ''}`,
		figuresTitle: 'نقل و حرکت کے اعداد',
		customers: 'گاہک',
		customersBefore: (n: number, from: string) => `${formatIsoDate(from)} کو ${formatInteger(n)}`,
		stayed: 'وہیں رہے',
		moved: 'منتقل ہوئے',
		critical: 'سنگین تنزلیاں',
		criticalValue: (value: number, from: string) =>
			`${formatIsoDate(from)} کو ${formatMoney(value)} کی قدر`,
		new: 'نئے',
		newNote: (from: string) => `پہلا آرڈر ${formatIsoDate(from)} کو یا اس کے بعد`,
		gone: 'چلے گئے',
		goneNote: (n: number) => `${formatInteger(n)} دونوں تاریخوں پر جا چکے`,
		chartTitle: (from: string, to: string) =>
			`کون کہاں گیا، ${formatIsoDate(from)} ← ${formatIsoDate(to)}`,
		chartDescription: (family: string, from: string, to: string) =>
			`ہر پٹی ان گاہکوں کی ہے جو ${formatIsoDate(from)} کو ایک ${family} میں تھے (دائیں) اور ${formatIsoDate(to)} کو دوسرے میں (بائیں)؛ اس کی چوڑائی ان کی تعداد ہے۔ سنگین تنزلیاں سرخ ہیں۔`,
		criticalTitle: 'سنگین تنزلیاں: واپس لانے کی فہرستیں',
		noCritical: 'ان تاریخوں کے درمیان کسی گاہک نے سنگین تنزلی نہیں کی۔',
		criticalFlow: (customers: number, value: number, from: string) =>
			`: ${formatInteger(customers)} گاہک، ${formatIsoDate(from)} کو ${formatMoney(value)} کی قدر`,
		list: 'فہرست',
		exportCsv: 'CSV برآمد کریں',
		preparing: 'نقل و حرکت تیار ہو رہی ہے…'
	},
	customers: {
		both: (group: string) => ['', group, ' دونوں تاریخوں پر'],
		pair: (from: string, to: string) => ['', from, ' ← ', to],
		fromOnly: (group: string, date: string) => [
			`${formatIsoDate(date)} کو `,
			group,
			'، جہاں بھی گئے'
		],
		toOnly: (group: string, date: string) => [
			`${formatIsoDate(date)} کو `,
			group,
			'، جہاں سے بھی آئے'
		],
		every: (): string[] => ['ہر گاہک'],
		customersWord: 'گاہک',
		exportCsv: 'CSV برآمد کریں',
		close: 'بند کریں',
		find: 'گاہک تلاش کریں',
		noMatch: (search: string) => `کسی گاہک کی شناخت میں “${search}” نہیں۔`,
		range: (first: number, last: number, total: number, search: string) =>
			`${formatInteger(total)} میں سے ${formatInteger(first)}–${formatInteger(last)}${search ? `، جن میں “${search}” ہے` : ''}۔`,
		thenNow: (from: string, to: string) =>
			`تب = ${formatIsoDate(from)}، اب = ${formatIsoDate(to)}۔`,
		columns: {
			customer: 'گاہک',
			valueBefore: 'تب کی قدر',
			valueAfter: 'اب کی قدر',
			valueChange: 'تبدیلی',
			ordersBefore: 'تب کے آرڈر',
			ordersAfter: 'اب کے آرڈر',
			recencyDaysAfter: 'آخری آرڈر کو دن',
			lastOrderDate: 'آخری آرڈر'
		},
		from: 'سے',
		to: 'تک',
		previous: 'پچھلے',
		next: 'اگلے',
		listing: 'گاہکوں کی فہرست بن رہی ہے…'
	},
	matrix: {
		caption: (from: string, to: string) =>
			`قطاریں: ${formatIsoDate(from)}؛ کالم: ${formatIsoDate(to)}۔ ہر تعداد کے نیچے: ان کی قدر تب ← اب۔`,
		corner: 'سے ↓ / تک ←',
		all: 'سب',
		cell: (from: string, to: string, customers: number, critical: boolean) =>
			`${from} سے ${to}: ${formatInteger(customers)} گاہک${critical ? '، ایک سنگین تنزلی' : ''}۔ ان کی فہرست دیکھیں۔`,
		everyone: (group: string, date: string, customers: number) =>
			`${formatIsoDate(date)} کو ${group} میں سب: ${formatInteger(customers)} گاہک۔ ان کی فہرست دیکھیں۔`
	},
	chart: {
		label: (from: string, to: string, moved: number, stayed: number, critical: number) =>
			`${formatIsoDate(from)} سے ${formatIsoDate(to)} تک گاہکوں کی نقل و حرکت: ${formatInteger(moved)} منتقل ہوئے، ${formatInteger(stayed)} وہیں رہے، ${formatInteger(critical)} سنگین تنزلیوں میں۔ ہر بہاؤ پڑھنے کے لیے تیر والی کلیدیں اور اس کے گاہکوں کی فہرست کے لیے \u2068Enter\u2069 دبائیں۔`,
		hint: 'کسی پٹی پر ماؤس لائیں یا تیر والی کلیدوں سے بہاؤ پڑھیں؛ اس کے گاہکوں کی فہرست کے لیے اس پر کلک کریں یا \u2068Enter\u2069 دبائیں۔',
		idle: 'کوئی بہاؤ منتخب نہیں',
		flow: (f: FlowText) => {
			const people = `${formatInteger(f.customers)} گاہک`;
			const share = formatShare(f.share, 0);
			const head =
				f.kind === 'stay'
					? `${f.from} دونوں تاریخوں پر: ${people}، ${formatIsoDate(f.fromDate)} کو ${f.from} کا ${share}`
					: f.kind === 'new'
						? `${f.from} ← ${f.to}: ${people} جو ${formatIsoDate(f.fromDate)} کو یا اس کے بعد پہلی بار آئے`
						: `${f.from} ← ${f.to}: ${people}، ${formatIsoDate(f.fromDate)} کو ${f.from} کا ${share}`;
			const critical = f.isCritical ? ' — ایک سنگین تنزلی' : '';
			const value =
				f.kind === 'new'
					? `${formatIsoDate(f.toDate)} کو قدر ${formatMoney(f.value)}`
					: `${formatIsoDate(f.fromDate)} کو قدر ${formatMoney(f.valueBefore)}، ${formatIsoDate(f.toDate)} کو ${formatMoney(f.value)}`;
			return `${head}${critical}؛ ${value}۔ فہرست کے لیے \u2068Enter\u2069 دبائیں۔`;
		}
	}
};
