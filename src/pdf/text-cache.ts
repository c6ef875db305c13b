// Shaped and broken texts, remembered while one offer's one-pagers are laid out. Shaping and
// line breaking are pure functions of the text, the fonts, the weight, the size, the width and
// the line limit, and a page asks for the same ones again and again: a contact listed under
// several countries is measured for its column and broken into lines for each, the compact
// retry lays everything out once more, and the pages of an offer in its two languages share
// most of their texts. The cache is dropped with the offer: kept longer, its entries would
// outlive the young generation and fill the old one with garbage.

import type { FaceKey, FontFace, FontSet, FontWeight } from './fonts.ts';
import { type BrokenText, breakLines, breakOpportunities } from './line-break.ts';
import { normalizeText, type ShapedText, shapeText } from './text.ts';

/** What is known about one text: its width, and its lines at each size, width and line limit asked for. */
interface TextEntry {
	/** Where its lines may break (the same at every size and width; finding Chinese words is slow). */
	opportunities?: readonly boolean[];
	/** Its characters' faces and advances at each weight and size asked for, and their sum (its width on one line). */
	shaped: { shaped: ShapedText; width: number }[];
	broken: { weight: FontWeight; size: number; width: number; maxLines: number; result: BrokenText }[];
}

export class TextCache {
	readonly fonts: FontSet;
	/** Keyed by the text alone: V8 keeps a string's hash with it, and most texts are the offer's own strings. */
	private readonly entries = new Map<string, TextEntry>();
	private readonly undrawable = new WeakMap<BrokenText, string>();

	constructor(fonts: FontSet) {
		this.fonts = fonts;
	}

	private entry(text: string): TextEntry {
		let entry = this.entries.get(text);
		if (!entry) {
			entry = { shaped: [], broken: [] };
			this.entries.set(text, entry);
		}
		return entry;
	}

	/** `text` (white space collapsed) broken into lines: see `breakLines`. The result is shared: read it, never change it. */
	broken(text: string, weight: FontWeight, size: number, width: number, maxLines: number): BrokenText {
		const entry = this.entry(text);
		const known = entry.broken;
		for (const item of known) {
			if (item.weight === weight && item.size === size && item.width === width && item.maxLines === maxLines) return item.result;
		}
		const { shaped } = this.shape(entry, text, weight, size);
		entry.opportunities ??= breakOpportunities(shaped.chars);
		const result = breakLines(shaped, width, this.fonts, maxLines, entry.opportunities);
		known.push({ weight, size, width, maxLines, result });
		return result;
	}

	/** The width of `text` (white space collapsed) on one line. */
	width(text: string, weight: FontWeight, size: number): number {
		return this.shape(this.entry(text), text, weight, size).width;
	}

	private shape(entry: TextEntry, text: string, weight: FontWeight, size: number): { shaped: ShapedText; width: number } {
		for (const item of entry.shaped) {
			if (item.shaped.weight === weight && item.shaped.size === size) return item;
		}
		const shaped = shapeText(normalizeText(text), this.fonts, weight, size);
		const item = { shaped, width: shaped.widths.reduce((sum, advance) => sum + advance, 0) };
		entry.shaped.push(item);
		return item;
	}

	/** The characters of the lines shown that their font cannot draw, each once ('' for none). */
	undrawableChars(broken: BrokenText): string {
		let chars = this.undrawable.get(broken);
		if (chars === undefined) {
			const { shaped } = broken;
			const missing = new Set<string>();
			let face: FaceKey | undefined;
			let font: FontFace | undefined;
			for (const line of broken.lines) {
				for (let index = line.start; index < line.end; index++) {
					const codePoint = shaped.chars[index] ?? 0;
					if (codePoint === 0x20) continue;
					// The face changes between runs only: look it up then.
					if (shaped.faces[index] !== face) {
						face = shaped.faces[index] as FaceKey;
						font = this.fonts[face];
					}
					if (!font?.has(codePoint)) missing.add(String.fromCodePoint(codePoint));
				}
			}
			chars = [...missing].join('');
			this.undrawable.set(broken, chars);
		}
		return chars;
	}
}
