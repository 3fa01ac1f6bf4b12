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
	duration: (seconds: number) => formatDuration(seconds, 'en')
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
	duration: (seconds: number) => formatDuration(seconds, 'ur')
};
