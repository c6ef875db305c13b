// The QR code block: the code of the landing page (or of the offer's page in the kit) with a
// short caption beside it, at the right of the learn-more section.

import type { Rgb } from '../domain/one-pager-template.ts';
import type { PageContext } from './layout-context.ts';
import { type Block, newBlock } from './layout-page.ts';
import type { TextStyle } from './layout-text.ts';

/** The code's side in points, quiet zone included: about 23 mm, modules of half a millimetre or more for a usual URL. */
export const QR_SIDE = 64;
/** The caption's column, left of the code. */
const CAPTION_WIDTH = 84;
const CAPTION_GAP = 6;
/** The whole block's width: caption and code. */
export const QR_BLOCK_WIDTH = CAPTION_WIDTH + CAPTION_GAP + QR_SIDE;
const BLACK: Rgb = [0, 0, 0];

/** The caption and the QR code, `QR_BLOCK_WIDTH` wide; an empty block when the one-pager has no code. */
export function qrBlock(page: PageContext): Block {
	const block = newBlock();
	const qr = page.content.qrCode;
	if (!qr) return block;
	const left = CAPTION_WIDTH + CAPTION_GAP;
	block.ops.push({ op: 'qr', x: left, y: 0, width: QR_SIDE, height: QR_SIDE, color: BLACK, url: qr.url });
	// The code is a link too, for readers of the PDF on screen.
	block.ops.push({ op: 'link', x: left, y: 0, width: QR_SIDE, height: QR_SIDE, uri: qr.url });
	// The caption right-aligned beside the code, centred on its height.
	const caption = qr.target === 'landingPage' ? page.labels.scanLandingPage : page.labels.scanOfferPage;
	const style: TextStyle = { size: 7.5, lineHeight: 10, weight: 'regular', color: page.colors.muted };
	const broken = page.text.broken(caption, style, CAPTION_WIDTH, 3);
	let y = (QR_SIDE - broken.lines.length * style.lineHeight) / 2;
	for (const line of broken.lines) {
		page.text.draw(block, { ...broken, lines: [line] }, { text: caption }, style, CAPTION_WIDTH - line.width, y);
		y += style.lineHeight;
	}
	block.height = QR_SIDE;
	return block;
}
