import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { FACE_KEYS, FontFace, type FontSet, fontkitAdapter, loadFonts } from '../../src/pdf/fonts.ts';
import type { PageLayout } from '../../src/pdf/layout.ts';
import { renderPdf, subsetTag } from '../../src/pdf/render.ts';
import { pdftotext } from '../helpers/pdf-tools.ts';

const folder = mkdtempSync(join(tmpdir(), 'pdf-fonts-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('fonts', () => {
	it('reads and parses each font once per process', () => {
		const first = loadFonts();
		expect(loadFonts()).toBe(first);
		expect(FACE_KEYS.map((key) => first[key].postscriptName)).toEqual([
			'Inter-Regular',
			'Inter-Bold',
			'NotoSansSC-Regular',
			'NotoSansSC-Bold',
		]);
	});

	it('gives pdf-lib the already parsed font, whatever embedFont asks', () => {
		const fonts = loadFonts();
		const font = fontkitAdapter.create(fonts['cjk-regular'].bytes);
		expect(fontkitAdapter.create(fonts['cjk-regular'].bytes)).toBe(font);
		expect(font.unitsPerEm).toBe(fonts['cjk-regular'].font.unitsPerEm);
	});

	it('maps characters to glyphs one to one, without shaping', () => {
		const fonts = loadFonts();
		const font = fontkitAdapter.create(fonts['latin-regular'].bytes);
		const { glyphs } = font.layout('fi 中');
		expect(glyphs.map((glyph) => glyph.id)).toEqual(
			[...'fi 中'].map((char) => fonts['latin-regular'].glyph(char.codePointAt(0) ?? 0)?.id ?? 0),
		);
		expect(glyphs.at(-1)?.id).toBe(0); // Inter has no Han: .notdef, which the layout never asks for
	});

	it('lets pdf-lib subset with upstream fontkit: encodeStream emits the subset, then ends', async () => {
		const fonts = loadFonts();
		interface Stream {
			on(event: string, listener: (value?: unknown) => void): Stream;
		}
		const subset = fontkitAdapter.create(fonts['cjk-regular'].bytes).createSubset() as unknown as {
			includeGlyph(glyph: unknown): number;
			encodeStream(): Stream;
			cff: unknown;
		};
		const glyph = fonts['cjk-regular'].glyph(0x4e2d);
		expect(subset.includeGlyph(glyph)).toBe(1);
		expect(subset.cff).toBeUndefined();
		const chunks: Uint8Array[] = [];
		await new Promise<void>((resolve, reject) => {
			subset
				.encodeStream()
				.on('data', (chunk) => chunks.push(chunk as Uint8Array))
				.on('end', () => resolve())
				.on('error', reject);
		});
		expect(chunks).toHaveLength(1);
		// A TrueType font (fontkit writes the sfnt version "true"), and far smaller than the 10 MB font.
		expect(Buffer.from(chunks[0]?.subarray(0, 4) ?? []).toString('latin1')).toBe('true');
		expect(chunks[0]?.length).toBeLessThan(20_000);
	});

	it("writes the same subset as fontkit's own subsetter, composite glyphs included, however often a glyph is used", async () => {
		const fonts = loadFonts();
		const encodeWithAdapter = async (face: keyof FontSet, glyphs: number[]) => {
			const subset = fontkitAdapter.create(fonts[face].bytes).createSubset() as unknown as {
				includeGlyph(glyph: number): number;
				encodeStream(): { on(event: string, listener: (value?: unknown) => void): unknown };
			};
			for (const glyph of glyphs) subset.includeGlyph(glyph);
			return new Promise<Uint8Array>((resolve, reject) => {
				const stream = subset.encodeStream();
				stream.on('data', (chunk) => resolve(chunk as Uint8Array));
				stream.on('error', reject);
			});
		};
		const encodeWithFontkit = (face: keyof FontSet, glyphs: number[]) => {
			// A font parsed apart from the kit's: nothing of the adapter reaches its subsetter.
			const subset = (create(Buffer.from(fonts[face].bytes)) as Font).createSubset() as unknown as {
				includeGlyph(glyph: number): number;
				encode(): Uint8Array;
			};
			for (const glyph of glyphs) subset.includeGlyph(glyph);
			return subset.encode();
		};
		const text = 'Déjà vu: Ærøskøbing, naïve façade… 中文（简体）、数据';
		for (const face of ['latin-regular', 'latin-bold', 'cjk-regular'] as const) {
			const glyphs = fonts[face].glyphsFor(text).map((glyph) => glyph.id);
			if (face.startsWith('latin')) {
				// The text holds composite glyphs (accented letters built from a base and an accent).
				const composites = glyphs.filter(
					(id) =>
						((fonts[face].font.getGlyph(id) as unknown as { _decode(): { numberOfContours: number } | null })._decode()?.numberOfContours ??
							0) < 0,
				);
				expect(composites.length).toBeGreaterThan(0);
			}
			// Twice: the second subset is written from what the first read.
			for (let round = 0; round < 2; round++) {
				expect(Buffer.from(await encodeWithAdapter(face, glyphs)).equals(Buffer.from(encodeWithFontkit(face, glyphs)))).toBe(true);
			}
		}
	});

	it('embeds a subset through pdf-lib with the adapter', async () => {
		const fonts = loadFonts();
		const doc = await PDFDocument.create({ updateMetadata: false });
		doc.registerFontkit(fontkitAdapter as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
		const font = await doc.embedFont(fonts['cjk-bold'].bytes, { subset: true, customName: 'ABCDEF+NotoSansSC-Bold' });
		expect(font.encodeText('中文').toString()).toBe('<00010002>');
		expect(font.widthOfTextAtSize('中文', 10)).toBeCloseTo(20, 5);
		expect((await doc.save()).length).toBeLessThan(30_000);
	});

	it("keeps a character in the PDF's text when an earlier PDF drew it inside another glyph (the periods of an ellipsis)", async () => {
		// Fonts of their own (bytes the process has not seen), so that no PDF drew a period with them yet.
		const fonts = Object.fromEntries(
			FACE_KEYS.map((key) => {
				const bytes = new Uint8Array(loadFonts()[key].bytes);
				return [key, new FontFace(key, bytes, create(bytes as Buffer) as Font)];
			}),
		) as FontSet;
		const page = (text: string): PageLayout => ({
			width: 300,
			height: 100,
			ops: [{ op: 'text', x: 10, y: 50, size: 12, face: 'latin-bold', text, color: [0, 0, 0] }],
			cuts: [],
			missingGlyphs: [],
		});
		const metadata = {
			title: 't',
			author: 'a',
			subject: 's',
			keywords: '',
			language: 'en',
			creator: 'c',
			producer: 'p',
			date: new Date(0),
		};
		// A shortened text first: the subset of its ellipsis takes in the period glyphs it is made of.
		await renderPdf(page('Shortened…'), metadata, fonts);
		const file = join(folder, 'after-an-ellipsis.pdf');
		writeFileSync(file, await renderPdf(page('Adatum S.A. cuts downtime.'), metadata, fonts));
		expect(pdftotext(file)).toContain('Adatum S.A. cuts downtime.');
	});

	it('tags each subset with six capital letters derived from its characters', () => {
		const tag = subsetTag('cjk-regular', new Set([0x4e2d, 0x6587]));
		expect(tag).toMatch(/^[A-Z]{6}$/);
		expect(subsetTag('cjk-regular', new Set([0x6587, 0x4e2d]))).toBe(tag);
		expect(subsetTag('cjk-regular', new Set([0x4e2d]))).not.toBe(tag);
		expect(subsetTag('cjk-bold', new Set([0x4e2d, 0x6587]))).not.toBe(tag);
	});
});
