// Small committed documents for synthetic offers: files of the types Partner Center accepts,
// a few KB each, with valid headers (a PDF, a PNG, an Office zip), deterministic bytes.

import type { Random } from './random.ts';

/** A 1x1 transparent PNG. */
const PNG = Uint8Array.from(
	Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'),
);

/** An empty zip archive (the container of .pptx, .docx and .xlsx files). */
const EMPTY_ZIP = Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);

/** A one-page PDF whose comment lines pad it to about `size` bytes. */
function pdf(title: string, size: number): Uint8Array {
	const head = `%PDF-1.4\n% ${title}\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n`;
	const line = `% ${title} `.padEnd(79, '.');
	const padding = Array.from({ length: Math.max(0, Math.floor((size - head.length) / 80)) }, () => line).join('\n');
	return new TextEncoder().encode(`${head}${padding}\ntrailer <</Root 1 0 R>>\n%%EOF\n`);
}

/** The bytes of a document named `file` (its extension decides the format), about 1 to 8 KB. */
export function documentBytes(file: string, random: Random): Uint8Array {
	const extension = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
	switch (extension) {
		case 'pdf':
			return pdf(file, random.int(1, 8) * 1024);
		case 'png':
			return PNG;
		default:
			return EMPTY_ZIP;
	}
}
