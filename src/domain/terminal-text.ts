// Text from the content (names, cells, file names) on its way to a terminal. A terminal obeys
// control characters: ESC sequences clear the screen, move the cursor, set the window title or
// write the clipboard, CR overwrites the line, BEL rings; bidi overrides reorder what is shown.
// So a contact named "\x1b[2J" could hide or fake the output of validate. Such characters are
// shown escaped, as JavaScript writes them, and never reach the terminal raw.

/**
 * The controls (`\p{Cc}`: C0 with tab and line feed, since one problem is one line, DEL and C1),
 * the bidi embeddings and overrides U+202A-U+202E, the bidi isolates U+2066-U+2069, and the line
 * and paragraph separators U+2028 and U+2029 (some terminals break lines there).
 */
const CONTROL = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const CONTROL_BUT_NEWLINE = /(?!\n)[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
/** What `JSON.stringify` leaves raw: DEL, C1 and the characters above. */
const JSON_RAW_CONTROL = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeCharacter(character: string): string {
	const code = character.charCodeAt(0);
	return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control and bidi character escaped: `\x1b`, `\x07`, `\x0d`, `\u202e`. */
export function escapeControls(text: string): string {
	return text.replace(CONTROL, escapeCharacter);
}

/** The same for text of several lines: line feeds stay, everything else is escaped. */
export function escapeControlsKeepingLines(text: string): string {
	return text.replace(CONTROL_BUT_NEWLINE, escapeCharacter);
}

/**
 * JSON for a terminal or a pipe: `JSON.stringify` escapes C0 controls but writes DEL, C1
 * controls and bidi characters raw; they become `\u009b`-style escapes, the same JSON value.
 */
export function escapeJsonControls(json: string): string {
	return json.replace(JSON_RAW_CONTROL, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
