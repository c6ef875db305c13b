import { describe, expect, it } from 'vitest';
import { escapeControls, escapeControlsKeepingLines, escapeJsonControls } from '../../src/domain/terminal-text.ts';

describe('escapeControls', () => {
	it.each<[string, string, string]>([
		['an ESC sequence (clear the screen)', 'Ava\x1b[2J', 'Ava\\x1b[2J'],
		['an OSC sequence ending in BEL (set the window title)', '\x1b]0;pwned\x07', '\\x1b]0;pwned\\x07'],
		['a carriage return, which overwrites the line', 'ok\rfake', 'ok\\x0dfake'],
		['a line feed and a tab', 'a\nb\tc', 'a\\x0ab\\x09c'],
		['NUL and DEL', '\x00\x7f', '\\x00\\x7f'],
		['C1 controls (CSI, NEL)', '\x9b2J\x85', '\\x9b2J\\x85'],
		['bidi overrides and embeddings', '\u202aa\u202bb\u202cc\u202dd\u202ee', '\\u202aa\\u202bb\\u202cc\\u202dd\\u202ee'],
		['bidi isolates', '\u2066a\u2067b\u2068c\u2069', '\\u2066a\\u2067b\\u2068c\\u2069'],
		['line and paragraph separators', 'a\u2028b\u2029', 'a\\u2028b\\u2029'],
	])('escapes %s', (_case, text, shown) => {
		expect(escapeControls(text)).toBe(shown);
	});

	it.each([
		['plain text', 'Ava Reyes <ava@contoso.example>, Partner sales'],
		['Chinese, accents and emoji', '陈静 Zoë Müller 👋'],
		['right-to-left text without overrides', 'نور حداد'],
		['a backslash', 'C:\\x1b'],
		['the arrow of the change list', '"a" → "b"'],
	])('leaves %s as it is', (_case, text) => {
		expect(escapeControls(text)).toBe(text);
	});
});

describe('escapeControlsKeepingLines', () => {
	it('keeps line feeds and escapes every other control', () => {
		expect(escapeControlsKeepingLines('Name\nAva\x1b[2J\r\n\u202e\n')).toBe('Name\nAva\\x1b[2J\\x0d\n\\u202e\n');
	});
});

describe('escapeJsonControls', () => {
	it('escapes what JSON.stringify leaves raw, and the JSON keeps its value', () => {
		const value = { name: 'a\x1b\x9b\x7f\u202e\u2066\u2028b' };
		const json = escapeJsonControls(JSON.stringify(value));
		expect(json).toBe('{"name":"a\\u001b\\u009b\\u007f\\u202e\\u2066\\u2028b"}');
		expect(JSON.parse(json)).toEqual(value);
	});
});
