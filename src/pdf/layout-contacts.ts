// The contacts table: the Partner sales contacts by country group, as many rows as the room
// left on the page allows, then a line saying how many more are in the sales kit.

import type { LabelKey } from '../domain/one-pager-template.ts';
import type { ContactGroup } from './content.ts';
import type { FontWeight } from './fonts.ts';
import { countriesText, type PageContext } from './layout-context.ts';
import { type Block, mix, newBlock } from './layout-page.ts';
import { heading } from './layout-sections.ts';
import type { TextStyle } from './layout-text.ts';

/** The least height worth giving the contacts: heading, table head and two rows. */
export function contactsMinimum(page: PageContext): number {
	return page.content.contactGroups.length > 0 ? page.space.heading + 18 + 2 * page.space.contactRow : page.space.heading + 16;
}

/** The contacts section `width` wide, with the rows that fit in `room` (its height). */
export function contacts(page: PageContext, width: number, room: number): Block {
	const { content, labels, colors, text } = page;
	const block = newBlock();
	let y = heading(page, block, labels.contacts, 0, 0, width);
	if (content.contactGroups.length === 0) {
		y += text.paragraph(
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
	const { contactRow, cellLine } = page.space;
	const cell: TextStyle = { size: 8.5, lineHeight: cellLine, weight: 'regular', color: colors.ink };
	const styles = {
		country: { ...cell, weight: 'bold' },
		name: cell,
		jobTitle: { ...cell, color: colors.muted },
		email: { ...cell, color: colors.primary },
	} satisfies Record<string, TextStyle>;
	const groupLabel = (group: ContactGroup) => countriesText(page, group.countries);
	const columns = contactColumns(page, width, cell, groupLabel);
	const insides = columns.map((column) => ({ x: column.x + 6, width: column.width - 10 }));
	const inner = (index: number) => insides[index] ?? { x: 6, width: -10 };

	// Table head.
	block.ops.push({ op: 'rect', x: 0, y, width, height: 16, color: colors.tint });
	const heads: LabelKey[] = ['country', 'name', 'jobTitle', 'email'];
	heads.forEach((key, index) => {
		const caption = content.locale === 'en' ? labels[key].toUpperCase() : labels[key];
		text.line(block, caption, { size: 7, lineHeight: 16, weight: 'bold', color: colors.muted }, inner(index).x, y, inner(index).width);
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
		const country = text.broken(groupLabel(group), styles.country, inner(0).width, 3);
		// Rows of this group that fit, leaving room for the "more" line if rows remain after them
		// (the rows after the first that does not fit are not broken into lines: they are not shown).
		const rows = [];
		let height = 0;
		for (const contact of group.contacts) {
			const name = text.broken(contact.name.text, styles.name, inner(1).width, 2);
			const jobTitle = text.broken(contact.jobTitle.text, styles.jobTitle, inner(2).width, 2);
			const email = text.broken(contact.email.text, styles.email, inner(3).width, 1);
			const rowHeight = rowPadding + Math.max(name.lines.length, jobTitle.lines.length, 1) * cellLine;
			const after = shownRows + rows.length + 1 < totalRows ? contactRow : 0;
			if (y + height + rowHeight + after > room) break;
			rows.push({ contact, name, jobTitle, email, height: rowHeight });
			height += rowHeight;
		}
		const fitting = rows.length;
		if (fitting === 0) break;
		const labelHeight = rowPadding + Math.min(country.lines.length, 3) * cellLine;
		if (fitting === group.contacts.length && labelHeight > height) {
			const after = shownRows + fitting < totalRows ? contactRow : 0;
			if (y + labelHeight + after > room) break;
		}
		if (shownRows > 0) block.ops.push({ op: 'rect', x: 0, y: y - 1, width, height: 0.5, color: rule });
		const top = y + rowPadding / 2;
		text.draw(block, country, { text: groupLabel(group), origin }, styles.country, inner(0).x, top);
		let rowTop = top;
		for (const row of rows) {
			text.draw(block, row.name, row.contact.name, styles.name, inner(1).x, rowTop);
			text.draw(block, row.jobTitle, row.contact.jobTitle, styles.jobTitle, inner(2).x, rowTop);
			text.draw(block, row.email, row.contact.email, styles.email, inner(3).x, rowTop);
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
		y += fitting === group.contacts.length ? Math.max(height, labelHeight) : height;
		shownRows += fitting;
		if (fitting < group.contacts.length) break;
	}
	if (shownRows < totalRows) {
		const more = labels.moreContacts.replace('{count}', String(totalRows - shownRows));
		block.ops.push({ op: 'rect', x: 0, y: y - 1, width, height: 0.5, color: rule });
		text.line(block, more, { ...cell, lineHeight: contactRow, color: colors.muted }, 6, y, width - 12);
		y += contactRow;
		block.hiddenContacts = { rows: totalRows - shownRows, file: content.contactsFile };
	}
	block.height = y;
	return block;
}

/** Column positions of the contacts table: each as wide as its longest cell allows. */
function contactColumns(
	page: PageContext,
	width: number,
	style: TextStyle,
	groupLabel: (group: ContactGroup) => string,
): { x: number; width: number }[] {
	const natural = [0, 0, 0, 0];
	const grow = (index: number, text: string, weight: FontWeight) => {
		natural[index] = Math.max(natural[index] ?? 0, page.text.texts.width(text, weight, style.size) + 14);
	};
	for (const group of page.content.contactGroups) {
		for (const name of groupLabel(group).split(page.separator)) grow(0, name, 'bold');
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
