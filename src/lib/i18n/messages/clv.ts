/** Messages of the clv area (components/clv/, charts/clv/ and its route). */
import {
	formatDate,
	formatDecimal,
	formatFixed,
	formatInteger,
	formatIsoDate,
	formatMoney,
	formatShare,
	formatSignificant
} from '../format';
import { plural } from '../plural';

/** An id kept whole in a right-to-left sentence (first strong isolate … pop). */
const isolate = (text: string) => `\u2068${text}\u2069`;

type Unit = 'weeks' | 'days';

/** A figure with at most one decimal (read-outs of cumulative counts and ages). */
const oneDecimal = (value: number) => formatDecimal(Math.round(value * 10) / 10);

const UNIT_UR: Record<Unit, string> = { weeks: 'ہفتے', days: 'دن' };
/** The unit after a postposition ("in weeks" → "ہفتوں میں"). */
const UNIT_UR_OBLIQUE: Record<Unit, string> = { weeks: 'ہفتوں', days: 'دنوں' };

export const en = {
	/** What each phase of the fit is doing (the worker's progress, by the engine's `ClvPhase`). */
	phases: {
		transactions: 'Summarising purchase days',
		bgnbd: 'Fitting BG/NBD (purchases and drop-out)',
		'gamma-gamma': 'Fitting Gamma-Gamma (spend per purchase)',
		customers: 'Predicting each customer',
		holdout: 'Checking the holdout'
	} as Record<string, string>,
	page: {
		title: 'Lifetime value — Sieve',
		heading: 'Lifetime value',
		what: 'Load an orders file to see which customers will buy again, how much they are worth, and how sure the model is: BG/NBD and Gamma-Gamma, fitted in your browser.',
		periodNote:
			"Lifetime value does not use this period: the models read every order line up to their own calibration cut-off (below), from each customer's first purchase, because leaving out older lines would make long-standing customers look new and bias the fit."
	},
	options: {
		form: 'Lifetime value options',
		calibrationEnds: 'Calibration ends (inclusive)',
		holdoutEnds: 'Holdout ends (optional)',
		defaultPeriods: 'Default periods',
		timeUnit: 'Time unit',
		weeks: 'weeks',
		days: 'days',
		horizon: 'Horizon (days)',
		discount: 'Yearly discount rate (%)',
		fitting: 'Fitting…',
		cancel: 'Cancel',
		nothingChanged: 'Nothing was changed.',
		chooseCalibrationEnd: 'Choose a calibration end date.',
		holdoutPastData: (lastDate: string) =>
			`The holdout ends after the last day of the data (${formatIsoDate(lastDate)}): days without data count as days without purchases.`,
		cancelled: 'Cancelled: the figures shown are from the last finished run.'
	},
	/** Why a fit failed, by the engine's code (engine/clv/fit-failure.ts); the English is the CLI's. */
	fitFailure: {
		invalidOptions: (problems: string[]) => problems.join(' '),
		noOrderLines: 'the file has no order lines',
		noPurchaseDay:
			'no customer has a purchase day (a day with a line of amount ≥ 0) on or before the cut-off',
		noPurchaseBeforeCutoff: (firstDay: number) =>
			`no customer made a purchase on or before the cut-off; the first purchase is on ${formatDate(firstDay)}`,
		tooFewCustomers: (customers: number) =>
			`only ${formatInteger(customers)} customer bought before the cut-off`,
		noRepeatPurchases:
			'no customer bought again before the cut-off (every customer has one purchase day)',
		noTimeObserved: 'every customer started on the cut-off day, so no time was observed',
		likelihoodNotEvaluated: 'the likelihood could not be evaluated from any starting point',
		parametersAtLimit: (parameters: string[]) =>
			`the best fit sends ${parameters.join(', ')} towards 0 or infinity: the data do not determine the model`,
		likelihoodNotFinite: 'the fitted likelihood is not finite',
		tooFewSpenders: (customers: number) =>
			`only ${formatInteger(customers)} customer has repeat purchases with a positive spend`,
		spendLikelihoodNotEvaluated: 'the spend likelihood could not be evaluated',
		spendNotSettled:
			'the spend model does not settle: spends per customer barely vary, or vary without limit',
		spendInfiniteMean:
			'the fitted spend distribution has no finite mean (q ≤ 1): a few customers spend extremely more than the rest',
		noPrediction: 'the model gave no prediction',
		unknownCustomer: (customerId: string) => `there is no customer ${customerId}`,
		customerAfterCutoff: (customerId: string, cutoffDay: number) =>
			`customer ${customerId} has no purchase on or before the cut-off ${formatDate(cutoffDay)}`
	},
	/** What to try after a failed fit, by the engine's code. */
	fitSuggestion: {
		correctOptions: 'correct the options',
		loadOrders: 'load an orders file',
		calibrationAfterFirstPurchases: 'choose a calibration end after the first purchases',
		laterCutoffOrMoreCustomers:
			'choose a later calibration cut-off or load more customers; the model needs a population',
		laterCutoffForRepeats:
			'choose a later calibration cut-off; BG/NBD learns from repeat purchases',
		laterCutoff: 'choose a later calibration cut-off',
		spreadOverTime:
			'check the calibration period: it needs customers with purchases spread over time',
		longerPeriod:
			'use a longer calibration period or more customers (BG/NBD needs both repeat buyers and customers who stopped)',
		extremeDates: 'check for extreme dates or a cut-off outside the data',
		laterCutoffForSpend:
			'choose a later calibration cut-off; spend is modelled from repeat purchases',
		repeatAmounts: 'check the amounts of repeat purchases',
		largestSpends:
			'look at the largest spends (a data error, or business customers mixed with consumers) and consider leaving them out',
		fitAgain: 'fit again',
		checkCustomerId: 'check the customer id',
		laterCalibrationEnd: 'choose a later calibration end to predict this customer'
	},
	/** Degenerate but usable BG/NBD optima, by the engine's code. */
	fitWarning: {
		sameDropout: (dropout: number) =>
			`Drop-out hardly differs between customers: a and b are very large, so every customer has about the same drop-out probability after a purchase, ${formatSignificant(dropout, 3)}.`,
		sameRate: (rate: number) =>
			`Purchase rates hardly differ between customers: r and α are very large, so every active customer buys at about the same rate, ${formatSignificant(rate, 3)} per unit of time.`,
		extremeParameters: (parameters: string[]) =>
			`${parameters.join(', ')} reached an extreme value: the data barely determine ${parameters.length > 1 ? 'them' : 'it'}; predictions remain usable, standard errors may be missing.`
	},
	view: {
		failed: 'Lifetime value could not be computed:',
		reason: (reason: string) => `${reason}.`,
		try: (suggestion: string) => `Try: ${suggestion}.`,
		headlineTitle: 'Headline figures',
		/** Plain and emphasised (odd) parts in turn. */
		headline: (calibrationEnd: string, holdoutEnd: string | null, unit: Unit, horizon: number) => [
			'Calibration to ',
			formatIsoDate(calibrationEnd),
			`${holdoutEnd ? `, holdout to ${formatIsoDate(holdoutEnd)}` : ', no holdout'}; time in `,
			unit as string,
			`, horizon ${formatInteger(horizon)} days.`
		],
		cohortCustomers: 'Customers in the model',
		laterCustomers: (n: number) => `+ ${formatInteger(n)} first bought after the cut-off`,
		calibrationRepeat: 'Repeat transactions (calibration)',
		holdoutActual: 'Holdout transactions, actual',
		holdoutPredicted: 'Holdout transactions, predicted',
		holdoutOff: (share: number) => `${formatShare(share)} off`,
		meanPAlive: 'Mean P(alive)',
		expectedValue: (horizon: number) => `Predicted value, next ${formatInteger(horizon)} days`,
		/** Plain and emphasised (odd) parts in turn. */
		oneTime: (n: number) => [
			'',
			`${formatInteger(n)} customers bought only once`,
			' before the cut-off. BG/NBD gives every one of them P(alive) = 100%: in this model a customer can only drop out right after a repeat purchase, so someone who never came back has not "had the chance" to leave. Their P(alive) says nothing about them; their expected purchases (which fall with the time since that one purchase) and the holdout check do.'
		],
		fitting: 'Fitting the models…'
	},
	model: {
		title: 'The fitted models',
		parameter: 'Parameter',
		estimate: 'Estimate',
		stdError: 'Std. error',
		logLikelihood: 'Log-likelihood',
		bgCaption: 'BG/NBD: purchases and drop-out',
		ggCaption: 'Gamma-Gamma: spend per purchase',
		r: 'shape of purchase rates',
		alpha: (unit: Unit) => `scale of purchase rates (${unit})`,
		a: 'drop-out, first shape',
		b: 'drop-out, second shape',
		p: 'shape of spend per purchase',
		q: 'shape of the customers’ mean spend',
		v: 'scale of the customers’ mean spend',
		bgFootnote: (customers: number, patterns: number, unit: Unit, hasErrors: boolean) =>
			`${formatInteger(customers)} customers in ${formatInteger(patterns)} distinct (x, tₓ, T) patterns; time in ${unit}. Standard errors from the Hessian${hasErrors ? '' : ' are not available: it is not positive definite at this optimum'}.`,
		ggFootnote: (
			customers: number,
			onePurchase: number,
			notPositive: number,
			populationMean: number
		) =>
			`Fitted on ${formatInteger(customers)} customers with repeat purchases and positive mean repeat spend; left out: ${formatInteger(onePurchase)} with one purchase, ${formatInteger(notPositive)} whose repeat days net to zero or less (one-time buyers get the population mean, ${formatFixed(populationMean, 2)}).`,
		bgFailed: 'BG/NBD could not be fitted:',
		ggFailed: 'Gamma-Gamma could not be fitted:',
		ggTry: (suggestion: string) =>
			`Try: ${suggestion}. Without it there is no expected spend or CLV; P(alive) and expected purchases still hold.`
	},
	holdout: {
		trackingTitle: 'Holdout check: repeat transactions by week',
		trackingDescription: (customers: number, calibrationEnd: string) =>
			`Cumulative repeat transactions of the ${formatInteger(customers)} customers who bought by ${formatIsoDate(calibrationEnd)}, actual against what the model expects; after the cut-off the model has seen no data.`,
		trackingDescriptionNoHoldout:
			'Cumulative repeat transactions of the calibration period, actual against what the model expects. Set a holdout end to check the model on data it has not seen.',
		week: 'Week',
		ends: 'Ends',
		period: 'Period',
		calibration: 'calibration',
		holdout: 'holdout',
		actualCumulative: 'Actual (cumulative)',
		expectedCumulative: 'Expected (cumulative)',
		frequencyTitle: 'Holdout transactions by calibration frequency',
		frequencyDescription: (days: number) =>
			`Mean transactions per customer in the ${formatInteger(days)}-day holdout, grouped by their repeat purchases before the cut-off: what they did against what the model predicted.`,
		repeatCalibration: 'Repeat purchases (calibration)',
		customers: 'Customers',
		actualMean: 'Actual (mean)',
		predictedMean: 'Predicted (mean)'
	},
	distribution: {
		aliveTitle: 'P(alive) by repeat purchases and recency',
		aliveDescription: (age: number, unit: Unit) =>
			`For a customer whose first purchase was ${formatDecimal(age)} ${unit} before the cut-off: the longer since their last purchase, compared with how often they bought, the less likely they are still a customer. The bottom row (no repeat purchase) is 100% by the model's construction.`,
		repeatPurchases: 'Repeat purchases',
		recency: (recency: number) => `tₓ ${formatDecimal(recency)}`,
		valueTitle: 'Distribution of predicted value',
		valueDescription: (horizon: number, median: number, mean: number) =>
			`Customers by their predicted value over the next ${formatInteger(horizon)} days (median ${formatMoney(median)}, mean ${formatMoney(mean)}). The last band holds the top 1%.`,
		from: 'From',
		to: 'To',
		customers: 'Customers',
		largest: (to: number) => `${formatMoney(to)} (largest)`,
		under: (to: number) => `under ${formatMoney(to)}`
	},
	customers: {
		title: 'Customers by predicted value',
		exportCsv: 'Export CSV',
		note: (
			horizon: number,
			discountRate: number,
			unit: Unit,
			cohort: number,
			holdoutDays: number | null
		) =>
			`Expected purchases, spend and value over the next ${formatInteger(horizon)} days${discountRate > 0 ? `, value discounted at ${formatShare(discountRate)} a year` : ''}; recency and age in ${unit}. The CSV has every customer (${formatInteger(cohort)})${holdoutDays !== null ? `; its expected_purchases cover the ${formatInteger(holdoutDays)}-day holdout, to compare with what they did` : ''}.`,
		find: 'Find a customer',
		placeholder: 'customer id',
		count: (matched: number, total: number, shown: number, pageSize: number) =>
			`${matched === total ? `${formatInteger(matched)} customers` : `${formatInteger(matched)} of ${formatInteger(total)} customers match`}${matched > shown ? `; the first ${formatInteger(pageSize)} shown` : ''}.`,
		region: 'Ranked customers',
		rank: 'Rank',
		customer: 'Customer',
		frequency: 'Repeat purchases (x)',
		recency: 'Recency (tₓ)',
		age: 'Age (T)',
		pAlive: 'P(alive)',
		expectedPurchases: 'Expected purchases',
		expectedSpend: 'Expected spend',
		clv: 'CLV',
		whyOnePurchase: 'one purchase: population mean spend',
		whyNotPositive: 'repeat days net ≤ 0: mean spend taken as 0',
		footnote:
			"* Left out of the Gamma-Gamma fit (one purchase, or repeat days that net to zero or less): their expected spend is the model's estimate with no spend seen — the population mean for a single purchase."
	},
	charts: {
		tracking: {
			label: (actual: number, expected: number, week: number, calibrationEnd: string) =>
				`Holdout check: cumulative repeat transactions by week, actual ${oneDecimal(actual)} against ${oneDecimal(expected)} expected by week ${formatInteger(week)}; the calibration ends on ${formatIsoDate(calibrationEnd)}. Use the arrow keys to read weeks.`,
			describe: (
				week: number,
				endDate: string,
				inHoldout: boolean,
				actual: number,
				expected: number
			) =>
				`Week ${formatInteger(week)} (to ${formatIsoDate(endDate)}${inHoldout ? ', holdout' : ''}): ${oneDecimal(actual)} actual, ${oneDecimal(expected)} expected cumulative repeat transactions`,
			hint: 'Hover or focus the chart and use the arrow keys to read each week.',
			idle: 'no week selected',
			xAxis: 'week (from the cohort’s first purchase)',
			yAxis: 'cumulative repeat transactions',
			cutoff: (calibrationEnd: string) => `calibration ends ${formatIsoDate(calibrationEnd)}`,
			actual: 'actual',
			expected: 'expected (BG/NBD)'
		},
		frequency: {
			label: (days: number) =>
				`Mean transactions in the ${formatInteger(days)}-day holdout by repeat purchases in calibration, actual against predicted. Use the arrow keys to read each group.`,
			describe: (group: string, customers: number, actual: number, predicted: number) =>
				`${group} repeat purchases in calibration (${formatInteger(customers)} customers): ${formatDecimal(actual)} actual, ${formatDecimal(predicted)} predicted transactions each in the holdout`,
			hint: 'Focus the chart and use the arrow keys to read each frequency.',
			idle: 'no frequency selected',
			xAxis: 'repeat purchases in calibration',
			yAxis: 'mean holdout transactions',
			actual: 'actual',
			predicted: 'predicted'
		},
		alive: {
			label: (maxFrequency: number, age: number, unit: Unit) =>
				`P(alive) by repeat purchases (0 to ${formatInteger(maxFrequency)}) and recency (0 to ${oneDecimal(age)} ${unit}) for a customer whose first purchase was ${oneDecimal(age)} ${unit} before the cut-off. Customers with no repeat purchase are at 100%. Use the arrow keys to read cells.`,
			describe: (x: number, recency: number, age: number, unit: Unit, pAlive: number) =>
				`${formatInteger(x)} repeat ${plural(x, 'purchase', 'purchases')}, the last ${oneDecimal(recency)} ${unit} after the first (customer age ${oneDecimal(age)} ${unit}): P(alive) ${formatShare(pAlive)}`,
			hint: 'Focus the chart: left/right moves along recency, up/down along repeat purchases.',
			idle: 'no cell selected',
			xAxis: (unit: Unit) => `recency: ${unit} from first to last purchase`,
			yAxis: 'repeat purchases',
			legend: 'P(alive)'
		},
		histogram: {
			label: (horizon: number) =>
				`Distribution of predicted value over the next ${formatInteger(horizon)} days: customers per value band. Use the arrow keys to read each band.`,
			describe: (from: number, to: number, openEnded: boolean, customers: number) =>
				`${formatDecimal(from)} to ${openEnded ? '' : 'under '}${formatDecimal(to)}: ${formatInteger(customers)} ${plural(customers, 'customer', 'customers')}`,
			hint: 'Hover or focus the chart and use the arrow keys to read each bar.',
			idle: 'no bar selected',
			xAxis: 'predicted value (lower edge of each band)',
			yAxis: 'customers'
		}
	},
	groups: {
		title: (by: 'rfm' | 'persona'): string =>
			by === 'rfm' ? 'Lifetime value per segment' : 'Lifetime value per persona',
		intro: (calibrationEnd: string, horizon: number) =>
			`Predicted value over the next ${formatInteger(horizon)} days from BG/NBD and Gamma-Gamma fitted to every purchase up to ${formatIsoDate(calibrationEnd)} (no holdout); revenue, undiscounted.`,
		group: (by: 'rfm' | 'persona'): string => (by === 'rfm' ? 'Segment' : 'Persona'),
		customers: 'Customers',
		expectedValue: 'Predicted value',
		meanValue: 'Per customer',
		share: 'Share',
		meanPAlive: 'Mean P(alive)',
		expectedPurchases: 'Expected purchases',
		oneTimeBuyers: 'Bought once',
		total: 'All customers',
		footnote: (oneTimeBuyers: number) =>
			`${formatInteger(oneTimeBuyers)} ${plural(oneTimeBuyers, 'customer', 'customers')} bought only once: BG/NBD gives each of them P(alive) = 100% by its construction (a customer can only drop out after a repeat purchase), which lifts the mean P(alive) of groups with many one-time buyers. Their predicted value still falls with the time since that purchase.`,
		notPredicted: (n: number) =>
			`${formatInteger(n)} ${plural(n, 'customer', 'customers')} first bought after the cut-off: the model does not predict them.`,
		valueFailed: (reason: string, suggestion: string) =>
			`No predicted value: the spend model could not be fitted (${reason}). Try: ${suggestion}.`,
		failed: (reason: string, suggestion: string) =>
			`Lifetime value per group could not be computed: ${reason}. Try: ${suggestion}.`,
		computing: 'Fitting lifetime value…',
		chartLabel: (by: 'rfm' | 'persona'): string =>
			by === 'rfm'
				? 'Predicted value per segment, as bars; the table has every figure.'
				: 'Predicted value per persona, as bars; the table has every figure.'
	},
	curve: {
		title: 'Lifetime value: purchases and P(alive)',
		loading: 'Fitting lifetime value…',
		unavailable: (reason: string) => `No lifetime-value curve: ${reason}.`,
		/** Plain and emphasised (odd) parts in turn. */
		summary: (pAlive: number, purchases: number, clv: number | null, horizon: number) => [
			'P(alive) ',
			formatShare(pAlive),
			`; expected repeat purchases in the next ${formatInteger(horizon)} days `,
			formatFixed(purchases, 2),
			clv === null ? '.' : '; predicted value ',
			clv === null ? '' : formatMoney(clv),
			clv === null ? '' : '.'
		],
		label: (customer: string, purchases: number, calibrationEnd: string) =>
			`Customer ${customer}: ${formatInteger(purchases)} purchase ${plural(purchases, 'day', 'days')} and P(alive) over time up to ${formatIsoDate(calibrationEnd)}, then expected repeat purchases after it.`,
		pAlive: 'P(alive)',
		purchase: 'purchase',
		expected: 'expected repeat purchases (cumulative)',
		cutoff: (calibrationEnd: string) => `cut-off ${formatIsoDate(calibrationEnd)}`,
		date: 'Date',
		purchasesToDate: 'Purchases to date',
		expectedCumulative: 'Expected repeat purchases (cumulative)',
		historyCaption: 'P(alive) over the customer’s history',
		forecastCaption: 'Expected repeat purchases after the cut-off'
	}
};

export const ur: typeof en = {
	phases: {
		transactions: 'خریداری کے دنوں کا خلاصہ بن رہا ہے',
		bgnbd: 'BG/NBD فٹ ہو رہا ہے (خریداریاں اور چھوڑ جانا)',
		'gamma-gamma': 'Gamma-Gamma فٹ ہو رہا ہے (فی خریداری خرچ)',
		customers: 'ہر گاہک کی پیش گوئی ہو رہی ہے',
		holdout: 'جانچ کی مدت سے موازنہ ہو رہا ہے'
	},
	page: {
		title: 'عمر بھر کی قدر — سِیو',
		heading: 'عمر بھر کی قدر',
		what: 'آرڈرز کی فائل لوڈ کریں اور دیکھیں کہ کون سے گاہک دوبارہ خریدیں گے، ان کی قدر کتنی ہے، اور ماڈل کو اس پر کتنا یقین ہے: BG/NBD اور Gamma-Gamma، آپ کے براؤزر ہی میں فٹ کیے گئے۔',
		periodNote:
			'عمر بھر کی قدر یہ مدت استعمال نہیں کرتی: ماڈل ہر گاہک کی پہلی خریداری سے اپنی تربیتی مدت کے اختتام (نیچے) تک آرڈر کی ہر سطر پڑھتے ہیں، کیونکہ پرانی سطریں چھوڑنے سے پرانے گاہک نئے لگیں گے اور فٹ میں جھکاؤ آ جائے گا۔'
	},
	options: {
		form: 'عمر بھر کی قدر کے اختیارات',
		calibrationEnds: 'تربیتی مدت کا اختتام (شامل)',
		holdoutEnds: 'آزمائشی مدت کا اختتام (اختیاری)',
		defaultPeriods: 'طے شدہ مدتیں',
		timeUnit: 'وقت کی اکائی',
		weeks: 'ہفتے',
		days: 'دن',
		horizon: 'پیش گوئی کی مدت (دن)',
		discount: 'سالانہ شرحِ رعایت (%)',
		fitting: 'فٹ ہو رہا ہے…',
		cancel: 'منسوخ کریں',
		nothingChanged: 'کچھ بھی تبدیل نہیں ہوا۔',
		chooseCalibrationEnd: 'تربیتی مدت کے اختتام کی تاریخ چنیں۔',
		holdoutPastData: (lastDate: string) =>
			`آزمائشی مدت ڈیٹا کے آخری دن (${formatIsoDate(lastDate)}) کے بعد ختم ہوتی ہے: جن دنوں کا ڈیٹا نہیں وہ بغیر خریداری کے دن شمار ہوں گے۔`,
		cancelled: 'منسوخ کر دیا گیا: دکھائے گئے اعداد آخری مکمل حساب کے ہیں۔'
	},
	fitFailure: {
		invalidOptions: (problems: string[]) => `اختیارات درست نہیں: ${problems.join(' ')}`,
		noOrderLines: 'فائل میں آرڈر کی کوئی سطر نہیں',
		noPurchaseDay:
			'حدِ فاصل تک کسی گاہک کا خریداری کا کوئی دن نہیں (ایسا دن جس میں رقم ≥ 0 والی سطر ہو)',
		noPurchaseBeforeCutoff: (firstDay: number) =>
			`حدِ فاصل تک کسی گاہک نے خریداری نہیں کی؛ پہلی خریداری ${formatDate(firstDay)} کو ہے`,
		tooFewCustomers: (customers: number) =>
			`حدِ فاصل سے پہلے صرف ${formatInteger(customers)} گاہک نے خریداری کی`,
		noRepeatPurchases:
			'حدِ فاصل سے پہلے کسی گاہک نے دوبارہ خریداری نہیں کی (ہر گاہک کا خریداری کا ایک ہی دن ہے)',
		noTimeObserved: 'ہر گاہک نے حدِ فاصل کے دن ہی آغاز کیا، اس لیے کوئی وقت مشاہدے میں نہیں آیا',
		likelihoodNotEvaluated: 'کسی بھی نقطۂ آغاز سے امکانیت کا حساب نہیں ہو سکا',
		parametersAtLimit: (parameters: string[]) =>
			`بہترین فٹ ${parameters.join('، ')} کو صفر یا لامحدود کی طرف لے جاتا ہے: ڈیٹا ماڈل کا تعین نہیں کرتا`,
		likelihoodNotFinite: 'فٹ کی گئی امکانیت محدود نہیں',
		tooFewSpenders: (customers: number) =>
			`صرف ${formatInteger(customers)} گاہک کی دوبارہ خریداریاں مثبت خرچ والی ہیں`,
		spendLikelihoodNotEvaluated: 'خرچ کی امکانیت کا حساب نہیں ہو سکا',
		spendNotSettled:
			'خرچ کا ماڈل کسی نتیجے پر نہیں پہنچتا: فی گاہک خرچ یا تو بمشکل بدلتا ہے یا بے حد بدلتا ہے',
		spendInfiniteMean:
			'فٹ کی گئی خرچ کی تقسیم کا کوئی محدود اوسط نہیں (q ≤ 1): چند گاہک باقیوں سے کہیں زیادہ خرچ کرتے ہیں',
		noPrediction: 'ماڈل نے کوئی پیش گوئی نہیں دی',
		unknownCustomer: (customerId: string) => `${isolate(customerId)} نام کا کوئی گاہک نہیں`,
		customerAfterCutoff: (customerId: string, cutoffDay: number) =>
			`گاہک ${isolate(customerId)} کی حدِ فاصل ${formatDate(cutoffDay)} تک کوئی خریداری نہیں`
	},
	fitSuggestion: {
		correctOptions: 'اختیارات درست کریں',
		loadOrders: 'آرڈرز کی فائل لوڈ کریں',
		calibrationAfterFirstPurchases: 'تربیتی مدت کا اختتام پہلی خریداریوں کے بعد رکھیں',
		laterCutoffOrMoreCustomers:
			'تربیتی مدت کی حدِ فاصل بعد میں رکھیں یا مزید گاہک لوڈ کریں؛ ماڈل کو گاہکوں کی پوری آبادی درکار ہے',
		laterCutoffForRepeats:
			'تربیتی مدت کی حدِ فاصل بعد میں رکھیں؛ BG/NBD دوبارہ خریداریوں سے سیکھتا ہے',
		laterCutoff: 'تربیتی مدت کی حدِ فاصل بعد میں رکھیں',
		spreadOverTime: 'تربیتی مدت دیکھیں: اسے ایسے گاہک درکار ہیں جن کی خریداریاں وقت میں پھیلی ہوں',
		longerPeriod:
			'لمبی تربیتی مدت یا زیادہ گاہک لیں (BG/NBD کو دوبارہ خریدنے والے اور چھوڑ جانے والے، دونوں طرح کے گاہک درکار ہیں)',
		extremeDates: 'دیکھیں کہیں انتہائی تاریخیں یا ڈیٹا سے باہر کی حدِ فاصل تو نہیں',
		laterCutoffForSpend:
			'تربیتی مدت کی حدِ فاصل بعد میں رکھیں؛ خرچ کا ماڈل دوبارہ خریداریوں سے بنتا ہے',
		repeatAmounts: 'دوبارہ خریداریوں کی رقمیں دیکھیں',
		largestSpends:
			'سب سے بڑے خرچ دیکھیں (ڈیٹا کی غلطی، یا عام صارفین میں ملے ہوئے کاروباری گاہک) اور انہیں نکال دینے پر غور کریں',
		fitAgain: 'دوبارہ فٹ کریں',
		checkCustomerId: 'گاہک کی شناخت دیکھیں',
		laterCalibrationEnd: 'اس گاہک کی پیش گوئی کے لیے تربیتی مدت کا اختتام بعد میں رکھیں'
	},
	fitWarning: {
		sameDropout: (dropout: number) =>
			`گاہکوں میں چھوڑ جانے کا امکان تقریباً یکساں ہے: a اور b بہت بڑے ہیں، اس لیے ہر خریداری کے بعد ہر گاہک کے چھوڑ جانے کا امکان لگ بھگ ${formatSignificant(dropout, 3)} ہے۔`,
		sameRate: (rate: number) =>
			`گاہکوں کی خریداری کی شرح تقریباً یکساں ہے: r اور α بہت بڑے ہیں، اس لیے ہر فعال گاہک لگ بھگ ${formatSignificant(rate, 3)} فی اکائی وقت کی شرح سے خریدتا ہے۔`,
		extremeParameters: (parameters: string[]) =>
			`${parameters.join('، ')} ${parameters.length > 1 ? 'انتہائی قدروں' : 'انتہائی قدر'} تک پہنچ گئے: ڈیٹا ${parameters.length > 1 ? 'ان' : 'اس'} کا بمشکل تعین کرتا ہے؛ پیش گوئیاں قابلِ استعمال ہیں، معیاری غلطیاں شاید نہ ملیں۔`
	},
	view: {
		failed: 'عمر بھر کی قدر کا حساب نہیں ہو سکا:',
		reason: (reason: string) => `${reason}۔`,
		try: (suggestion: string) => `یہ آزمائیں: ${suggestion}۔`,
		headlineTitle: 'اہم اعداد',
		headline: (calibrationEnd: string, holdoutEnd: string | null, unit: Unit, horizon: number) => [
			'تربیتی مدت ',
			formatIsoDate(calibrationEnd),
			` تک${holdoutEnd ? `، آزمائشی مدت ${formatIsoDate(holdoutEnd)} تک` : '، کوئی آزمائشی مدت نہیں'}؛ وقت `,
			UNIT_UR_OBLIQUE[unit],
			` میں، پیش گوئی ${formatInteger(horizon)} دن کی۔`
		],
		cohortCustomers: 'ماڈل میں گاہک',
		laterCustomers: (n: number) => `+ ${formatInteger(n)} نے حدِ فاصل کے بعد پہلی خریداری کی`,
		calibrationRepeat: 'دوبارہ لین دین (تربیتی مدت)',
		holdoutActual: 'آزمائشی مدت کے لین دین، اصل',
		holdoutPredicted: 'آزمائشی مدت کے لین دین، پیش گوئی',
		holdoutOff: (share: number) => `${formatShare(share)} فرق`,
		meanPAlive: 'فعال رہنے کا اوسط امکان',
		expectedValue: (horizon: number) => `متوقع قدر، اگلے ${formatInteger(horizon)} دن`,
		oneTime: (n: number) => [
			'',
			`${formatInteger(n)} گاہکوں نے حدِ فاصل سے پہلے صرف ایک بار خریدا۔`,
			' BG/NBD ان میں سے ہر ایک کو فعال رہنے کا امکان 100% دیتا ہے: اس ماڈل میں گاہک صرف کسی دوبارہ خریداری کے فوراً بعد ہی چھوڑ سکتا ہے، اس لیے جو کبھی لوٹا ہی نہیں اسے چھوڑنے کا "موقع" ہی نہیں ملا۔ ان کا یہ امکان ان کے بارے میں کچھ نہیں بتاتا؛ ان کی متوقع خریداریاں (جو اس ایک خریداری کے بعد گزرے وقت کے ساتھ گھٹتی ہیں) اور آزمائشی مدت کی جانچ بتاتی ہیں۔'
		],
		fitting: 'ماڈل فٹ ہو رہے ہیں…'
	},
	model: {
		title: 'فٹ کیے گئے ماڈل',
		parameter: 'پیرامیٹر',
		estimate: 'تخمینہ',
		stdError: 'معیاری خطا',
		logLikelihood: 'لاگ امکانیت',
		bgCaption: 'BG/NBD: خریداریاں اور چھوڑ جانا',
		ggCaption: 'Gamma-Gamma: فی خریداری خرچ',
		r: 'خریداری کی شرحوں کی شکل',
		alpha: (unit: Unit) => `خریداری کی شرحوں کا پیمانہ (${UNIT_UR[unit]})`,
		a: 'چھوڑ جانا، پہلی شکل',
		b: 'چھوڑ جانا، دوسری شکل',
		p: 'فی خریداری خرچ کی شکل',
		q: 'گاہکوں کے اوسط خرچ کی شکل',
		v: 'گاہکوں کے اوسط خرچ کا پیمانہ',
		bgFootnote: (customers: number, patterns: number, unit: Unit, hasErrors: boolean) =>
			`${formatInteger(customers)} گاہک، ${formatInteger(patterns)} الگ (x, tₓ, T) نمونوں میں؛ وقت ${UNIT_UR_OBLIQUE[unit]} میں۔ ${hasErrors ? 'معیاری خطائیں ہیسیئن سے۔' : 'ہیسیئن سے معیاری خطائیں دستیاب نہیں: اس بہترین نقطے پر یہ مثبت معین نہیں۔'}`,
		ggFootnote: (
			customers: number,
			onePurchase: number,
			notPositive: number,
			populationMean: number
		) =>
			`${formatInteger(customers)} ایسے گاہکوں پر فٹ کیا گیا جن کی دوبارہ خریداریاں ہیں اور دوبارہ خرچ کا اوسط مثبت ہے؛ باہر رکھے گئے: ${formatInteger(onePurchase)} ایک خریداری والے، ${formatInteger(notPositive)} جن کے دوبارہ خریداری کے دنوں کا خالص خرچ صفر یا کم ہے (ایک بار خریدنے والوں کو مجموعی اوسط ملتا ہے، ${formatFixed(populationMean, 2)})۔`,
		bgFailed: 'BG/NBD فٹ نہیں ہو سکا:',
		ggFailed: 'Gamma-Gamma فٹ نہیں ہو سکا:',
		ggTry: (suggestion: string) =>
			`یہ آزمائیں: ${suggestion}۔ اس کے بغیر نہ متوقع خرچ ہے نہ CLV؛ فعال رہنے کا امکان اور متوقع خریداریاں پھر بھی درست ہیں۔`
	},
	holdout: {
		trackingTitle: 'آزمائشی جانچ: ہفتہ وار دوبارہ لین دین',
		trackingDescription: (customers: number, calibrationEnd: string) =>
			`ان ${formatInteger(customers)} گاہکوں کے مجموعی دوبارہ لین دین جنہوں نے ${formatIsoDate(calibrationEnd)} تک خریداری کی، اصل بمقابلہ ماڈل کی توقع؛ حدِ فاصل کے بعد کا کوئی ڈیٹا ماڈل نے نہیں دیکھا۔`,
		trackingDescriptionNoHoldout:
			'تربیتی مدت کے مجموعی دوبارہ لین دین، اصل بمقابلہ ماڈل کی توقع۔ ماڈل کو اَن دیکھے ڈیٹا پر جانچنے کے لیے آزمائشی مدت کا اختتام مقرر کریں۔',
		week: 'ہفتہ',
		ends: 'اختتام',
		period: 'مدت',
		calibration: 'تربیتی',
		holdout: 'آزمائشی',
		actualCumulative: 'اصل (مجموعی)',
		expectedCumulative: 'متوقع (مجموعی)',
		frequencyTitle: 'تربیتی مدت کی خریداریوں کے لحاظ سے آزمائشی لین دین',
		frequencyDescription: (days: number) =>
			`${formatInteger(days)} دن کی آزمائشی مدت میں فی گاہک اوسط لین دین، حدِ فاصل سے پہلے کی دوبارہ خریداریوں کے لحاظ سے گروہ بند: انہوں نے کیا کیا، بمقابلہ ماڈل کی پیش گوئی۔`,
		repeatCalibration: 'دوبارہ خریداریاں (تربیتی مدت)',
		customers: 'گاہک',
		actualMean: 'اصل (اوسط)',
		predictedMean: 'پیش گوئی (اوسط)'
	},
	distribution: {
		aliveTitle: 'دوبارہ خریداریوں اور آخری خریداری کے وقت کے لحاظ سے فعال رہنے کا امکان',
		aliveDescription: (age: number, unit: Unit) =>
			`اس گاہک کے لیے جس کی پہلی خریداری حدِ فاصل سے ${formatDecimal(age)} ${UNIT_UR[unit]} پہلے ہوئی: اس کی خریداری کی رفتار کے مقابلے میں آخری خریداری کو جتنا زیادہ وقت گزرا، اس کے ابھی تک گاہک ہونے کا امکان اتنا ہی کم۔ سب سے نچلی قطار (کوئی دوبارہ خریداری نہیں) ماڈل کی ساخت کی رو سے 100% ہے۔`,
		repeatPurchases: 'دوبارہ خریداریاں',
		recency: (recency: number) => `tₓ ${formatDecimal(recency)}`,
		valueTitle: 'متوقع قدر کی تقسیم',
		valueDescription: (horizon: number, median: number, mean: number) =>
			`اگلے ${formatInteger(horizon)} دن کی متوقع قدر کے لحاظ سے گاہک (وسطانیہ ${formatMoney(median)}، اوسط ${formatMoney(mean)})۔ آخری پٹی میں سب سے اوپر کے 1% ہیں۔`,
		from: 'سے',
		to: 'تک',
		customers: 'گاہک',
		largest: (to: number) => `${formatMoney(to)} (سب سے زیادہ)`,
		under: (to: number) => `${formatMoney(to)} سے کم`
	},
	customers: {
		title: 'متوقع قدر کے لحاظ سے گاہک',
		exportCsv: 'CSV برآمد کریں',
		note: (
			horizon: number,
			discountRate: number,
			unit: Unit,
			cohort: number,
			holdoutDays: number | null
		) =>
			`اگلے ${formatInteger(horizon)} دن کی متوقع خریداریاں، خرچ اور قدر${discountRate > 0 ? `، قدر ${formatShare(discountRate)} سالانہ کی شرح سے رعایتی` : ''}؛ آخری خریداری کا وقت اور عمر ${UNIT_UR_OBLIQUE[unit]} میں۔ CSV میں ہر گاہک ہے (${formatInteger(cohort)})${holdoutDays !== null ? `؛ اس کی متوقع خریداریاں ${formatInteger(holdoutDays)} دن کی آزمائشی مدت کی ہیں، تاکہ گاہکوں کے اصل عمل سے موازنہ ہو سکے` : ''}۔`,
		find: 'گاہک تلاش کریں',
		placeholder: 'گاہک کی شناخت',
		count: (matched: number, total: number, shown: number, pageSize: number) =>
			`${matched === total ? `${formatInteger(matched)} گاہک` : `${formatInteger(total)} میں سے ${formatInteger(matched)} گاہک ملے`}${matched > shown ? `؛ پہلے ${formatInteger(pageSize)} دکھائے گئے` : ''}۔`,
		region: 'درجہ بند گاہک',
		rank: 'درجہ',
		customer: 'گاہک',
		frequency: 'دوبارہ خریداریاں (x)',
		recency: 'آخری خریداری (tₓ)',
		age: 'عمر (T)',
		pAlive: 'فعال رہنے کا امکان',
		expectedPurchases: 'متوقع خریداریاں',
		expectedSpend: 'متوقع خرچ',
		clv: 'CLV',
		whyOnePurchase: 'ایک خریداری: مجموعی اوسط خرچ',
		whyNotPositive: 'دوبارہ خریداری کے دنوں کا خالص خرچ ≤ 0: اوسط خرچ 0 مانا گیا',
		footnote:
			'* Gamma-Gamma فٹ سے باہر (ایک خریداری، یا دوبارہ خریداری کے دن جن کا خالص خرچ صفر یا کم ہو): ان کا متوقع خرچ ماڈل کا وہ تخمینہ ہے جو کوئی خرچ دیکھے بغیر لگتا ہے — ایک خریداری والوں کے لیے مجموعی اوسط۔'
	},
	charts: {
		tracking: {
			label: (actual: number, expected: number, week: number, calibrationEnd: string) =>
				`آزمائشی جانچ: ہفتہ وار مجموعی دوبارہ لین دین، ہفتہ ${formatInteger(week)} تک اصل ${oneDecimal(actual)} بمقابلہ متوقع ${oneDecimal(expected)}؛ تربیتی مدت ${formatIsoDate(calibrationEnd)} کو ختم ہوتی ہے۔ ہفتے پڑھنے کے لیے تیر والی کلیدیں استعمال کریں۔`,
			describe: (
				week: number,
				endDate: string,
				inHoldout: boolean,
				actual: number,
				expected: number
			) =>
				`ہفتہ ${formatInteger(week)} (${formatIsoDate(endDate)} تک${inHoldout ? '، آزمائشی' : ''}): مجموعی دوبارہ لین دین ${oneDecimal(actual)} اصل، ${oneDecimal(expected)} متوقع`,
			hint: 'چارٹ پر ماؤس لائیں یا اسے فوکس کریں اور ہر ہفتہ پڑھنے کے لیے تیر والی کلیدیں استعمال کریں۔',
			idle: 'کوئی ہفتہ منتخب نہیں',
			xAxis: 'ہفتہ (گروہ کی پہلی خریداری سے)',
			yAxis: 'مجموعی دوبارہ لین دین',
			cutoff: (calibrationEnd: string) => `تربیتی مدت کا اختتام ${formatIsoDate(calibrationEnd)}`,
			actual: 'اصل',
			expected: 'متوقع (BG/NBD)'
		},
		frequency: {
			label: (days: number) =>
				`${formatInteger(days)} دن کی آزمائشی مدت میں اوسط لین دین، تربیتی مدت کی دوبارہ خریداریوں کے لحاظ سے، اصل بمقابلہ پیش گوئی۔ ہر گروہ پڑھنے کے لیے تیر والی کلیدیں استعمال کریں۔`,
			describe: (group: string, customers: number, actual: number, predicted: number) =>
				`تربیتی مدت میں ${group} دوبارہ خریداریاں (${formatInteger(customers)} گاہک): آزمائشی مدت میں فی گاہک ${formatDecimal(actual)} اصل، ${formatDecimal(predicted)} پیش گوئی شدہ لین دین`,
			hint: 'چارٹ کو فوکس کریں اور ہر تعداد پڑھنے کے لیے تیر والی کلیدیں استعمال کریں۔',
			idle: 'کوئی تعداد منتخب نہیں',
			xAxis: 'تربیتی مدت میں دوبارہ خریداریاں',
			yAxis: 'آزمائشی مدت کے اوسط لین دین',
			actual: 'اصل',
			predicted: 'پیش گوئی'
		},
		alive: {
			label: (maxFrequency: number, age: number, unit: Unit) =>
				`دوبارہ خریداریوں (0 سے ${formatInteger(maxFrequency)}) اور آخری خریداری کے وقت (0 سے ${oneDecimal(age)} ${UNIT_UR[unit]}) کے لحاظ سے فعال رہنے کا امکان، اس گاہک کے لیے جس کی پہلی خریداری حدِ فاصل سے ${oneDecimal(age)} ${UNIT_UR[unit]} پہلے ہوئی۔ بغیر دوبارہ خریداری والے گاہک 100% پر ہیں۔ خانے پڑھنے کے لیے تیر والی کلیدیں استعمال کریں۔`,
			describe: (x: number, recency: number, age: number, unit: Unit, pAlive: number) =>
				`${formatInteger(x)} دوبارہ ${plural(x, 'خریداری', 'خریداریاں')}، آخری پہلی کے ${oneDecimal(recency)} ${UNIT_UR[unit]} بعد (گاہک کی عمر ${oneDecimal(age)} ${UNIT_UR[unit]}): فعال رہنے کا امکان ${formatShare(pAlive)}`,
			hint: 'چارٹ کو فوکس کریں: دائیں/بائیں کلید آخری خریداری کے وقت پر، اوپر/نیچے دوبارہ خریداریوں پر چلتی ہے۔',
			idle: 'کوئی خانہ منتخب نہیں',
			xAxis: (unit: Unit) => `آخری خریداری کا وقت: پہلی سے آخری خریداری تک ${UNIT_UR[unit]}`,
			yAxis: 'دوبارہ خریداریاں',
			legend: 'فعال رہنے کا امکان'
		},
		histogram: {
			label: (horizon: number) =>
				`اگلے ${formatInteger(horizon)} دن کی متوقع قدر کی تقسیم: ہر قدر کی پٹی میں گاہک۔ ہر پٹی پڑھنے کے لیے تیر والی کلیدیں استعمال کریں۔`,
			describe: (from: number, to: number, openEnded: boolean, customers: number) =>
				`${formatDecimal(from)} سے ${formatDecimal(to)}${openEnded ? ' تک' : ' سے کم تک'}: ${formatInteger(customers)} گاہک`,
			hint: 'چارٹ پر ماؤس لائیں یا اسے فوکس کریں اور ہر پٹی پڑھنے کے لیے تیر والی کلیدیں استعمال کریں۔',
			idle: 'کوئی پٹی منتخب نہیں',
			xAxis: 'متوقع قدر (ہر پٹی کا نچلا کنارہ)',
			yAxis: 'گاہک'
		}
	},
	groups: {
		title: (by: 'rfm' | 'persona') =>
			by === 'rfm' ? 'ہر حصے کی عمر بھر کی قدر' : 'ہر کردار کی عمر بھر کی قدر',
		intro: (calibrationEnd: string, horizon: number) =>
			`اگلے ${formatInteger(horizon)} دن کی متوقع قدر، BG/NBD اور Gamma-Gamma سے جو ${formatIsoDate(calibrationEnd)} تک کی ہر خریداری پر فٹ کیے گئے (کوئی آزمائشی مدت نہیں)؛ آمدنی، بغیر رعایت۔`,
		group: (by: 'rfm' | 'persona') => (by === 'rfm' ? 'حصہ' : 'کردار'),
		customers: 'گاہک',
		expectedValue: 'متوقع قدر',
		meanValue: 'فی گاہک',
		share: 'حصہ داری',
		meanPAlive: 'فعال رہنے کا اوسط امکان',
		expectedPurchases: 'متوقع خریداریاں',
		oneTimeBuyers: 'ایک بار خریدا',
		total: 'تمام گاہک',
		footnote: (oneTimeBuyers: number) =>
			`${formatInteger(oneTimeBuyers)} گاہکوں نے صرف ایک بار خریدا: BG/NBD اپنی ساخت کی وجہ سے ان میں سے ہر ایک کو فعال رہنے کا امکان 100% دیتا ہے (گاہک صرف کسی دوبارہ خریداری کے بعد ہی چھوڑ سکتا ہے)، اس لیے جن گروہوں میں ایسے گاہک زیادہ ہوں ان کا اوسط امکان اونچا دکھتا ہے۔ ان کی متوقع قدر پھر بھی اس خریداری کے بعد گزرے وقت کے ساتھ گھٹتی ہے۔`,
		notPredicted: (n: number) =>
			`${formatInteger(n)} گاہکوں نے حدِ فاصل کے بعد پہلی خریداری کی: ماڈل ان کی پیش گوئی نہیں کرتا۔`,
		valueFailed: (reason: string, suggestion: string) =>
			`کوئی متوقع قدر نہیں: خرچ کا ماڈل فٹ نہیں ہو سکا (${reason})۔ یہ آزمائیں: ${suggestion}۔`,
		failed: (reason: string, suggestion: string) =>
			`ہر گروہ کی عمر بھر کی قدر کا حساب نہیں ہو سکا: ${reason}۔ یہ آزمائیں: ${suggestion}۔`,
		computing: 'عمر بھر کی قدر فٹ ہو رہی ہے…',
		chartLabel: (by: 'rfm' | 'persona') =>
			by === 'rfm'
				? 'ہر حصے کی متوقع قدر، پٹیوں کی صورت میں؛ جدول میں ہر عدد موجود ہے۔'
				: 'ہر کردار کی متوقع قدر، پٹیوں کی صورت میں؛ جدول میں ہر عدد موجود ہے۔'
	},
	curve: {
		title: 'عمر بھر کی قدر: خریداریاں اور فعال رہنے کا امکان',
		loading: 'عمر بھر کی قدر فٹ ہو رہی ہے…',
		unavailable: (reason: string) => `عمر بھر کی قدر کا خط نہیں: ${reason}۔`,
		summary: (pAlive: number, purchases: number, clv: number | null, horizon: number) => [
			'فعال رہنے کا امکان ',
			formatShare(pAlive),
			`؛ اگلے ${formatInteger(horizon)} دن میں متوقع دوبارہ خریداریاں `,
			formatFixed(purchases, 2),
			clv === null ? '۔' : '؛ متوقع قدر ',
			clv === null ? '' : formatMoney(clv),
			clv === null ? '' : '۔'
		],
		label: (customer: string, purchases: number, calibrationEnd: string) =>
			`گاہک ${customer}: خریداری کے ${formatInteger(purchases)} دن اور ${formatIsoDate(calibrationEnd)} تک وقت کے ساتھ فعال رہنے کا امکان، پھر اس کے بعد متوقع دوبارہ خریداریاں۔`,
		pAlive: 'فعال رہنے کا امکان',
		purchase: 'خریداری',
		expected: 'متوقع دوبارہ خریداریاں (مجموعی)',
		cutoff: (calibrationEnd: string) => `حدِ فاصل ${formatIsoDate(calibrationEnd)}`,
		date: 'تاریخ',
		purchasesToDate: 'اب تک کی خریداریاں',
		expectedCumulative: 'متوقع دوبارہ خریداریاں (مجموعی)',
		historyCaption: 'گاہک کی تاریخ میں فعال رہنے کا امکان',
		forecastCaption: 'حدِ فاصل کے بعد متوقع دوبارہ خریداریاں'
	}
};
