// A fast first reading of YAML that uses none of the language's rarer parts. The `yaml` package
// reads every file with positions and explains every mistake (yaml-source.ts), but composing its
// document is most of the time spent reading a kit; js-yaml reads the same plain YAML several
// times faster. So a text goes to js-yaml only when its lines are laid out plainly (one entry a
// line, values closed on their line) and it holds nothing else the two packages could read
// differently; the layout of its lines also tells where each field stands. Whenever js-yaml
// refuses a text, or the text or its value holds anything outside the common part, `yaml` reads
// it as before; `yaml` also locates the fields the layout cannot (inside flow collections, say).
// Both resolve plain scalars by the YAML 1.2 core schema below.
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
// Each pattern matches in one pass (no two parts can take the same characters), whatever a line holds.
const KEY = /^(?:[^\s\-?:,[\]{}#&*!|>'"%@`][^:#\t]*|-[^\s:#\t][^:#\t]*|"(?:[^"\\\t]|\\[^\t])*"|'(?:[^'\t]|'')*'):(?: +|$)/;
const BLOCK_SCALAR = /^[|>][-+]?(?: +#.*)?$/;
const QUOTED = /^(?:"(?:[^"\\\t]|\\[^\t])*"|'(?:[^'\t]|'')*')(?: +#.*)?$/;
const FLOW = /^[[{][^'"\t#]*[\]}]$/;
const PLAIN = /^(?:[^\s\-?:,[\]{}#&*!|>'"%@`]|-[^\s])[^\t]*$/;

type Position = { line: number; column: number };

/** The longest implicit key (the spec's 1024 characters, less a margin); flow collections are held to it too, as they may hold keys. */
const IMPLICIT_KEY_LENGTH = 1000;

/** Collections nested deeper than this (no kit's frontmatter comes near) are left to `yaml`. */
const MAX_DEPTH = 32;

/**
 * What the layout of plain YAML tells about a node, by its path: its kind, and where `yaml`
 * would locate it (a key's position, or the start of a sequence item). `opaque` nodes (flow
 * collections, mappings with keys that are not plain strings) are left to `yaml` to locate in.
 */
interface LaidOutNode {
	kind: 'map' | 'seq' | 'scalar' | 'opaque';
	at?: Position;
}

interface Collection {
	column: number;
	kind: 'map' | 'seq';
	path: PropertyKey[];
	/** Items so far (sequences). */
	items: number;
}

/** A key without a value on its line: a nested collection may start on the next one. */
interface Opener {
	column: number;
	/** The path of the key's value. */
	child: PropertyKey[];
}

const pathKey = (path: readonly PropertyKey[]) =>
	JSON.stringify(path.map((segment) => (typeof segment === 'number' ? segment : String(segment))));

/** Plain keys that `yaml` would resolve to something other than that very string (`1.0`, `true`, `0x10`). */
const NOT_A_STRING_KEY = [
	/^(?:~|[Nn]ull|NULL)$/,
	/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
	INT_OCTAL,
	INT_DECIMAL,
	INT_HEX,
	FLOAT_SPECIAL,
	FLOAT,
];

/**
 * The nodes of `text` when every line is a whole entry of plain YAML (see above), each at the
 * column of the mapping or sequence it belongs to: the first at column 0, a nested one further
 * in (a sequence may stand at its key's column). Undefined for any other text.
 */
function layOut(text: string, firstLine: number): Map<string, LaidOutNode> | undefined {
	const nodes = new Map<string, LaidOutNode>();
	/** The collections open at the end of the previous line, outermost first. */
	const open: Collection[] = [];
	let opener: Opener | undefined;
	/** Lines indented more than this belong to a block scalar. */
	let blockScalar = -1;
	const lines = text.split('\n');
	for (let index = 0; index < lines.length; index++) {
		const raw = lines[index] as string;
		const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
		const indent = line.length - line.trimStart().length;
		if (blockScalar >= 0) {
			if (line === '' || (indent > blockScalar && line.trim() !== '')) continue;
			if (line.trim() === '') return undefined; // white space alone: how much of it is content is where parsers differ
			blockScalar = -1;
		}
		if (/^ *(?:#.*)?$/.test(line)) continue;
		if (line.slice(0, indent).includes('\t')) return undefined;
		const at = (column: number): Position => ({ line: index + firstLine, column: column + 1 });
		// A sequence entry (`- `, at most one: `- - a` is rare, and read differently), then a key.
		let rest = line.slice(indent);
		let column = indent;
		const entry = SEQUENCE_ENTRY.exec(rest);
		if (entry) {
			rest = rest.slice(entry[0].length);
			column += entry[0].length;
			if (SEQUENCE_ENTRY.test(rest)) return undefined;
		}
		const key = KEY.exec(rest);
		// YAML ends an implicit key within 1024 characters (yaml enforces it; js-yaml does not).
		if (key && key[0].length > IMPLICIT_KEY_LENGTH) return undefined;
		const first = { column: indent, kind: entry ? ('seq' as const) : ('map' as const) };
		if (!entry && !key) return undefined; // neither a key nor a sequence entry: it continues a value
		const container = place(open, opener, first, nodes);
		// Deep nesting is left to `yaml`, which stops it with a problem of its own.
		if (!container || open.length > MAX_DEPTH) return undefined;
		opener = undefined;
		/** The node the rest of the line is the value of: the item's, or the key's. */
		let valuePath = entry ? [...container.path, container.items++] : container.path;
		if (key) {
			let map = container;
			if (entry) {
				// `- key: value`: the item is a mapping that starts at the key.
				nodes.set(pathKey(valuePath), { kind: 'map', at: at(column) });
				map = { column, kind: 'map', path: valuePath, items: 0 };
				open.push(map);
			}
			valuePath = keyEntry(map, key[0], nodes, at(column));
			rest = rest.slice(key[0].length);
		}
		const valueColumn = line.length - rest.length;
		/** The kind of the value; a sequence item is located where its value starts, a key's value at the key. */
		const set = (kind: LaidOutNode['kind']) => {
			const known = nodes.get(pathKey(valuePath));
			nodes.set(pathKey(valuePath), { ...known, kind, ...(entry && !key ? { at: at(valueColumn) } : {}) });
		};
		if (rest === '' || rest.startsWith('#')) {
			// An empty sequence item: js-yaml may put the items after it into the wrong sequence.
			if (entry && !key) return undefined;
			// Null, or a collection on the next lines.
			nodes.set(pathKey(valuePath), { ...nodes.get(pathKey(valuePath)), kind: 'scalar' });
			opener = { column, child: valuePath };
			continue;
		}
		if (BLOCK_SCALAR.test(rest)) {
			blockScalar = key ? column : indent;
			set('scalar');
			continue;
		}
		if (QUOTED.test(rest)) {
			set('scalar');
			continue;
		}
		if (FLOW.test(rest) && rest.length <= IMPLICIT_KEY_LENGTH && balanced(rest)) {
			set('opaque');
			continue;
		}
		if (PLAIN.test(rest) && !/: |:$| #/.test(rest) && !rest.endsWith(' ')) {
			set('scalar');
			continue;
		}
		return undefined;
	}
	return nodes;
}

/** A key of `map` on the current line: its node, at the key; returns the path of its value. */
function keyEntry(map: Collection, keyText: string, nodes: Map<string, LaidOutNode>, at: Position): PropertyKey[] {
	const name = keyText.slice(0, keyText.lastIndexOf(':')).trimEnd();
	const path = [...map.path, name];
	// A quoted key, or one `yaml` reads as a number or a boolean: its mapping is left to `yaml` to locate in.
	if (/^["']/.test(name) || NOT_A_STRING_KEY.some((pattern) => pattern.test(name))) {
		nodes.set(pathKey(map.path), { ...nodes.get(pathKey(map.path)), kind: 'opaque' });
	}
	nodes.set(pathKey(path), { kind: 'scalar', at });
	return path;
}

/**
 * The collection the first entry of a line belongs to, put on the stack of open ones (a nested
 * one, a new one under the opener, or the root); undefined when its column fits none.
 */
function place(
	open: Collection[],
	opener: Opener | undefined,
	first: { column: number; kind: 'map' | 'seq' },
	nodes: Map<string, LaidOutNode>,
): Collection | undefined {
	const nested = (path: PropertyKey[]) => {
		const collection: Collection = { ...first, path, items: 0 };
		open.push(collection);
		// The key's value is this collection; the key is where it is located.
		nodes.set(pathKey(path), { ...nodes.get(pathKey(path)), kind: first.kind });
		return collection;
	};
	if (open.length === 0) return first.column === 0 ? nested([]) : undefined;
	if (opener && (first.column > opener.column || (first.kind === 'seq' && first.column === opener.column))) {
		return nested(opener.child);
	}
	for (let top = open.at(-1); top; top = open.at(-1)) {
		if (top.column === first.column && top.kind === first.kind) return top;
		if (top.column < first.column) return undefined;
		open.pop();
	}
	return undefined;
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

/** Where a field path stands, as `yaml` would tell; undefined when only `yaml` can tell. */
export type PlainLocate = (path: readonly PropertyKey[]) => Position | undefined;

/**
 * The value of `text` (which starts on line `firstLine` of its file) when it is YAML of the part
 * js-yaml and `yaml` read alike, and where its fields stand; else undefined (then `yaml` reads it,
 * and says what is wrong with it if anything is).
 */
export function readPlainYaml(text: string, firstLine = 1): { value: unknown; locate: PlainLocate } | undefined {
	if (UNCOMMON.some((pattern) => pattern.test(text))) return undefined;
	const nodes = layOut(text, firstLine);
	if (!nodes) return undefined;
	let value: unknown;
	try {
		value = jsYaml.load(text, { schema: CORE_SCHEMA });
	} catch {
		return undefined;
	}
	if (hasUncommonKeys(value)) return undefined;
	// An empty text (or one of comments only) is null to `yaml`, as it is to YAML.
	return { value: value === undefined ? null : value, locate: (path) => locateIn(nodes, path, firstLine) };
}

/** `yaml-source.ts`'s walk (the position of the last path segment found) over the laid-out nodes. */
function locateIn(nodes: ReadonlyMap<string, LaidOutNode>, path: readonly PropertyKey[], firstLine: number): Position | undefined {
	let found: Position = { line: Math.max(1, firstLine - 1), column: 1 };
	let node = nodes.get(pathKey([]));
	const walked: PropertyKey[] = [];
	for (const segment of path) {
		if (!node || node.kind === 'scalar') break;
		if (node.kind === 'opaque') return undefined;
		if (node.kind === 'seq' && typeof segment !== 'number') break;
		walked.push(node.kind === 'map' ? String(segment) : segment);
		node = nodes.get(pathKey(walked));
		if (!node) break;
		if (!node.at) return undefined;
		found = node.at;
	}
	return found;
}

function hasUncommonKeys(value: unknown): boolean {
	if (Array.isArray(value)) return value.some(hasUncommonKeys);
	if (value === null || typeof value !== 'object') return false;
	for (const [key, item] of Object.entries(value)) {
		if (UNCOMMON_KEYS.has(key) || hasUncommonKeys(item)) return true;
	}
	return false;
}
