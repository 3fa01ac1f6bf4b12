/**
 * The ingest's codes — a refused file (`refusal`), the sniff's warnings (`sniffWarning`), why a
 * column got its role (`roleReason`), rejected rows' reasons (`rejection`), a refused save
 * (`notSaved`), and what an orders, tickets or customers import noticed (`importWarning`,
 * `ticketsWarning`, `attributesWarning`) — in the languages other than English. Their English has
 * one writer, the ingest (`ingest/ingest-refusals.ts`, `sniff-warnings.ts`, `rejection-tally.ts`,
 * `import-tickets.ts`, `dataset-summary.ts`, `import-warnings.ts`): it runs in Node and in workers
 * and imports nothing of this folder (shared/DESIGN.md), its sentences are the CLI's and
 * `IngestError.message`, and they reach the page next to their codes, which shows them as they are
 * in English (`components/data/import-texts.ts`, through `ingestWords` of `catalogue.ts`).
 */
import { formatDate, formatInteger, formatIsoDate } from '../format';
import { ur as data } from './data';
import { ltr } from './ltr';

const fi = formatInteger;

/** The advice after a refusal of a file that is not text. */
const NOT_TEXT_UR =
	'اپنے آرڈرز CSV (کوما، سیمی کولن یا ٹیب سے الگ کیے گئے) کی صورت میں برآمد کریں اور دوبارہ کوشش کریں۔';

/** The roles an orders mapping cannot do without, by the ingest's code (`RequiredRole`). */
type RequiredRole = 'customer' | 'date' | 'amount';

const MISSING_UR: Record<RequiredRole, { missing: string; choose: string }> = {
	customer: {
		missing: 'گاہک',
		choose: 'وہ کالم جو گاہک کو پہچانتا ہے (آئی ڈی، اکاؤنٹ نمبر یا ای میل)'
	},
	date: { missing: 'آرڈر کی تاریخ', choose: 'تاریخ کا کالم' },
	amount: {
		missing: 'رقم (نہ ہی اسے نکالنے کے لیے مقدار اور فی اکائی قیمت کی جوڑی)',
		choose: 'رقم کا کالم (لائن کی آمدنی)، یا مقدار اور فی اکائی قیمت'
	}
};

/** ` (سطریں 3، 17 اور 2 مزید)` after a warning; '' when no line is known. */
const linesUr = (count: number, lines: number[]) =>
	lines.length === 0
		? ''
		: ` (${lines.length === 1 && count <= 1 ? 'سطر' : 'سطریں'} ${lines.map(fi).join('، ')}${count > lines.length ? ` اور ${fi(count - lines.length)} مزید` : ''})`;

/** `الف`، `الف اور ب`، `الف، ب اور ج`. */
const listUr = (items: string[]) =>
	items.length === 1 ? items[0] : `${items.slice(0, -1).join('، ')} اور ${items[items.length - 1]}`;

/** A workbook's sheet by number or by quoted name. */
const sheetUr = (sheet: number | string) =>
	typeof sheet === 'number' ? fi(sheet) : ltr(`“${sheet}”`);

/** The roles' names of the orders and the tickets mapping, as the mapping steps show them. */
const ROLES_UR = data.roles;
const TICKET_ROLES_UR = data.tickets.roles;

/** `دن/مہینہ/سال`: how dates are read, by the ingest's `DateOrder`. */
const READ_AS_UR = { dmy: 'دن/مہینہ/سال', mdy: 'مہینہ/دن/سال', ymd: 'سال/مہینہ/دن' };

/** The figures of dates that disagree on the day/month order (the ingest's `dates-disagree`). */
interface Disagreeing {
	dayFirst: number;
	dayExample: string;
	monthFirst: number;
	monthExample: string;
	order: 'dmy' | 'mdy';
}

/** Why the dates were read in the majority's order when they disagree (the evidence, and a warning's start). */
const disagreeUr = ({ dayFirst, dayExample, monthFirst, monthExample, order }: Disagreeing) =>
	`تاریخیں آپس میں متفق نہیں: ${fi(dayFirst)} دن پہلے والی لگتی ہیں (${ltr(dayExample)}) اور ${fi(monthFirst)} مہینہ پہلے والی (${ltr(monthExample)})؛ اکثریت کے مطابق ${order === 'dmy' ? 'دن/مہینہ' : 'مہینہ/دن'} پڑھی گئی ہیں۔`;

/** Why the dates were read in the order chosen when no date tells day and month apart. */
const ambiguousUr = (example: string, order: 'dmy' | 'mdy', headerSays: boolean) =>
	`نمونے کی کوئی تاریخ دن اور مہینے میں فرق نہیں بتاتی (مثلاً ${ltr(example)})؛ ${headerSays ? 'ہیڈر کے مطابق ' : ''}${READ_AS_UR[order]} پڑھی گئی ہیں۔`;

export const ur = {
	notSaved: (reason: string) =>
		`اس براؤزر میں ڈیٹا سیٹ محفوظ نہ ہو سکا (${ltr(reason)})۔ ڈیٹا سیٹ اس ٹیب میں کھلا ہے، مگر صفحہ دوبارہ لوڈ کرنے پر ختم ہو جائے گا۔`,
	refusal: {
		emptyFile: 'فائل خالی ہے۔',
		onlyBlankLines: 'فائل خالی ہے (اس میں صرف خالی سطریں ہیں)۔',
		noCompleteLine: 'فائل کے پہلے میگابائٹ میں ایک بھی مکمل سطر نہیں: کیا یہ CSV فائل ہے؟',
		unknownDelimiter: (delimiter: string) =>
			`${ltr(`“${delimiter}”`)} ایسی حد بندی نہیں جسے سِیو پڑھتا ہو (کوما، سیمی کولن، ٹیب، ${ltr('“|”')} یا خالی جگہیں)۔`,
		utf32: `یہ فائل ${ltr('UTF-32')} انکوڈنگ میں ہے، جسے سِیو نہیں پڑھتا۔ ${NOT_TEXT_UR}`,
		binaryKinds: {
			zip: `ZIP آرکائیو یا ایکسل ورک بک (${ltr('.xlsx')})`,
			xls: `پرانی ایکسل ورک بک (${ltr('.xls')})`,
			pdf: 'PDF دستاویز',
			gzip: 'gzip سے سکڑا ہوا ڈیٹا جو کھولا نہ جا سکا',
			bzip2: 'bzip2 سے سکڑا ہوا ڈیٹا',
			xz: 'xz سے سکڑا ہوا ڈیٹا',
			zstd: 'zstd سے سکڑا ہوا ڈیٹا',
			sqlite: 'SQLite ڈیٹا بیس',
			parquet: 'Parquet فائل',
			png: 'PNG تصویر (اسکرین شاٹ؟)',
			jpeg: 'JPEG تصویر (فوٹو؟)',
			gif: 'GIF تصویر'
		},
		binarySignature: (what: string) =>
			`یہ متن کی فائل نہیں لگتی: یہ ${what} لگتی ہے۔ ${NOT_TEXT_UR}`,
		binaryZeroByte: (byte: number) =>
			`یہ متن کی فائل نہیں لگتی (اس میں بائنری ڈیٹا ہے: بائٹ نمبر ${fi(byte)} صفر ہے)۔ ${NOT_TEXT_UR}`,
		controlCharacters: (control: number, bytes: number) =>
			`یہ متن کی فائل نہیں لگتی (اس کے پہلے ${fi(bytes)} بائٹس میں سے ${fi(control)} کنٹرول حروف ہیں)۔ ${NOT_TEXT_UR}`,
		noHeaderNoData: 'فائل خالی ہے: اس میں نہ ہیڈر کی قطار ہے نہ کوئی ڈیٹا۔',
		headerNoData: (header: string[]) =>
			`فائل میں ہیڈر (${ltr(header.join(', '))}) تو ہے مگر ڈیٹا کی کوئی قطار نہیں۔`,
		noUsableRows: (
			rows: number,
			reasons: { label: string; count: number }[],
			ignoredReturnLines: number
		) =>
			`${fi(rows)} قطاروں میں سے کوئی بھی استعمال نہ ہو سکی: ${reasons.map((r) => `${fi(r.count)} ${r.label}`).join('، ')}${ignoredReturnLines > 0 ? `، اور واپسی کی ${fi(ignoredReturnLines)} لائنیں آپ کے انتخاب کے مطابق نظر انداز کی گئیں` : ''}۔ کالموں کی ترتیب (گاہک، تاریخ، رقم) اور دن/مہینے کی ترتیب دیکھیں۔`,
		roleTwice: (role: string, columns: number[]) =>
			`کالم ${listUr(columns.map(fi))} دونوں “${role in ROLES_UR ? ROLES_UR[role as keyof typeof ROLES_UR] : ltr(role)}” کے طور پر چنے گئے ہیں: ان میں سے ایک چنیں۔`,
		rolesMissing: (missing: RequiredRole[]) =>
			`کسی کالم کو ${listUr(missing.map((r) => MISSING_UR[r].missing))} کے طور پر نہیں چنا گیا۔ ${listUr(missing.map((r) => MISSING_UR[r].choose))} چنیں۔`,
		headerMismatch: (mapped: number, header: string[]) =>
			`کالموں کی ترتیب ${fi(mapped)} کالموں کے لیے ہے مگر فائل کے ہیڈر میں ${fi(header.length)} کالم ہیں (${ltr(header.join(', '))})۔ کالم دوبارہ چنیں۔`,
		noSheet: (sheet: number | string, sheets: string[]) =>
			`ورک بک میں شیٹ ${sheetUr(sheet)} نہیں ہے؛ اس کی شیٹیں یہ ہیں: ${sheets.map((name) => ltr(`“${name}”`)).join('، ')}۔`,
		noSheets: 'ورک بک میں کوئی شیٹ نہیں۔',
		sheetEmpty: (sheet: number | string) =>
			sheet === 1 ? 'ورک بک کی پہلی شیٹ خالی ہے۔' : `ورک بک کی شیٹ ${sheetUr(sheet)} خالی ہے۔`,
		workbookUnreadable: (reason: string) =>
			`فائل zip آرکائیو ہے مگر اسے ایکسل ورک بک (${ltr('.xlsx')}) کے طور پر پڑھا نہ جا سکا (${ltr(reason.replace(/\.$/, ''))})۔ اس سے کچھ درآمد نہیں ہوا؛ شیٹ کو CSV کے طور پر محفوظ کریں، یا ورک بک دوبارہ چنیں۔`,
		gzipDamaged: (reason: string) =>
			`فائل gzip فائل کی طرح شروع ہوتی ہے مگر اس کا سکڑا ہوا ڈیٹا خراب یا ادھورا ہے (${ltr(reason.replace(/\.$/, ''))})۔ اس سے کچھ درآمد نہیں ہوا؛ CSV کو دوبارہ سکیڑیں، یا بغیر سکیڑے لوڈ کریں۔`,
		ticketsRoleTwice: (role: string, count: number) =>
			`ٹکٹوں کی کالم ترتیب ${fi(count)} کالموں کو ${role in TICKET_ROLES_UR ? TICKET_ROLES_UR[role as keyof typeof TICKET_ROLES_UR] : ltr(role)} کا کردار دیتی ہے؛ ان میں سے ایک چنیں۔`,
		ticketsNoCustomer: 'ٹکٹوں کی فائل میں گاہک کا کالم ہونا ضروری ہے۔',
		ticketsNoOpened: 'ٹکٹوں کی فائل میں ہر ٹکٹ کے کھلنے کی تاریخ ہونا ضروری ہے۔',
		ticketsNoResolution:
			'ٹکٹوں کی فائل میں حل ہونے کی تاریخ یا حیثیت کا کالم ہونا ضروری ہے، تاکہ حل شدہ ٹکٹ کھلے ٹکٹوں سے الگ پہچانے جا سکیں۔',
		ticketsHeaderMismatch: (mapped: number, header: string[]) =>
			`ٹکٹوں کی کالم ترتیب ${fi(mapped)} کالموں کی ہے مگر فائل میں ${fi(header.length)} کالم ہیں (${ltr(header.join(', '))})۔`,
		ticketsEmpty: 'ٹکٹوں کی فائل خالی ہے۔',
		ticketsHeaderNoData: (header: string[]) =>
			`ٹکٹوں کی فائل میں ہیڈر (${ltr(header.join(', '))}) تو ہے مگر ڈیٹا کی کوئی قطار نہیں۔`,
		ticketsNoUsableRows: (rows: number, reasons: { label: string; count: number }[]) =>
			`ٹکٹوں کی فائل کی ${fi(rows)} قطاروں میں سے کوئی بھی پڑھی نہ جا سکی${reasons.length > 0 ? ` (${reasons.map((r) => `${fi(r.count)} ${r.label}`).join('، ')})` : ''}۔`,
		customersNoColumn: (columns: number, column: number) =>
			`گاہکوں کی فائل میں ${fi(columns)} کالم ہیں؛ کالم ${fi(column + 1)} موجود نہیں۔`,
		customersEmpty: 'گاہکوں کی فائل خالی ہے۔',
		outOfMemory: (rows: number, share: number) =>
			`اس براؤزر ٹیب کی میموری ${fi(rows)} قطاروں (فائل کا ${fi(share)}%) کے بعد ختم ہو گئی۔ کچھ محفوظ نہیں ہوا اور آپ کے دوسرے ڈیٹا سیٹ سلامت ہیں۔ سِیو کو ایک ٹیب میں 2 کروڑ سطروں (${ltr('2 GB')}) پر آزمایا گیا ہے؛ فائل کو تاریخ کے لحاظ سے تقسیم کریں، یا غیر ضروری کالم چھوڑ دیں (انہیں “نظر انداز” پر رکھیں)۔`,
		workerCrashed: (reason: string) =>
			`پارس کرنے والا ایک ورکر رک گیا (${reason ? ltr(reason) : 'کوئی وجہ نہیں بتائی گئی'})۔ عموماً اس کا مطلب ہے کہ فائل اس ٹیب کی میموری کے لیے بہت بڑی ہے۔`,
		customersHeaderNoData: (header: string[]) =>
			`گاہکوں کی فائل میں ہیڈر (${ltr(header.join(', '))}) تو ہے مگر ڈیٹا کی کوئی قطار نہیں۔`,
		customersNoUsableRows: (
			rows: number,
			column: string,
			reasons: { label: string; count: number }[]
		) =>
			`گاہکوں کی فائل کی ${fi(rows)} قطاروں میں سے کسی کے کالم ${ltr(`“${column}”`)} میں گاہک کی شناخت نہیں${reasons.length > 0 ? ` (${reasons.map((r) => `${fi(r.count)} ${r.label}`).join('، ')})` : ''}۔`
	},
	dateOrderEvidence: {
		dayOver12: (count: number, example: string) =>
			`${fi(count)} تاریخیں، جیسے ${ltr(example)}، ${fi(12)} سے بڑے عدد سے شروع ہوتی ہیں، اس لیے تاریخیں دن/مہینہ/سال پڑھی جاتی ہیں۔`,
		monthOver12: (count: number, example: string) =>
			`${fi(count)} تاریخوں، جیسے ${ltr(example)}، کا دوسرا عدد ${fi(12)} سے بڑا ہے، اس لیے تاریخیں مہینہ/دن/سال پڑھی جاتی ہیں۔`,
		disagree: disagreeUr,
		ambiguous: ambiguousUr,
		monthNames: (example: string) =>
			`مہینے ناموں سے لکھے گئے ہیں (${ltr(example)}): دن اور مہینے کا کوئی سوال نہیں۔`,
		yearFirst: (example: string) =>
			`تاریخیں سال سے شروع ہوتی ہیں (${ltr(example)}): دن اور مہینے کا کوئی سوال نہیں۔`,
		noDates: 'نمونے میں کوئی تاریخ نہیں ملی۔',
		preset: (order: 'dmy' | 'mdy' | 'ymd', preset: string) =>
			`نمونے کی کوئی تاریخ دن اور مہینے میں فرق نہیں بتاتی؛ ${READ_AS_UR[order]} پڑھی گئی ہیں، جیسے ${ltr(preset)} کی فائلیں لکھی جاتی ہیں۔`
	},
	sniffWarning: {
		titleSkipped: (lines: number, title: string, header: string) =>
			`ہیڈر کے اوپر کی ${lines === 1 ? 'سطر' : `${fi(lines)} سطریں`} (${ltr(`“${title}”`)}) عنوان سمجھ کر چھوڑ دی ${lines === 1 ? 'جائے گی' : 'جائیں گی'}: ہیڈر ${ltr(`“${header}”`)} ہے۔`,
		headerNoData: 'فائل میں ہیڈر تو ہے مگر ڈیٹا کی کوئی قطار نہیں۔',
		oneColumn: `صرف ایک کالم ملا: ہو سکتا ہے فائل کوما، سیمی کولن، ٹیب یا ${ltr('“|”')} کے علاوہ کوئی اور حد بندی استعمال کرتی ہو۔`,
		raggedRows: (ragged: number, sampled: number, columns: number) =>
			`پہلی ${fi(sampled)} قطاروں میں سے ${fi(ragged)} میں خانوں کی تعداد ہیڈر (${fi(columns)}) سے مختلف ہے؛ انہیں مسترد شمار کیا جائے گا۔`,
		invalidBytes: (encoding: string, lines: number[]) =>
			`کچھ بائٹس درست ${ltr(encoding.toUpperCase())} نہیں اور “�” کی صورت دکھیں گی (${lines.length === 1 ? 'سطر' : 'سطریں'} ${lines.map(fi).join('، ')}): ہو سکتا ہے فائل کوئی اور انکوڈنگ استعمال کرتی ہو۔`,
		zeroBytes: (lines: number[]) =>
			`کچھ خانوں میں صفر بائٹس (NUL) ہیں (${lines.length === 1 ? 'سطر' : 'سطریں'} ${lines.map(fi).join('، ')}): انہیں جوں کا توں رکھا جائے گا۔`,
		excelSerial: (column: string, example: string) =>
			`${ltr(`“${column}”`)} میں ایکسل کی سیریل تاریخیں ہیں (${ltr('1899-12-30')} سے گنے گئے دن، مثلاً ${ltr(example)}): انہیں تاریخوں کے طور پر پڑھا جاتا ہے۔`,
		noHeader: (header: string[]) =>
			`فائل میں ہیڈر کی قطار نہیں: اس کے کالموں کے نام ان کی قدروں کی شکل کے مطابق رکھے گئے ہیں (${ltr(header.join(', '))})۔ براہ کرم کالموں کی ترتیب دیکھ لیں۔`,
		noCustomer: 'گاہک کا کوئی کالم نہیں پہچانا گیا: وہ کالم چنیں جو گاہک کو پہچانتا ہے۔',
		noDate: 'تاریخ کا کوئی کالم نہیں پہچانا گیا: آرڈر کی تاریخ کا کالم چنیں۔',
		noOpened: 'کھلنے کی تاریخ کا کوئی کالم نہیں پہچانا گیا: وہ تاریخ چنیں جب ٹکٹ کھولا گیا۔',
		noResolution: 'نہ حل ہونے کی تاریخ کا کالم پہچانا گیا نہ اسٹیٹس کا: ان میں سے ایک چنیں۔',
		noAmount: (columns: string[], numeric: string[]) =>
			`کالموں ${columns.map((name) => ltr(`“${name}”`)).join('، ')} میں رقم (یا مقدار اور فی اکائی قیمت) نہیں پہچانی گئی: وہ کالم چنیں جس میں ہر لائن کی آمدنی ہے، یا مقدار اور فی اکائی قیمت کے کالم۔${numeric.length > 0 ? ` عددوں والے کالم: ${numeric.map((name) => ltr(`“${name}”`)).join('، ')}۔` : ' کسی کالم میں عدد نہیں۔'}`,
		guessedRole: (role: string, column: string) =>
			`${role in ROLES_UR ? ROLES_UR[role as keyof typeof ROLES_UR] : role in TICKET_ROLES_UR ? TICKET_ROLES_UR[role as keyof typeof TICKET_ROLES_UR] : ltr(role)} کا کالم (${ltr(`“${column}”`)}) اس کی قدروں سے اندازہ لگا کر چنا گیا: براہ کرم اسے دیکھ لیں۔`,
		datesDisagree: (dates: Disagreeing) =>
			`${disagreeUr(dates)} باقی غلط تاریخوں کے طور پر مسترد ہوں گی۔`,
		datesAmbiguous: (example: string, order: 'dmy' | 'mdy', headerSays: boolean) =>
			`${ambiguousUr(example, order, headerSays)} اگر یہ غلط ہو تو کالموں کی ترتیب میں تاریخ کی ترتیب بدل دیں۔`,
		decimalCommas: (columns: string[]) =>
			`${columns.map(ltr).join('، ')} میں اعشاری کوما پڑھے جاتے ہیں (${ltr('1.234,56 = 1234.56')})۔`
	},
	roleReason: {
		roles: {
			customer: 'گاہک',
			date: 'آرڈر کی تاریخ',
			amount: 'رقم',
			quantity: 'مقدار',
			unitPrice: 'فی اکائی قیمت',
			order: 'آرڈر آئی ڈی',
			product: 'پروڈکٹ',
			category: 'زمرہ',
			discount: 'رعایت',
			cost: 'لاگت',
			margin: 'مارجن',
			channel: 'چینل',
			returnFlag: 'واپسی کا نشان',
			ignore: 'نظر انداز'
		},
		excelSerial: (share: number, min: number, max: number) =>
			`قدریں ایکسل کی سیریل تاریخیں لگتی ہیں: ${fi(share)}% ${ltr('1899-12-30')} سے گنے گئے دن ہیں، ${ltr(`${min}–${max}`)} کے اندر`,
		preset: (preset: string, column: string, role: string) =>
			`${ltr(preset)}: ${ltr(`“${column}”`)} ${role} ہے`,
		header: (column: string, role: string) => `ہیڈر ${ltr(`“${column}”`)} کا مطلب ${role} ہے`,
		dates: (share: number, pattern: string) =>
			`قدریں تاریخیں لگتی ہیں: ${fi(share)}% ${ltr(pattern)} کے طور پر پڑھی جاتی ہیں`,
		money: (numbers: number, decimals: number) =>
			`قدریں رقم لگتی ہیں: ${fi(numbers)}% عدد ہیں، ${fi(decimals)}% اعشاریہ کے ساتھ`,
		customerIds: (distinct: number | null, rows: number) =>
			`قدریں گاہک کی شناخت کی طرح دہرائی جاتی ہیں: ${fi(rows)} قطاروں میں ${distinct === null ? '?' : fi(distinct)} مختلف`,
		counts: (share: number) => `قدریں گنتی لگتی ہیں: ${fi(share)}% چھوٹے پورے عدد ہیں`,
		guessed: (column: string) => `${ltr(`“${column}”`)} کی قدروں سے اندازہ لگایا گیا`
	},
	rejection: {
		'unclosed-quote': 'اقتباس کا نشان کھلتا ہے اور کبھی بند نہیں ہوتا (سطر چھوڑ دی گئی)',
		'line-too-long': 'سطر 10,48,576 حروف سے لمبی ہے (اگلی سطر تک چھوڑ دی گئی)',
		'wrong-field-count': 'خانوں کی تعداد غلط ہے',
		'no-customer': 'گاہک کی شناخت نہیں',
		'bad-date': 'تاریخ موجود نہیں یا سمجھ میں نہیں آئی',
		'bad-amount': 'رقم موجود نہیں یا عدد نہیں',
		'bad-quantity': 'مقدار موجود نہیں یا عدد نہیں',
		'bad-price': 'فی اکائی قیمت موجود نہیں یا عدد نہیں',
		'implausible-amount': 'رقم، مقدار یا قیمت ±10,00,00,00,00,000 سے باہر (یا لامحدود)',
		'not-a-sale': 'فروخت نہیں (ناکام، کالعدم یا منسوخ ادائیگی)',
		'bad-opened-date': 'کھلنے کی تاریخ موجود نہیں یا سمجھ میں نہیں آئی',
		'bad-resolved-date': 'حل ہونے کی تاریخ سمجھ میں نہیں آئی',
		'resolved-before-opened': 'کھلنے سے پہلے ہی حل ہو گیا'
	},
	importWarning: {
		titleLines: (lines: string[]) =>
			`ہیڈر کے اوپر کی ${fi(lines.length)} ${lines.length === 1 ? 'سطر' : 'سطریں'} عنوان سمجھ کر چھوڑ دی گئیں: ${ltr(`“${lines.join(' / ')}”`)}۔`,
		invalidBytes: (encoding: string, count: number, lines: number[]) =>
			`کچھ بائٹس درست ${ltr(encoding.toUpperCase())} نہیں اور “�” کی صورت دکھتی ہیں${linesUr(count, lines)}: ہو سکتا ہے فائل کوئی اور انکوڈنگ استعمال کرتی ہو۔`,
		zeroBytes: (count: number, lines: number[]) =>
			`${fi(count)} ${count === 1 ? 'سطر' : 'سطروں'} کے خانوں میں صفر بائٹس (NUL) ہیں${linesUr(count, lines)}: انہیں جوں کا توں رکھا گیا۔`,
		duplicateColumns: (columns: { name: string; at: number[] }[]) =>
			`کئی کالموں کا نام ایک ہی ہے: ${columns.map(({ name, at }) => `${ltr(`“${name}”`)} (کالم ${at.map(fi).join('، ')})`).join('، ')}۔ دیکھ لیں کہ کالموں کی ترتیب میں درست کالم چنا گیا ہے۔`,
		cancelledAsReturns: (orders: number, returnLines: number) =>
			`${fi(orders)} منسوخ ${orders === 1 ? 'آرڈر' : 'آرڈرز'} پوری واپسی شمار ہوئے: واپسی کی ${fi(returnLines)} ${returnLines === 1 ? 'لائن' : 'لائنیں'} شامل کی گئیں۔`,
		cancelledKept: (orders: number) =>
			`${fi(orders)} منسوخ ${orders === 1 ? 'آرڈر' : 'آرڈرز'} فروخت کے طور پر رکھے گئے: آپ کے انتخاب کے مطابق واپسیاں نظر انداز کی گئیں۔`,
		spreadOrders: (orders: number) =>
			`${fi(orders)} ${orders === 1 ? 'آرڈر' : 'آرڈرز'} کی آرڈر کی سطح کی رعایت یا واپس کی گئی رقم ان کی لائنوں میں ان کی رقموں کے تناسب سے بانٹ دی گئی۔`,
		futureDates: (count: number, today: number, examples: { line: number; date: string }[]) =>
			`${fi(count)} ${count === 1 ? 'لائن کی' : 'لائنوں کی'} تاریخ آج (${formatDate(today)}) کے بعد کی ہے، مثلاً ${examples.map((e) => `سطر ${fi(e.line)} پر ${formatIsoDate(e.date)}`).join('، ')}: تاریخ کا کالم اور دن/مہینے کی ترتیب دیکھیں۔`
	},
	attributesWarning: {
		customerColumnGuessed: (column: string) =>
			`گاہک آئی ڈی کا کوئی کالم پہچانا نہیں گیا؛ پہلا کالم (“${ltr(column)}”) استعمال کیا گیا ہے۔`,
		duplicateCustomers: (rows: number) =>
			`${fi(rows)} قطاریں پہلے آ چکی گاہک آئی ڈی دہراتی ہیں؛ ہر آئی ڈی کی پہلی قطار رکھی گئی ہے۔`
	},
	ticketsWarning: {
		resolvedBeforeOpened: (
			line: number,
			ticketId: string | null,
			customerId: string,
			resolvedDay: number,
			openedDay: number
		) =>
			`سطر ${fi(line)}: گاہک ${ltr(customerId)} کا ${ticketId === null ? 'ٹکٹ' : `ٹکٹ ${ltr(ticketId)}`} ${formatDate(openedDay)} کو کھلنے سے پہلے ہی ${formatDate(resolvedDay)} کو حل ہو گیا؛ یہ قطار چھوڑ دی گئی۔`,
		duplicateTickets: (rows: number) =>
			`${fi(rows)} قطاریں پہلے آ چکی ٹکٹ آئی ڈی دہراتی ہیں؛ ہر آئی ڈی کی پہلی قطار رکھی گئی ہے۔`,
		statusConflicts: (tickets: number) =>
			`${fi(tickets)} ٹکٹوں کی حل ہونے کی تاریخ ہے مگر اسٹیٹس حل شدہ نہیں بتاتا؛ تاریخ کو مانا گیا۔`,
		resolvedWithoutDate: (tickets: number) =>
			`${fi(tickets)} ٹکٹ اسٹیٹس کے لحاظ سے حل شدہ ہیں مگر ان کی حل ہونے کی تاریخ نہیں: یہ حل شدہ گنے جاتے ہیں، جلد حل شدہ کبھی نہیں۔`
	}
};

/** The wording of the ingest's codes in a language other than English. */
export type IngestWords = typeof ur;
