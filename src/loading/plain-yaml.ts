// A fast first reading of YAML that uses none of the language's rarer parts. The `yaml` package
// reads every file with positions and explains every mistake (yaml-source.ts), but composing its
// document is most of the time spent reading a kit; js-yaml reads the same plain YAML several
// times faster. So a text goes to js-yaml only when it holds nothing the two packages could read
// differently, and only its value is taken from it: whenever js-yaml refuses a text, or the text
// or its value holds anything outside the common part, `yaml` reads it as before, and `yaml`
// always locates problems. Both resolve plain scalars by the YAML 1.2 core schema below.
import jsYaml from 'js-yaml';

// The core schema's tags as the `yaml` package resolves them (yaml/dist/schema/core), for js-yaml:
// https://yaml.org/spec/1.2.2/#1032-tag-resolution
const nullTag = new jsYaml.Type('tag:yaml.org,2002:null', {
	kind: 'scalar',
	resolve: (data: string | null) => data === null || /^(?:~|[Nn]ull|NULL)?$/.test(data),
	construct: () => null,
});
const boolTag = new jsYaml.Type('tag:yaml.org,2002:bool', {
	kind: 'scalar',
	resolve: (data: string | null) => data !== null && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(data),
	construct: (data: string) => data[0] === 't' || data[0] === 'T',
});
const INT_OCTAL = /^0o[0-7]+$/;
const INT_DECIMAL = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const intTag = new jsYaml.Type('tag:yaml.org,2002:int', {
	kind: 'scalar',
	resolve: (data: string | null) => data !== null && (INT_OCTAL.test(data) || INT_DECIMAL.test(data) || INT_HEX.test(data)),
	construct: (data: string) =>
		INT_OCTAL.test(data)
			? Number.parseInt(data.slice(2), 8)
			: INT_HEX.test(data)
				? Number.parseInt(data.slice(2), 16)
				: Number.parseInt(data, 10),
});
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$|^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const floatTag = new jsYaml.Type('tag:yaml.org,2002:float', {
	kind: 'scalar',
	resolve: (data: string | null) => data !== null && (FLOAT_SPECIAL.test(data) || FLOAT.test(data)),
	construct: (data: string) =>
		FLOAT_SPECIAL.test(data)
			? data.slice(-3).toLowerCase() === 'nan'
				? Number.NaN
				: data.startsWith('-')
					? Number.NEGATIVE_INFINITY
					: Number.POSITIVE_INFINITY
			: Number.parseFloat(data),
});
const CORE_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({ implicit: [nullTag, boolTag, intTag, floatTag] });

/**
 * What the common part leaves out, found in the text (a false alarm only costs time): anchors,
 * aliases and tags (`&a`, `*a`, `!tag`) where a node may start; directives and document markers.
 */
const UNCOMMON = [/(?:^|[\s[{,])[&*!]/m, /^(?:%|---|\.\.\.)/m];

// The lines of plain YAML: indented with spaces, each a whole entry (`key: value`, `key:`,
// `- value`, `-`, `- key: value`), its value on the same line, closed there: a plain scalar, a
// quoted one, or a flow collection; or a block scalar (`|`, `>`, without an indentation
// indicator), whose more indented lines follow. Values that go on over several lines are where
// parsers differ (how far a continuation must be indented): such text is left to `yaml`.
const SEQUENCE_ENTRY = /^-(?: +|$)/;
const KEY = /^(?:[^\s\-?:,[\]{}#&*!|>'"%@`][^:#\t]*?|-[^\s:#\t][^:#\t]*?|"(?:[^"\\\t]|\\[^\t])*"|'(?:[^'\t]|'')*')[ ]*:(?: +|$)/;
const BLOCK_SCALAR = /^[|>][-+]?(?: +#.*)?$/;
const QUOTED = /^(?:"(?:[^"\\\t]|\\[^\t])*"|'(?:[^'\t]|'')*')(?: +#.*)?$/;
const FLOW = /^[[{][^'"\t#]*[\]}]$/;
const PLAIN = /^(?:[^\s\-?:,[\]{}#&*!|>'"%@`]|-[^\s])[^\t]*$/;

type Collection = { column: number; kind: 'map' | 'seq' };

/**
 * Whether every line of `text` is a whole entry of plain YAML (see above), each at the column of
 * the mapping or sequence it belongs to: the first at column 0, a nested one further in (a
 * sequence may stand at its key's column).
 */
function hasPlainLines(text: string): boolean {
	/** The collections open at the end of the previous line, outermost first. */
	const open: Collection[] = [];
	/** The previous line ended in a key or a `-` without a value: a nested collection may start. */
	let opener: Collection | undefined;
	/** Lines indented more than this belong to a block scalar. */
	let blockScalar = -1;
	for (const raw of text.split('\n')) {
		const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
		const indent = line.length - line.trimStart().length;
		if (blockScalar >= 0) {
			if (line === '' || (indent > blockScalar && line.trim() !== '')) continue;
			if (line.trim() === '') return false; // white space alone: how much of it is content is where parsers differ
			blockScalar = -1;
		}
		if (/^ *(?:#.*)?$/.test(line)) continue;
		if (line.slice(0, indent).includes('\t')) return false;
		// The collections this line starts or continues: a sequence at each `-`, then a mapping at the key.
		const starts: Collection[] = [];
		let rest = line.slice(indent);
		let column = indent;
		for (let entry = SEQUENCE_ENTRY.exec(rest); entry; entry = SEQUENCE_ENTRY.exec(rest)) {
			starts.push({ column, kind: 'seq' });
			rest = rest.slice(entry[0].length);
			column += entry[0].length;
		}
		const key = KEY.exec(rest);
		if (key) {
			starts.push({ column, kind: 'map' });
			rest = rest.slice(key[0].length);
		}
		const [first] = starts;
		if (!first) return false; // neither a key nor a sequence entry: it continues a value
		if (starts.filter((start) => start.kind === 'seq').length > 1) return false; // `- - a`: rare, and read differently
		if (!placed(open, opener, first)) return false;
		open.push(...starts.slice(1));
		opener = undefined;
		if (rest === '' || rest.startsWith('#')) {
			opener = starts.at(-1);
			continue;
		}
		if (BLOCK_SCALAR.test(rest)) {
			blockScalar = indent;
			continue;
		}
		if (QUOTED.test(rest)) continue;
		if (FLOW.test(rest) && balanced(rest)) continue;
		if (PLAIN.test(rest) && !/: |:$| #/.test(rest) && !/ +$/.test(rest)) continue;
		return false;
	}
	return true;
}

/** Puts the first collection of a line on the stack of open ones: false when its column fits none. */
function placed(open: Collection[], opener: Collection | undefined, first: Collection): boolean {
	if (open.length === 0) {
		open.push(first);
		return first.column === 0;
	}
	if (opener && (first.column > opener.column || (opener.kind === 'map' && first.kind === 'seq' && first.column === opener.column))) {
		open.push(first);
		return true;
	}
	for (let top = open.at(-1); top; top = open.at(-1)) {
		if (top.column === first.column && top.kind === first.kind) return true;
		if (top.column < first.column) return false;
		open.pop();
	}
	return false;
}

/** Brackets closed in order, all on one line. */
function balanced(flow: string): boolean {
	const open: string[] = [];
	for (const char of flow) {
		if (char === '[' || char === '{') open.push(char);
		else if (char === ']' || char === '}') {
			if (open.pop() !== (char === ']' ? '[' : '{')) return false;
		}
	}
	return open.length === 0;
}

/** Keys the two packages turn into strings differently (a null key), or that could reach an object's prototype. */
const UNCOMMON_KEYS = new Set(['', '~', 'null', 'Null', 'NULL', '__proto__', '[object Object]']);

/**
 * The value of `text` when it is YAML of the part js-yaml and `yaml` read alike, else undefined
 * (then `yaml` reads it, and says what is wrong with it if anything is).
 */
export function readPlainYaml(text: string): { value: unknown } | undefined {
	if (UNCOMMON.some((pattern) => pattern.test(text)) || !hasPlainLines(text)) return undefined;
	let value: unknown;
	try {
		value = jsYaml.load(text, { schema: CORE_SCHEMA });
	} catch {
		return undefined;
	}
	if (hasUncommonKeys(value)) return undefined;
	// An empty text (or one of comments only) is null to `yaml`, as it is to YAML.
	return { value: value === undefined ? null : value };
}

function hasUncommonKeys(value: unknown): boolean {
	if (Array.isArray(value)) return value.some(hasUncommonKeys);
	if (value === null || typeof value !== 'object') return false;
	for (const [key, item] of Object.entries(value)) {
		if (UNCOMMON_KEYS.has(key) || hasUncommonKeys(item)) return true;
	}
	return false;
}
