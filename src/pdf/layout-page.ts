// The page's geometry and what a layout is made of: drawing operations grouped into blocks,
// plus the texts the layout had to shorten. Coordinates are points from the top-left corner;
// a text's `y` is its baseline.

import type { ImageInfo } from '../domain/image-info.ts';
import type { Rgb } from '../domain/one-pager-template.ts';
import type { Origin } from '../loading/load-kit.ts';
import type { FaceKey } from './fonts.ts';

export type DrawOp =
	| { op: 'rect'; x: number; y: number; width: number; height: number; color: Rgb }
	| { op: 'text'; x: number; y: number; size: number; face: FaceKey; text: string; color: Rgb }
	| { op: 'link'; x: number; y: number; width: number; height: number; uri: string }
	/**
	 * The QR code of `url`, a square (quiet zone included). Its modules are worked out
	 * when the page is drawn (render.ts), not laid out: validate's fit check lays out every page
	 * and needs only the room the code takes.
	 */
	| { op: 'qr'; x: number; y: number; width: number; height: number; color: Rgb; url: string }
	| { op: 'image'; x: number; y: number; width: number; height: number; image: { format: ImageInfo['format']; bytes: Uint8Array } };

/** A text shortened to fit its template: what `validate` reports. */
export interface Cut {
	origin?: Origin;
	/** The field as problems name it: `onePager.benefits[2]`, `Job title`... */
	field: string;
	/** Characters shown before the ellipsis. */
	shownChars: number;
	/** The last words shown, for the message. */
	before: string;
}

/** A text with characters neither font has: they print as empty boxes. */
export interface MissingGlyphs {
	origin?: Origin;
	field: string;
	/** The characters, each once. */
	chars: string;
}

export interface PageLayout {
	width: number;
	height: number;
	ops: DrawOp[];
	cuts: Cut[];
	missingGlyphs: MissingGlyphs[];
	/** Contact rows left out for lack of room, if any. */
	hiddenContacts?: { rows: number; file: string };
}

export const MARGIN = 40;
export const STRIPE = 4;
export const COLUMN_GAP = 20;
export const FOOTER_SPACE = 54;
export const MAX_EXTRA_GAP = 12;

/** Vertical spacing: comfortable, or compact when the contacts would not all fit otherwise. */
export interface Spacing {
	band: number;
	/** Between the header band and the title. */
	top: number;
	/** Between rows of sections. */
	row: number;
	/** A section heading with its underline. */
	heading: number;
	/** Between two benefits. */
	benefit: number;
	/** Inside the facts panel, and between its items. */
	panel: number;
	item: number;
	/** A contacts table row of one line, and each further line. */
	contactRow: number;
	cellLine: number;
}

export const COMFORTABLE: Spacing = {
	band: 76,
	top: 22,
	row: 16,
	heading: 27,
	benefit: 5,
	panel: 12,
	item: 9,
	contactRow: 15,
	cellLine: 11.5,
};
export const COMPACT: Spacing = {
	band: 62,
	top: 16,
	row: 12,
	heading: 24,
	benefit: 3,
	panel: 10,
	item: 6,
	contactRow: 13.5,
	cellLine: 10.5,
};

/** A laid-out block: operations relative to its top-left corner, and its height. */
export interface Block {
	ops: DrawOp[];
	height: number;
	cuts: Cut[];
	missingGlyphs: MissingGlyphs[];
	hiddenContacts?: PageLayout['hiddenContacts'];
}

export function newBlock(): Block {
	return { ops: [], height: 0, cuts: [], missingGlyphs: [] };
}

/** Moves a block's operations, in place: a block is placed once, and copies made the page's garbage. */
export function translate(ops: DrawOp[], dx: number, dy: number): DrawOp[] {
	if (dx === 0 && dy === 0) return ops;
	for (const op of ops) {
		op.x += dx;
		op.y += dy;
	}
	return ops;
}

/** A colour lightened towards white: `amount` 1 keeps it, 0 gives white. */
export function mix(color: Rgb, amount: number): Rgb {
	return [1 - (1 - color[0]) * amount, 1 - (1 - color[1]) * amount, 1 - (1 - color[2]) * amount];
}
