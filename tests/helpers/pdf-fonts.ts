// A font set with simple metrics for layout unit tests: Latin characters are half an em wide,
// Chinese characters (and everything the "Latin" font lacks) a full em, so widths are easy to
// reason about: at size 10, "abcd" is 20 points and "中文" is 20 points.
import type { FaceKey, FontSet } from '../../src/pdf/fonts.ts';

const LATIN_EXTRA = new Set([...'“”‘’…—–·'].map((char) => char.codePointAt(0) ?? 0));

function fakeFace(key: FaceKey) {
	const latin = key.startsWith('latin');
	const has = (codePoint: number) => !latin || codePoint < 0x2000 || LATIN_EXTRA.has(codePoint);
	return {
		key,
		postscriptName: key,
		has,
		advance: (codePoint: number) => (latin ? 0.5 : 1) * (has(codePoint) ? 1 : 1),
		width: (text: string) => [...text].length * (latin ? 0.5 : 1),
	};
}

export const FAKE_FONTS = {
	'latin-regular': fakeFace('latin-regular'),
	'latin-bold': fakeFace('latin-bold'),
	'cjk-regular': fakeFace('cjk-regular'),
	'cjk-bold': fakeFace('cjk-bold'),
} as unknown as FontSet;
