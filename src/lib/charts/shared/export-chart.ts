/**
 * Saves a drawn chart as a standalone SVG or PNG file. Colours come from CSS variables, so the
 * computed styles are inlined into a copy first: the file looks like the page, light or dark.
 */
import nastaliqUrl from '@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2?url';
import { m } from '../../i18n';

const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;
let nastaliqFace: Promise<string> | null = null;

/**
 * The Nastaliq face as a `@font-face` rule with the font inside it (a data URL): an SVG drawn as an
 * image, or opened elsewhere, sees no font of the page, and Urdu letters would fall to boxes.
 * Read once, from this site (`connect-src 'self'`).
 */
function nastaliqFontFace(): Promise<string> {
	nastaliqFace ??= fetch(nastaliqUrl)
		.then((response) => response.arrayBuffer())
		.then((buffer) => {
			const bytes = new Uint8Array(buffer);
			let binary = '';
			for (let i = 0; i < bytes.length; i += 0x8000) {
				binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
			}
			return `@font-face{font-family:'Noto Nastaliq Urdu';src:url(data:font/woff2;base64,${btoa(binary)}) format('woff2');unicode-range:U+0600-06FF,U+0750-077F,U+FB50-FDFF,U+FE70-FEFF;}`;
		});
	return nastaliqFace;
}

/** Puts the Nastaliq face into a chart copy that holds Urdu text. */
async function withFonts(copy: SVGSVGElement): Promise<SVGSVGElement> {
	if (!ARABIC_SCRIPT.test(copy.textContent ?? '')) return copy;
	const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
	style.textContent = await nastaliqFontFace();
	copy.insertBefore(style, copy.firstChild);
	return copy;
}

const STYLE_PROPERTIES = [
	'fill',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'opacity',
	'fill-opacity',
	'font-size',
	'font-family',
	'font-weight',
	'text-anchor',
	'dominant-baseline'
];

function inlineStyles(source: SVGSVGElement): SVGSVGElement {
	const copy = source.cloneNode(true) as SVGSVGElement;
	const from = [source, ...source.querySelectorAll('*')];
	const to = [copy, ...copy.querySelectorAll('*')];
	from.forEach((element, i) => {
		const style = getComputedStyle(element);
		const target = to[i] as SVGElement;
		target.setAttribute(
			'style',
			STYLE_PROPERTIES.map((name) => `${name}:${style.getPropertyValue(name)}`).join(';')
		);
	});
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	const { width, height } = source.getBoundingClientRect();
	copy.setAttribute('width', String(Math.round(width)));
	copy.setAttribute('height', String(Math.round(height)));
	const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', getComputedStyle(document.body).backgroundColor || '#fff');
	copy.insertBefore(background, copy.firstChild);
	return copy;
}

export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function chartToSvgBlob(svg: SVGSVGElement): Promise<Blob> {
	const text = new XMLSerializer().serializeToString(await withFonts(inlineStyles(svg)));
	return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${text}`], {
		type: 'image/svg+xml;charset=utf-8'
	});
}

export async function chartToPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
	const { width, height } = svg.getBoundingClientRect();
	const url = URL.createObjectURL(await chartToSvgBlob(svg));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error(m.shared.chart.noCanvas);
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(blob) => (blob ? resolve(blob) : reject(new Error(m.shared.chart.pngFailed))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
