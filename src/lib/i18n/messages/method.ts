/** Messages of method links, saved methods and project files (components/method/). */
import { formatDateTime, formatInteger } from '../format';

export const en = {
	menu: 'Method',
	menuTitle: 'Share, save or carry this analysis method',
	sections: {
		dataset: 'Period and value basis',
		value: 'Value',
		segments: 'Segments',
		personas: 'Personas',
		accounts: 'Account reviews',
		clv: 'Future value',
		profit: 'Profit',
		movement: 'Movement',
		loyalty: 'Problems and loyalty'
	} as Record<string, string>,
	link: {
		heading: 'Link to this method',
		carries: 'The link carries the settings of:',
		never:
			'Never in the link: customer ids, names, persona names and stories, or any figure from your data. Whoever opens it applies the method to their own data.',
		length: (characters: number) => `${formatInteger(characters)} characters`,
		showAll: 'Show everything the link carries',
		copy: 'Copy link',
		copied: 'Link copied.',
		copyFailed: 'The browser did not allow copying: select the link below and copy it.',
		field: 'Link to this method',
		needsDataset: 'Open a dataset to share, save or carry its method.',
		preparing: 'Preparing the link…'
	},
	arrived: {
		title: 'This link carries an analysis method',
		waiting:
			'It will be applied to the dataset you open, load or import next. Your data stay in this browser.',
		waitingSaved: (name: string) =>
			`The method “${name}” will be applied to the dataset you open, load or import next.`,
		waitingProject: (file: string) =>
			`The settings of “${file}” will be applied to the dataset you open, load or import next.`,
		dismiss: 'Do not apply it'
	},
	applied: {
		link: (dataset: string) => `The method from the link was applied to “${dataset}”.`,
		saved: (name: string, dataset: string) => `The method “${name}” was applied to “${dataset}”.`,
		project: (file: string, dataset: string) =>
			`The settings of “${file}” were applied to “${dataset}”.`,
		close: 'Close'
	},
	refused: {
		damaged:
			'The method in this link is damaged (cut short or edited): nothing was applied and your saved settings are unchanged.',
		newer:
			'This link was made by a newer version of Sieve: nothing was applied. Reload the page to get the newest version.'
	},
	saved: {
		heading: 'Saved methods',
		name: 'Name of the method',
		namePlaceholder: 'Monthly review',
		save: 'Save this method',
		savedAs: (name: string) => `Saved as “${name}”.`,
		none: 'No method saved yet.',
		apply: 'Apply',
		applyLabel: (name: string) => `Apply the method “${name}” to this dataset`,
		appliedHere: (name: string) => `The method “${name}” now applies to this dataset.`,
		delete: 'Delete',
		deleteLabel: (name: string) => `Delete the method “${name}”`,
		savedOn: (iso: string) => `saved ${formatDateTime(iso)}`,
		failed: (message: string) => `Saved methods are not available: ${message}`
	},
	start: {
		label: 'Start from the method of:',
		none: '— the defaults —',
		chosen: (name: string) => `The next dataset opened or imported starts from “${name}”.`,
		help: 'The rules, cut points, tags, persona options and costs of a saved method apply to the dataset you import next.'
	},
	project: {
		heading: 'Project file',
		intro:
			'A .sieve.json file with the method, every view’s settings, persona names and stories and review questions.',
		withData: 'Include the dataset itself (compressed)',
		withDataHelp:
			'To move the project to another machine or keep it as a backup. Safari deletes what a site stored after seven days without a visit: keep a project file with the data of what matters.',
		save: 'Save project file',
		saving: 'Saving the project file…',
		saved: (file: string) => `Saved ${file}.`,
		saveFailed: (message: string) => `The project file could not be written: ${message}`,
		open: 'Open a project file',
		drop: 'Drop a .sieve.json file here, or choose one',
		opening: 'Opening the project file…',
		openedData: (name: string) => `Opened the project’s dataset “${name}” with its settings.`,
		openedSettings: (dataset: string) => `The project’s settings now apply to “${dataset}”.`,
		openFailed: (message: string) =>
			`The project file could not be opened: ${message} Nothing was changed.`,
		problems: {
			notJson:
				'This file is not a complete project file: it was cut short or edited. Nothing was changed.',
			notProject: 'This file is not a Sieve project file (.sieve.json). Nothing was changed.',
			newer: (version: number) =>
				`This project file was written by a newer version of Sieve (file version ${formatInteger(version)}). Nothing was changed; reload the page to get the newest version.`,
			settings: (messages: string) =>
				`Settings in this project file were refused: ${messages} Nothing was changed.`,
			dataset: (column: string | null) =>
				column
					? `The dataset in this project file is damaged (column “${column}”). Nothing was changed.`
					: 'The dataset in this project file is damaged. Nothing was changed.'
		}
	}
};

export const ur: typeof en = {
	menu: 'طریقہ',
	menuTitle: 'تجزیے کا یہ طریقہ شیئر، محفوظ یا ساتھ لے جائیں',
	sections: {
		dataset: 'مدت اور قدر کی بنیاد',
		value: 'قدر',
		segments: 'حصے',
		personas: 'پرسونا',
		accounts: 'کھاتوں کے جائزے',
		clv: 'مستقبل کی قدر',
		profit: 'منافع',
		movement: 'نقل و حرکت',
		loyalty: 'مسائل اور وفاداری'
	},
	link: {
		heading: 'اس طریقے کا لنک',
		carries: 'لنک میں ان کی سیٹنگز ہیں:',
		never:
			'لنک میں کبھی نہیں: گاہکوں کی شناخت، نام، پرسونا کے نام اور کہانیاں، یا آپ کے ڈیٹا کا کوئی عدد۔ جو اسے کھولے وہ یہ طریقہ اپنے ڈیٹا پر لاگو کرتا ہے۔',
		length: (characters: number) => `${formatInteger(characters)} حروف`,
		showAll: 'لنک میں موجود سب کچھ دکھائیں',
		copy: 'لنک کاپی کریں',
		copied: 'لنک کاپی ہو گیا۔',
		copyFailed: 'براؤزر نے کاپی کرنے کی اجازت نہیں دی: نیچے سے لنک منتخب کر کے کاپی کریں۔',
		field: 'اس طریقے کا لنک',
		needsDataset: 'طریقہ شیئر، محفوظ یا ساتھ لے جانے کے لیے کوئی ڈیٹا سیٹ کھولیں۔',
		preparing: 'لنک تیار ہو رہا ہے…'
	},
	arrived: {
		title: 'اس لنک میں تجزیے کا ایک طریقہ ہے',
		waiting:
			'یہ اس ڈیٹا سیٹ پر لاگو ہو گا جو آپ اگلی بار کھولیں، لوڈ کریں یا درآمد کریں۔ آپ کا ڈیٹا اسی براؤزر میں رہتا ہے۔',
		waitingSaved: (name: string) =>
			`طریقہ ”${name}“ اس ڈیٹا سیٹ پر لاگو ہو گا جو آپ اگلی بار کھولیں، لوڈ کریں یا درآمد کریں۔`,
		waitingProject: (file: string) =>
			`”${file}“ کی سیٹنگز اس ڈیٹا سیٹ پر لاگو ہوں گی جو آپ اگلی بار کھولیں، لوڈ کریں یا درآمد کریں۔`,
		dismiss: 'اسے لاگو نہ کریں'
	},
	applied: {
		link: (dataset: string) => `لنک کا طریقہ ”${dataset}“ پر لاگو کر دیا گیا۔`,
		saved: (name: string, dataset: string) => `طریقہ ”${name}“ ”${dataset}“ پر لاگو کر دیا گیا۔`,
		project: (file: string, dataset: string) =>
			`”${file}“ کی سیٹنگز ”${dataset}“ پر لاگو کر دی گئیں۔`,
		close: 'بند کریں'
	},
	refused: {
		damaged:
			'اس لنک کا طریقہ خراب ہے (ادھورا یا بدلا ہوا): کچھ لاگو نہیں ہوا اور آپ کی محفوظ سیٹنگز جوں کی توں ہیں۔',
		newer:
			'یہ لنک سِیو کے نئے ورژن نے بنایا ہے: کچھ لاگو نہیں ہوا۔ نیا ورژن لینے کے لیے صفحہ دوبارہ لوڈ کریں۔'
	},
	saved: {
		heading: 'محفوظ طریقے',
		name: 'طریقے کا نام',
		namePlaceholder: 'ماہانہ جائزہ',
		save: 'یہ طریقہ محفوظ کریں',
		savedAs: (name: string) => `”${name}“ کے نام سے محفوظ ہو گیا۔`,
		none: 'ابھی کوئی طریقہ محفوظ نہیں۔',
		apply: 'لاگو کریں',
		applyLabel: (name: string) => `طریقہ ”${name}“ اس ڈیٹا سیٹ پر لاگو کریں`,
		appliedHere: (name: string) => `طریقہ ”${name}“ اب اس ڈیٹا سیٹ پر لاگو ہے۔`,
		delete: 'حذف کریں',
		deleteLabel: (name: string) => `طریقہ ”${name}“ حذف کریں`,
		savedOn: (iso: string) => `محفوظ کیا گیا ${formatDateTime(iso)}`,
		failed: (message: string) => `محفوظ طریقے دستیاب نہیں: ${message}`
	},
	start: {
		label: 'اس کے طریقے سے شروع کریں:',
		none: '— طے شدہ سیٹنگز —',
		chosen: (name: string) => `اگلا کھولا یا درآمد کیا گیا ڈیٹا سیٹ ”${name}“ سے شروع ہو گا۔`,
		help: 'محفوظ طریقے کے اصول، حدیں، ٹیگ، پرسونا کے اختیارات اور لاگتیں اس ڈیٹا سیٹ پر لاگو ہوں گی جو آپ اگلی بار درآمد کریں۔'
	},
	project: {
		heading: 'پروجیکٹ فائل',
		intro:
			'ایک ‎.sieve.json فائل جس میں طریقہ، ہر منظر کی سیٹنگز، پرسونا کے نام اور کہانیاں اور جائزے کے سوالات ہیں۔',
		withData: 'ڈیٹا سیٹ بھی شامل کریں (سکیڑ کر)',
		withDataHelp:
			'تاکہ پروجیکٹ دوسری مشین پر جا سکے یا بیک اپ رہے۔ سفاری سات دن تک نہ کھولی گئی سائٹ کا محفوظ ڈیٹا مٹا دیتا ہے: جو اہم ہے اس کی ڈیٹا سمیت پروجیکٹ فائل رکھیں۔',
		save: 'پروجیکٹ فائل محفوظ کریں',
		saving: 'پروجیکٹ فائل محفوظ ہو رہی ہے…',
		saved: (file: string) => `${file} محفوظ ہو گئی۔`,
		saveFailed: (message: string) => `پروجیکٹ فائل نہیں لکھی جا سکی: ${message}`,
		open: 'پروجیکٹ فائل کھولیں',
		drop: 'یہاں ‎.sieve.json فائل ڈالیں، یا منتخب کریں',
		opening: 'پروجیکٹ فائل کھل رہی ہے…',
		openedData: (name: string) => `پروجیکٹ کا ڈیٹا سیٹ ”${name}“ اپنی سیٹنگز کے ساتھ کھل گیا۔`,
		openedSettings: (dataset: string) => `پروجیکٹ کی سیٹنگز اب ”${dataset}“ پر لاگو ہیں۔`,
		openFailed: (message: string) => `پروجیکٹ فائل نہیں کھل سکی: ${message} کچھ نہیں بدلا۔`,
		problems: {
			notJson: 'یہ مکمل پروجیکٹ فائل نہیں: یہ ادھوری ہے یا بدلی گئی ہے۔ کچھ نہیں بدلا۔',
			notProject: 'یہ سِیو کی پروجیکٹ فائل (‎.sieve.json) نہیں۔ کچھ نہیں بدلا۔',
			newer: (version: number) =>
				`یہ پروجیکٹ فائل سِیو کے نئے ورژن نے لکھی ہے (فائل ورژن ${formatInteger(version)})۔ کچھ نہیں بدلا؛ نیا ورژن لینے کے لیے صفحہ دوبارہ لوڈ کریں۔`,
			settings: (messages: string) =>
				`اس پروجیکٹ فائل کی سیٹنگز رد کر دی گئیں: ${messages} کچھ نہیں بدلا۔`,
			dataset: (column: string | null) =>
				column
					? `اس پروجیکٹ فائل کا ڈیٹا سیٹ خراب ہے (کالم ”${column}“)۔ کچھ نہیں بدلا۔`
					: 'اس پروجیکٹ فائل کا ڈیٹا سیٹ خراب ہے۔ کچھ نہیں بدلا۔'
		}
	}
};
