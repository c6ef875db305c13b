// Line breaking for mixed Chinese and Latin text, and truncation with a visible ellipsis.
// - Latin text breaks at spaces, after hyphens between letters, and inside URLs after / ? & = # . - _;
// - Han text breaks between words, as ICU's dictionary segments it (`Intl.Segmenter`), and
//   between Han and Latin text;
// - closing punctuation (，。、：）” ...) never starts a line and opening punctuation (（“ ...)
//   never ends one (Chinese kinsoku rules): the character before is carried over instead;
// - a word or URL wider than the line is broken between characters;
// - a paragraph does not end on a line of one character: the previous line gives it its last
//   word (or, within one long word, its last character).
// When the text needs more lines than allowed, the last line ends with "…".

import type { FontSet } from './fonts.ts';
import { ellipsisFace, isClosingPunctuation, isOpeningPunctuation, isSpace, isWide, type ShapedText } from './text.ts';

export const ELLIPSIS = '…';

/** One line: characters `[start, end)` of the paragraph, trailing spaces excluded. */
export interface Line {
	start: number;
	end: number;
	/** Width of the characters, plus the ellipsis if there is one. */
	width: number;
	/** Present on the last line of a shortened paragraph. */
	ellipsis?: { face: ShapedText['faces'][number]; width: number };
}

export interface BrokenText {
	shaped: ShapedText;
	lines: Line[];
	/** True when the text did not fit in `maxLines` and was shortened. */
	truncated: boolean;
	/** How many characters (code points) are shown. */
	shownChars: number;
}

const URL_PATTERN = /(?:https?:\/\/|www\.)[^\s]+/giu;
const isAlphanumeric = (codePoint: number | undefined) => codePoint !== undefined && /[\p{L}\p{N}]/u.test(String.fromCodePoint(codePoint));
/** Marks after which a URL may break (`/?&=#`), and those after which it may break before a letter or digit (`.-_`). */
const URL_BREAK_AFTER = new Set([...'/?&=#'].map((char) => char.codePointAt(0) ?? 0));
const URL_BREAK_BEFORE_WORD = new Set([...'.-_'].map((char) => char.codePointAt(0) ?? 0));
const SLASH = 0x2f;

/** `count` times false (a loop: `fill` on a new array takes V8's slow path). */
function falses(count: number): boolean[] {
	const array = new Array<boolean>(count);
	for (let index = 0; index < count; index++) array[index] = false;
	return array;
}

/** One word segmenter for the process: each new one loads ICU's dictionaries again. */
let chineseWords: Intl.Segmenter | undefined;

/**
 * Word starts of short texts, kept for the process: labels, headings and lists of country names
 * come back on every Chinese one-pager, and segmenting is the slow part of breaking them. Long
 * texts (an offer's own paragraphs) rarely repeat and are not kept.
 */
const shortTextWords = new Map<string, readonly boolean[]>();
const SHORT_TEXT = 48;
const SHORT_TEXTS_KEPT = 20_000;

/** `result[i]` is true when a word (as `Intl.Segmenter` finds words in Chinese) starts at character `i`. The result is shared: read it, never change it. */
export function wordStarts(chars: readonly number[]): readonly boolean[] {
	const text = String.fromCodePoint(...chars);
	if (text.length > SHORT_TEXT) return segmentWords(text, chars);
	let starts = shortTextWords.get(text);
	if (!starts) {
		if (shortTextWords.size >= SHORT_TEXTS_KEPT) shortTextWords.clear();
		starts = segmentWords(text, chars);
		shortTextWords.set(text, starts);
	}
	return starts;
}

function segmentWords(text: string, chars: readonly number[]): boolean[] {
	chineseWords ??= new Intl.Segmenter('zh', { granularity: 'word' });
	// The segmenter counts UTF-16 units; characters beyond the BMP take two.
	const charAt = new Array<number>(text.length + 1);
	let offset = 0;
	for (let index = 0; index < chars.length; index++) {
		charAt[offset] = index;
		offset += (chars[index] ?? 0) > 0xffff ? 2 : 1;
	}
	const starts = falses(chars.length);
	for (const segment of chineseWords.segment(text)) {
		const index = charAt[segment.index];
		if (index !== undefined) starts[index] = true;
	}
	return starts;
}

/** `result[i]` is true when a line may break before character `i`. */
export function breakOpportunities(chars: readonly number[]): boolean[] {
	// Character index ranges of URLs (the regex works on UTF-16 offsets). Every URL has a "/" or a ".".
	let inUrl: boolean[] | undefined;
	if (chars.includes(SLASH) || chars.includes(0x2e)) {
		const text = String.fromCodePoint(...chars);
		for (const match of text.matchAll(URL_PATTERN)) {
			const from = Array.from(text.slice(0, match.index)).length;
			const length = Array.from(match[0]).length;
			inUrl ??= falses(chars.length);
			for (let index = from; index < from + length; index++) inUrl[index] = true;
		}
	}
	const result = falses(chars.length);
	/** Word starts, segmented when first needed: most texts have no two Chinese characters in a row. */
	let words: readonly boolean[] | undefined;
	for (let index = 1; index < chars.length; index++) {
		const before = chars[index - 1] ?? 0;
		const here = chars[index] ?? 0;
		if (isSpace(here)) continue; // break after the spaces, not before them
		if (isClosingPunctuation(here) || isOpeningPunctuation(before)) continue;
		const wideBefore = isWide(before);
		const wideHere = isWide(here);
		if (wideBefore && wideHere) {
			words ??= wordStarts(chars);
			if (words[index]) result[index] = true;
			continue;
		}
		if (isSpace(before) || wideBefore || wideHere) {
			result[index] = true;
			continue;
		}
		if (inUrl?.[index - 1] && inUrl[index]) {
			if (URL_BREAK_AFTER.has(before) && here !== SLASH) result[index] = true;
			else if (URL_BREAK_BEFORE_WORD.has(before) && isAlphanumeric(here)) result[index] = true;
			continue;
		}
		if ((before === 0x2d || before === 0x2010 || before === SLASH) && isAlphanumeric(chars[index - 2]) && isAlphanumeric(here)) {
			result[index] = true;
		}
	}
	return result;
}

/**
 * Breaks shaped text into lines at most `maxWidth` wide. With `maxLines`, text that needs more
 * lines is shortened: the last line ends with an ellipsis.
 */
export function breakLines(
	shaped: ShapedText,
	maxWidth: number,
	fonts: FontSet,
	maxLines = Number.POSITIVE_INFINITY,
	/** `breakOpportunities(shaped.chars)`, when the caller has it already. */
	canBreak: readonly boolean[] = breakOpportunities(shaped.chars),
): BrokenText {
	const { chars, widths } = shaped;
	const count = chars.length;
	const lines: Line[] = [];
	const skipSpaces = (index: number) => {
		let at = index;
		while (at < count && isSpace(chars[at] ?? 0)) at++;
		return at;
	};
	const trimEnd = (start: number, end: number) => {
		let at = end;
		while (at > start && isSpace(chars[at - 1] ?? 0)) at--;
		return at;
	};
	const widthOf = (start: number, end: number) => {
		let width = 0;
		for (let index = start; index < end; index++) width += widths[index] ?? 0;
		return width;
	};

	let start = skipSpaces(0);
	while (start < count) {
		if (lines.length === maxLines) {
			return shorten(lines, start);
		}
		let width = 0;
		let lastBreak = -1;
		let index = start;
		for (; index < count; index++) {
			if (index > start && canBreak[index]) lastBreak = index;
			const advance = widths[index] ?? 0;
			if (index > start && width + advance > maxWidth && !isSpace(chars[index] ?? 0)) break;
			width += advance;
		}
		let end: number;
		if (index >= count) end = count;
		else if (lastBreak > start) end = lastBreak;
		else end = emergencyBreak(start, index);
		const trimmed = trimEnd(start, end);
		lines.push({ start, end: trimmed, width: widthOf(start, trimmed) });
		start = skipSpaces(end);
	}
	avoidOneCharacterLastLine();
	return { shaped, lines, truncated: false, shownChars: count };

	/**
	 * A last line of one character ("…连接 / 器") takes the last word of the line before it or,
	 * when that does not fit or the line is one word, its last character; kinsoku rules still hold.
	 */
	function avoidOneCharacterLastLine() {
		const last = lines.at(-1);
		const previous = lines.at(-2);
		if (!last || !previous || last.end - last.start !== 1) return;
		const candidates: number[] = [];
		for (let at = previous.end - 1; at > previous.start + 1; at--) {
			if (canBreak[at]) {
				candidates.push(at);
				break;
			}
		}
		const lastChar = previous.end - 1;
		const code = chars[lastChar] ?? 0;
		if (lastChar > previous.start + 1 && !isSpace(code) && !isClosingPunctuation(code) && !isOpeningPunctuation(chars[lastChar - 1] ?? 0)) {
			candidates.push(lastChar);
		}
		const pull = candidates.find((at) => widthOf(at, last.end) <= maxWidth);
		if (pull === undefined) return;
		const end = trimEnd(previous.start, pull);
		lines[lines.length - 2] = { start: previous.start, end, width: widthOf(previous.start, end) };
		lines[lines.length - 1] = { start: pull, end: last.end, width: widthOf(pull, last.end) };
	}

	/** No break opportunity fits: break between characters, keeping kinsoku where possible. */
	function emergencyBreak(lineStart: number, overflow: number): number {
		let end = Math.max(overflow, lineStart + 1);
		if (end < count && isClosingPunctuation(chars[end] ?? 0) && end - 1 > lineStart) end--;
		if (end - 1 > lineStart && isOpeningPunctuation(chars[end - 1] ?? 0)) end--;
		return end;
	}

	/** Replaces the last allowed line by one that ends in an ellipsis. */
	function shorten(kept: Line[], nextStart: number): BrokenText {
		const last = kept.pop();
		const lineStart = last?.start ?? nextStart;
		const ellipsisWidth = (cut: number) => fonts[ellipsisFace(shaped, cut - 1)].advance(0x2026) * shaped.size;
		// The longest cut that fits with the ellipsis; prefer a word boundary unless it wastes much of the line.
		let charCut = lineStart;
		let wordCut = -1;
		let width = 0;
		for (let index = lineStart; index < count; index++) {
			width += widths[index] ?? 0;
			const cut = index + 1;
			const visible = trimEnd(lineStart, cut);
			const visibleWidth = visible === cut ? width : widthOf(lineStart, visible);
			if (visibleWidth + ellipsisWidth(visible) > maxWidth) break;
			charCut = cut;
			// Word boundaries: before a space, or next to a Chinese character (punctuation included).
			const next = chars[cut];
			if (next !== undefined && (isSpace(next) || isWide(next) || isWide(chars[index] ?? 0))) wordCut = cut;
		}
		let cut = wordCut > lineStart && widthOf(lineStart, wordCut) >= maxWidth * 0.6 ? wordCut : charCut;
		cut = trimEnd(lineStart, cut);
		// No dangling commas, colons or opening brackets before the ellipsis.
		while (cut > lineStart + 1 && /[\s,;:，、；：（([{“‘-]/u.test(String.fromCodePoint(chars[cut - 1] ?? 0))) cut--;
		if (cut <= lineStart) cut = Math.min(lineStart + 1, count);
		const face = ellipsisFace(shaped, cut - 1);
		const ellipsis = { face, width: fonts[face].advance(0x2026) * shaped.size };
		kept.push({ start: lineStart, end: cut, width: widthOf(lineStart, cut) + ellipsis.width, ellipsis });
		return { shaped, lines: kept, truncated: true, shownChars: cut };
	}
}

/** The last words shown before the ellipsis, for messages: about 30 characters (15 of Chinese). */
export function textBeforeCut(broken: BrokenText): string {
	const shown = broken.shaped.chars.slice(0, broken.shownChars);
	const last = shown.at(-1);
	const length = last !== undefined && isWide(last) ? 15 : 30;
	if (shown.length <= length) return String.fromCodePoint(...shown);
	let start = shown.length - length;
	// Start at a word: after the nearest space, unless that leaves too little.
	const space = shown.indexOf(0x20, start);
	if (space >= 0 && space < shown.length - 8) start = space + 1;
	return `…${String.fromCodePoint(...shown.slice(start))}`;
}
