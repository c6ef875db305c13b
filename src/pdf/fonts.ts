// The one-pager's fonts: Inter for Latin text, Noto Sans SC for Chinese (and whatever Inter
// lacks), each in a regular and a bold weight. Every font file is read and parsed once per
// process (or worker) and reused by every PDF; pdf-lib gets the parsed fonts through a small
// adapter, because it was written for an old fontkit fork whose subsetter corrupts glyphs.

import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { create, type Font, type Glyph } from 'fontkit';

export type FontFamily = 'latin' | 'cjk';
export type FontWeight = 'regular' | 'bold';
export type FaceKey = `${FontFamily}-${FontWeight}`;

export const FACE_KEYS: readonly FaceKey[] = ['latin-regular', 'latin-bold', 'cjk-regular', 'cjk-bold'];

/** The npm package files of each face (all OFL-licensed static TrueType fonts). */
const FONT_FILES: Record<FaceKey, string> = {
	'latin-regular': '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
	'latin-bold': '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf',
	'cjk-regular': '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
	'cjk-bold': '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
};

/** One parsed font and the metrics the layout needs, cached per code point (glyph and advance). */
export class FontFace {
	readonly key: FaceKey;
	/** The font file, as pdf-lib's `embedFont` takes it. */
	readonly bytes: Uint8Array;
	readonly font: Font;
	/** The font's PostScript name, e.g. `NotoSansSC-Regular`. */
	readonly postscriptName: string;
	/** Ascender and descender (negative) per point of font size. */
	readonly ascent: number;
	readonly descent: number;
	private readonly scale: number;
	private readonly glyphs = new Map<number, Glyph | null>();
	private readonly advances = new Map<number, number>();
	/** For the first 256 code points, where most text is, tables instead of maps: 0 unknown, 1 known (and has a glyph), 2 known without a glyph. */
	private readonly latin1Known = new Uint8Array(256);
	private readonly latin1Advances = new Float64Array(256);

	constructor(key: FaceKey, bytes: Uint8Array, font: Font) {
		this.key = key;
		this.bytes = bytes;
		this.font = font;
		this.postscriptName = font.postscriptName.replace(/[^A-Za-z0-9-]/g, '');
		this.scale = 1 / font.unitsPerEm;
		this.ascent = font.ascent * this.scale;
		this.descent = font.descent * this.scale;
	}

	/** The glyph of a code point, or `null` when the font has none (fontkit's glyph 0). */
	glyph(codePoint: number): Glyph | null {
		let glyph = this.glyphs.get(codePoint);
		if (glyph === undefined) {
			glyph = this.font.hasGlyphForCodePoint(codePoint)
				? withCodePoint(memoizeOutline(this.font.glyphForCodePoint(codePoint)), codePoint)
				: null;
			this.glyphs.set(codePoint, glyph);
		}
		return glyph;
	}

	has(codePoint: number): boolean {
		if (codePoint < 256) return this.knowLatin1(codePoint) === 1;
		return this.glyph(codePoint) !== null;
	}

	/** The advance width of one code point at font size 1, as the PDF will draw it. */
	advance(codePoint: number): number {
		if (codePoint < 256) {
			this.knowLatin1(codePoint);
			return this.latin1Advances[codePoint] ?? 0;
		}
		let advance = this.advances.get(codePoint);
		if (advance === undefined) {
			advance = this.measure(codePoint);
			this.advances.set(codePoint, advance);
		}
		return advance;
	}

	private measure(codePoint: number): number {
		return (this.glyph(codePoint) ?? this.notdef()).advanceWidth * this.scale;
	}

	private knowLatin1(codePoint: number): number {
		let known = this.latin1Known[codePoint] ?? 0;
		if (known === 0) {
			known = this.glyph(codePoint) === null ? 2 : 1;
			this.latin1Advances[codePoint] = this.measure(codePoint);
			this.latin1Known[codePoint] = known;
		}
		return known;
	}

	/** The width of a string at font size 1 (no kerning: pdf-lib draws advance widths only). */
	width(text: string): number {
		let width = 0;
		for (const char of text) width += this.advance(char.codePointAt(0) ?? 0);
		return width;
	}

	private notdefGlyph: Glyph | undefined;
	private notdef(): Glyph {
		this.notdefGlyph ??= this.font.getGlyph(0);
		return this.notdefGlyph;
	}

	/** Glyphs for a string, one per code point: what pdf-lib embeds and draws. */
	glyphsFor(text: string): Glyph[] {
		const glyphs: Glyph[] = [];
		for (const char of text) glyphs.push(this.glyph(char.codePointAt(0) ?? 0) ?? this.notdef());
		return glyphs;
	}
}

/**
 * fontkit keeps one glyph object per glyph, with the code points of whoever asked for it first. A
 * glyph it first met as a part of another (the periods of an ellipsis, which the subsetter or an
 * outline reads) has none, and pdf-lib leaves a glyph without code points out of the PDF's
 * ToUnicode map: every later PDF of the process would lose that character when its text is
 * copied, searched or read aloud (found in one-pagers whose bold text lost its periods).
 */
function withCodePoint(glyph: Glyph, codePoint: number): Glyph {
	if (glyph.codePoints.length === 0) (glyph as { codePoints: number[] }).codePoints = [codePoint];
	return glyph;
}

/**
 * fontkit's subsetter decodes every glyph's outline again for each PDF, only to learn whether
 * it is a composite; the decoded outline never changes, so each glyph keeps it (a few KB each).
 */
function memoizeOutline(glyph: Glyph): Glyph {
	const target = glyph as unknown as { _decode?: () => unknown; outlineMemoized?: boolean };
	const decode = target._decode;
	if (typeof decode === 'function' && !target.outlineMemoized) {
		let decoded: { value: unknown } | undefined;
		target._decode = () => {
			decoded ??= { value: decode.call(glyph) };
			return decoded.value;
		};
		target.outlineMemoized = true;
	}
	return glyph;
}

export type FontSet = Readonly<Record<FaceKey, FontFace>>;

let fontSet: FontSet | undefined;
/** Font files read ahead by `preloadFonts`, until `loadFonts` takes them. */
let preloaded: Map<FaceKey, Uint8Array> | undefined;
let preloading: Promise<void> | undefined;

const fontPath = (key: FaceKey) => createRequire(import.meta.url).resolve(FONT_FILES[key]);
// A view of the file's buffer, not a copy: 21 MB is worth not copying.
const view = (file: Buffer) => new Uint8Array(file.buffer, file.byteOffset, file.byteLength);

/** The four faces, read and parsed on first use and shared by every PDF of this process. */
export function loadFonts(): FontSet {
	if (!fontSet) {
		const faces = {} as Record<FaceKey, FontFace>;
		for (const key of FACE_KEYS) {
			const bytes = preloaded?.get(key) ?? view(readFileSync(fontPath(key)));
			faces[key] = new FontFace(key, bytes, parseFont(bytes));
		}
		fontSet = faces;
		preloaded = undefined;
	}
	return fontSet;
}

/**
 * Reads the font files on the thread pool, for a `loadFonts` to come: the validate command
 * loads its settings meanwhile, rather than wait a tenth of a second for 21 MB later. A file
 * that cannot be read is left to `loadFonts`, which reports it as it always did.
 */
export function preloadFonts(): Promise<void> {
	if (fontSet) return Promise.resolve();
	preloading ??= Promise.all(FACE_KEYS.map(async (key) => [key, view(await readFile(fontPath(key)))] as const)).then(
		(files) => {
			if (!fontSet) preloaded = new Map(files);
		},
		() => {},
	);
	return preloading;
}

function parseFont(bytes: Uint8Array): Font {
	const parsed = create(bytes as Buffer);
	if (!('unitsPerEm' in parsed)) throw new Error('expected a single font, found a font collection');
	return parsed;
}

// --- The adapter for pdf-lib's registerFontkit ---------------------------------------------
//
// pdf-lib 1.17 calls `fontkit.create(bytes)` on every embedFont (re-parsing cmap, GSUB, GPOS
// of a 10 MB font each time), shapes every string with `font.layout()`, reads `font.cff`, and
// serialises subsets with `subset.encodeStream()` and its data/end events. Upstream fontkit 2
// subsets correctly but offers `subset.encode()` and `font['CFF ']` instead. The adapter
// returns the already parsed font, maps characters to glyphs one to one (Latin and Han text
// need no shaping, and pdf-lib ignores glyph positions anyway), and wraps the subset.

/** The part of fontkit's Subset that pdf-lib uses, as pdf-lib expects it. */
interface PdfLibSubset {
	includeGlyph(glyph: Glyph | number): number;
	readonly cff: unknown;
	encodeStream(): { on(event: string, listener: (value?: unknown) => void): unknown };
}

interface FontkitSubset {
	includeGlyph(glyph: Glyph | number): number;
	encode(): Uint8Array;
	cff?: unknown;
}

const adapted = new WeakMap<Uint8Array, Font>();

function adaptFont(face: { font: Font; glyphsFor(text: string): Glyph[] }): Font {
	const { font } = face;
	const wrapper = Object.create(font) as Font & { cff: unknown };
	Object.defineProperties(wrapper, {
		cff: { get: () => (font as unknown as Record<string, unknown>)['CFF '] ?? (font as unknown as Record<string, unknown>).CFF2 },
		layout: { value: (text: string) => ({ glyphs: face.glyphsFor(text), positions: [] }) },
		createSubset: { value: () => adaptSubset(withGlyphRecords(font, font.createSubset() as unknown as FontkitSubset)) },
	});
	return wrapper;
}

/** What fontkit's TrueType subsetter copies of a glyph: the same for every PDF. */
interface GlyphRecord {
	/** The glyph's bytes in the `glyf` table. */
	bytes: Uint8Array;
	/** A composite's parts: their glyph ids, and where in `bytes` each id is written. */
	components: { glyphID: number; pos: number }[];
	advance: number;
	bearing: number;
}

/** fontkit's TTFSubset, as far as `addGlyph` below writes it. */
interface TtfSubsetState {
	glyf: Uint8Array[];
	loca: { offsets: number[] };
	hmtx: { metrics: { advance: number; bearing: number }[] };
	offset: number;
	includeGlyph(glyph: number): number;
}

const glyphRecords = new WeakMap<Font, Map<number, GlyphRecord>>();

/**
 * fontkit's TrueType subsetter reads each glyph's bytes, outline and metrics from the font again
 * for every PDF; they never change, so each glyph's are read once per process. The subset it
 * writes is the same, byte for byte: its own `_addGlyph`, with what it reads kept. Fonts with
 * variations (whose glyphs it re-encodes) and CFF fonts keep fontkit's own.
 */
function withGlyphRecords(font: Font, subset: FontkitSubset): FontkitSubset {
	const internals = font as unknown as {
		_variationProcessor?: unknown;
		loca?: { offsets: number[] };
		_getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array } | null;
	};
	const target = subset as unknown as { _addGlyph?: (gid: number) => number };
	if (internals._variationProcessor || !internals.loca || typeof target._addGlyph !== 'function') return subset;
	const known = glyphRecords.get(font) ?? new Map<number, GlyphRecord>();
	glyphRecords.set(font, known);
	const record = (gid: number): GlyphRecord => {
		let found = known.get(gid);
		if (!found) {
			const glyph = memoizeOutline(font.getGlyph(gid));
			const outline = (
				glyph as unknown as { _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null }
			)._decode();
			const offsets = internals.loca?.offsets ?? [];
			const start = offsets[gid] ?? 0;
			const stream = internals._getTableStream('glyf');
			let bytes = new Uint8Array(0);
			if (stream) {
				stream.pos += start;
				bytes = Uint8Array.from(stream.readBuffer((offsets[gid + 1] ?? start) - start));
			}
			found = {
				bytes,
				components: outline && outline.numberOfContours < 0 ? (outline.components ?? []).map(({ glyphID, pos }) => ({ glyphID, pos })) : [],
				advance: glyph.advanceWidth,
				bearing: (glyph as unknown as { _getMetrics(): { leftBearing: number } })._getMetrics().leftBearing,
			};
			known.set(gid, found);
		}
		return found;
	};
	target._addGlyph = function (this: TtfSubsetState, gid: number): number {
		const { bytes, components, advance, bearing } = record(gid);
		let written = bytes;
		if (components.length > 0) {
			written = Uint8Array.from(bytes);
			const view = new DataView(written.buffer);
			for (const component of components) view.setUint16(component.pos, this.includeGlyph(component.glyphID));
		}
		this.glyf.push(written);
		this.loca.offsets.push(this.offset);
		this.hmtx.metrics.push({ advance, bearing });
		this.offset += written.length;
		return this.glyf.length - 1;
	};
	return subset;
}

function adaptSubset(subset: FontkitSubset): PdfLibSubset {
	return {
		includeGlyph: (glyph) => subset.includeGlyph(typeof glyph === 'object' ? memoizeOutline(glyph) : glyph),
		get cff() {
			return subset.cff;
		},
		encodeStream() {
			const listeners = new Map<string, (value?: unknown) => void>();
			queueMicrotask(() => {
				try {
					listeners.get('data')?.(subset.encode());
					listeners.get('end')?.();
				} catch (error) {
					listeners.get('error')?.(error);
				}
			});
			const stream = {
				on(event: string, listener: (value?: unknown) => void) {
					listeners.set(event, listener);
					return stream;
				},
			};
			return stream;
		},
	};
}

/** What `PDFDocument.registerFontkit` takes: returns the parsed font for bytes it has seen. */
export const fontkitAdapter = {
	create(bytes: Uint8Array): Font {
		let font = adapted.get(bytes);
		if (!font) {
			const known = fontSet && Object.values(fontSet).find((face) => face.bytes === bytes);
			const face = known ?? new FontFace('latin-regular', bytes, parseFont(bytes));
			font = adaptFont(face);
			adapted.set(bytes, font);
		}
		return font;
	},
};
