// Real tools as judges of the PDFs: qpdf and poppler-utils (Debian packages qpdf and
// poppler-utils; poppler-data for the Chinese text), plus small readers for their output.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync, inflateSync } from 'node:zlib';

export function tool(command: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (result.error) throw new Error(`${command} could not run (install qpdf, poppler-utils and zbar-tools): ${result.error.message}`);
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `pdfinfo` as key → value. */
export function pdfinfo(file: string): Record<string, string> {
	const { stdout } = tool('pdfinfo', ['-isodates', file]);
	return Object.fromEntries(
		stdout
			.split('\n')
			.filter((line) => line.includes(':'))
			.map((line) => {
				const at = line.indexOf(':');
				return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
			}),
	);
}

/**
 * A PDF's objects as `qpdf --json=2` reads them, by id (`obj:6 0 R`): a dictionary's keys and
 * name values are written `/Name`, strings `u:text` (or `b:hex`), references `6 0 R`; a stream
 * is `{ stream: { dict } }`, anything else `{ value }`.
 */
export function pdfObjects(file: string): Record<string, unknown> {
	const result = tool('qpdf', ['--json=2', '--json-key=qpdf', file]);
	if (result.status !== 0) throw new Error(`qpdf --json failed: ${result.stderr}`);
	const [, objects] = (JSON.parse(result.stdout) as { qpdf: [unknown, Record<string, unknown>] }).qpdf;
	return objects;
}

/** Every PDF name in a PDF's objects, as a dictionary key or a value (`/JavaScript`, `/JS`...). */
export function pdfNames(file: string): Set<string> {
	const names = new Set<string>();
	const visit = (value: unknown) => {
		if (typeof value === 'string') {
			if (value.startsWith('/')) names.add(value);
		} else if (Array.isArray(value)) {
			for (const item of value) visit(item);
		} else if (value && typeof value === 'object') {
			for (const [key, item] of Object.entries(value)) {
				if (key.startsWith('/')) names.add(key);
				visit(item);
			}
		}
	};
	visit(Object.values(pdfObjects(file)));
	return names;
}

/** A string of `qpdf --json=2` as text: `u:` strings as they are, `b:` ones from their hex bytes. */
export function qpdfString(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	if (value.startsWith('u:')) return value.slice(2);
	if (value.startsWith('b:')) return Buffer.from(value.slice(2), 'hex').toString('latin1');
	return undefined;
}

/** The actions of a PDF's link annotations: their type (`/URI`...) and, for URI actions, the URI. */
export function linkActions(file: string): { type: string; uri?: string }[] {
	const actions: { type: string; uri?: string }[] = [];
	for (const object of Object.values(pdfObjects(file))) {
		const value = (object as { value?: unknown }).value as Record<string, unknown> | undefined;
		if (!value || typeof value !== 'object' || value['/Subtype'] !== '/Link') continue;
		const action = value['/A'] as Record<string, unknown> | undefined;
		actions.push({ type: String(action?.['/S']), uri: qpdfString(action?.['/URI']) });
	}
	return actions;
}

/** The document information dictionary (title, author...) as text, keys without their slash. */
export function pdfInfoDict(file: string): Record<string, string | undefined> {
	const objects = pdfObjects(file);
	const trailer = (objects.trailer as { value: Record<string, string> }).value;
	const info = (objects[`obj:${trailer['/Info']}`] as { value: Record<string, unknown> }).value;
	return Object.fromEntries(Object.entries(info).map(([key, value]) => [key.slice(1), qpdfString(value)]));
}

export interface FontRow {
	name: string;
	type: string;
	embedded: boolean;
	subset: boolean;
	unicode: boolean;
}

/** `pdffonts`, one row per font. */
export function pdffonts(file: string): FontRow[] {
	const lines = tool('pdffonts', [file]).stdout.trimEnd().split('\n').slice(2);
	return lines.map((line) => {
		const fields = line.trim().split(/\s+/);
		// name, type (may hold spaces), encoding, emb, sub, uni, object, generation
		const [emb, sub, uni] = fields.slice(-5, -2);
		return {
			name: fields[0] ?? '',
			type: fields.slice(1, -6).join(' '),
			embedded: emb === 'yes',
			subset: sub === 'yes',
			unicode: uni === 'yes',
		};
	});
}

/** The QR codes on page 1, decoded by zbarimg (Debian zbar-tools) from a 200 dpi render, as text. */
export function decodeQrCodes(file: string): string[] {
	const dir = mkdtempSync(join(tmpdir(), 'qr-'));
	try {
		const prefix = join(dir, 'page');
		const render = tool('pdftoppm', ['-png', '-r', '200', '-singlefile', file, prefix]);
		if (render.status !== 0) throw new Error(`pdftoppm failed: ${render.stderr}`);
		// --raw: the data alone; exit status 4 means no code was found.
		const scan = tool('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', `${prefix}.png`]);
		if (scan.status !== 0 && scan.status !== 4) throw new Error(`zbarimg failed (${scan.status}): ${scan.stderr}`);
		return scan.stdout.split('\n').filter((line) => line !== '');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** `pdfimages -list`: the images of a PDF with their pixel size, colour space and resolution on the page. */
export function pdfImages(file: string): { type: string; width: number; height: number; color: string; ppi: number }[] {
	const lines = tool('pdfimages', ['-list', file]).stdout.trimEnd().split('\n').slice(2);
	return lines.map((line) => {
		// page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
		const [, , type = '', width, height, color = '', , , , , , , ppi] = line.trim().split(/\s+/);
		return { type, width: Number(width), height: Number(height), color, ppi: Number(ppi) };
	});
}

export function pdftotext(file: string): string {
	return tool('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']).stdout;
}

export interface GrayImage {
	width: number;
	height: number;
	/** One byte per pixel, rows top to bottom. */
	pixels: Uint8Array;
}

/** Renders page 1 in grey at `dpi` with pdftoppm, as a PGM it then parses. */
export function renderGray(file: string, dpi: number): GrayImage {
	const dir = mkdtempSync(join(tmpdir(), 'render-'));
	try {
		const prefix = join(dir, 'page');
		const result = tool('pdftoppm', ['-gray', '-r', String(dpi), '-singlefile', file, prefix]);
		if (result.status !== 0) throw new Error(`pdftoppm failed: ${result.stderr}`);
		return parsePgm(readFileSync(`${prefix}.pgm`));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** A binary PGM (P5, 8 bits). */
export function parsePgm(bytes: Uint8Array): GrayImage {
	const header: string[] = [];
	let at = 0;
	while (header.length < 4) {
		while (/\s/.test(String.fromCharCode(bytes[at] ?? 0))) at++;
		if (bytes[at] === 0x23) {
			while (bytes[at] !== 0x0a) at++; // a comment
			continue;
		}
		let token = '';
		while (at < bytes.length && !/\s/.test(String.fromCharCode(bytes[at] ?? 0))) token += String.fromCharCode(bytes[at++] ?? 0);
		header.push(token);
	}
	const [magic, width, height, max] = header;
	if (magic !== 'P5' || max !== '255') throw new Error(`not an 8-bit binary PGM: ${header.join(' ')}`);
	const w = Number(width);
	const h = Number(height);
	return { width: w, height: h, pixels: bytes.subarray(at + 1, at + 1 + w * h) };
}

/** Decodes an 8-bit greyscale, non-interlaced PNG (what `pdftoppm -gray -png` writes). */
export function decodeGrayPng(bytes: Uint8Array): GrayImage {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let at = 8;
	let width = 0;
	let height = 0;
	const data: Uint8Array[] = [];
	while (at < bytes.length) {
		const length = view.getUint32(at);
		const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
		const body = bytes.subarray(at + 8, at + 8 + length);
		if (type === 'IHDR') {
			width = view.getUint32(at + 8);
			height = view.getUint32(at + 12);
			const [depth, colorType, , , interlace] = body.subarray(8, 13);
			if (depth !== 8 || colorType !== 0 || interlace !== 0) throw new Error('expected an 8-bit greyscale, non-interlaced PNG');
		} else if (type === 'IDAT') {
			data.push(body);
		}
		at += 12 + length;
	}
	const raw = inflateSync(Buffer.concat(data));
	const pixels = new Uint8Array(width * height);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (width + 1)];
		const row = raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1));
		for (let x = 0; x < width; x++) {
			const left = x > 0 ? (pixels[y * width + x - 1] ?? 0) : 0;
			const up = y > 0 ? (pixels[(y - 1) * width + x] ?? 0) : 0;
			const upLeft = x > 0 && y > 0 ? (pixels[(y - 1) * width + x - 1] ?? 0) : 0;
			let predictor = 0;
			if (filter === 1) predictor = left;
			else if (filter === 2) predictor = up;
			else if (filter === 3) predictor = (left + up) >> 1;
			else if (filter === 4) {
				const p = left + up - upLeft;
				const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
				predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
			}
			pixels[y * width + x] = ((row[x] ?? 0) + predictor) & 0xff;
		}
	}
	return { width, height, pixels };
}

/** Encodes an 8-bit greyscale PNG (every row unfiltered): how reference images are written. */
export function encodeGrayPng(image: GrayImage): Buffer {
	const chunk = (type: string, body: Uint8Array) => {
		const head = Buffer.alloc(8);
		head.writeUInt32BE(body.length, 0);
		head.write(type, 4, 'latin1');
		const crc = Buffer.alloc(4);
		crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
		return Buffer.concat([head, body, crc]);
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(image.width, 0);
	header.writeUInt32BE(image.height, 4);
	header.set([8, 0, 0, 0, 0], 8);
	const raw = Buffer.alloc((image.width + 1) * image.height);
	for (let y = 0; y < image.height; y++) raw.set(image.pixels.subarray(y * image.width, (y + 1) * image.width), y * (image.width + 1) + 1);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', new Uint8Array()),
	]);
}

export interface ImageDifference {
	/** Share of pixels whose grey differs by more than a quarter of the range. */
	changed: number;
	/** Mean absolute difference, 0 to 255. */
	mean: number;
}

export function compareImages(actual: GrayImage, expected: GrayImage): ImageDifference {
	if (actual.width !== expected.width || actual.height !== expected.height) {
		throw new Error(`image size ${actual.width}x${actual.height} differs from the reference ${expected.width}x${expected.height}`);
	}
	let changed = 0;
	let total = 0;
	for (let index = 0; index < actual.pixels.length; index++) {
		const difference = Math.abs((actual.pixels[index] ?? 0) - (expected.pixels[index] ?? 0));
		total += difference;
		if (difference > 64) changed++;
	}
	return { changed: changed / actual.pixels.length, mean: total / actual.pixels.length };
}

/** How much ink (pixels darker than mid-grey) an image has: blank glyphs have none. */
export function inkShare(image: GrayImage): number {
	let ink = 0;
	for (const pixel of image.pixels) if (pixel < 128) ink++;
	return ink / image.pixels.length;
}
