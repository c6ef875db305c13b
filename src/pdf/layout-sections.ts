// The parts of a one-pager other than the contacts table: the header band, the title block,
// the footer, and the sections a template orders (summary, benefits, facts, learn more).

import { formatDate } from '../domain/language-format.ts';
import type { LabelKey } from '../domain/one-pager-template.ts';
import type { TextField } from './content.ts';
import { countriesText, type PageContext, solutionTypeLabel } from './layout-context.ts';
import { headerLogo } from './layout-logo.ts';
import { type Block, COLUMN_GAP, MARGIN, mix, newBlock, STRIPE, translate } from './layout-page.ts';
import { QR_BLOCK_WIDTH, qrBlock } from './layout-qr.ts';
import type { TextStyle } from './layout-text.ts';

export function header(page: PageContext): Block {
	const { colors, content, labels, text } = page;
	const block = newBlock();
	block.ops.push({ op: 'rect', x: 0, y: 0, width: page.width, height: page.space.band, color: colors.primary });
	block.ops.push({ op: 'rect', x: 0, y: page.space.band, width: page.width, height: STRIPE, color: colors.accent });
	const white = colors.headerText;
	const titleY = page.space.band / 2 - 18;
	const taglineY = page.space.band / 2 + 6;
	const half = page.contentWidth / 2 - 10;
	const titleStyle: TextStyle = { size: 16, lineHeight: 20, weight: 'bold', color: white };
	const taglineStyle: TextStyle = { size: 8.5, lineHeight: 12, weight: 'regular', color: white };
	const title = page.template.title[content.locale];
	text.line(block, title, titleStyle, MARGIN, titleY, half);
	text.line(block, labels.tagline, taglineStyle, MARGIN, taglineY, half);
	// The publisher and the solution type stand left of the logo, if there is one, in the room the title and tagline leave.
	const logo = headerLogo(page);
	block.ops.push(...logo.ops);
	const logoSpace = logo.width > 0 ? logo.width + 12 : 0;
	const leftUsed = Math.min(half, Math.max(text.measure(title, titleStyle), text.measure(labels.tagline, taglineStyle)));
	const rightWidth = logo.width > 0 ? Math.max(half - logoSpace, page.contentWidth - logoSpace - leftUsed - 20) : half;
	const right = page.width - MARGIN - logoSpace;
	text.line(
		block,
		content.publisher,
		{ size: 11, lineHeight: 20, weight: 'bold', color: white },
		right - rightWidth,
		titleY,
		rightWidth,
		'right',
	);
	const type = solutionTypeLabel(labels, content.solutionType);
	text.line(block, type, { size: 8.5, lineHeight: 12, weight: 'regular', color: white }, right - rightWidth, taglineY, rightWidth, 'right');
	return block;
}

export function titleBlock(page: PageContext, width: number): Block {
	const block = newBlock();
	const { colors, limits, text } = page;
	let y = text.paragraph(
		block,
		page.content.title,
		{ size: 22, lineHeight: 27, weight: 'bold', color: colors.ink },
		0,
		0,
		width,
		limits.title,
	);
	y += 6;
	y += text.paragraph(
		block,
		page.content.headline,
		{ size: 13.5, lineHeight: 18, weight: 'bold', color: colors.primary },
		0,
		y,
		width,
		limits.headline,
	);
	block.height = y;
	return block;
}

export function footer(page: PageContext): Block {
	const { text } = page;
	const block = newBlock();
	const y = page.height - 40;
	block.ops.push({ op: 'rect', x: MARGIN, y, width: page.contentWidth, height: 0.6, color: mix(page.colors.muted, 0.35) });
	const style: TextStyle = { size: 7.5, lineHeight: 12, weight: 'regular', color: page.colors.muted };
	const date = page.labels.lastUpdated.replace('{date}', formatDate(page.content.lastChange, page.content.locale));
	const dateWidth = text.measure(date, style);
	text.line(block, date, style, page.width - MARGIN - dateWidth, y + 6, dateWidth + 1);
	// The title again, as a running footer: shortened visibly when long, reported with the title itself.
	text.line(block, { text: page.content.title.text }, style, MARGIN, y + 6, page.contentWidth - dateWidth - 24);
	return block;
}

export function summary(page: PageContext, width: number): Block {
	const block = newBlock();
	if (!page.content.summary) return block;
	block.height = page.text.paragraph(
		block,
		page.content.summary,
		{ size: 10.5, lineHeight: 15.5, weight: 'regular', color: page.colors.ink },
		0,
		0,
		width,
		page.limits.summary,
	);
	return block;
}

/** A section heading with its short underline; returns the height it takes. */
export function heading(page: PageContext, block: Block, text: string, x: number, y: number, width: number): number {
	page.text.line(block, text, { size: 11, lineHeight: 14, weight: 'bold', color: page.colors.primary }, x, y, width);
	block.ops.push({ op: 'rect', x, y: y + 17, width: 28, height: 2.5, color: page.colors.accent });
	return page.space.heading;
}

export function benefits(page: PageContext, width: number): Block {
	const block = newBlock();
	if (page.content.benefits.length === 0) return block;
	let y = heading(page, block, page.labels.benefits, 0, 0, width);
	const style: TextStyle = { size: 10, lineHeight: 14.5, weight: 'regular', color: page.colors.ink };
	for (const benefit of page.content.benefits) {
		block.ops.push({ op: 'rect', x: 1, y: y + 5, width: 5, height: 5, color: page.colors.primary });
		y += page.text.paragraph(block, benefit, style, 15, y, width - 15, page.limits.benefit) + page.space.benefit;
	}
	block.height = y - page.space.benefit;
	return block;
}

export function facts(page: PageContext, width: number): Block {
	const { content, labels } = page;
	const block = newBlock();
	const padding = page.space.panel;
	block.ops.push({ op: 'rect', x: 0, y: 0, width, height: 0, color: page.colors.tint });
	let y = padding;
	y += heading(page, block, labels.facts, padding, y, width - 2 * padding);
	const items: { label: LabelKey; values: TextField[] }[] = [
		{ label: 'solutionType', values: [{ text: solutionTypeLabel(labels, content.solutionType) }] },
	];
	if (content.platforms.length > 0) {
		items.push({ label: 'platforms', values: [{ text: content.platforms.join(page.separator), origin: content.platformsOrigin }] });
	}
	if (content.solutionAreas.length > 0) items.push({ label: 'solutionAreas', values: content.solutionAreas });
	if (content.markets.length > 0) {
		items.push({ label: 'markets', values: [{ text: countriesText(page, content.markets), origin: content.marketsOrigin }] });
	}
	const inner = width - 2 * padding;
	const columns = inner >= 360 ? 2 : 1;
	const columnWidth = (inner - (columns - 1) * COLUMN_GAP) / columns;
	for (let index = 0; index < items.length; index += columns) {
		let rowHeight = 0;
		for (let column = 0; column < columns; column++) {
			const item = items[index + column];
			if (!item) continue;
			const x = padding + column * (columnWidth + COLUMN_GAP);
			rowHeight = Math.max(rowHeight, fact(page, block, item.label, item.values, x, y, columnWidth));
		}
		y += rowHeight + page.space.item;
	}
	block.height = y - page.space.item + padding;
	const panel = block.ops[0];
	if (panel?.op === 'rect') panel.height = block.height;
	return block;
}

function fact(page: PageContext, block: Block, label: LabelKey, values: readonly TextField[], x: number, y: number, width: number): number {
	const { colors, labels } = page;
	const caption = page.content.locale === 'en' ? labels[label].toUpperCase() : labels[label];
	page.text.line(block, caption, { size: 7.5, lineHeight: 11, weight: 'bold', color: colors.muted }, x, y, width);
	let height = 12;
	const style: TextStyle = { size: 9.5, lineHeight: 13, weight: 'regular', color: colors.ink };
	for (const value of values) height += page.text.paragraph(block, value, style, x, y + height, width, page.limits.fact) + 1;
	return height - 1;
}

/** The landing page and the publisher, with the QR code at the right when the one-pager has one. */
export function learnMore(page: PageContext, width: number): Block {
	const { content, labels, colors, text } = page;
	const block = newBlock();
	block.ops.push({ op: 'rect', x: 0, y: 0, width, height: 0.8, color: colors.accent });
	const qr = qrBlock(page);
	const textWidth = qr.height > 0 ? width - QR_BLOCK_WIDTH - COLUMN_GAP : width;
	let y = 10;
	if (content.landingPage) {
		y += text.paragraph(
			block,
			{ text: labels.learnMore },
			{ size: 9.5, lineHeight: 14, weight: 'bold', color: colors.ink },
			0,
			y,
			textWidth,
			1,
		);
		const linkStyle: TextStyle = { size: 9.5, lineHeight: 14, weight: 'regular', color: colors.primary };
		const top = y;
		const broken = text.broken(content.landingPage.text, linkStyle, textWidth, 2);
		const used = text.draw(block, broken, content.landingPage, linkStyle, 0, y);
		for (let line = 0; line < broken.lines.length; line++) {
			const lineWidth = broken.lines[line]?.width ?? 0;
			block.ops.push({
				op: 'link',
				x: 0,
				y: top + line * linkStyle.lineHeight,
				width: lineWidth,
				height: linkStyle.lineHeight,
				uri: content.landingPage.text,
			});
		}
		y += used + 4;
	}
	const published = labels.publishedBy.replace('{publisher}', content.publisher.text);
	y += text.paragraph(
		block,
		{ text: published, origin: content.publisher.origin },
		{ size: 9, lineHeight: 13, weight: 'regular', color: colors.muted },
		0,
		y,
		textWidth,
		2,
	);
	block.height = y;
	if (qr.height > 0) {
		// The code's quiet zone keeps it clear of the rule above.
		block.ops.push(...translate(qr.ops, width - QR_BLOCK_WIDTH, 2));
		block.height = Math.max(block.height, 2 + qr.height);
	}
	return block;
}
