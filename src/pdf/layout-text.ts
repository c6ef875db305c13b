// Text on the page: paragraphs and single lines drawn into a block, shortened with an ellipsis
// when they exceed their lines, and the record of what was shortened or cannot be drawn.

import type { Rgb } from '../domain/one-pager-template.ts';
import type { TextField } from './content.ts';
import type { FontWeight } from './fonts.ts';
import type { Block } from './layout-page.ts';
import { type BrokenText, ELLIPSIS, textBeforeCut } from './line-break.ts';
import { originField } from './names.ts';
import { runsOf } from './text.ts';
import type { TextCache } from './text-cache.ts';

export interface TextStyle {
	size: number;
	lineHeight: number;
	weight: FontWeight;
	color: Rgb;
}

/** Draws texts with the shapes and line breaks of a `TextCache`. */
export class PageText {
	readonly texts: TextCache;

	constructor(texts: TextCache) {
		this.texts = texts;
	}

	measure(text: string, style: TextStyle): number {
		return this.texts.width(text, style.weight, style.size);
	}

	broken(text: string, style: TextStyle, width: number, maxLines: number): BrokenText {
		return this.texts.broken(text, style.weight, style.size, width, maxLines);
	}

	/** Draws a paragraph at (x, y), returns its height. */
	paragraph(block: Block, field: TextField, style: TextStyle, x: number, y: number, width: number, maxLines: number): number {
		const broken = this.broken(field.text, style, width, maxLines);
		return this.draw(block, broken, field, style, x, y);
	}

	/** One line of text, shortened with an ellipsis when it is too long. */
	line(block: Block, text: string | TextField, style: TextStyle, x: number, y: number, width: number, align: 'left' | 'right' = 'left') {
		const field = typeof text === 'string' ? { text } : text;
		const broken = this.broken(field.text, style, width, 1);
		const lineWidth = broken.lines[0]?.width ?? 0;
		this.draw(block, broken, field, style, align === 'right' ? x + width - lineWidth : x, y);
	}

	/** Draws text already broken into lines at (x, y); returns its height. */
	draw(block: Block, broken: BrokenText, field: TextField, style: TextStyle, x: number, y: number): number {
		const { shaped } = broken;
		for (let index = 0; index < broken.lines.length; index++) {
			const line = broken.lines[index] as BrokenText['lines'][number];
			const baseline = y + index * style.lineHeight + style.lineHeight / 2 + style.size * 0.35;
			let cursor = x;
			for (const run of runsOf(shaped, line.start, line.end)) {
				block.ops.push({ op: 'text', x: cursor, y: baseline, size: style.size, face: run.face, text: run.text, color: style.color });
				cursor += run.width;
			}
			if (line.ellipsis) {
				block.ops.push({
					op: 'text',
					x: cursor,
					y: baseline,
					size: style.size,
					face: line.ellipsis.face,
					text: ELLIPSIS,
					color: style.color,
				});
			}
		}
		if (field.origin) {
			const missing = this.texts.undrawableChars(broken);
			if (missing) block.missingGlyphs.push({ origin: field.origin, field: originField(field.origin), chars: missing });
		}
		if (broken.truncated && field.origin) {
			block.cuts.push({
				origin: field.origin,
				field: originField(field.origin),
				shownChars: broken.shownChars,
				before: textBeforeCut(broken),
			});
		}
		return broken.lines.length * style.lineHeight;
	}
}
