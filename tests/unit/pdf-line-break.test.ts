import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLines, breakOpportunities, textBeforeCut, wordStarts } from '../../src/pdf/line-break.ts';
import { isClosingPunctuation, isOpeningPunctuation, shapeText } from '../../src/pdf/text.ts';
import { FAKE_FONTS } from '../helpers/pdf-fonts.ts';

// At size 10 with the fake fonts, a Latin character is 5 points wide and a Chinese one 10.
const SIZE = 10;

function wrap(text: string, width: number, maxLines?: number) {
	const shaped = shapeText(text, FAKE_FONTS, 'regular', SIZE);
	const broken = breakLines(shaped, width, FAKE_FONTS, maxLines);
	const lines = broken.lines.map((line) => String.fromCodePoint(...shaped.chars.slice(line.start, line.end)) + (line.ellipsis ? '…' : ''));
	return { lines, broken };
}

describe('line breaking: Latin text', () => {
	it('breaks at spaces and drops the spaces at the break', () => {
		expect(wrap('Know what every store will sell', 60).lines).toEqual(['Know what', 'every store', 'will sell']);
	});

	it('keeps text that fits on one line', () => {
		expect(wrap('Short text', 100).lines).toEqual(['Short text']);
	});

	it('breaks after a hyphen between letters', () => {
		expect(wrap('cut out-of-stocks fast', 45).lines).toEqual(['cut out-', 'of-stocks', 'fast']);
	});

	it('breaks a word wider than the line between characters', () => {
		expect(wrap('Supercalifragilistic', 50).lines).toEqual(['Supercalif', 'ragilistic']);
	});

	it('measures lines without their trailing spaces', () => {
		const { broken } = wrap('ab cd', 12);
		expect(broken.lines.map((line) => line.width)).toEqual([10, 10]);
	});
});

describe('line breaking: URLs', () => {
	it('breaks a long URL after slashes and other separators, never inside "//"', () => {
		const { lines } = wrap('https://contoso.example/retail-insights/demo?lang=en', 100);
		expect(lines).toEqual(['https://contoso.', 'example/retail-', 'insights/demo?lang=', 'en']);
		expect(lines.join('')).toBe('https://contoso.example/retail-insights/demo?lang=en');
	});

	it('offers break opportunities inside URLs only at separators', () => {
		const chars = Array.from('see https://a.example/b/c', (char) => char.codePointAt(0) ?? 0);
		const allowed = breakOpportunities(chars)
			.map((ok, index) => (ok ? index : -1))
			.filter((index) => index >= 0);
		// after "see ", after "https://", after "a.", after "example/", after "b/"
		expect(allowed).toEqual([4, 12, 14, 22, 24]);
	});

	it('breaks a URL without separators between characters', () => {
		expect(wrap('https://aaaaaaaaaaaaaaaaaaaa', 50).lines).toEqual(['https://', 'aaaaaaaaaa', 'aaaaaaaaaa']);
	});
});

describe('line breaking: Chinese text', () => {
	it('breaks between words, as Intl.Segmenter finds them, where a break fits', () => {
		// Between any two characters this would be "中国香港特 / 别行政区的 / 销售联系人" (issue 13).
		expect(wrap('中国香港特别行政区的销售联系人', 50).lines).toEqual(['中国香港', '特别行政区', '的销售', '联系人']);
		expect(wrap('帮助企业部署会议室连接器', 50).lines).toEqual(['帮助企业', '部署会议室', '连接器']);
	});

	it('offers a break between two Han characters only where a word starts', () => {
		const chars = Array.from('中国香港特别行政区', (char) => char.codePointAt(0) ?? 0);
		expect(breakOpportunities(chars)).toEqual(wordStarts(chars).map((start, index) => index > 0 && start));
		expect(wordStarts(chars)[1]).toBe(false); // 中|国
		expect(wordStarts(chars)[2]).toBe(true); // 中国|香港
	});

	it('counts characters beyond the BMP as one character each', () => {
		const chars = Array.from('𠀀中国香港', (char) => char.codePointAt(0) ?? 0);
		expect(wordStarts(chars)).toHaveLength(5);
		expect(wordStarts(chars)[0]).toBe(true);
	});

	it('breaks between characters when a word is wider than the line', () => {
		expect(wrap('销售联系人', 10).lines).toEqual(['销', '售', '联', '系', '人']);
	});

	it('breaks between Han and Latin text without a space', () => {
		expect(wrap('借助Azure的门店', 50).lines).toEqual(['借助Azure', '的门店']);
	});

	it('never starts a line with closing punctuation: the character before comes along', () => {
		// "提前预知" then "，" at the start of line 2 at width 40: "预知，" goes down together.
		expect(wrap('提前预知，每家门店', 40).lines).toEqual(['提前', '预知，每', '家门店']);
		expect(wrap('门店下周。货架', 40).lines).toEqual(['门店', '下周。', '货架']);
	});

	it('never ends a line with opening punctuation', () => {
		expect(wrap('变成“用起来”', 30).lines).toEqual(['变成', '“用', '起来”']);
	});

	it('does not end a paragraph on a line of one character: the last word comes down with it', () => {
		// Without the rule: "帮助企业部署会议室连接" then "器".
		expect(wrap('帮助企业部署会议室连接器', 110).lines).toEqual(['帮助企业部署会议室', '连接器']);
		expect(wrap('plan each week 2', 70).lines).toEqual(['plan each', 'week 2']);
	});

	it('pulls down one character when the line before is a single word', () => {
		expect(wrap('Supercalifragilistics', 50).lines).toEqual(['Supercalif', 'ragilisti', 'cs']);
	});

	it('keeps a last line of one character when the line before has nothing to give', () => {
		// The one-character line before cannot give; a word that would not fit stays.
		expect(wrap('销售联系人', 10).lines.at(-1)).toBe('人');
		expect(wrap('a b', 5).lines).toEqual(['a', 'b']);
	});

	it('keeps the rules for any mix of Han text and punctuation', () => {
		// Text as it is written: a Han character, maybe opened or closed by one punctuation mark.
		const token = fc
			.tuple(fc.constantFrom('', '（', '“'), fc.constantFrom(...'门店销量货架预测'), fc.constantFrom('', '，', '。', '、', '：', '）', '”'))
			.map((parts) => parts.join(''));
		fc.assert(
			fc.property(fc.array(token, { minLength: 1, maxLength: 30 }), fc.integer({ min: 30, max: 120 }), (tokens, width) => {
				const text = tokens.join('');
				const { lines } = wrap(text, width);
				expect(lines.join('')).toBe(text);
				lines.forEach((line, index) => {
					const chars = [...line];
					expect(chars.length * 10, `line ${index} "${line}" is too wide`).toBeLessThanOrEqual(width);
					if (index > 0)
						expect(isClosingPunctuation(line.codePointAt(0) ?? 0), `line ${index} "${line}" starts with closing punctuation`).toBe(false);
					if (index < lines.length - 1) {
						expect(isOpeningPunctuation(chars.at(-1)?.codePointAt(0) ?? 0), `line ${index} "${line}" ends with opening punctuation`).toBe(
							false,
						);
					}
				});
				// A last line of one character only when the line before cannot give its last character.
				const [previous = [], last = []] = lines.slice(-2).map((line) => [...line]);
				if (lines.length > 1 && last.length === 1) {
					const giving = previous.at(-1) ?? '';
					const canGive =
						previous.length > 2 &&
						!isClosingPunctuation(giving.codePointAt(0) ?? 0) &&
						!isOpeningPunctuation(previous.at(-2)?.codePointAt(0) ?? 0);
					expect(canGive, `"${previous.join('')}" / "${last.join('')}" ends on one character`).toBe(false);
				}
			}),
		);
	});
});

describe('truncation', () => {
	it('ends the last allowed line with an ellipsis, at a word boundary', () => {
		const { lines, broken } = wrap('Know what every store will sell next week', 60, 2);
		expect(lines).toEqual(['Know what', 'every store…']);
		expect(broken.truncated).toBe(true);
		expect(broken.shownChars).toBe('Know what every store'.length);
		expect(textBeforeCut(broken)).toBe('Know what every store');
	});

	it('never makes the shortened line wider than the line', () => {
		const { broken } = wrap('Know what every store will sell next week', 60, 2);
		for (const line of broken.lines) expect(line.width).toBeLessThanOrEqual(60);
	});

	it('cuts Chinese text between characters and drops a dangling comma', () => {
		const { lines, broken } = wrap('提前预知每家门店，下周的销量让商品始终在货架上', 80, 1);
		expect(lines).toEqual(['提前预知每家门…']);
		expect(broken.lines[0]?.ellipsis?.face).toBe('cjk-regular');
		const comma = wrap('提前预知每家，门店下周', 70, 1);
		expect(comma.lines).toEqual(['提前预知每家…']);
	});

	it('cuts inside a long word when a word boundary would waste the line', () => {
		expect(wrap('a Supercalifragilisticexpialidocious', 60, 1).lines).toEqual(['a Supercali…']);
	});

	it('does not shorten text that fits', () => {
		const { broken } = wrap('Know what', 60, 1);
		expect(broken.truncated).toBe(false);
		expect(broken.shownChars).toBe(9);
	});

	it('quotes the last words before the cut for messages', () => {
		const { broken } = wrap('Daily demand forecasts per store and SKU with Azure Machine Learning and more', 150, 2);
		expect(textBeforeCut(broken)).toBe('…per store and SKU with Azure');
	});
});
