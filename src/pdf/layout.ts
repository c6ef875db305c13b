// The page layout of a one-pager: where every text, rule, band and link goes, for a template,
// a page size and the content in one language. Pure: it returns drawing operations and the
// list of texts it had to shorten; render.ts turns the operations into a PDF, and the validate
// command turns the shortened texts into warnings (one layout, one definition).
//
// Coordinates are points from the top-left corner; a text's `y` is its baseline.

import { ALL_COUNTRIES } from '../domain/countries.ts';
import { countryName } from '../domain/country-names.ts';
import { LIST_SEPARATORS } from '../domain/language-format.ts';
import type { Locale, SolutionType } from '../domain/vocabulary.ts';
import type { ContactGroup, OnePagerContent, Origin, TextField } from './content.ts';
import type { FaceKey, FontSet, FontWeight } from './fonts.ts';
import { type BrokenText, ELLIPSIS, textBeforeCut } from './line-break.ts';
import { originField } from './names.ts';
import type { LabelKey, LineLimits, OnePagerTemplate, Rgb, Section } from './template-schema.ts';
import { runsOf } from './text.ts';
import { TextCache } from './text-cache.ts';

export type DrawOp =
	| { op: 'rect'; x: number; y: number; width: number; height: number; color: Rgb }
	| { op: 'text'; x: number; y: number; size: number; face: FaceKey; text: string; color: Rgb }
	| { op: 'link'; x: number; y: number; width: number; height: number; uri: string };

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

/** Page sizes in points (1/72 inch). */
export const PAGE_SIZES = { A4: [595.28, 841.89], Letter: [612, 792] } as const;
export type PageSize = keyof typeof PAGE_SIZES;

const MARGIN = 40;
const STRIPE = 4;
const COLUMN_GAP = 20;
const FOOTER_SPACE = 54;
const MAX_EXTRA_GAP = 12;

/** Vertical spacing: comfortable, or compact when the contacts would not all fit otherwise. */
interface Spacing {
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

const COMFORTABLE: Spacing = { band: 76, top: 22, row: 16, heading: 27, benefit: 5, panel: 12, item: 9, contactRow: 15, cellLine: 11.5 };
const COMPACT: Spacing = { band: 62, top: 16, row: 12, heading: 24, benefit: 3, panel: 10, item: 6, contactRow: 13.5, cellLine: 10.5 };

interface TextStyle {
	size: number;
	lineHeight: number;
	weight: FontWeight;
	color: Rgb;
}

/** A laid-out block: operations relative to its top-left corner, and its height. */
interface Block {
	ops: DrawOp[];
	height: number;
	cuts: Cut[];
	missingGlyphs: MissingGlyphs[];
	hiddenContacts?: PageLayout['hiddenContacts'];
}

const SOLUTION_TYPE_LABELS: Record<SolutionType, LabelKey> = {
	Device: 'device',
	IP: 'ip',
	Service: 'service',
	'Managed Service': 'managedService',
};

/** The solution type as the labels of a language name it. */
function solutionTypeLabel(labels: Record<LabelKey, string>, type: string): string {
	const key = SOLUTION_TYPE_LABELS[type as SolutionType] as LabelKey | undefined;
	return key ? labels[key] : type;
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
/** Dates already formatted: offers changed together share them, and formatting is slow. */
const formattedDates = new Map<string, string>();

/** "March 12, 2026" or "2026年3月12日", in UTC so that every machine prints the same date. */
export function formatDate(iso: string, locale: Locale): string {
	const key = `${locale} ${iso}`;
	let formatted = formattedDates.get(key);
	if (formatted === undefined) {
		let format = dateFormats.get(locale);
		if (!format) {
			format = new Intl.DateTimeFormat(locale === 'zh-cn' ? 'zh-CN' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' });
			dateFormats.set(locale, format);
		}
		formatted = format.format(new Date(iso));
		formattedDates.set(key, formatted);
	}
	return formatted;
}

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
	let layout: PageLayout | undefined;
	for (const spacing of [COMFORTABLE, COMPACT]) {
		layout = fitLineLimits(new PageSpec(content, template, texts, width, height, spacing));
		if (!layout.hiddenContacts) return layout;
	}
	return layout as PageLayout;
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
		const page = new PageComposer(spec, limits);
		const result = page.compose();
		if (result) return result;
		const next = reductions.find(([key, min]) => limits[key] > min);
		if (!next) return page.compose(true) as PageLayout;
		limits[next[0]]--;
	}
}

/** What a page is made of, before line limits. */
class PageSpec {
	readonly content: OnePagerContent;
	readonly template: OnePagerTemplate;
	readonly texts: TextCache;
	readonly width: number;
	readonly height: number;
	readonly spacing: Spacing;

	constructor(content: OnePagerContent, template: OnePagerTemplate, texts: TextCache, width: number, height: number, spacing: Spacing) {
		this.content = content;
		this.template = template;
		this.texts = texts;
		this.width = width;
		this.height = height;
		this.spacing = spacing;
	}
}

class PageComposer {
	private readonly content: OnePagerContent;
	private readonly template: OnePagerTemplate;
	private readonly texts: TextCache;
	private readonly width: number;
	private readonly height: number;
	private readonly limits: LineLimits;
	private readonly space: Spacing;
	private readonly labels: Record<LabelKey, string>;
	private readonly colors: OnePagerTemplate['colors'];
	private readonly contentWidth: number;
	private readonly separator: string;

	constructor(spec: PageSpec, limits: LineLimits) {
		const { content, template } = spec;
		this.content = content;
		this.template = template;
		this.texts = spec.texts;
		this.width = spec.width;
		this.height = spec.height;
		this.space = spec.spacing;
		this.limits = limits;
		this.labels = template.labels[content.locale];
		this.colors = template.colors;
		this.contentWidth = spec.width - 2 * MARGIN;
		this.separator = LIST_SEPARATORS[content.locale];
	}

	/** The page, or undefined when the sections do not leave the contacts enough room (unless `force`). */
	compose(force = false): PageLayout | undefined {
		const ops: DrawOp[] = [];
		const cuts: Cut[] = [];
		const missingGlyphs: MissingGlyphs[] = [];
		const place = (block: Block, x: number, y: number) => {
			ops.push(...translate(block.ops, x, y));
			cuts.push(...block.cuts);
			missingGlyphs.push(...block.missingGlyphs);
		};
		place(this.header(), 0, 0);
		const titleBlock = this.titleBlock(this.contentWidth);
		let y = this.space.band + STRIPE + this.space.top;
		place(titleBlock, MARGIN, y);
		y += titleBlock.height + 4;

		const bottom = this.height - FOOTER_SPACE;
		const rows = this.template.sections;
		// Every row but the contacts has a fixed height; the contacts take what is left.
		const laidOut = rows.map((row) => (row.includes('contacts') ? undefined : this.row(row)));
		const fixed = laidOut.reduce((sum, block) => sum + (block && block.height > 0 ? block.height + this.space.row : 0), 0);
		const contactsRoom = bottom - y - fixed - this.space.row;
		if (!force && contactsRoom < this.contactsMinimum()) return undefined;

		const blocks = rows
			.map((_row, index) => laidOut[index] ?? this.contacts(this.contentWidth, Math.max(0, contactsRoom)))
			.filter((block) => block.height > 0);
		// Spare room goes between the rows, up to a point: the page looks composed, not cut off.
		const used = blocks.reduce((sum, block) => sum + block.height + this.space.row, 0);
		const gap = this.space.row + Math.max(0, Math.min(MAX_EXTRA_GAP, (bottom - y - used) / (blocks.length + 1)));
		let hiddenContacts: PageLayout['hiddenContacts'];
		for (const block of blocks) {
			y += gap;
			place(block, MARGIN, y);
			hiddenContacts ??= block.hiddenContacts;
			y += block.height;
		}
		place(this.footer(), 0, 0);
		return { width: this.width, height: this.height, ops, cuts, missingGlyphs, hiddenContacts };
	}

	// --- Fixed parts -------------------------------------------------------------------------

	private header(): Block {
		const { colors, content, labels } = this;
		const block = newBlock();
		block.ops.push({ op: 'rect', x: 0, y: 0, width: this.width, height: this.space.band, color: colors.primary });
		block.ops.push({ op: 'rect', x: 0, y: this.space.band, width: this.width, height: STRIPE, color: colors.accent });
		const white = colors.headerText;
		const titleY = this.space.band / 2 - 18;
		const taglineY = this.space.band / 2 + 6;
		const half = this.contentWidth / 2 - 10;
		this.line(block, this.template.title[content.locale], { size: 16, lineHeight: 20, weight: 'bold', color: white }, MARGIN, titleY, half);
		this.line(block, labels.tagline, { size: 8.5, lineHeight: 12, weight: 'regular', color: white }, MARGIN, taglineY, half);
		const right = this.width - MARGIN;
		this.line(block, content.publisher, { size: 11, lineHeight: 20, weight: 'bold', color: white }, right - half, titleY, half, 'right');
		const type = solutionTypeLabel(labels, content.solutionType);
		this.line(block, type, { size: 8.5, lineHeight: 12, weight: 'regular', color: white }, right - half, taglineY, half, 'right');
		return block;
	}

	private titleBlock(width: number): Block {
		const block = newBlock();
		const { colors, limits } = this;
		let y = this.paragraph(
			block,
			this.content.title,
			{ size: 22, lineHeight: 27, weight: 'bold', color: colors.ink },
			0,
			0,
			width,
			limits.title,
		);
		y += 6;
		y += this.paragraph(
			block,
			this.content.headline,
			{ size: 13.5, lineHeight: 18, weight: 'bold', color: colors.primary },
			0,
			y,
			width,
			limits.headline,
		);
		block.height = y;
		return block;
	}

	private footer(): Block {
		const block = newBlock();
		const y = this.height - 40;
		block.ops.push({ op: 'rect', x: MARGIN, y, width: this.contentWidth, height: 0.6, color: mix(this.colors.muted, 0.35) });
		const style: TextStyle = { size: 7.5, lineHeight: 12, weight: 'regular', color: this.colors.muted };
		const date = this.labels.lastUpdated.replace('{date}', formatDate(this.content.lastChange, this.content.locale));
		const dateWidth = this.measure(date, style);
		this.line(block, date, style, this.width - MARGIN - dateWidth, y + 6, dateWidth + 1);
		// The title again, as a running footer: shortened visibly when long, reported with the title itself.
		this.line(block, { text: this.content.title.text }, style, MARGIN, y + 6, this.contentWidth - dateWidth - 24);
		return block;
	}

	// --- Sections ----------------------------------------------------------------------------

	private row(sections: readonly Section[]): Block {
		if (sections.length === 1) return this.section(sections[0] as Section, this.contentWidth);
		const [first, second] = sections as [Section, Section];
		const share = first === 'facts' ? 0.38 : second === 'facts' ? 0.62 : 0.5;
		const firstWidth = Math.round((this.contentWidth - COLUMN_GAP) * share);
		const secondWidth = this.contentWidth - COLUMN_GAP - firstWidth;
		const left = this.section(first, firstWidth);
		const right = this.section(second, secondWidth);
		const height = Math.max(left.height, right.height);
		// A facts panel beside a taller section grows to the same height.
		for (const [block, section] of [
			[left, first],
			[right, second],
		] as const) {
			const panel = block.ops[0];
			if (section === 'facts' && panel?.op === 'rect') panel.height = height;
		}
		return {
			ops: [...left.ops, ...translate(right.ops, firstWidth + COLUMN_GAP, 0)],
			height,
			cuts: [...left.cuts, ...right.cuts],
			missingGlyphs: [...left.missingGlyphs, ...right.missingGlyphs],
		};
	}

	private section(section: Section, width: number): Block {
		switch (section) {
			case 'summary':
				return this.summary(width);
			case 'benefits':
				return this.benefits(width);
			case 'facts':
				return this.facts(width);
			case 'learnMore':
				return this.learnMore(width);
			case 'contacts':
				return this.contacts(width, Number.POSITIVE_INFINITY);
		}
	}

	private summary(width: number): Block {
		const block = newBlock();
		if (!this.content.summary) return block;
		block.height = this.paragraph(
			block,
			this.content.summary,
			{ size: 10.5, lineHeight: 15.5, weight: 'regular', color: this.colors.ink },
			0,
			0,
			width,
			this.limits.summary,
		);
		return block;
	}

	private heading(block: Block, text: string, x: number, y: number, width: number): number {
		this.line(block, text, { size: 11, lineHeight: 14, weight: 'bold', color: this.colors.primary }, x, y, width);
		block.ops.push({ op: 'rect', x, y: y + 17, width: 28, height: 2.5, color: this.colors.accent });
		return this.space.heading;
	}

	private benefits(width: number): Block {
		const block = newBlock();
		if (this.content.benefits.length === 0) return block;
		let y = this.heading(block, this.labels.benefits, 0, 0, width);
		const style: TextStyle = { size: 10, lineHeight: 14.5, weight: 'regular', color: this.colors.ink };
		for (const benefit of this.content.benefits) {
			block.ops.push({ op: 'rect', x: 1, y: y + 5, width: 5, height: 5, color: this.colors.primary });
			y += this.paragraph(block, benefit, style, 15, y, width - 15, this.limits.benefit) + this.space.benefit;
		}
		block.height = y - this.space.benefit;
		return block;
	}

	private facts(width: number): Block {
		const { content, labels } = this;
		const block = newBlock();
		const padding = this.space.panel;
		block.ops.push({ op: 'rect', x: 0, y: 0, width, height: 0, color: this.colors.tint });
		let y = padding;
		y += this.heading(block, labels.facts, padding, y, width - 2 * padding);
		const items: { label: LabelKey; values: TextField[] }[] = [
			{ label: 'solutionType', values: [{ text: solutionTypeLabel(labels, content.solutionType) }] },
		];
		if (content.platforms.length > 0) {
			items.push({ label: 'platforms', values: [{ text: content.platforms.join(this.separator), origin: content.platformsOrigin }] });
		}
		if (content.solutionAreas.length > 0) items.push({ label: 'solutionAreas', values: content.solutionAreas });
		if (content.markets.length > 0) {
			const text = content.markets.includes(ALL_COUNTRIES)
				? labels.allMarkets
				: content.markets.map((code) => countryName(code, content.locale)).join(this.separator);
			items.push({ label: 'markets', values: [{ text, origin: content.marketsOrigin }] });
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
				rowHeight = Math.max(rowHeight, this.fact(block, item.label, item.values, x, y, columnWidth));
			}
			y += rowHeight + this.space.item;
		}
		block.height = y - this.space.item + padding;
		const panel = block.ops[0];
		if (panel?.op === 'rect') panel.height = block.height;
		return block;
	}

	private fact(block: Block, label: LabelKey, values: readonly TextField[], x: number, y: number, width: number): number {
		const { colors } = this;
		const caption = this.content.locale === 'en' ? this.labels[label].toUpperCase() : this.labels[label];
		this.line(block, caption, { size: 7.5, lineHeight: 11, weight: 'bold', color: colors.muted }, x, y, width);
		let height = 12;
		const style: TextStyle = { size: 9.5, lineHeight: 13, weight: 'regular', color: colors.ink };
		for (const value of values) height += this.paragraph(block, value, style, x, y + height, width, this.limits.fact) + 1;
		return height - 1;
	}

	/** The least height worth giving the contacts: heading, table head and two rows. */
	private contactsMinimum(): number {
		return this.content.contactGroups.length > 0 ? this.space.heading + 18 + 2 * this.space.contactRow : this.space.heading + 16;
	}

	private contacts(width: number, room: number): Block {
		const { content, labels, colors } = this;
		const block = newBlock();
		let y = this.heading(block, labels.contacts, 0, 0, width);
		if (content.contactGroups.length === 0) {
			y += this.paragraph(
				block,
				{ text: labels.noContacts },
				{ size: 9, lineHeight: 13, weight: 'regular', color: colors.muted },
				0,
				y,
				width,
				2,
			);
			block.height = y;
			return block;
		}
		const { contactRow, cellLine } = this.space;
		const cell: TextStyle = { size: 8.5, lineHeight: cellLine, weight: 'regular', color: colors.ink };
		const styles = {
			country: { ...cell, weight: 'bold' },
			name: cell,
			jobTitle: { ...cell, color: colors.muted },
			email: { ...cell, color: colors.primary },
		} satisfies Record<string, TextStyle>;
		const groupLabel = (group: ContactGroup) =>
			group.countries.includes(ALL_COUNTRIES)
				? labels.allMarkets
				: group.countries.map((code) => countryName(code, content.locale)).join(this.separator);
		const columns = this.contactColumns(width, cell, groupLabel);
		const insides = columns.map((column) => ({ x: column.x + 6, width: column.width - 10 }));
		const inner = (index: number) => insides[index] ?? { x: 6, width: -10 };

		// Table head.
		block.ops.push({ op: 'rect', x: 0, y, width, height: 16, color: colors.tint });
		const heads: LabelKey[] = ['country', 'name', 'jobTitle', 'email'];
		heads.forEach((key, index) => {
			const caption = content.locale === 'en' ? labels[key].toUpperCase() : labels[key];
			this.line(block, caption, { size: 7, lineHeight: 16, weight: 'bold', color: colors.muted }, inner(index).x, y, inner(index).width);
		});
		y += 18;

		// The rows, a group (countries with the same contacts) at a time, while they fit.
		const totalRows = content.contactGroups.reduce((sum, group) => sum + group.contacts.length, 0);
		const rule = mix(colors.muted, 0.25);
		let shownRows = 0;
		const rowPadding = contactRow - cellLine;
		for (const group of content.contactGroups) {
			const first = group.contacts[0];
			const origin =
				first?.name.origin && 'row' in first.name.origin ? { ...first.name.origin, column: 5, field: 'Countries/Regions' } : undefined;
			const country = this.broken(groupLabel(group), styles.country, inner(0).width, 3);
			const rows = group.contacts.map((contact) => {
				const name = this.broken(contact.name.text, styles.name, inner(1).width, 2);
				const jobTitle = this.broken(contact.jobTitle.text, styles.jobTitle, inner(2).width, 2);
				const email = this.broken(contact.email.text, styles.email, inner(3).width, 1);
				const lines = Math.max(name.lines.length, jobTitle.lines.length, 1);
				return { contact, name, jobTitle, email, height: rowPadding + lines * cellLine };
			});
			// Rows of this group that fit, leaving room for the "more" line if rows remain after them.
			let fitting = 0;
			let height = 0;
			for (const row of rows) {
				const after = shownRows + fitting + 1 < totalRows ? contactRow : 0;
				if (y + height + row.height + after > room) break;
				height += row.height;
				fitting++;
			}
			if (fitting === 0) break;
			const labelHeight = rowPadding + Math.min(country.lines.length, 3) * cellLine;
			if (fitting === rows.length && labelHeight > height) {
				const after = shownRows + fitting < totalRows ? contactRow : 0;
				if (y + labelHeight + after > room) break;
			}
			if (shownRows > 0) block.ops.push({ op: 'rect', x: 0, y: y - 1, width, height: 0.5, color: rule });
			const top = y + rowPadding / 2;
			this.draw(block, country, { text: groupLabel(group), origin }, styles.country, inner(0).x, top);
			let rowTop = top;
			for (const row of rows.slice(0, fitting)) {
				this.draw(block, row.name, row.contact.name, styles.name, inner(1).x, rowTop);
				this.draw(block, row.jobTitle, row.contact.jobTitle, styles.jobTitle, inner(2).x, rowTop);
				this.draw(block, row.email, row.contact.email, styles.email, inner(3).x, rowTop);
				const linkWidth = row.email.lines[0]?.width ?? 0;
				block.ops.push({
					op: 'link',
					x: inner(3).x,
					y: rowTop,
					width: linkWidth,
					height: cellLine,
					uri: `mailto:${row.contact.email.text}`,
				});
				rowTop += row.height;
			}
			y += fitting === rows.length ? Math.max(height, labelHeight) : height;
			shownRows += fitting;
			if (fitting < rows.length) break;
		}
		if (shownRows < totalRows) {
			const more = labels.moreContacts.replace('{count}', String(totalRows - shownRows));
			block.ops.push({ op: 'rect', x: 0, y: y - 1, width, height: 0.5, color: rule });
			this.line(block, more, { ...cell, lineHeight: contactRow, color: colors.muted }, 6, y, width - 12);
			y += contactRow;
			block.hiddenContacts = { rows: totalRows - shownRows, file: content.contactsFile };
		}
		block.height = y;
		return block;
	}

	/** Column positions of the contacts table: each as wide as its longest cell allows. */
	private contactColumns(width: number, style: TextStyle, groupLabel: (group: ContactGroup) => string): { x: number; width: number }[] {
		const natural = [0, 0, 0, 0];
		const grow = (index: number, text: string, weight: FontWeight) => {
			natural[index] = Math.max(natural[index] ?? 0, this.texts.width(text, weight, style.size) + 14);
		};
		for (const group of this.content.contactGroups) {
			for (const name of groupLabel(group).split(this.separator)) grow(0, name, 'bold');
			for (const contact of group.contacts) {
				grow(1, contact.name.text, 'regular');
				grow(2, contact.jobTitle.text, 'regular');
				grow(3, contact.email.text, 'regular');
			}
		}
		const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min * width), max * width);
		// Country and name as wide as their longest cell within bounds, the email whole if it can be;
		// the job title, which may wrap, takes the rest.
		const widths = [clamp(natural[0] ?? 0, 0.16, 0.22), clamp(natural[1] ?? 0, 0.14, 0.22), 0, clamp(natural[3] ?? 0, 0, 0.4)];
		const jobTitle = () => width - (widths[0] ?? 0) - (widths[1] ?? 0) - (widths[3] ?? 0);
		const minimum = 0.2 * width;
		// At most 0.22 + 0.22 + 0.3 of the width remain taken: the job title keeps at least 0.26.
		if (jobTitle() < minimum) widths[3] = Math.max(0.3 * width, (widths[3] ?? 0) - (minimum - jobTitle()));
		widths[2] = jobTitle();
		let x = 0;
		return widths.map((value) => {
			const column = { x, width: value };
			x += value;
			return column;
		});
	}

	private learnMore(width: number): Block {
		const { content, labels, colors } = this;
		const block = newBlock();
		block.ops.push({ op: 'rect', x: 0, y: 0, width, height: 0.8, color: colors.accent });
		let y = 10;
		if (content.landingPage) {
			y += this.paragraph(
				block,
				{ text: labels.learnMore },
				{ size: 9.5, lineHeight: 14, weight: 'bold', color: colors.ink },
				0,
				y,
				width,
				1,
			);
			const linkStyle: TextStyle = { size: 9.5, lineHeight: 14, weight: 'regular', color: colors.primary };
			const top = y;
			const broken = this.broken(content.landingPage.text, linkStyle, width, 2);
			const used = this.draw(block, broken, content.landingPage, linkStyle, 0, y);
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
		y += this.paragraph(
			block,
			{ text: published, origin: content.publisher.origin },
			{ size: 9, lineHeight: 13, weight: 'regular', color: colors.muted },
			0,
			y,
			width,
			2,
		);
		block.height = y;
		return block;
	}

	// --- Text --------------------------------------------------------------------------------

	private measure(text: string, style: TextStyle): number {
		return this.texts.width(text, style.weight, style.size);
	}

	private broken(text: string, style: TextStyle, width: number, maxLines: number): BrokenText {
		return this.texts.broken(text, style.weight, style.size, width, maxLines);
	}

	/** Draws a paragraph at (x, y), returns its height (or, with `returnWidth`, its widest line). */
	private paragraph(
		block: Block,
		field: TextField,
		style: TextStyle,
		x: number,
		y: number,
		width: number,
		maxLines: number,
		returnWidth = false,
	): number {
		const broken = this.broken(field.text, style, width, maxLines);
		const height = this.draw(block, broken, field, style, x, y);
		return returnWidth ? Math.max(0, ...broken.lines.map((line) => line.width)) : height;
	}

	/** One line of text, shortened with an ellipsis when it is too long. */
	private line(
		block: Block,
		text: string | TextField,
		style: TextStyle,
		x: number,
		y: number,
		width: number,
		align: 'left' | 'right' = 'left',
	) {
		const field = typeof text === 'string' ? { text } : text;
		const broken = this.broken(field.text, style, width, 1);
		const lineWidth = broken.lines[0]?.width ?? 0;
		this.draw(block, broken, field, style, align === 'right' ? x + width - lineWidth : x, y);
	}

	private draw(block: Block, broken: BrokenText, field: TextField, style: TextStyle, x: number, y: number): number {
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

function newBlock(): Block {
	return { ops: [], height: 0, cuts: [], missingGlyphs: [] };
}

/** Moves a block's operations, in place: a block is placed once, and copies made the page's garbage. */
function translate(ops: DrawOp[], dx: number, dy: number): DrawOp[] {
	if (dx === 0 && dy === 0) return ops;
	for (const op of ops) {
		op.x += dx;
		op.y += dy;
	}
	return ops;
}

/** A colour lightened towards white: `amount` 1 keeps it, 0 gives white. */
function mix(color: Rgb, amount: number): Rgb {
	return [1 - (1 - color[0]) * amount, 1 - (1 - color[1]) * amount, 1 - (1 - color[2]) * amount];
}
