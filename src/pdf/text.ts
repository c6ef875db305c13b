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

export const isClosingPunctuation = (codePoint: number) => CLOSING.has(codePoint);
export const isOpeningPunctuation = (codePoint: number) => OPENING.has(codePoint);
export const isSpace = (codePoint: number) => codePoint === 0x20;

/** Collapses every run of white space (YAML line breaks included) to one space, and trims. */
export function normalizeText(text: string): string {
	return text.replace(/[\s\u00a0\u3000]+/gu, (space) => (space.includes('\u3000') ? '\u3000' : ' ')).trim();
}

/** A paragraph's characters with the font of each and its width at the paragraph's size. */
export interface ShapedText {
	/** Code points. */
	chars: number[];
	faces: FaceKey[];
	widths: number[];
	size: number;
	weight: FontWeight;
}

/** Picks the font of every character of `text` and measures it at `size`. */
export function shapeText(text: string, fonts: FontSet, weight: FontWeight, size: number): ShapedText {
	const chars = Array.from(text, (char) => char.codePointAt(0) ?? 0);
	const latin = fonts[`latin-${weight}`];
	const cjk = fonts[`cjk-${weight}`];
	const faces = chars.map((codePoint, index) => (isSpace(codePoint) ? undefined : faceFor(chars, index, codePoint, latin, cjk).key));
	// A space takes the font of the text before it (or after it): fewer, longer runs.
	for (let index = 0; index < faces.length; index++) {
		if (faces[index] === undefined) faces[index] = faces[index - 1] ?? faces.find((face) => face !== undefined) ?? latin.key;
	}
	const widths = chars.map((codePoint, index) => fonts[faces[index] as FaceKey].advance(codePoint) * size);
	return { chars, faces: faces as FaceKey[], widths, size, weight };
}

function faceFor(chars: readonly number[], index: number, codePoint: number, latin: FontFace, cjk: FontFace): FontFace {
	if (isWide(codePoint) || !latin.has(codePoint)) return cjk;
	if (SHARED_PUNCTUATION.has(codePoint) && nextToWide(chars, index)) return cjk;
	return latin;
}

/** Is the nearest non-space character before or after `index` Chinese (or other wide text)? */
function nextToWide(chars: readonly number[], index: number): boolean {
	for (const step of [-1, 1]) {
		for (let at = index + step; at >= 0 && at < chars.length; at += step) {
			const codePoint = chars[at] ?? 0;
			if (isSpace(codePoint) || SHARED_PUNCTUATION.has(codePoint)) continue;
			if (isWide(codePoint)) return true;
			break;
		}
	}
	return false;
}

/** The face that draws an ellipsis appended after `chars[index]`. */
export function ellipsisFace(shaped: ShapedText, index: number): FaceKey {
	const before = shaped.chars[index];
	return before !== undefined && isWide(before) ? `cjk-${shaped.weight}` : `latin-${shaped.weight}`;
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
	let current: Run | undefined;
	for (let index = start; index < end; index++) {
		const face = shaped.faces[index] as FaceKey;
		const char = String.fromCodePoint(shaped.chars[index] ?? 0);
		const width = shaped.widths[index] ?? 0;
		if (current?.face === face) {
			current.text += char;
			current.width += width;
		} else {
			current = { text: char, face, width };
			runs.push(current);
		}
	}
	return runs;
}

/** The width of a one-line string in one weight and size (font chosen per character). */
export function measureText(text: string, fonts: FontSet, weight: FontWeight, size: number): number {
	return shapeText(text, fonts, weight, size).widths.reduce((sum, width) => sum + width, 0);
}
