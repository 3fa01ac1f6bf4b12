/**
 * Messages of the glossary (routes/glossary/) and the "what is this?" help beside the figures
 * (components/shared/HelpTip.svelte): one entry per term, its short help and its definition,
 * worded after `shared/DOMAIN.md` with the default thresholds (every one can be changed in the page).
 * The keys are the glossary page's anchors (`glossary/#gini`); behaviour tags use their slugs.
 */
import { formatDecimal, formatInteger, formatShare, formatSilhouette } from '../format';

/** Keeps a Latin name or formula whole inside an Urdu sentence (FSI … PDI). */
const iso = (text: string) => `\u2068${text}\u2069`;
const pc = (share: number) => formatShare(share, 0);
const n = formatInteger;
const dec = formatDecimal;

/** One term: its name, a one- or two-sentence help, and the glossary's definition. */
export interface GlossaryEntry {
	name: string;
	/** The term as a question names it: “What is Gini?”. */
	short: string;
	help: () => string;
	definition: () => string;
}

const enTerms = {
	rfm: {
		name: 'RFM',
		short: 'RFM',
		help: () =>
			`Each customer gets three scores from 1 to ${n(5)}: Recency (how recently they ordered), Frequency (how many orders) and Monetary value. Named segments are ranges of these scores.`,
		definition: () =>
			`Recency, Frequency, Monetary. Each customer is scored 1–${n(5)} on each of the three by the cut points; ${n(5)} is the best (most recent, most orders, most value). An ordered table of rules gives each customer the first segment whose R, F and M ranges hold their scores; a customer no rule takes is in "Others".`
	},
	recency: {
		name: 'Recency',
		short: 'recency',
		help: () =>
			'Days from the customer’s last order to the analysis date. Fewer days is better, so the R score is reversed: the most recent customers get the highest score.',
		definition: () =>
			`Days from the customer’s last order to the analysis date (by default the day after the last date in the data). R = ${n(5)} − the number of cut points the recency is above, so a customer who ordered most recently scores ${n(5)}.`
	},
	frequency: {
		name: 'Frequency',
		short: 'frequency',
		help: () =>
			'The number of distinct orders a customer placed; returns are not orders. More orders, higher F score.',
		definition: () =>
			`The customer’s distinct orders (an order id, or without one, a customer’s lines on one day); an order whose lines sum below zero is a return, not an order. F = 1 + the number of cut points below the customer’s orders.`
	},
	monetary: {
		name: 'Monetary value',
		short: 'monetary value',
		help: () =>
			'What the customer is worth: net revenue with returns netted, or net profit when costs are known. More value, higher M score.',
		definition: () =>
			'The customer’s value: the sum of their lines’ amounts with returns included (net revenue), or amount − cost (net profit) when the file has a cost or margin. M = 1 + the number of cut points below the customer’s value.'
	},
	'cut-points': {
		name: 'Cut points',
		short: 'a cut point',
		help: () =>
			`The borders between scores: by default the ${pc(0.2)}, ${pc(0.4)}, ${pc(0.6)} and ${pc(0.8)} quantiles (quintiles) of recency, orders and value. Customers with the same figure always get the same score; you can write your own.`,
		definition: () =>
			`The values that separate one score from the next. By default, over the customer table, the quantiles at k/b of recency days, orders and value (b = the number of scores, ${n(5)} by default), with linear interpolation between sorted values (type 7, as in R and numpy). A score counts the cut points a customer’s figure is above, so equal figures get equal scores. Your own cut points replace them until you return to the quantiles.`
	},
	quintile: {
		name: 'Quintile',
		short: 'a quintile',
		help: () =>
			`The four values that split customers, sorted by a figure, into five groups of equal size: the ${pc(0.2)}, ${pc(0.4)}, ${pc(0.6)} and ${pc(0.8)} quantiles.`,
		definition: () =>
			`A quantile at p is the value below which a share p of the sorted values lies; the quintiles are those at ${pc(0.2)}, ${pc(0.4)}, ${pc(0.6)} and ${pc(0.8)}. With ${n(3)} scores the cut points are terciles, with ${n(4)} quartiles. Many customers with the same figure (one order, say) make groups of unequal size.`
	},
	gini: {
		name: 'Gini coefficient',
		short: 'Gini',
		help: () =>
			'How unequally value is spread over customers: 0 when every customer brings the same, close to 1 when a few bring almost everything.',
		definition: () =>
			`A measure of concentration from 0 (all customers bring the same value) to almost 1 (one customer brings everything): twice the area between the Lorenz curve and the line of equality. Computed on values clipped at zero, so customers who cost money count as bringing nothing. Above ${dec(0.6)} or so, a small group carries the business.`
	},
	'lorenz-curve': {
		name: 'Lorenz curve',
		short: 'the Lorenz curve',
		help: () =>
			'The cumulative share of value brought by the customers, sorted by value: the further it bows from the diagonal, the more concentrated the value.',
		definition: () =>
			`The Pareto chart: customers sorted by value from the most valuable down, and for each share of customers (across) the share of total value they bring together (up). With equal customers it is the diagonal. The classic Lorenz curve reads the same data from the smallest customer up; the Gini coefficient is twice the area between either curve and the diagonal.`
	},
	'abc-class': {
		name: 'ABC class',
		short: 'an ABC class',
		help: () =>
			`Customers sorted by value: A brings the first ${pc(0.8)} of total value, B the next ${pc(0.15)}, C the rest.`,
		definition: () =>
			`With customers sorted by value, descending: a customer is A while the value of the customers before them is under ${pc(0.8)} of the total, B while it is under ${pc(0.95)}, and C after that. A is usually a small share of customers: the ones to know by name.`
	},
	pareto: {
		name: 'Pareto principle',
		short: '80/20',
		help: () =>
			`“About ${pc(0.2)} of customers bring ${pc(0.8)} of the value.” Sieve shows what your data says: the share the top ${pc(0.2)} bring, and how few customers bring ${pc(0.8)}.`,
		definition: () =>
			`The rule of thumb that a few customers bring most of the value. “Top ${pc(0.2)} bring X%” takes the ⌈${dec(0.2)}·N⌉ most valuable customers; “Y% bring ${pc(0.8)}” is the smallest share of customers, the most valuable first, whose value reaches ${pc(0.8)} of the total. Shares are of the total value of the customer table.`
	},
	lift: {
		name: 'Lift',
		short: 'lift',
		help: () =>
			'How much more common something is in a group than among the other customers: the share in the group ÷ the share in the rest. ×2 means twice as common.',
		definition: () =>
			'For a category or product: the share of the group’s customers who bought it, divided by the same share among the other customers (for an attribute value: the share who have it). A lift of ×1 means no difference; “only here” means no other customer has it. Only items above ×1 bought by enough of the group are listed.'
	},
	silhouette: {
		name: 'Silhouette',
		short: 'the silhouette',
		help: () =>
			`How well customers fit their own persona, from −1 to 1. Kaufman and Rousseeuw read a mean of ${dec(0.25)} or less as no real structure, above ${dec(0.5)} as reasonable, above ${dec(0.7)} as strong.`,
		definition: () =>
			`For each customer: (b − a) ÷ the larger of a and b, where a is the mean distance to the other customers of their persona and b the mean distance to the customers of the nearest other persona (Rousseeuw, 1987). The mean over customers runs from −1 to 1: ${dec(0.25)} or less, no substantial structure; up to ${dec(0.5)}, weak; up to ${dec(0.7)}, reasonable; above, strong (Kaufman and Rousseeuw, 1990). Above ${n(3000)} customers it is estimated on a fixed sample of ${n(3000)}.`
	},
	persona: {
		name: 'Persona',
		short: 'a persona',
		help: () =>
			'A group of customers who buy alike, found by clustering, named from what sets it apart and told as a short story.',
		definition: () =>
			`Customers are clustered by k-means over standardised features (log value, log orders, recency, average order value, discount share, category concentration, and the numeric attributes of a customers file). The number of personas k is the one of ${n(2)}–${n(8)} with the best mean silhouette, or yours (${n(2)}–${n(20)}); the same seed gives the same personas. Each persona is named from its most distinctive features.`
	},
	'purchase-pattern': {
		name: 'Purchase pattern',
		short: 'a purchase pattern',
		help: () =>
			`One-time: a single order. Regular: at least ${n(3)} orders at steady gaps. Irregular: the rest.`,
		definition: () =>
			`Every customer has one pattern: one-time (${n(1)} order), regular (at least ${n(3)} orders, and the gaps between them vary little: their coefficient of variation, the standard deviation ÷ the mean, is at most ${dec(0.75)}), or irregular (the rest).`
	},
	lapsing: {
		name: 'Lapsing',
		short: 'lapsing',
		help: () =>
			`A customer with at least ${n(2)} orders whose time since the last order is more than twice their own usual gap between orders.`,
		definition: () =>
			`A tag on customers with ${n(2)} orders or more: the days since their last order exceed ${n(2)} × their mean gap between orders (the time from first to last order ÷ the gaps). They may be drifting away; one-time customers have no usual gap and are never lapsing.`
	},
	'discount-seeker': {
		name: 'Discount seeker',
		short: 'a discount seeker',
		help: () =>
			`At least ${pc(0.5)} of the customer’s orders had a discount. Needs a discount column.`,
		definition: () =>
			`A tag on customers whose discounted orders (an order with a line that has a non-empty, non-zero discount) are at least ${pc(0.5)} of their orders. They may come back only for promotions.`
	},
	'specific-needs': {
		name: 'Specific needs',
		short: 'specific needs',
		help: () =>
			`At least ${pc(0.8)} of the customer’s spend in one category, over at least ${n(2)} orders. Needs a category column.`,
		definition: () =>
			`A tag on niche buyers: at least ${pc(0.8)} of their positive spend falls in their top category, and they have at least ${n(2)} orders. Mailings about that category suit them.`
	},
	'special-occasion': {
		name: 'Special occasion',
		short: 'special occasion',
		help: () =>
			`At least ${pc(0.7)} of the customer’s orders fall in one calendar month (over at least ${n(2)} years), or inside the holiday windows you set.`,
		definition: () =>
			`A tag on customers with at least ${n(2)} orders of which at least ${pc(0.7)} fall in their top calendar month, in at least ${n(2)} different years; or at least ${pc(0.7)} inside the yearly holiday windows you define. A promotion calendar reaches them.`
	},
	influencer: {
		name: 'Influencer',
		short: 'an influencer',
		help: () =>
			`The top ${pc(0.05)} of customers by an influence attribute (followers, reach…) of a customers file.`,
		definition: () =>
			`A tag on the customers in the top ${pc(0.05)} by a numeric influence attribute of the customers file (a column named like followers, influence, reach, fans or audience, or the one you choose).`
	},
	'high-service-effort': {
		name: 'High service effort',
		short: 'high service effort',
		help: () =>
			`A service-effort attribute of ${n(8)} or more (on 1–${n(10)}) in the customers file.`,
		definition: () =>
			`A tag on customers whose service effort, a numeric attribute of the customers file (1–${n(10)}), is at least ${n(8)}: they take more of your time, which the profit view can cost.`
	},
	contribution: {
		name: 'Contribution',
		short: 'contribution',
		help: () =>
			'What a customer leaves after costs: net revenue − goods − service − marketing. Below zero, they cost more than they bring.',
		definition: () =>
			'Net revenue − goods (the cost column, or revenue × (1 − margin)) − service (orders, returns, tickets and effort, each at the cost you set) − marketing (the cost per customer of their group). The whale curve sorts customers by contribution.'
	},
	roi: {
		name: 'ROI',
		short: 'ROI',
		help: () =>
			'Return on what a group costs you to serve and market to: contribution ÷ (service + marketing). Shown “—” when both are zero.',
		definition: () =>
			'Per group of customers (a segment, a pattern, a persona, an ABC class): the sum of contribution ÷ the sum of service and marketing costs. Undefined, shown “—”, when both costs are zero.'
	},
	'p-alive': {
		name: 'P(alive)',
		short: 'P(alive)',
		help: () =>
			'The probability that a customer is still buying, from the BG/NBD model: high after a recent repeat purchase, falling the longer they are silent.',
		definition: () =>
			'The BG/NBD model (Fader, Hardie and Lee, 2005) gives each customer, from their number of repeat purchase days, the time of the last one and the time since their first, the probability that they have not dropped out by the cut-off.'
	},
	clv: {
		name: 'Customer lifetime value',
		short: 'lifetime value',
		help: () =>
			'What a customer is expected to spend over a horizon: expected purchases (BG/NBD) × expected spend per purchase (Gamma-Gamma).',
		definition: () =>
			'Expected purchases over the horizon (BG/NBD) times the expected spend per purchase (Gamma-Gamma, fitted on customers with repeat purchases), with an optional yearly discount rate. Both models are fitted by maximum likelihood on the calibration period up to the cut-off.'
	},
	holdout: {
		name: 'Holdout',
		short: 'the holdout',
		help: () =>
			'A period after the cut-off left out of the fit, to check the model: predicted repeat purchases against the ones that happened.',
		definition: () =>
			'The days from the cut-off to the holdout end are kept out of the fit; the sum of the customers’ predicted repeat purchase days for that period is compared with the actual ones, week by week in the tracking chart.'
	},
	movement: {
		name: 'Movement',
		short: 'movement',
		help: () =>
			'Customers’ segments at two analysis dates side by side: who moved from which segment to which.',
		definition: () =>
			'Each customer’s segment at an earlier and a later analysis date. Customers first seen after the earlier date are “New”; with the option on, customers with no order in the last year are “Gone”.'
	},
	'frozen-cut-points': {
		name: 'Frozen cut points',
		short: 'frozen cut points',
		help: () =>
			'The later date is scored with the earlier date’s cut points, so a move means changed behaviour, not shifting quantiles.',
		definition: () =>
			'By default, Movement keeps the cut points of the earlier date for the later one: a customer moves only because their own recency, orders or value changed. Recomputed cut points are an option; then a customer can move because everyone else changed.'
	}
} satisfies Record<string, GlossaryEntry>;

/** The glossary's terms: anchors of the glossary page and keys of the help tips. */
export type GlossaryTerm = keyof typeof enTerms;

export const en = {
	pageTitle: 'Glossary — Sieve',
	heading: 'Glossary',
	intro:
		'What the words and figures of Sieve mean. The thresholds named here are the defaults: every one can be changed in the page.',
	footerLink: 'Glossary',
	/** The help button's accessible name. */
	whatIs: (term: string) => `What is ${term}?`,
	/** The help's link to the glossary entry. */
	readMore: (term: string) => `${term} in the glossary`,
	terms: enTerms as Record<GlossaryTerm, GlossaryEntry>,
	/** The Personas view's warning when the personas separate weakly (low mean silhouette). */
	weak: {
		title: 'These personas separate weakly.',
		text: (silhouette: number, threshold: number) =>
			`The mean silhouette is ${formatSilhouette(silhouette)}, at most ${dec(threshold)}: customers sit almost as close to another persona as to their own, which Kaufman and Rousseeuw read as no substantial structure. Read the personas as rough groups, not distinct kinds of customer.`,
		tryHeading: 'What to try:',
		auto: () => `let the silhouette choose the number of personas (${n(2)}–${n(8)});`,
		fewer: (k: number) => `fewer than ${n(k)} personas, when two of them look alike;`,
		more: 'more personas, when one large persona mixes customers who differ;',
		features:
			'other features — leave out those that do not matter to your business, or add a customers file with attributes that do (age, city, company size).'
	}
};

const urTerms: typeof enTerms = {
	rfm: {
		name: 'RFM',
		short: 'RFM',
		help: () =>
			`ہر گاہک کو 1 سے ${n(5)} تک تین اسکور ملتے ہیں: تازگی (آخری آرڈر کتنا حالیہ ہے)، تعدد (کتنے آرڈر) اور مالی قدر۔ نام والے حصے ان اسکوروں کی حدود ہیں۔`,
		definition: () =>
			`تازگی، تعدد، مالی قدر (${iso('Recency, Frequency, Monetary')})۔ ہر گاہک کو ان تینوں میں سے ہر ایک پر حدّی نقطوں کے ذریعے 1 سے ${n(5)} تک اسکور ملتا ہے؛ ${n(5)} سب سے اچھا ہے (سب سے حالیہ، سب سے زیادہ آرڈر، سب سے زیادہ قدر)۔ قواعد کی ترتیب وار فہرست ہر گاہک کو وہ پہلا حصہ دیتی ہے جس کی R، F اور M حدود میں اس کے اسکور آتے ہوں؛ جسے کوئی قاعدہ نہ لے وہ "دیگر" میں ہے۔`
	},
	recency: {
		name: 'تازگی',
		short: 'تازگی',
		help: () =>
			'گاہک کے آخری آرڈر سے تجزیے کی تاریخ تک کے دن۔ کم دن بہتر ہیں، اس لیے R کا اسکور الٹا ہے: سب سے حالیہ گاہکوں کو سب سے زیادہ اسکور ملتا ہے۔',
		definition: () =>
			`گاہک کے آخری آرڈر سے تجزیے کی تاریخ تک کے دن (پہلے سے طے شدہ: ڈیٹا کی آخری تاریخ کا اگلا دن)۔ ${iso('R')} = ${n(5)} − ان حدّی نقطوں کی تعداد جن سے تازگی زیادہ ہے، چنانچہ سب سے حال میں آرڈر کرنے والے گاہک کا اسکور ${n(5)} ہے۔`
	},
	frequency: {
		name: 'تعدد',
		short: 'تعدد',
		help: () =>
			'گاہک کے الگ الگ آرڈرز کی تعداد؛ واپسیاں آرڈر نہیں ہیں۔ زیادہ آرڈر، F کا زیادہ اسکور۔',
		definition: () =>
			`گاہک کے الگ الگ آرڈر (آرڈر نمبر سے، یا اس کے بغیر ایک دن میں گاہک کی سطریں)؛ جس آرڈر کی سطروں کا مجموعہ صفر سے کم ہو وہ واپسی ہے، آرڈر نہیں۔ ${iso('F')} = 1 + گاہک کے آرڈرز سے نیچے حدّی نقطوں کی تعداد۔`
	},
	monetary: {
		name: 'مالی قدر',
		short: 'مالی قدر',
		help: () =>
			'گاہک کی قدر: واپسیاں منہا کر کے خالص آمدنی، یا لاگت معلوم ہو تو خالص منافع۔ زیادہ قدر، M کا زیادہ اسکور۔',
		definition: () =>
			`گاہک کی قدر: اس کی سطروں کی رقموں کا مجموعہ، واپسیوں سمیت (خالص آمدنی)، یا فائل میں لاگت یا مارجن ہو تو رقم − لاگت (خالص منافع)۔ ${iso('M')} = 1 + گاہک کی قدر سے نیچے حدّی نقطوں کی تعداد۔`
	},
	'cut-points': {
		name: 'حدّی نقطے',
		short: 'حدّی نقطے',
		help: () =>
			`اسکوروں کے درمیان سرحدیں: پہلے سے طے شدہ طور پر تازگی، آرڈرز اور قدر کے ${pc(0.2)}، ${pc(0.4)}، ${pc(0.6)} اور ${pc(0.8)} کوانٹائل (خمسیے)۔ ایک جیسے عدد والے گاہکوں کا اسکور ہمیشہ ایک ہوتا ہے؛ آپ اپنے نقطے لکھ سکتے ہیں۔`,
		definition: () =>
			`وہ قدریں جو ایک اسکور کو اگلے سے الگ کرتی ہیں۔ پہلے سے طے شدہ طور پر، گاہکوں کی جدول پر، تازگی کے دنوں، آرڈرز اور قدر کے ${iso('k/b')} پر کوانٹائل (${iso('b')} = اسکوروں کی تعداد، عام طور پر ${n(5)})، ترتیب شدہ قدروں کے درمیان سیدھی درون یابی کے ساتھ (${iso('type 7')}، جیسے ${iso('R')} اور ${iso('numpy')} میں)۔ اسکور گنتا ہے کہ گاہک کا عدد کتنے حدّی نقطوں سے اوپر ہے، اس لیے برابر عدد کو برابر اسکور ملتا ہے۔ آپ کے اپنے نقطے ان کی جگہ لیتے ہیں جب تک آپ کوانٹائل پر واپس نہ جائیں۔`
	},
	quintile: {
		name: 'خمسیہ (کوئنٹائل)',
		short: 'خمسیہ',
		help: () =>
			`وہ چار قدریں جو کسی عدد کے لحاظ سے ترتیب دیے گئے گاہکوں کو برابر حجم کے پانچ گروہوں میں بانٹتی ہیں: ${pc(0.2)}، ${pc(0.4)}، ${pc(0.6)} اور ${pc(0.8)} کوانٹائل۔`,
		definition: () =>
			`${iso('p')} پر کوانٹائل وہ قدر ہے جس سے نیچے ترتیب شدہ قدروں کا ${iso('p')} حصہ ہو؛ خمسیے ${pc(0.2)}، ${pc(0.4)}، ${pc(0.6)} اور ${pc(0.8)} پر ہیں۔ ${n(3)} اسکوروں کے ساتھ حدّی نقطے ثلثیے ہیں، ${n(4)} کے ساتھ ربعیے۔ ایک ہی عدد والے بہت سے گاہک (مثلاً ایک آرڈر والے) گروہوں کو غیر برابر بنا دیتے ہیں۔`
	},
	gini: {
		name: 'جینی ضریب',
		short: 'جینی',
		help: () =>
			'قدر گاہکوں میں کتنی غیر برابر بٹی ہے: 0 جب ہر گاہک برابر لائے، 1 کے قریب جب چند گاہک تقریباً سب کچھ لائیں۔',
		definition: () =>
			`ارتکاز کا پیمانہ، 0 (تمام گاہک برابر قدر لائیں) سے تقریباً 1 (ایک گاہک سب کچھ لائے) تک: لورینز منحنی اور برابری کی لکیر کے درمیان رقبے کا دگنا۔ صفر پر کاٹی گئی قدروں پر حساب ہوتا ہے، اس لیے خرچ کروانے والے گاہک کچھ نہ لانے والے گنے جاتے ہیں۔ تقریباً ${dec(0.6)} سے اوپر، ایک چھوٹا گروہ کاروبار کو اٹھائے ہوئے ہے۔`
	},
	'lorenz-curve': {
		name: 'لورینز منحنی',
		short: 'لورینز منحنی',
		help: () =>
			'قدر کے لحاظ سے ترتیب دیے گئے گاہکوں کی لائی ہوئی قدر کا مجموعی حصہ: منحنی وتر سے جتنی دور جھکے، قدر اتنی ہی مرتکز ہے۔',
		definition: () =>
			'پیریٹو چارٹ: گاہک سب سے قیمتی سے نیچے کی طرف ترتیب میں، اور گاہکوں کے ہر حصے (افقی) کے لیے کل قدر کا وہ حصہ جو وہ مل کر لاتے ہیں (عمودی)۔ برابر گاہکوں کے ساتھ یہ وتر ہوتا ہے۔ روایتی لورینز منحنی یہی ڈیٹا سب سے چھوٹے گاہک سے اوپر کی طرف پڑھتا ہے؛ جینی ضریب کسی بھی منحنی اور وتر کے درمیان رقبے کا دگنا ہے۔'
	},
	'abc-class': {
		name: 'ABC درجہ',
		short: 'ABC درجہ',
		help: () =>
			`قدر کے لحاظ سے ترتیب شدہ گاہک: A کل قدر کا پہلا ${pc(0.8)} لاتا ہے، B اگلا ${pc(0.15)}، C باقی۔`,
		definition: () =>
			`گاہکوں کو قدر کے لحاظ سے، زیادہ سے کم، ترتیب دے کر: گاہک A ہے جب تک اس سے پہلے کے گاہکوں کی قدر کل کے ${pc(0.8)} سے کم ہو، B جب تک ${pc(0.95)} سے کم ہو، اور اس کے بعد C۔ A عموماً گاہکوں کا چھوٹا حصہ ہوتا ہے: وہ جنہیں نام سے جاننا چاہیے۔`
	},
	pareto: {
		name: 'پیریٹو اصول',
		short: 'پیریٹو اصول (80/20)',
		help: () =>
			`"تقریباً ${pc(0.2)} گاہک ${pc(0.8)} قدر لاتے ہیں۔" سِیو دکھاتا ہے کہ آپ کا ڈیٹا کیا کہتا ہے: سرفہرست ${pc(0.2)} کتنا حصہ لاتے ہیں، اور کتنے کم گاہک ${pc(0.8)} لاتے ہیں۔`,
		definition: () =>
			`یہ عام اصول کہ چند گاہک زیادہ تر قدر لاتے ہیں۔ "سرفہرست ${pc(0.2)} کا حصہ" ${iso(`⌈${dec(0.2)}·N⌉`)} سب سے قیمتی گاہک لیتا ہے؛ "${pc(0.8)} لانے والے" گاہکوں کا سب سے چھوٹا حصہ ہے، سب سے قیمتی پہلے، جن کی قدر کل کے ${pc(0.8)} تک پہنچ جائے۔ حصے گاہکوں کی جدول کی کل قدر کے ہیں۔`
	},
	lift: {
		name: 'لِفٹ',
		short: 'لِفٹ',
		help: () =>
			'کوئی چیز کسی گروہ میں باقی گاہکوں کی نسبت کتنی زیادہ عام ہے: گروہ میں حصہ ÷ باقی میں حصہ۔ ×2 کا مطلب دگنی عام۔',
		definition: () =>
			'کسی زمرے یا پروڈکٹ کے لیے: گروہ کے ان گاہکوں کا حصہ جنہوں نے اسے خریدا، تقسیم باقی گاہکوں میں یہی حصہ (کسی خصوصیت کی قدر کے لیے: جن کے پاس وہ ہے)۔ ×1 کا مطلب کوئی فرق نہیں؛ "صرف یہیں" کا مطلب کسی اور گاہک کے پاس یہ نہیں۔ صرف ×1 سے اوپر کی وہ چیزیں دکھائی جاتی ہیں جو گروہ کے کافی گاہکوں نے خریدیں۔'
	},
	silhouette: {
		name: 'سلہوٹ',
		short: 'سلہوٹ',
		help: () =>
			`گاہک اپنے پرسونا میں کتنے ٹھیک بیٹھتے ہیں، −1 سے 1 تک۔ کافمین اور روسیو کے مطابق ${dec(0.25)} یا کم اوسط کا مطلب کوئی حقیقی ساخت نہیں، ${dec(0.5)} سے اوپر معقول، ${dec(0.7)} سے اوپر مضبوط۔`,
		definition: () =>
			`ہر گاہک کے لیے: ${iso('(b − a)')} ÷ ${iso('a')} اور ${iso('b')} میں سے بڑا، جہاں ${iso('a')} اس کے پرسونا کے دوسرے گاہکوں سے اوسط فاصلہ ہے اور ${iso('b')} قریب ترین دوسرے پرسونا کے گاہکوں سے اوسط فاصلہ (روسیو، ${iso('1987')})۔ گاہکوں پر اوسط −1 سے 1 تک ہے: ${dec(0.25)} یا کم، کوئی قابلِ ذکر ساخت نہیں؛ ${dec(0.5)} تک، کمزور؛ ${dec(0.7)} تک، معقول؛ اس سے اوپر، مضبوط (کافمین اور روسیو، ${iso('1990')})۔ ${n(3000)} سے زیادہ گاہکوں پر اس کا اندازہ ${n(3000)} کے ایک مقررہ نمونے پر لگایا جاتا ہے۔`
	},
	persona: {
		name: 'پرسونا',
		short: 'پرسونا',
		help: () =>
			'ایک جیسی خریداری کرنے والے گاہکوں کا گروہ، گروہ بندی سے ملا ہوا، اس کی امتیازی باتوں سے نام دیا گیا اور ایک مختصر کہانی کی صورت میں بیان کیا گیا۔',
		definition: () =>
			`گاہکوں کو معیاری بنائی گئی خصوصیات (قدر کا لاگ، آرڈرز کا لاگ، تازگی، اوسط آرڈر کی قدر، رعایت کا حصہ، زمرے میں ارتکاز، اور گاہکوں کی فائل کی عددی خصوصیات) پر ${iso('k-means')} سے گروہوں میں بانٹا جاتا ہے۔ پرسونا کی تعداد k، ${n(2)} سے ${n(8)} میں سے وہ ہے جس کا اوسط سلہوٹ سب سے اچھا ہو، یا آپ کی منتخب (${n(2)} سے ${n(20)})؛ ایک ہی بیج سے ایک ہی پرسونا بنتے ہیں۔ ہر پرسونا کا نام اس کی سب سے امتیازی خصوصیات سے رکھا جاتا ہے۔`
	},
	'purchase-pattern': {
		name: 'خریداری کا انداز',
		short: 'خریداری کا انداز',
		help: () =>
			`ایک بار: صرف ایک آرڈر۔ باقاعدہ: کم از کم ${n(3)} آرڈر یکساں وقفوں پر۔ بے قاعدہ: باقی سب۔`,
		definition: () =>
			`ہر گاہک کا ایک انداز ہے: ایک بار (${n(1)} آرڈر)، باقاعدہ (کم از کم ${n(3)} آرڈر، اور ان کے درمیان وقفے کم بدلتے ہیں: ان کا تغیر کا ضریب، معیاری انحراف ÷ اوسط، زیادہ سے زیادہ ${dec(0.75)} ہے)، یا بے قاعدہ (باقی سب)۔`
	},
	lapsing: {
		name: 'دور ہوتے',
		short: 'دور ہوتے',
		help: () =>
			`کم از کم ${n(2)} آرڈر والا گاہک جس کے آخری آرڈر کو اس کے اپنے معمول کے وقفے کے دگنے سے زیادہ وقت ہو چکا ہو۔`,
		definition: () =>
			`${n(2)} یا زیادہ آرڈر والے گاہکوں پر ٹیگ: آخری آرڈر کے بعد کے دن ان کے آرڈرز کے درمیان اوسط وقفے (پہلے سے آخری آرڈر تک کا وقت ÷ وقفوں کی تعداد) کے ${n(2)} گنا سے زیادہ ہوں۔ ہو سکتا ہے وہ دور ہو رہے ہوں؛ ایک بار کے گاہکوں کا کوئی معمول کا وقفہ نہیں اور وہ کبھی دور ہوتے نہیں گنے جاتے۔`
	},
	'discount-seeker': {
		name: 'رعایت کے متلاشی',
		short: 'رعایت کے متلاشی',
		help: () => `گاہک کے کم از کم ${pc(0.5)} آرڈرز پر رعایت تھی۔ رعایت کا کالم درکار ہے۔`,
		definition: () =>
			`ان گاہکوں پر ٹیگ جن کے رعایتی آرڈر (وہ آرڈر جس کی کسی سطر میں رعایت خالی یا صفر نہ ہو) ان کے آرڈرز کا کم از کم ${pc(0.5)} ہوں۔ ہو سکتا ہے وہ صرف پروموشن کے لیے لوٹیں۔`
	},
	'specific-needs': {
		name: 'مخصوص ضروریات',
		short: 'مخصوص ضروریات',
		help: () =>
			`گاہک کا کم از کم ${pc(0.8)} خرچ ایک زمرے میں، کم از کم ${n(2)} آرڈرز پر۔ زمرے کا کالم درکار ہے۔`,
		definition: () =>
			`مخصوص خریداروں پر ٹیگ: ان کے مثبت خرچ کا کم از کم ${pc(0.8)} ان کے سب سے بڑے زمرے میں ہے، اور ان کے کم از کم ${n(2)} آرڈر ہیں۔ اس زمرے کے بارے میں ای میلز ان کے لیے موزوں ہیں۔`
	},
	'special-occasion': {
		name: 'خاص موقع',
		short: 'خاص موقع',
		help: () =>
			`گاہک کے کم از کم ${pc(0.7)} آرڈر ایک کیلنڈر مہینے میں آتے ہیں (کم از کم ${n(2)} برسوں میں)، یا آپ کی مقرر کردہ تعطیلات کی مدت کے اندر۔`,
		definition: () =>
			`کم از کم ${n(2)} آرڈر والے ان گاہکوں پر ٹیگ جن کے کم از کم ${pc(0.7)} آرڈر ان کے سب سے بڑے کیلنڈر مہینے میں، کم از کم ${n(2)} مختلف برسوں میں، آتے ہیں؛ یا کم از کم ${pc(0.7)} آپ کی مقرر کردہ سالانہ تعطیلات کی مدت کے اندر۔ پروموشن کا کیلنڈر ان تک پہنچتا ہے۔`
	},
	influencer: {
		name: 'بااثر',
		short: 'بااثر',
		help: () =>
			`گاہکوں کی فائل کی کسی اثر والی خصوصیت (فالوورز، رسائی…) کے لحاظ سے سرفہرست ${pc(0.05)} گاہک۔`,
		definition: () =>
			`گاہکوں کی فائل کی کسی عددی اثر والی خصوصیت (فالوورز، اثر، رسائی، مداح یا سامعین جیسے نام والا کالم، یا جو آپ منتخب کریں) کے لحاظ سے سرفہرست ${pc(0.05)} گاہکوں پر ٹیگ۔`
	},
	'high-service-effort': {
		name: 'زیادہ خدمت طلب',
		short: 'زیادہ خدمت طلب',
		help: () =>
			`گاہکوں کی فائل میں خدمت کی محنت کی خصوصیت ${n(8)} یا زیادہ (1 سے ${n(10)} کے پیمانے پر)۔`,
		definition: () =>
			`ان گاہکوں پر ٹیگ جن کی خدمت کی محنت، گاہکوں کی فائل کی ایک عددی خصوصیت (1 سے ${n(10)})، کم از کم ${n(8)} ہو: وہ آپ کا زیادہ وقت لیتے ہیں، جس کی لاگت منافع کے صفحے پر لگائی جا سکتی ہے۔`
	},
	contribution: {
		name: 'حصۂ منافع (کنٹری بیوشن)',
		short: 'حصۂ منافع',
		help: () =>
			'لاگتوں کے بعد گاہک سے جو بچتا ہے: خالص آمدنی − سامان − خدمت − مارکیٹنگ۔ صفر سے کم ہو تو وہ جتنا لاتے ہیں اس سے زیادہ خرچ کرواتے ہیں۔',
		definition: () =>
			'خالص آمدنی − سامان (لاگت کا کالم، یا آمدنی × (1 − مارجن)) − خدمت (آرڈرز، واپسیاں، ٹکٹ اور محنت، ہر ایک آپ کی مقرر کردہ لاگت پر) − مارکیٹنگ (ان کے گروہ کی فی گاہک لاگت)۔ وہیل منحنی گاہکوں کو حصۂ منافع کے لحاظ سے ترتیب دیتا ہے۔'
	},
	roi: {
		name: 'ROI',
		short: 'ROI',
		help: () =>
			'کسی گروہ کی خدمت اور مارکیٹنگ پر خرچ کا حاصل: حصۂ منافع ÷ (خدمت + مارکیٹنگ)۔ دونوں صفر ہوں تو "—" دکھایا جاتا ہے۔',
		definition: () =>
			'گاہکوں کے ہر گروہ (حصہ، انداز، پرسونا، ABC درجہ) کے لیے: حصۂ منافع کا مجموعہ ÷ خدمت اور مارکیٹنگ کی لاگتوں کا مجموعہ۔ دونوں لاگتیں صفر ہوں تو غیر متعین، "—" دکھایا جاتا ہے۔'
	},
	'p-alive': {
		name: 'P(زندہ)',
		short: 'P(زندہ)',
		help: () =>
			`اس بات کا امکان کہ گاہک اب بھی خریداری کر رہا ہے، ${iso('BG/NBD')} ماڈل سے: حالیہ دہرائی گئی خریداری کے بعد زیادہ، جتنی دیر خاموش رہے اتنا کم۔`,
		definition: () =>
			`${iso('BG/NBD')} ماڈل (فیڈر، ہارڈی اور لی، ${iso('2005')}) ہر گاہک کو، اس کے دہرائے گئے خریداری کے دنوں کی تعداد، آخری کے وقت اور پہلی سے گزرے وقت سے، یہ امکان دیتا ہے کہ وہ کٹ آف تک چھوڑ کر نہیں گیا۔`
	},
	clv: {
		name: 'گاہک کی عمر بھر کی قدر',
		short: 'گاہک کی عمر بھر کی قدر',
		help: () =>
			`گاہک سے ایک مدت میں متوقع خرچ: متوقع خریداریاں (${iso('BG/NBD')}) × فی خریداری متوقع خرچ (${iso('Gamma-Gamma')})۔`,
		definition: () =>
			`مدت میں متوقع خریداریاں (${iso('BG/NBD')}) ضرب فی خریداری متوقع خرچ (${iso('Gamma-Gamma')}، دہرائی گئی خریداری والے گاہکوں پر فٹ کیا گیا)، اختیاری سالانہ شرحِ رعایت کے ساتھ۔ دونوں ماڈل کٹ آف تک کی مدتِ پیمائش پر زیادہ سے زیادہ امکان کے طریقے سے فٹ کیے جاتے ہیں۔`
	},
	holdout: {
		name: 'جانچ کی مدت (ہولڈ آؤٹ)',
		short: 'جانچ کی مدت',
		help: () =>
			'کٹ آف کے بعد کی ایک مدت جو فٹ سے باہر رکھی جاتی ہے تاکہ ماڈل جانچا جائے: متوقع دہرائی گئی خریداریاں اصل خریداریوں کے مقابل۔',
		definition: () =>
			'کٹ آف سے جانچ کی مدت کے اختتام تک کے دن فٹ سے باہر رکھے جاتے ہیں؛ اس مدت کے لیے گاہکوں کے متوقع دہرائے گئے خریداری کے دنوں کا مجموعہ اصل سے ملایا جاتا ہے، ہفتہ بہ ہفتہ، ٹریکنگ چارٹ میں۔'
	},
	movement: {
		name: 'نقل و حرکت',
		short: 'نقل و حرکت',
		help: () => 'دو تجزیاتی تاریخوں پر گاہکوں کے حصے ساتھ ساتھ: کون کس حصے سے کس حصے میں گیا۔',
		definition: () =>
			'ہر گاہک کا حصہ ایک پہلی اور ایک بعد کی تجزیاتی تاریخ پر۔ پہلی تاریخ کے بعد پہلی بار نظر آنے والے گاہک "نئے" ہیں؛ یہ اختیار چالو ہو تو پچھلے سال میں بغیر آرڈر کے گاہک "جا چکے" ہیں۔'
	},
	'frozen-cut-points': {
		name: 'منجمد حدّی نقطے',
		short: 'منجمد حدّی نقطے',
		help: () =>
			'بعد کی تاریخ کو پہلی تاریخ کے حدّی نقطوں سے اسکور کیا جاتا ہے، تاکہ حرکت کا مطلب رویّے کی تبدیلی ہو، نہ کہ بدلتے کوانٹائل۔',
		definition: () =>
			'پہلے سے طے شدہ طور پر، نقل و حرکت بعد کی تاریخ کے لیے پہلی تاریخ کے حدّی نقطے رکھتی ہے: گاہک صرف اس لیے حرکت کرتا ہے کہ اس کی اپنی تازگی، آرڈرز یا قدر بدلی۔ دوبارہ حساب شدہ حدّی نقطے ایک اختیار ہیں؛ تب گاہک اس لیے بھی حرکت کر سکتا ہے کہ باقی سب بدل گئے۔'
	}
};

export const ur: typeof en = {
	pageTitle: 'اصطلاحات — سِیو',
	heading: 'اصطلاحات',
	intro:
		'سِیو کے الفاظ اور اعداد کا مطلب۔ یہاں بیان کی گئی حدیں پہلے سے طے شدہ ہیں: ہر ایک صفحے میں بدلی جا سکتی ہے۔',
	footerLink: 'اصطلاحات',
	whatIs: (term: string) => `${term} کیا ہے؟`,
	readMore: (term: string) => `اصطلاحات میں ${term}`,
	terms: urTerms,
	weak: {
		title: 'یہ پرسونا ایک دوسرے سے کمزور طور پر الگ ہیں۔',
		text: (silhouette: number, threshold: number) =>
			`اوسط سلہوٹ ${formatSilhouette(silhouette)} ہے، جو ${dec(threshold)} یا اس سے کم ہے: گاہک کسی دوسرے پرسونا کے تقریباً اتنے ہی قریب ہیں جتنے اپنے، جسے کافمین اور روسیو کوئی قابلِ ذکر ساخت نہ ہونا سمجھتے ہیں۔ پرسونا کو موٹے گروہ سمجھیں، گاہکوں کی الگ الگ قسمیں نہیں۔`,
		tryHeading: 'کیا آزمائیں:',
		auto: () => `پرسونا کی تعداد سلہوٹ کو چننے دیں (${n(2)} سے ${n(8)})؛`,
		fewer: (k: number) => `${n(k)} سے کم پرسونا، جب ان میں سے دو ایک جیسے لگیں؛`,
		more: 'زیادہ پرسونا، جب ایک بڑا پرسونا مختلف گاہکوں کو ملا دے؛',
		features:
			'دوسری خصوصیات — جو آپ کے کاروبار کے لیے اہم نہیں انہیں نکال دیں، یا گاہکوں کی ایسی فائل شامل کریں جس کی خصوصیات اہم ہوں (عمر، شہر، کمپنی کا حجم)۔'
	}
};
