// YAML with positions: frontmatter and taxonomy.yaml problems name the line and column
// where the field stands in the file.
import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from 'yaml';
import type { LocalProblem } from '../domain/problem.ts';
import type { Locate } from '../domain/zod-problems.ts';
import { readPlainYaml } from './plain-yaml.ts';
import { explainYamlError, firstSentence } from './yaml-errors.ts';

export interface YamlSource {
	/** The parsed value; `undefined` when the YAML could not be read. */
	data: unknown;
	locate: Locate;
	problems: LocalProblem[];
}

/**
 * Parses YAML that starts on line `firstLine` of its file. `locate` finds the line and column
 * of a field path, or of its nearest existing parent for a missing field.
 */
export function parseYamlSource(yamlText: string, firstLine = 1): YamlSource {
	const plain = readPlainYaml(yamlText, firstLine);
	if (!plain) return composedYaml(yamlText, firstLine);
	// The plain layout locates most fields; `yaml` reads the text again for the others.
	let composed: Locate | undefined;
	const locate: Locate = (path) => {
		const found = plain.locate(path);
		if (found) return found;
		composed ??= composedYaml(yamlText, firstLine).locate;
		return composed(path);
	};
	return { data: plain.value, problems: [], locate };
}

/** The text read by the `yaml` package alone: its value, positions and every mistake explained. */
export function composedYaml(yamlText: string, firstLine: number): YamlSource {
	const lineCounter = new LineCounter();
	const position = (offset: number) => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + firstLine - 1, column: col };
	};
	let document: Document.Parsed;
	try {
		document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
	} catch (error) {
		// The parser reports what it finds in `errors`; a throw is a bug of its own or a resource
		// limit, which must not crash the command that reads the file.
		return unreadable({ line: firstLine, column: 1 }, `cannot be read (${errorMessage(error)}): simplify this YAML`);
	}
	// Every mistake of the file, in plain words at its place; one line each (the parser may report
	// one mistake twice).
	const problems: LocalProblem[] = [];
	for (const error of [...document.errors, ...document.warnings]) {
		const mistake = /^Maximum call stack size exceeded/.test(error.message)
			? { offset: error.pos[0], message: 'nests lists or mappings too deeply to be read: flatten this YAML' }
			: explainYamlError(error, yamlText);
		const problem: LocalProblem = {
			...position(mistake.offset),
			severity: document.errors.includes(error as never) ? 'error' : 'warning',
			field: 'yaml',
			message: mistake.message,
		};
		if (!problems.some((other) => other.line === problem.line)) problems.push(problem);
	}
	const locate: Locate = (path) => {
		let found = { line: Math.max(1, firstLine - 1), column: 1 };
		let node: Node | null | undefined = document.contents as Node | null;
		for (const key of path) {
			if (isMap(node)) {
				const pair = node.items.find((candidate) => isScalar(candidate.key) && String(candidate.key.value) === String(key));
				if (!pair) break;
				const keyNode = pair.key as Node;
				if (keyNode.range) found = position(keyNode.range[0]);
				node = pair.value as Node | null;
			} else if (isSeq(node) && typeof key === 'number') {
				const entry = node.items[key] as Node | undefined;
				if (!entry) break;
				if (entry.range) found = position(entry.range[0]);
				node = entry;
			} else {
				break;
			}
		}
		return found;
	};
	if (document.errors.length > 0) return { data: undefined, locate, problems };
	try {
		return { data: document.toJS(), locate, problems };
	} catch (error) {
		// Aliases are expanded here: a "billion laughs" bomb (anchors whose aliases repeat other
		// aliases) stops at the library's alias limit, and an alias without its anchor stops too.
		const problem = aliasProblem(document, error, position) ?? {
			...position(0),
			message: `cannot be read (${errorMessage(error)}): simplify this YAML`,
		};
		return { data: undefined, locate, problems: [...problems, { ...problem, severity: 'error', field: 'yaml' }] };
	}
}

type Position = { line: number; column: number };

function unreadable(at: Position, message: string): YamlSource {
	return { data: undefined, locate: () => at, problems: [{ ...at, severity: 'error', field: 'yaml', message }] };
}

const errorMessage = (error: unknown) => firstSentence(error instanceof Error ? error.message : String(error));

/** The problem of an alias that could not be expanded, at the alias: too many of them, or one without its anchor. */
function aliasProblem(
	document: Document.Parsed,
	error: unknown,
	position: (offset: number) => Position,
): (Position & { message: string }) | undefined {
	const message = error instanceof Error ? error.message : '';
	const unresolved = /^Unresolved alias \(the anchor must be set before the alias\): (.*)$/.exec(message)?.[1];
	if (!message.startsWith('Excessive alias count') && unresolved === undefined) return undefined;
	let offset: number | undefined;
	visit(document, {
		Alias(_key, node) {
			if (unresolved !== undefined && node.source !== unresolved) return undefined;
			offset = node.range?.[0];
			return visit.BREAK;
		},
	});
	const at = position(offset ?? 0);
	return unresolved === undefined
		? {
				...at,
				message:
					'uses too many aliases (*name), which repeat what their anchors (&name) hold: expand them or remove the anchors (this many could exhaust memory)',
			}
		: { ...at, message: `*${unresolved} refers to no anchor: write &${unresolved} on a value before it, or write the value out instead` };
}

export interface Frontmatter {
	yaml: YamlSource;
	/** The MDX body after the closing `---`. */
	body: string;
	/** The line of the file on which the body starts. */
	bodyLine: number;
}

/**
 * Splits an MDX file into frontmatter and body. The frontmatter sits between a first line `---`
 * and the next `---` line.
 */
export function parseFrontmatter(text: string): Frontmatter | { problem: LocalProblem } {
	const source = text.replace(/^\uFEFF/, '');
	const lines = source.split(/\r?\n/);
	if (lines[0]?.trimEnd() !== '---') {
		return {
			problem: {
				line: 1,
				column: 1,
				severity: 'error',
				field: 'frontmatter',
				message: 'is missing: start the file with a line "---", the offer fields, and another "---"',
			},
		};
	}
	const end = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
	if (end < 0) {
		return {
			problem: {
				line: 1,
				column: 1,
				severity: 'error',
				field: 'frontmatter',
				message: 'is not closed: add a line "---" after the last field',
			},
		};
	}
	const yaml = parseYamlSource(lines.slice(1, end).join('\n'), 2);
	return { yaml, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}
