import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMULA_TRIGGERS, neutraliseCell, protectCell, restoreCell } from '../../src/domain/csv-safety.ts';

const STARTS_WITH_TRIGGER = /^[=+\-@\t\r]/;

describe('neutraliseCell', () => {
	it.each(FORMULA_TRIGGERS.map((trigger) => [JSON.stringify(trigger), `${trigger}SUM(A1:A9)`]))(
		'quotes a cell starting with %s',
		(_, cell) => {
			expect(neutraliseCell(cell)).toBe(`'${cell}`);
			expect(restoreCell(neutraliseCell(cell))).toBe(cell);
		},
	);

	it.each([
		['=HYPERLINK("https://evil.example","Click")', `'=HYPERLINK("https://evil.example","Click")`],
		['+1 425 555 0100', "'+1 425 555 0100"],
		['-2+3', "'-2+3"],
		['@SUM(1)', "'@SUM(1)"],
		['\t=1', "'\t=1"],
		['\r=1', "'\r=1"],
		['=', "'="],
	])('%j becomes %j', (cell, written) => {
		expect(neutraliseCell(cell)).toBe(written);
	});

	it.each([
		'Ava Reyes',
		'ava@contoso.example',
		'US, CA',
		'US-NY, CA-ON',
		'OOO',
		'',
		' =1', // a leading space makes the cell text in spreadsheets
		'a=b',
		'陈静',
		"'quoted",
		"O'Brien",
	])('leaves %j untouched', (cell) => {
		expect(neutraliseCell(cell)).toBe(cell);
		expect(restoreCell(cell)).toBe(cell);
	});

	it('also quotes a text that already starts with a quote before a trigger, so it survives the round trip', () => {
		expect(neutraliseCell("'=1")).toBe("''=1");
		expect(restoreCell("''=1")).toBe("'=1");
	});
});

describe('restoreCell', () => {
	it.each([
		["'=1+2", '=1+2'],
		["'+Alliances lead", '+Alliances lead'],
		["'-", '-'],
		["'@team", '@team'],
		["'\tx", '\tx'],
		["''=1", "'=1"],
	])('turns %j back into %j', (cell, original) => {
		expect(restoreCell(cell)).toBe(original);
	});

	it.each(["'", "'x", "''", "'' =1", "x'=1"])('keeps %j, which no neutralised cell looks like', (cell) => {
		expect(restoreCell(cell)).toBe(cell);
	});
});

describe('protectCell: the repository keeps the original text', () => {
	it.each([
		['=1+2', '=1+2'],
		['-Alliances', '-Alliances'],
		['Ava', 'Ava'],
		["'=1", "''=1"],
		["'x", "'x"],
	])('%j is written %j', (cell, written) => {
		expect(protectCell(cell)).toBe(written);
	});
});

describe('properties', () => {
	// Cells built from the characters that matter here, and any text.
	const cell = fc.oneof(
		fc.array(fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', ' ', 'a', '陈'), { maxLength: 6 }).map((chars) => chars.join('')),
		fc.string({ unit: 'grapheme' }),
	);

	it('restore undoes neutralise and protect, for any text', () => {
		fc.assert(
			fc.property(cell, (text) => {
				expect(restoreCell(neutraliseCell(text))).toBe(text);
				expect(restoreCell(protectCell(text))).toBe(text);
			}),
		);
	});

	it('a neutralised cell never starts with a trigger', () => {
		fc.assert(fc.property(cell, (text) => !STARTS_WITH_TRIGGER.test(neutraliseCell(text))));
	});
});
