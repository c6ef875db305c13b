// The page layout of a one-pager: where every text, rule, band and link goes, for a template,
// a page size and the content in one language. Pure: it returns drawing operations and the
// list of texts it had to shorten; render.ts turns the operations into a PDF, and the validate
// command turns the shortened texts into warnings (one layout, one definition).
//
// This module composes the page from its parts: the geometry and drawing operations
// (layout-page.ts), text (layout-text.ts), the header, title, footer and sections
// (layout-sections.ts) and the contacts table (layout-contacts.ts).

import { LIST_SEPARATORS } from '../domain/language-format.ts';
import type { LineLimits, OnePagerTemplate, Section } from '../domain/one-pager-template.ts';
import { PAGE_SIZES, type PageSize } from '../domain/page-size.ts';
import type { OnePagerContent } from './content.ts';
import type { FontSet } from './fonts.ts';
import { contacts, contactsMinimum } from './layout-contacts.ts';
import type { PageContext } from './layout-context.ts';
import {
	type Block,
	COLUMN_GAP,
	COMFORTABLE,
	COMPACT,
	type Cut,
	type DrawOp,
	FOOTER_SPACE,
	MARGIN,
	MAX_EXTRA_GAP,
	type MissingGlyphs,
	type PageLayout,
	type Spacing,
	STRIPE,
	translate,
} from './layout-page.ts';
import { benefits, facts, footer, header, learnMore, summary, titleBlock } from './layout-sections.ts';
import { PageText } from './layout-text.ts';
import { TextCache } from './text-cache.ts';

export type { Cut, DrawOp, MissingGlyphs, PageLayout };

/**
 * Lays out the one-pager of `content` with `template` on a page of `size`. `texts` keeps the
 * texts shaped with `fonts`: pass the same one to lay out an offer's pages in both languages.
 */
export function layoutOnePager(
	content: OnePagerContent,
	template: OnePagerTemplate,
	size: PageSize,
	fonts: FontSet,
	texts: TextCache = new TextCache(fonts),
): PageLayout {
	if (texts.fonts !== fonts) throw new Error('layoutOnePager: the text cache was made with other fonts');
	const [width, height] = PAGE_SIZES[size];
	const text = new PageText(texts);
	let layout: PageLayout | undefined;
	for (const spacing of [COMFORTABLE, COMPACT]) {
		layout = fitLineLimits({ content, template, text, width, height, spacing });
		if (!layout.hiddenContacts) return layout;
	}
	return layout as PageLayout;
}

/** What a page is made of, before line limits. */
interface PageSpec {
	content: OnePagerContent;
	template: OnePagerTemplate;
	text: PageText;
	width: number;
	height: number;
	spacing: Spacing;
}

/** Shrinks the line limits until everything but the contacts fits, with room for a few contacts. */
function fitLineLimits(spec: PageSpec): PageLayout {
	const limits: LineLimits = { ...spec.template.maxLines };
	const reductions: [keyof LineLimits, number][] = [
		['summary', 2],
		['benefit', 1],
		['fact', 1],
		['headline', 1],
		['title', 1],
		['summary', 1],
	];
	for (;;) {
		const page = pageContext(spec, limits);
		const result = composePage(page);
		if (result) return result;
		const next = reductions.find(([key, min]) => limits[key] > min);
		if (!next) return composePage(page, true) as PageLayout;
		limits[next[0]]--;
	}
}

function pageContext(spec: PageSpec, limits: LineLimits): PageContext {
	const { content, template } = spec;
	return {
		content,
		template,
		text: spec.text,
		width: spec.width,
		height: spec.height,
		space: spec.spacing,
		limits,
		labels: template.labels[content.locale],
		colors: template.colors,
		contentWidth: spec.width - 2 * MARGIN,
		separator: LIST_SEPARATORS[content.locale],
	};
}

/** The page, or undefined when the sections do not leave the contacts enough room (unless `force`). */
function composePage(page: PageContext, force = false): PageLayout | undefined {
	const ops: DrawOp[] = [];
	const cuts: Cut[] = [];
	const missingGlyphs: MissingGlyphs[] = [];
	const place = (block: Block, x: number, y: number) => {
		ops.push(...translate(block.ops, x, y));
		cuts.push(...block.cuts);
		missingGlyphs.push(...block.missingGlyphs);
	};
	place(header(page), 0, 0);
	const title = titleBlock(page, page.contentWidth);
	let y = page.space.band + STRIPE + page.space.top;
	place(title, MARGIN, y);
	y += title.height + 4;

	const bottom = page.height - FOOTER_SPACE;
	const rows = page.template.sections;
	// Every row but the contacts has a fixed height; the contacts take what is left.
	const laidOut = rows.map((row) => (row.includes('contacts') ? undefined : sectionRow(page, row)));
	const fixed = laidOut.reduce((sum, block) => sum + (block && block.height > 0 ? block.height + page.space.row : 0), 0);
	const contactsRoom = bottom - y - fixed - page.space.row;
	if (!force && contactsRoom < contactsMinimum(page)) return undefined;

	const blocks = rows
		.map((_row, index) => laidOut[index] ?? contacts(page, page.contentWidth, Math.max(0, contactsRoom)))
		.filter((block) => block.height > 0);
	// Spare room goes between the rows, up to a point: the page looks composed, not cut off.
	const used = blocks.reduce((sum, block) => sum + block.height + page.space.row, 0);
	const gap = page.space.row + Math.max(0, Math.min(MAX_EXTRA_GAP, (bottom - y - used) / (blocks.length + 1)));
	// A learn-more section (with its QR code) that ends the page stands at its foot, above the
	// footer, rather than leaving the page's lower part empty below it.
	const last = blocks.at(-1);
	const footAnchored = rows.at(-1)?.join() === 'learnMore' && last === laidOut.at(-1) ? last : undefined;
	let hiddenContacts: PageLayout['hiddenContacts'];
	for (const block of blocks) {
		y += gap;
		if (block === footAnchored) y = Math.max(y, bottom - gap - block.height);
		place(block, MARGIN, y);
		hiddenContacts ??= block.hiddenContacts;
		y += block.height;
	}
	place(footer(page), 0, 0);
	return { width: page.width, height: page.height, ops, cuts, missingGlyphs, hiddenContacts };
}

/** A row of the template's sections: one, or two side by side. */
function sectionRow(page: PageContext, sections: readonly Section[]): Block {
	if (sections.length === 1) return section(page, sections[0] as Section, page.contentWidth);
	const [first, second] = sections as [Section, Section];
	const share = first === 'facts' ? 0.38 : second === 'facts' ? 0.62 : 0.5;
	const firstWidth = Math.round((page.contentWidth - COLUMN_GAP) * share);
	const secondWidth = page.contentWidth - COLUMN_GAP - firstWidth;
	const left = section(page, first, firstWidth);
	const right = section(page, second, secondWidth);
	const height = Math.max(left.height, right.height);
	// A facts panel beside a taller section grows to the same height.
	for (const [block, name] of [
		[left, first],
		[right, second],
	] as const) {
		const panel = block.ops[0];
		if (name === 'facts' && panel?.op === 'rect') panel.height = height;
	}
	return {
		ops: [...left.ops, ...translate(right.ops, firstWidth + COLUMN_GAP, 0)],
		height,
		cuts: [...left.cuts, ...right.cuts],
		missingGlyphs: [...left.missingGlyphs, ...right.missingGlyphs],
	};
}

function section(page: PageContext, name: Section, width: number): Block {
	switch (name) {
		case 'summary':
			return summary(page, width);
		case 'benefits':
			return benefits(page, width);
		case 'facts':
			return facts(page, width);
		case 'learnMore':
			return learnMore(page, width);
		case 'contacts':
			return contacts(page, width, Number.POSITIVE_INFINITY);
	}
}
