/** The frame around every view: header, navigation, language, footer. */
import { formatDuration } from './durations';

export const en = {
	skipLink: 'Skip to content',
	home: 'Sieve home',
	viewsNav: 'Analysis views',
	nav: {
		data: 'Data',
		value: 'Value',
		segments: 'Segments',
		personas: 'Personas',
		profit: 'Profit',
		movement: 'Movement',
		clv: 'Lifetime value',
		reviews: 'Reviews',
		loyalty: 'Loyalty'
	},
	present: 'Present',
	promise: 'Your data stays in this browser',
	promiseTitle: 'Sieve makes no network requests with your data',
	language: 'Language',
	urduDigits: 'Urdu digits',
	footer:
		'Sieve runs entirely in your browser. Files you load are parsed and analysed on this device and stored only in this browser; nothing is uploaded.',
	storageUnavailable: (reason: string) =>
		`This browser’s storage is not available (${reason}). Imports still work, but are not kept after a reload.`,
	duration: (seconds: number) => formatDuration(seconds, 'en'),
	/** A view's dataset: opening it from a link (components/app/DatasetGate.svelte). */
	gate: {
		cannotOpen: 'This dataset could not be opened',
		why: 'It may have been deleted in this browser, or the link came from another browser: links share the method, never the data.',
		opening: 'Opening the dataset…'
	},
	/** A failed run's way back (components/app/RunError.svelte). */
	runError: {
		reset: 'Reset to defaults',
		resetDataset: 'Reset the period and value basis'
	},
	/** Notices about the open dataset's settings and storage (SettingsNotices, session, settings-check). */
	notices: {
		goToData: 'Go to the Data page',
		ignored: 'Some settings were not applied; the view uses its saved settings or the defaults:',
		dismiss: 'Dismiss',
		deletedElsewhere: (name: string | null) =>
			`“${name ?? 'This dataset'}” was deleted in another tab. The figures on this page are what was open before; nothing more is saved. Go to the Data page to load or open a dataset.`,
		sections: {
			dataset: 'Period and value basis',
			value: 'Value',
			segments: 'Segments',
			personas: 'Personas',
			accounts: 'Account reviews',
			clv: 'Future value',
			display: 'Currency'
		} as Record<string, string>,
		ignoredSection: (label: string, fromLink: boolean, message: string) =>
			`${label} settings ${fromLink ? 'in the link' : 'saved with this dataset'} were ignored: ${message}`,
		notAnObject: (json: string) => `the section must be an object of settings, got ${json}.`
	},
	/** A newer version waiting (components/app/UpdateNotice.svelte). */
	update: {
		ready: 'A new version of Sieve is ready.',
		afterImport: 'Reload once the import has finished.',
		reload: 'Reload',
		notNow: 'Not now'
	}
};

export const ur: typeof en = {
	skipLink: 'مواد پر جائیں',
	home: 'سِیو کا صفحۂ اول',
	viewsNav: 'تجزیے کے صفحات',
	nav: {
		data: 'ڈیٹا',
		value: 'قدر',
		segments: 'حصے',
		personas: 'پرسونا',
		profit: 'منافع',
		movement: 'نقل و حرکت',
		clv: 'عمر بھر کی قدر',
		reviews: 'جائزے',
		loyalty: 'وفاداری'
	},
	present: 'پیش کریں',
	promise: 'آپ کا ڈیٹا اسی براؤزر میں رہتا ہے',
	promiseTitle: 'سِیو آپ کے ڈیٹا کے ساتھ کوئی نیٹ ورک درخواست نہیں بھیجتا',
	language: 'زبان',
	urduDigits: 'اردو ہندسے',
	footer:
		'سِیو مکمل طور پر آپ کے براؤزر میں چلتا ہے۔ آپ کی فائلیں اسی آلے پر پڑھی اور جانچی جاتی ہیں اور صرف اسی براؤزر میں محفوظ ہوتی ہیں؛ کچھ بھی اپ لوڈ نہیں ہوتا۔',
	storageUnavailable: (reason: string) =>
		`اس براؤزر کا ذخیرہ دستیاب نہیں (${reason})۔ فائلیں اب بھی درآمد ہوتی ہیں، مگر دوبارہ لوڈ کرنے پر محفوظ نہیں رہتیں۔`,
	duration: (seconds: number) => formatDuration(seconds, 'ur'),
	gate: {
		cannotOpen: 'یہ ڈیٹا سیٹ کھل نہیں سکا',
		why: 'ہو سکتا ہے یہ اس براؤزر میں حذف ہو چکا ہو، یا لنک کسی اور براؤزر سے آیا ہو: لنک طریقہ بانٹتے ہیں، ڈیٹا کبھی نہیں۔',
		opening: 'ڈیٹا سیٹ کھل رہا ہے…'
	},
	runError: {
		reset: 'طے شدہ سیٹنگز پر واپس جائیں',
		resetDataset: 'مدت اور قدر کی بنیاد دوبارہ طے شدہ پر لائیں'
	},
	notices: {
		goToData: 'ڈیٹا کے صفحے پر جائیں',
		ignored:
			'کچھ سیٹنگز لاگو نہیں ہوئیں؛ یہ صفحہ اپنی محفوظ سیٹنگز یا طے شدہ سیٹنگز استعمال کر رہا ہے:',
		dismiss: 'ہٹائیں',
		deletedElsewhere: (name: string | null) =>
			`${name === null ? 'یہ ڈیٹا سیٹ' : `“${name}”`} کسی اور ٹیب میں حذف کر دیا گیا۔ اس صفحے کے اعداد وہی ہیں جو پہلے کھلے تھے؛ مزید کچھ محفوظ نہیں ہوگا۔ کوئی ڈیٹا سیٹ لوڈ کرنے یا کھولنے کے لیے ڈیٹا کے صفحے پر جائیں۔`,
		sections: {
			dataset: 'مدت اور قدر کی بنیاد',
			value: 'قدر',
			segments: 'حصے',
			personas: 'پرسونا',
			accounts: 'کھاتوں کے جائزے',
			clv: 'مستقبل کی قدر',
			display: 'کرنسی'
		},
		ignoredSection: (label: string, fromLink: boolean, message: string) =>
			`${fromLink ? 'لنک میں دی گئی' : 'اس ڈیٹا سیٹ کے ساتھ محفوظ'} ${label} کی سیٹنگز نظر انداز کر دی گئیں: ${message}`,
		notAnObject: (json: string) => `سیکشن سیٹنگز کا ایک آبجیکٹ ہونا چاہیے، ملا ${json}۔`
	},
	update: {
		ready: 'سِیو کا نیا ورژن تیار ہے۔',
		afterImport: 'درآمد مکمل ہونے کے بعد دوبارہ لوڈ کریں۔',
		reload: 'دوبارہ لوڈ کریں',
		notNow: 'ابھی نہیں'
	}
};
