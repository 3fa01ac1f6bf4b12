/** Messages of the present area (components/present/, charts/present/ and its route). */
import { formatDecimal, formatInteger, formatMoney, formatShare } from '../format';

export const en = {
	pageTitle: 'Present — Sieve',
	heading: 'Presenter mode',
	waiting: 'Waiting for the presenter’s window…',
	slide: 'slide',
	slideLabel: (step: number, steps: number, kicker: string) =>
		`Step ${formatInteger(step)} of ${formatInteger(steps)}: ${kicker}`,
	start: {
		title: 'Present the story of your customers',
		intro:
			'One step per screen, in large type: who brings 80% of the value, the segments and what to do with each, the personas, where profit is made and lost, and who to call first. Move with the arrow keys, Page Up/Page Down (a clicker) or Space; open an audience window for the projector.',
		opening: 'Opening the dataset…',
		openError: (reason: string) => `This dataset could not be opened: ${reason}`,
		loadingDemo: 'Loading the demo…',
		presentDemo: 'Present the demo business',
		loadOwn: 'Load your own data'
	},
	controls: {
		label: 'Presenter controls',
		back: '← Back',
		step: (step: number, steps: number) => `Step ${formatInteger(step)} of ${formatInteger(steps)}`,
		next: 'Next →',
		hideNames: 'Hide names',
		openAudience: 'Open audience window',
		fullScreen: 'Full screen',
		leave: 'Leave',
		computing: (what: string) => `Computing ${what}…`,
		problem: (what: string, reason: string) => `${what}: ${reason}`,
		/** The steps of the story, as the controls name them while computing. */
		steps: {
			value: 'Value',
			segments: 'Segments',
			personas: 'Personas',
			profit: 'Profit',
			reviews: 'Account reviews'
		}
	},
	/** The story's words; figures are formatted here, names and ids come as they are. */
	story: {
		customer: (n: number) => `Customer ${formatInteger(n)}`,
		title: {
			kicker: 'The story of our customers',
			lead: (customers: number, date: string) =>
				`${formatInteger(customers)} customers, up to ${date}.`,
			computing: 'Computing…',
			customers: 'Customers'
		},
		pareto: {
			kicker: 'Who brings the value',
			heading: (share: number) =>
				`${formatShare(share)} of customers bring ${formatShare(0.8, 0)} of the value`,
			lead: (count: number, customers: number, topShare: number) =>
				`${formatInteger(count)} of ${formatInteger(customers)} customers. The top ${formatShare(0.2, 0)} bring ${formatShare(topShare)}.`,
			shareFor80: () => `Customers behind ${formatShare(0.8, 0)}`,
			topShare: () => `Value of the top ${formatShare(0.2, 0)}`,
			total: { revenue: 'Total revenue', profit: 'Total profit' },
			item: (value: number, orders: number) =>
				`${formatMoney(value)} over ${formatInteger(orders)} orders`,
			abc: (abcClass: string) => `class ${abcClass}`
		},
		segments: {
			kicker: 'The segments, and what to do with each',
			heading: (segments: number) =>
				`${formatInteger(segments)} segments by recency, frequency and spend`,
			lead: 'Largest value first: who they are, and the action that fits.',
			note: (customers: number, customerShare: number, valueShare: number) =>
				`${formatInteger(customers)} customers (${formatShare(customerShare)}) · ${formatShare(valueShare)} of value`
		},
		personas: {
			kicker: 'The people behind the numbers',
			heading: (personas: number) => `${formatInteger(personas)} personas`,
			lead: 'Each persona is a group of customers who buy alike.',
			note: (customerShare: number, valueShare: number) =>
				`${formatShare(customerShare)} of customers · ${formatShare(valueShare)} of value`
		},
		profit: {
			kicker: 'Where profit is made and lost',
			heading: (losing: number) => `${formatInteger(losing)} customers cost more than they bring`,
			lead: (loss: number, peak: number) =>
				`Together they lose ${formatMoney(loss)}; the profitable ones make ${formatMoney(peak)} before that.`,
			most: (group: string) => `Most profit: ${group}`,
			least: (group: string) => `Least profit: ${group}`,
			contribution: (amount: number) => `${formatMoney(amount)} contribution`,
			customers: (customers: number) => `${formatInteger(customers)} customers`,
			loses: (amount: number) => `loses ${formatMoney(amount)}`,
			largestCost: (cost: string) => `largest cost: ${cost}`,
			costs: {
				goods: 'goods',
				orders: 'orders',
				returns: 'returns',
				tickets: 'tickets',
				effort: 'effort',
				marketing: 'marketing'
			},
			totalContribution: 'Total contribution',
			losingCustomers: 'Losing customers'
		},
		calls: {
			kicker: 'Who to call first',
			heading: 'The first account reviews of the plan',
			lead: 'In plan order: the reviews due first, then the biggest opportunity (whitespace × capacity).',
			opportunity: (level: string, score: number | null) =>
				`${level} opportunity${score !== null ? ` · score ${formatDecimal(score)}` : ''}`,
			levels: { High: 'High', Medium: 'Medium', Low: 'Low' },
			due: (date: string) => `review by ${date}`
		}
	}
};

/**
 * A figure isolated inside Urdu text (FSI … PDI): a negative one starts with a left-to-right mark,
 * which would otherwise make a `<bdi>` read the whole sentence left to right.
 */
const isolate = (figure: string) => `\u2068${figure}\u2069`;

export const ur: typeof en = {
	pageTitle: 'پیشکش — سِیو',
	heading: 'پیشکش کا انداز',
	waiting: 'پیش کرنے والے کی ونڈو کا انتظار ہے…',
	slide: 'سلائیڈ',
	slideLabel: (step: number, steps: number, kicker: string) =>
		`${formatInteger(steps)} میں سے قدم ${formatInteger(step)}: ${kicker}`,
	start: {
		title: 'اپنے گاہکوں کی کہانی پیش کریں',
		intro:
			'ہر اسکرین پر ایک قدم، بڑے حروف میں: قدر کا 80% کون لاتا ہے، حصے اور ہر ایک کے ساتھ کیا کرنا ہے، پرسونا، منافع کہاں بنتا اور کہاں ڈوبتا ہے، اور پہلے کسے فون کرنا ہے۔ تیر والی کلیدوں، Page Up/Page Down (کلکر) یا اسپیس سے آگے پیچھے جائیں؛ پروجیکٹر کے لیے ناظرین کی ونڈو کھولیں۔',
		opening: 'ڈیٹا سیٹ کھل رہا ہے…',
		openError: (reason: string) => `یہ ڈیٹا سیٹ نہیں کھل سکا: ${reason}`,
		loadingDemo: 'نمونہ لوڈ ہو رہا ہے…',
		presentDemo: 'نمونے کا کاروبار پیش کریں',
		loadOwn: 'اپنا ڈیٹا لوڈ کریں'
	},
	controls: {
		label: 'پیش کرنے والے کے کنٹرول',
		back: '→ پیچھے',
		step: (step: number, steps: number) =>
			`${formatInteger(steps)} میں سے قدم ${formatInteger(step)}`,
		next: 'آگے ←',
		hideNames: 'نام چھپائیں',
		openAudience: 'ناظرین کی ونڈو کھولیں',
		fullScreen: 'پوری اسکرین',
		leave: 'باہر نکلیں',
		computing: (what: string) => `${what} کا حساب ہو رہا ہے…`,
		problem: (what: string, reason: string) => `${what}: ${reason}`,
		steps: {
			value: 'قدر',
			segments: 'حصے',
			personas: 'پرسونا',
			profit: 'منافع',
			reviews: 'کھاتوں کے جائزے'
		}
	},
	story: {
		customer: (n: number) => `گاہک ${formatInteger(n)}`,
		title: {
			kicker: 'ہمارے گاہکوں کی کہانی',
			lead: (customers: number, date: string) => `${formatInteger(customers)} گاہک، ${date} تک۔`,
			computing: 'حساب ہو رہا ہے…',
			customers: 'گاہک'
		},
		pareto: {
			kicker: 'قدر کون لاتا ہے',
			heading: (share: number) =>
				`${formatShare(share)} گاہک قدر کا ${formatShare(0.8, 0)} لاتے ہیں`,
			lead: (count: number, customers: number, topShare: number) =>
				`${formatInteger(customers)} میں سے ${formatInteger(count)} گاہک۔ سرِفہرست ${formatShare(0.2, 0)} ${formatShare(topShare)} لاتے ہیں۔`,
			shareFor80: () => `قدر کے ${formatShare(0.8, 0)} کے پیچھے گاہک`,
			topShare: () => `سرِفہرست ${formatShare(0.2, 0)} کی قدر`,
			total: { revenue: 'کل آمدنی', profit: 'کل منافع' },
			item: (value: number, orders: number) =>
				`${formatInteger(orders)} آرڈرز میں ${formatMoney(value)}`,
			abc: (abcClass: string) => `درجہ ${abcClass}`
		},
		segments: {
			kicker: 'حصے، اور ہر ایک کے ساتھ کیا کرنا ہے',
			heading: (segments: number) =>
				`تازگی، تعدد اور خرچ کے لحاظ سے ${formatInteger(segments)} حصے`,
			lead: 'سب سے زیادہ قدر والے پہلے: وہ کون ہیں، اور ان کے لیے موزوں قدم۔',
			note: (customers: number, customerShare: number, valueShare: number) =>
				`${formatInteger(customers)} گاہک (${formatShare(customerShare)}) · قدر کا ${formatShare(valueShare)}`
		},
		personas: {
			kicker: 'اعداد کے پیچھے لوگ',
			heading: (personas: number) => `${formatInteger(personas)} پرسونا`,
			lead: 'ہر پرسونا ایسے گاہکوں کا گروہ ہے جو ایک جیسی خریداری کرتے ہیں۔',
			note: (customerShare: number, valueShare: number) =>
				`گاہکوں کا ${formatShare(customerShare)} · قدر کا ${formatShare(valueShare)}`
		},
		profit: {
			kicker: 'منافع کہاں بنتا ہے اور کہاں ڈوبتا ہے',
			heading: (losing: number) =>
				`${formatInteger(losing)} گاہکوں پر لاگت ان کی لائی ہوئی آمدنی سے زیادہ ہے`,
			lead: (loss: number, peak: number) =>
				`یہ مل کر ${formatMoney(loss)} کا نقصان کرتے ہیں؛ منافع بخش گاہک اس سے پہلے ${formatMoney(peak)} کماتے ہیں۔`,
			most: (group: string) => `سب سے زیادہ منافع: ${group}`,
			least: (group: string) => `سب سے کم منافع: ${group}`,
			contribution: (amount: number) => `${isolate(formatMoney(amount))} حصہ داری`,
			customers: (customers: number) => `${formatInteger(customers)} گاہک`,
			loses: (amount: number) => `${formatMoney(amount)} کا نقصان`,
			largestCost: (cost: string) => `سب سے بڑی لاگت: ${cost}`,
			costs: {
				goods: 'سامان',
				orders: 'آرڈرز',
				returns: 'واپسیاں',
				tickets: 'شکایات',
				effort: 'محنت',
				marketing: 'مارکیٹنگ'
			},
			totalContribution: 'کل حصہ داری',
			losingCustomers: 'نقصان والے گاہک'
		},
		calls: {
			kicker: 'پہلے کسے فون کریں',
			heading: 'منصوبے کے پہلے کھاتوں کے جائزے',
			lead: 'منصوبے کی ترتیب سے: پہلے وہ جائزے جن کا وقت آ گیا ہے، پھر سب سے بڑا موقع (خالی گنجائش × صلاحیت)۔',
			opportunity: (level: string, score: number | null) =>
				`${level} موقع${score !== null ? ` · اسکور ${formatDecimal(score)}` : ''}`,
			levels: { High: 'بڑا', Medium: 'درمیانہ', Low: 'چھوٹا' },
			due: (date: string) => `${date} تک جائزہ`
		}
	}
};
