// Characters and fonts: which font draws each character, and how wide the text is.
// Latin text is drawn with the Latin font wherever it has the glyph, Chinese with Noto Sans SC,
// and punctuation that both fonts have (quotes, dashes, ellipsis) with the font of the Han text
// it stands next to, so “引号” get their full-width Chinese shapes.

import type { FaceKey, FontFace, FontSet, FontWeight } from './fonts.ts';

/** Han ideographs, kana, bopomofo, CJK punctuation and full-width forms: text set one character at a time. */
export function isWide(codePoint: number): boolean {
	return (
		(codePoint >= 0x2e80 && codePoint <= 0x2fdf) || // CJK radicals, Kangxi radicals
		(codePoint >= 0x3000 && codePoint <= 0x303f) || // CJK symbols and punctuation
		(codePoint >= 0x3040 && codePoint <= 0x31ff) || // kana, bopomofo
		(codePoint >= 0x3400 && codePoint <= 0x4dbf) || // Extension A
		(codePoint >= 0x4e00 && codePoint <= 0x9fff) || // CJK Unified Ideographs
		(codePoint >= 0xf900 && codePoint <= 0xfaff) || // compatibility ideographs
		(codePoint >= 0xfe30 && codePoint <= 0xfe4f) || // CJK compatibility forms
		(codePoint >= 0xff00 && codePoint <= 0xff60) || // full-width forms
		(codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
		(codePoint >= 0x20000 && codePoint <= 0x3ffff) // Extensions B to H
	);
}

/** Punctuation that must not start a line (Chinese 行首禁则, plus Latin closing marks). */
const CLOSING = new Set([...'，。、：；！？）」』】〕》〉〗〙〛〞”’．,.:;!?)]}％%‰…‥·・〃ー々～'].map((char) => char.codePointAt(0) ?? 0));
/** Punctuation that must not end a line (行尾禁则). */
const OPENING = new Set([...'（「『【〔《〈〖〘〚〝“‘([{＄￥$£¥'].map((char) => char.codePointAt(0) ?? 0));
/** Marks both fonts have, drawn with the Chinese font when they stand next to Chinese text. */
const SHARED_PUNCTUATION = new Set([...'“”‘’…—–·'].map((char) => char.codePointAt(0) ?? 0));

/** The three sets as bit flags for the first 256 code points, where most text is: a table read, not a set lookup. */
const IS_CLOSING = 1;
const IS_OPENING = 2;
const IS_SHARED = 4;
const LATIN1_CLASSES = new Uint8Array(256);
for (const [set, flag] of [
	[CLOSING, IS_CLOSING],
	[OPENING, IS_OPENING],
	[SHARED_PUNCTUATION, IS_SHARED],
] as const) {
	for (const codePoint of set) if (codePoint < 256) LATIN1_CLASSES[codePoint] = (LATIN1_CLASSES[codePoint] ?? 0) | flag;
}
const inClass = (codePoint: number, flag: number, set: ReadonlySet<number>) =>
	codePoint < 256 ? ((LATIN1_CLASSES[codePoint] ?? 0) & flag) !== 0 : set.has(codePoint);

export const isClosingPunctuation = (codePoint: number) => inClass(codePoint, IS_CLOSING, CLOSING);
export const isOpeningPunctuation = (codePoint: number) => inClass(codePoint, IS_OPENING, OPENING);
const isSharedPunctuation = (codePoint: number) => inClass(codePoint, IS_SHARED, SHARED_PUNCTUATION);
export const isSpace = (codePoint: number) => codePoint === 0x20;

/** Collapses every run of white space (YAML line breaks included) to one space, and trims. */
export function normalizeText(text: string): string {
	// Most texts have nothing to collapse: single spaces (or ideographic spaces) between words.
	if (!NEEDS_COLLAPSING.test(text)) return text.trim();
	return text.replace(/[\s\u00a0\u3000]+/gu, (space) => (space.includes('\u3000') ? '\u3000' : ' ')).trim();
}

/** White space other than a single space or ideographic space: what `normalizeText` replaces. */
const NEEDS_COLLAPSING = /[^\S \u3000]|\s\s/u;

/** A paragraph's characters with the font of each and its width at the paragraph's size. */
export interface ShapedText {
	/** Code points. */
	chars: number[];
	/** The text itself, when known: runs are cut from it rather than rebuilt from code points. */
	text?: string;
	faces: FaceKey[];
	widths: number[];
	size: number;
	weight: FontWeight;
}

/** The face of each family in a weight, as constants: a key built each time is a slow property lookup. */
const LATIN_FACE: Readonly<Record<FontWeight, FaceKey>> = { regular: 'latin-regular', bold: 'latin-bold' };
const CJK_FACE: Readonly<Record<FontWeight, FaceKey>> = { regular: 'cjk-regular', bold: 'cjk-bold' };

/** Picks the font of every character of `text` and measures it at `size`. */
export function shapeText(text: string, fonts: FontSet, weight: FontWeight, size: number): ShapedText {
	// Plain loops and arrays of the final length: the validate command shapes every text of a
	// thousand one-pagers, and growing arrays left as much garbage as the arrays themselves.
	const chars = new Array<number>(text.length);
	let count = 0;
	for (let at = 0; at < text.length; at++, count++) {
		const codePoint = text.codePointAt(at) ?? 0;
		chars[count] = codePoint;
		if (codePoint > 0xffff) at++;
	}
	chars.length = count;
	const latin = fonts[LATIN_FACE[weight]];
	const cjk = fonts[CJK_FACE[weight]];
	const faces = new Array<FaceKey | undefined>(count);
	let firstFace: FaceKey | undefined;
	for (let index = 0; index < count; index++) {
		const codePoint = chars[index] ?? 0;
		const face = isSpace(codePoint) ? undefined : faceFor(chars, index, codePoint, latin, cjk).key;
		faces[index] = face;
		firstFace ??= face;
	}
	// A space takes the font of the text before it (or after it): fewer, longer runs.
	const widths = new Array<number>(count);
	for (let index = 0; index < count; index++) {
		const face = faces[index] ?? faces[index - 1] ?? firstFace ?? latin.key;
		faces[index] = face;
		// One of the two faces of this weight: no lookup by key, which V8 finds slow for every character.
		widths[index] = (face === cjk.key ? cjk : latin).advance(chars[index] ?? 0) * size;
	}
	return { chars, faces: faces as FaceKey[], widths, size, weight, text };
}

function faceFor(chars: readonly number[], index: number, codePoint: number, latin: FontFace, cjk: FontFace): FontFace {
	if (isWide(codePoint) || !latin.has(codePoint)) return cjk;
	if (isSharedPunctuation(codePoint) && nextToWide(chars, index)) return cjk;
	return latin;
}

/** Is the nearest non-space character before or after `index` Chinese (or other wide text)? */
function nextToWide(chars: readonly number[], index: number): boolean {
	for (const step of [-1, 1]) {
		for (let at = index + step; at >= 0 && at < chars.length; at += step) {
			const codePoint = chars[at] ?? 0;
			if (isSpace(codePoint) || isSharedPunctuation(codePoint)) continue;
			if (isWide(codePoint)) return true;
			break;
		}
	}
	return false;
}

/** The face that draws an ellipsis appended after `chars[index]`. */
export function ellipsisFace(shaped: ShapedText, index: number): FaceKey {
	const before = shaped.chars[index];
	return before !== undefined && isWide(before) ? CJK_FACE[shaped.weight] : LATIN_FACE[shaped.weight];
}

/** A stretch of text drawn with one font. */
export interface Run {
	text: string;
	face: FaceKey;
	width: number;
}

/** Groups `chars[start..end)` into runs of one font each. */
export function runsOf(shaped: ShapedText, start: number, end: number): Run[] {
	const runs: Run[] = [];
	let runStart = start;
	let width = 0;
	for (let index = start; index < end; index++) {
		const face = shaped.faces[index] as FaceKey;
		width += shaped.widths[index] ?? 0;
		if (index + 1 === end || shaped.faces[index + 1] !== face) {
			runs.push({ text: slice(shaped, runStart, index + 1), face, width });
			runStart = index + 1;
			width = 0;
		}
	}
	return runs;
}

/** Characters `[start, end)` as a string. */
function slice(shaped: ShapedText, start: number, end: number): string {
	// One UTF-16 unit per character (no characters beyond the BMP): the offsets are the indexes.
	if (shaped.text?.length === shaped.chars.length) return shaped.text.slice(start, end);
	return String.fromCodePoint(...shaped.chars.slice(start, end));
}

/** The width of a one-line string in one weight and size (font chosen per character). */
export function measureText(text: string, fonts: FontSet, weight: FontWeight, size: number): number {
	return shapeText(text, fonts, weight, size).widths.reduce((sum, width) => sum + width, 0);
}
