/**
 * Saves a drawn chart as a standalone SVG or PNG file. Colours come from CSS variables, so the
 * computed styles are inlined into a copy first: the file looks like the page, light or dark.
 */
import { m } from '../../i18n';

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

export function chartToSvgBlob(svg: SVGSVGElement): Blob {
	const text = new XMLSerializer().serializeToString(inlineStyles(svg));
	return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${text}`], {
		type: 'image/svg+xml;charset=utf-8'
	});
}

export async function chartToPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
	const { width, height } = svg.getBoundingClientRect();
	const url = URL.createObjectURL(chartToSvgBlob(svg));
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
