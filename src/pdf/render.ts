// Turns a laid-out page into PDF bytes with pdf-lib: subset fonts, one content stream written
// directly (pdf-lib's drawing helpers cost more than the whole layout), link annotations and
// the document metadata. Deterministic: the same layout and metadata give the same bytes.
//
// Content reaches the PDF as strings only in forms that cannot end early: drawn text as glyph
// ids in hex, metadata as pdf-lib's UTF-16 hex strings, link URIs in hex (normalised first, see
// link-uri.ts), and the language tag only when it is one. pdf-lib's `PDFString.of` writes
// its text between parentheses as it is: a `)` in content would close the string and let the
// rest be read as PDF objects (a JavaScript action, say).

import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { PDFDocument, type PDFFont, PDFHexString, PDFName } from 'pdf-lib';
import type { Rgb } from '../domain/one-pager-template.ts';
import { type FaceKey, type FontSet, fontkitAdapter } from './fonts.ts';
import type { DrawOp, PageLayout } from './layout.ts';
import { pdfLinkUri } from './link-uri.ts';
import { qrRuns } from './qr-code.ts';

export interface PdfMetadata {
	title: string;
	/** The publisher. */
	author: string;
	/** The summary. */
	subject: string;
	keywords: string;
	/** BCP 47: `en` or `zh-CN`. */
	language: string;
	creator: string;
	producer: string;
	/** The offer's last change: both the creation and the modification date. */
	date: Date;
}

export async function renderPdf(layout: PageLayout, metadata: PdfMetadata, fonts: FontSet): Promise<Uint8Array> {
	const doc = await PDFDocument.create({ updateMetadata: false });
	doc.registerFontkit(fontkitAdapter as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
	// pdf-lib compresses streams with pako, in JavaScript; node:zlib does the same much faster.
	const context = doc.context;
	context.flateStream = (contents, dict = {}) =>
		context.stream(deflate(typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents), {
			...dict,
			Filter: 'FlateDecode',
		});

	const page = doc.addPage([layout.width, layout.height]);
	const embedded = new Map<FaceKey, { font: PDFFont; name: string }>();
	for (const [face, codePoints] of codePointsByFace(layout.ops)) {
		const source = fonts[face];
		const font = await doc.embedFont(source.bytes, { subset: true, customName: `${subsetTag(face, codePoints)}+${source.postscriptName}` });
		const name = `F${embedded.size + 1}`;
		page.node.setFontDictionary(PDFName.of(name), font.ref);
		embedded.set(face, { font, name });
	}

	// Images (the partner logo), each embedded once: pdf-lib decodes a PNG and writes its pixels
	// (and its alpha channel as a soft mask); a JPEG goes in as it is.
	const images = new Map<Uint8Array, string>();
	for (const op of layout.ops) {
		if (op.op !== 'image' || images.has(op.image.bytes)) continue;
		const image = op.image.format === 'PNG' ? await doc.embedPng(op.image.bytes) : await doc.embedJpg(op.image.bytes);
		const name = `Im${images.size + 1}`;
		page.node.setXObject(PDFName.of(name), image.ref);
		images.set(op.image.bytes, name);
	}

	const operators: string[] = [];
	const annotations = [];
	let fill = '';
	const setFill = (color: Rgb) => {
		const next = `${num(color[0])} ${num(color[1])} ${num(color[2])} rg`;
		if (next !== fill) operators.push(next);
		fill = next;
	};
	for (const op of layout.ops) {
		if (op.op === 'rect') {
			setFill(op.color);
			operators.push(`${num(op.x)} ${num(layout.height - op.y - op.height)} ${num(op.width)} ${num(op.height)} re f`);
		} else if (op.op === 'text') {
			const font = embedded.get(op.face);
			if (!font) continue;
			setFill(op.color);
			operators.push(
				`BT /${font.name} ${num(op.size)} Tf ${num(op.x)} ${num(layout.height - op.y)} Td ${font.font.encodeText(op.text).toString()} Tj ET`,
			);
		} else if (op.op === 'qr') {
			// The dark runs of each row filled as one shape: no seams where rows meet.
			setFill(op.color);
			const { modules, runs } = qrRuns(op.url);
			const module = op.width / modules;
			const top = layout.height - op.y;
			for (const run of runs) {
				operators.push(
					`${num(op.x + run.column * module)} ${num(top - (run.row + 1) * module)} ${num(run.length * module)} ${num(module)} re`,
				);
			}
			operators.push('f');
		} else if (op.op === 'image') {
			const bottom = layout.height - op.y - op.height;
			operators.push(`q ${num(op.width)} 0 0 ${num(op.height)} ${num(op.x)} ${num(bottom)} cm /${images.get(op.image.bytes)} Do Q`);
		} else {
			const uri = pdfLinkUri(op.uri);
			if (!uri) continue;
			const bottom = layout.height - op.y - op.height;
			annotations.push(
				context.register(
					context.obj({
						Type: 'Annot',
						Subtype: 'Link',
						Rect: [num(op.x), num(bottom), num(op.x + op.width), num(bottom + op.height)].map(Number),
						Border: [0, 0, 0],
						A: { Type: 'Action', S: 'URI', URI: uriString(uri) },
					}),
				),
			);
		}
	}
	const content = context.flateStream(Buffer.from(operators.join('\n'), 'latin1'));
	page.node.addContentStream(context.register(content));
	for (const annotation of annotations) page.node.addAnnot(annotation);

	doc.setTitle(metadata.title, { showInWindowTitleBar: true });
	doc.setAuthor(metadata.author);
	doc.setSubject(metadata.subject);
	doc.setKeywords([metadata.keywords]);
	// pdf-lib writes the tag as a literal string: only a language tag's own characters may go there.
	if (!/^[A-Za-z0-9-]+$/.test(metadata.language)) throw new Error(`not a language tag: ${JSON.stringify(metadata.language)}`);
	doc.setLanguage(metadata.language);
	doc.setCreator(metadata.creator);
	doc.setProducer(metadata.producer);
	doc.setCreationDate(metadata.date);
	doc.setModificationDate(metadata.date);
	return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}

/** A link's URI (ASCII, see `pdfLinkUri`) as a PDF string written in hex, so that no character can end it. */
function uriString(uri: string): PDFHexString {
	return PDFHexString.of(Buffer.from(uri, 'latin1').toString('hex'));
}

/**
 * Deflate tuned for small streams: a window no larger than the data (zlib's set-up cost grows
 * with it) and level 4, which is 35% faster than the default 6 and 1% larger on font subsets.
 */
function deflate(data: Uint8Array): Buffer {
	const windowBits = Math.max(9, Math.min(15, Math.ceil(Math.log2(data.length + 262))));
	return deflateSync(data, { level: 4, windowBits, memLevel: data.length < 16_384 ? 7 : 8 });
}

/** The characters drawn with each font, in order of first use. */
function codePointsByFace(ops: readonly DrawOp[]): Map<FaceKey, Set<number>> {
	const result = new Map<FaceKey, Set<number>>();
	for (const op of ops) {
		if (op.op !== 'text') continue;
		let set = result.get(op.face);
		if (!set) {
			set = new Set();
			result.set(op.face, set);
		}
		for (const char of op.text) set.add(char.codePointAt(0) ?? 0);
	}
	return result;
}

/**
 * The six capital letters that mark an embedded subset (`ABCDEF+NotoSansSC-Regular`): derived
 * from the characters it holds, so different subsets get different tags and output stays
 * deterministic.
 */
export function subsetTag(face: string, codePoints: ReadonlySet<number>): string {
	const digest = createHash('sha256')
		.update(face)
		.update([...codePoints].sort((a, b) => a - b).join(','))
		.digest();
	return Array.from(digest.subarray(0, 6), (byte) => String.fromCharCode(65 + (byte % 26))).join('');
}

/** A number for a content stream: at most two decimals, no trailing zeros. */
function num(value: number): string {
	const rounded = Math.round(value * 100) / 100;
	return Object.is(rounded, -0) ? '0' : String(rounded);
}
