// The YAML parser's errors in plain words, at the mistake rather than where the parser noticed
// it: an unclosed `[` is reported at the end of its own line, not at the next field.
import type { YAMLError } from 'yaml';

export interface YamlMistake {
	/** Offset in the YAML text where the mistake is. */
	offset: number;
	message: string;
}

/** What went wrong, where, and how to fix it. */
export function explainYamlError(error: YAMLError, text: string): YamlMistake {
	const at = error.pos[0];
	const line = lineAround(text, at);
	// An unclosed [ or { reads as a badly indented line below it, or as a missing character.
	const flowCloser = /end with an? ([\]}])/.exec(error.message)?.[1];
	switch (flowCloser ? 'MISSING_CHAR' : error.code) {
		case 'MISSING_CHAR': {
			const closer = flowCloser ?? (error.message.includes('quote') ? 'quote' : undefined);
			if (closer === ']' || closer === '}') {
				const opener = unclosedBefore(text, at, closer === ']' ? '[' : '{', closer);
				if (opener !== undefined) {
					const openerLine = lineAround(text, opener);
					return {
						offset: openerLine.start + openerLine.text.trimEnd().length,
						message: `the ${closer === ']' ? 'list' : 'mapping'} opened with ${closer === ']' ? '[' : '{'} on this line is not closed: add ${closer} at its end`,
					};
				}
			}
			if (closer === 'quote') {
				const opener = unclosedQuoteBefore(text, at);
				if (opener !== undefined) {
					return {
						offset: opener,
						message: `the quoted text that starts here is not closed: add the closing ${text[opener]} where it ends`,
					};
				}
			}
			break;
		}
		case 'DUPLICATE_KEY':
			return { offset: at, message: 'this field appears twice: keep one of them' };
		case 'TAB_AS_INDENT':
			return { offset: at, message: 'is indented with a tab: YAML indents with spaces, so replace the tab with spaces' };
		case 'BAD_INDENT':
			return { offset: at, message: 'is indented differently from the lines above it at the same level: line it up with them' };
		case 'BLOCK_AS_IMPLICIT_KEY':
		case 'MULTILINE_IMPLICIT_KEY':
			if (/:\s.*:\s/.test(line.text)) {
				return { offset: at, message: 'holds a second colon followed by a space: put the value in quotes, e.g. title: "Contoso: Retail"' };
			}
			return {
				// The mistake is the indented line below the field.
				offset: indentedLineAfter(text, line) ?? at,
				message: 'is indented under a field that already has a value: remove the indentation, or put a value that spans lines in quotes',
			};
	}
	if (/must start at the same column/.test(error.message)) {
		return { offset: at, message: 'is indented differently from the items above it: line it up with them' };
	}
	return { offset: at, message: `${firstSentence(error.message)}: check indentation, colons and quotes` };
}

export function firstSentence(message: string): string {
	return (
		message
			.split('\n')[0]
			?.replace(/ at line \d+, column \d+:?$/, '')
			.replace(/\.$/, '') ?? message
	);
}

function lineAround(text: string, offset: number): { start: number; text: string } {
	const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
	const end = text.indexOf('\n', start);
	return { start, text: text.slice(start, end < 0 ? text.length : end) };
}

/** The first character of the line after `line`, when that line is indented deeper than `line`. */
function indentedLineAfter(text: string, line: { start: number; text: string }): number | undefined {
	const next = line.start + line.text.length + 1;
	if (next >= text.length) return undefined;
	const nextLine = lineAround(text, next);
	const indent = (value: string) => value.length - value.trimStart().length;
	return indent(nextLine.text) > indent(line.text) ? next + indent(nextLine.text) : undefined;
}

/** The offset of the last `open` before `offset` that no `close` after it closes. */
function unclosedBefore(text: string, offset: number, open: string, close: string): number | undefined {
	let depth = 0;
	for (let index = Math.min(offset, text.length) - 1; index >= 0; index--) {
		if (text[index] === close) depth++;
		else if (text[index] === open) {
			if (depth === 0) return index;
			depth--;
		}
	}
	return undefined;
}

/** The offset of the quote that opens an unclosed quoted text before `offset`: the last quote after a `: `, `- ` or `[`. */
function unclosedQuoteBefore(text: string, offset: number): number | undefined {
	for (let index = Math.min(offset, text.length) - 1; index >= 0; index--) {
		const character = text[index];
		if ((character === '"' || character === "'") && /(^|[:\-[,{]\s*)$/.test(text.slice(lineAround(text, index).start, index))) return index;
	}
	return undefined;
}
