/**
 * Test workbooks: a minimal `.xlsx` (Office Open XML, ECMA-376) written by hand — a zip of stored
 * (uncompressed) XML parts — so the tests do not depend on the reader's own writer.
 */

/** CRC-32 (IEEE 802.3), as the zip format requires for each entry. */
function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) {
		crc ^= byte;
		for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
	}
	return (crc ^ 0xffffffff) >>> 0;
}

/** A zip archive with stored (uncompressed) entries, written by hand from the zip specification. */
export function zip(files: Record<string, string>): Uint8Array {
	const encoder = new TextEncoder();
	const locals: Uint8Array[] = [];
	const centrals: Uint8Array[] = [];
	let offset = 0;
	for (const [name, text] of Object.entries(files)) {
		const nameBytes = encoder.encode(name);
		const data = encoder.encode(text);
		const crc = crc32(data);
		const local = new Uint8Array(30 + nameBytes.length + data.length);
		const l = new DataView(local.buffer);
		l.setUint32(0, 0x04034b50, true);
		l.setUint16(4, 20, true);
		l.setUint32(14, crc, true);
		l.setUint32(18, data.length, true);
		l.setUint32(22, data.length, true);
		l.setUint16(26, nameBytes.length, true);
		local.set(nameBytes, 30);
		local.set(data, 30 + nameBytes.length);
		const central = new Uint8Array(46 + nameBytes.length);
		const c = new DataView(central.buffer);
		c.setUint32(0, 0x02014b50, true);
		c.setUint16(4, 20, true);
		c.setUint16(6, 20, true);
		c.setUint32(16, crc, true);
		c.setUint32(20, data.length, true);
		c.setUint32(24, data.length, true);
		c.setUint16(28, nameBytes.length, true);
		c.setUint32(42, offset, true);
		central.set(nameBytes, 46);
		locals.push(local);
		centrals.push(central);
		offset += local.length;
	}
	const centralSize = centrals.reduce((s, b) => s + b.length, 0);
	const end = new Uint8Array(22);
	const e = new DataView(end.buffer);
	e.setUint32(0, 0x06054b50, true);
	e.setUint16(8, centrals.length, true);
	e.setUint16(10, centrals.length, true);
	e.setUint32(12, centralSize, true);
	e.setUint32(16, offset, true);
	const out = new Uint8Array(offset + centralSize + 22);
	let at = 0;
	for (const part of [...locals, ...centrals, end]) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

const column = (i: number) => String.fromCharCode(65 + i);
const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

type Cell = string | number | { serial: number };

/**
 * A one-sheet workbook (Office Open XML, ECMA-376): text cells inline, numbers as written, and
 * `date` cells as serial days with the built-in date-time format 22 (`m/d/yy h:mm`).
 */
export function workbook(rows: Cell[][]): Uint8Array {
	return workbookOf({ Orders: rows });
}

function sheetXml(rows: Cell[][]): string {
	return rows
		.map((row, r) => {
			const cells = row.map((value, i) => {
				const ref = `${column(i)}${r + 1}`;
				if (typeof value === 'string')
					return `<c r="${ref}" t="inlineStr"><is><t>${xml(value)}</t></is></c>`;
				if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
				return `<c r="${ref}" s="1"><v>${value.serial}</v></c>`;
			});
			return `<row r="${r + 1}">${cells.join('')}</row>`;
		})
		.join('');
}

/** A workbook of several sheets, in the order given (`{ Orders: rows, Returns: rows }`). */
export function workbookOf(sheets: Record<string, Cell[][]>): Uint8Array {
	const names = Object.keys(sheets);
	const ns = 'http://schemas.openxmlformats.org';
	const parts: Record<string, string> = {};
	names.forEach((name, i) => {
		parts[`xl/worksheets/sheet${i + 1}.xml`] =
			`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}/spreadsheetml/2006/main"><sheetData>${sheetXml(sheets[name])}</sheetData></worksheet>`;
	});
	const overrides = names
		.map(
			(_, i) =>
				`<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
		)
		.join('');
	const sheetList = names
		.map(
			(name, i) =>
				`<sheet name="${xml(name).replace(/"/g, '&quot;')}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`
		)
		.join('');
	const sheetRels = names
		.map(
			(_, i) =>
				`<Relationship Id="rId${i + 1}" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
		)
		.join('');
	const stylesId = `rId${names.length + 1}`;
	return zip({
		'[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
		'_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets>${sheetList}</sheets></workbook>`,
		'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships">${sheetRels}<Relationship Id="${stylesId}" Type="${ns}/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
		'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${ns}/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="22" applyNumberFormat="1"/></cellXfs></styleSheet>`,
		...parts
	});
}
