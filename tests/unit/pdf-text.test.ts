import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../src/pdf/fonts.ts';
import { isClosingPunctuation, isOpeningPunctuation, isWide, normalizeText, runsOf, shapeText } from '../../src/pdf/text.ts';
import { FAKE_FONTS } from '../helpers/pdf-fonts.ts';

/** The font family of each character: `l` Latin, `c` Chinese. */
const families = (text: string) =>
	shapeText(text, FAKE_FONTS, 'regular', 10)
		.faces.map((face) => (face.startsWith('latin') ? 'l' : 'c'))
		.join('');

describe('font choice per character', () => {
	it.each([
		['Latin text takes the Latin font', 'Azure 365', 'lllllllll'],
		['Han text takes the Chinese font', '零售洞察', 'cccc'],
		['mixed text switches per character', 'Azure的门店', 'lllllccc'],
		['digits and Latin inside Chinese keep the Latin font', '降低20%至', 'cclllc'],
		['full-width punctuation takes the Chinese font', '门店，货架。', 'cccccc'],
		['quotes next to Han take the Chinese font', '从“装好了”变成', 'cccccccc'],
		['quotes around Latin text keep the Latin font', 'say “hello”', 'lllllllllll'],
		['an ellipsis after Han takes the Chinese font', '门店…', 'ccc'],
		['an ellipsis after Latin keeps the Latin font', 'store…', 'llllll'],
		['a space takes the font of the text before it', '门店 Azure', 'ccclllll'],
	])('%s', (_name, text, expected) => {
		expect(families(text)).toBe(expected);
	});

	it('falls back to the Chinese font for characters the Latin font lacks', () => {
		expect(families('①')).toBe('c');
	});

	it('measures each character with its font', () => {
		const shaped = shapeText('ab中', FAKE_FONTS, 'bold', 10);
		expect(shaped.widths).toEqual([5, 5, 10]);
		expect(shaped.faces).toEqual(['latin-bold', 'latin-bold', 'cjk-bold']);
	});

	it('groups characters of one font into runs', () => {
		const shaped = shapeText('Azure 的门店 and POS', FAKE_FONTS, 'regular', 10);
		expect(runsOf(shaped, 0, shaped.chars.length).map((run) => [run.text, run.face, run.width])).toEqual([
			['Azure ', 'latin-regular', 30],
			['的门店 ', 'cjk-regular', 40],
			['and POS', 'latin-regular', 35],
		]);
	});

	it('uses the real fonts the same way: Inter for Latin, Noto Sans SC for Han', () => {
		const fonts = loadFonts();
		const shaped = shapeText('Café 咖啡，“好”', fonts, 'regular', 10);
		expect(shaped.faces).toEqual([
			'latin-regular',
			'latin-regular',
			'latin-regular',
			'latin-regular',
			'latin-regular',
			'cjk-regular',
			'cjk-regular',
			'cjk-regular',
			'cjk-regular',
			'cjk-regular',
			'cjk-regular',
		]);
		expect(fonts['latin-regular'].has(0x54c8)).toBe(false); // 哈
		expect(fonts['cjk-regular'].has(0x54c8)).toBe(true);
		// A Han character is one em wide in Noto Sans SC.
		expect(shaped.widths[5]).toBeCloseTo(10, 5);
	});
});

describe('character classes', () => {
	it('knows wide (Chinese) characters', () => {
		expect([...'中，「ａ'].map((char) => isWide(char.codePointAt(0) ?? 0))).toEqual([true, true, true, true]);
		expect([...'a1,é'].map((char) => isWide(char.codePointAt(0) ?? 0))).toEqual([false, false, false, false]);
	});

	it('knows closing and opening punctuation', () => {
		for (const char of '，。、：；！？）」』】》”’') expect(isClosingPunctuation(char.codePointAt(0) ?? 0), char).toBe(true);
		for (const char of '（「『【《“‘') expect(isOpeningPunctuation(char.codePointAt(0) ?? 0), char).toBe(true);
	});

	it('collapses white space, YAML line breaks included', () => {
		expect(normalizeText('  Know what\n every   store\twill sell ')).toBe('Know what every store will sell');
	});
});
