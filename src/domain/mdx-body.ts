// Checks an offer body: parsed with the MDX syntax (Sätteri, the parser @astrojs/mdx uses), then
// every node that would be code, every element beyond the allow-list and every URL is reported
// at its line and column. The body is never compiled or evaluated: the loader renders the same
// tree to HTML (loading/body-html.ts).
import { type MdastNode, mdxToMdast } from 'satteri';
import { ALLOWED_ELEMENT_LIST, ALLOWED_ELEMENTS, type BodyUrl, classifyBodyUrl, isAllowedAttribute } from './body-rules.ts';
import type { LocalProblem } from './problem.ts';

/** The parser's settings, shared with the renderer: GFM tables and autolinks, no frontmatter (it was split off). */
export const BODY_FEATURES = { gfm: true, frontmatter: false } as const;

/** A file of the offer folder that the body links to or shows, where it stands. */
export interface BodyFileReference {
	path: string;
	image: boolean;
	/** The URL as written, for messages. */
	written: string;
	line: number;
	column: number;
}

export interface BodyCheck {
	problems: LocalProblem[];
	/** Files of the offer folder the body points at: the loader checks them and publishes them. */
	files: BodyFileReference[];
}

interface AnyNode {
	type: string;
	position?: { start: { line: number; column: number } };
	children?: AnyNode[];
	[key: string]: unknown;
}

/**
 * Parses and checks a body whose first line is line `firstLine` of its file. A syntax error is
 * one problem at its position (the parser stops there); otherwise every violation is reported.
 */
export function checkMdxBody(text: string, firstLine: number): BodyCheck {
	const problems: LocalProblem[] = [];
	const files: BodyFileReference[] = [];
	const control = firstControlCharacter(text);
	if (control >= 0) {
		const before = text.slice(0, control).split('\n');
		return {
			problems: [
				{
					line: firstLine + before.length - 1,
					column: (before.at(-1)?.length ?? 0) + 1,
					severity: 'error',
					field: 'body',
					message: `holds the control character U+${text.charCodeAt(control).toString(16).padStart(4, '0').toUpperCase()}: an offer body is text (is this a binary file?); remove it`,
				},
			],
			files,
		};
	}
	let tree: MdastNode;
	try {
		tree = mdxToMdast(text, { features: BODY_FEATURES });
	} catch (error) {
		return { problems: [syntaxProblem(error, text, firstLine)], files };
	}
	const at = (node: AnyNode) => ({
		line: (node.position?.start.line ?? 1) + firstLine - 1,
		column: node.position?.start.column ?? 1,
	});
	const report = (node: AnyNode, field: string, message: string) => problems.push({ ...at(node), severity: 'error', field, message });
	const checkUrl = (node: AnyNode, url: string, image: boolean) => {
		const target: BodyUrl | { problem: string } = classifyBodyUrl(url, { image });
		if ('problem' in target) report(node, image ? 'body image' : 'body link', target.problem);
		else if (target.kind === 'file') files.push({ path: target.path, image, written: url, ...at(node) });
	};

	const visit = (node: AnyNode) => {
		switch (node.type) {
			case 'mdxjsEsm':
				report(
					node,
					'body',
					'holds import/export, which would run as code: an offer body is Markdown only; remove the line (to show the words, indent it as code or put them in `backticks`)',
				);
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				report(
					node,
					'body',
					`holds the expression {${String(node.value ?? '').slice(0, 40)}}, which would run as code: remove it, or write \\{ to show a brace`,
				);
				return;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkElement(node);
				break;
			case 'link':
			case 'definition':
				checkUrl(node, String(node.url ?? ''), false);
				break;
			case 'image':
				checkUrl(node, String(node.url ?? ''), true);
				break;
			case 'imageReference':
				// Its URL is a definition's, checked there as a link; an image must name its file itself.
				report(node, 'body image', 'refers to a definition: write the image as ![text](documents/<file>.png)');
				break;
		}
		for (const child of node.children ?? []) visit(child);
	};

	const checkElement = (node: AnyNode) => {
		const name = typeof node.name === 'string' ? node.name : '';
		if (!Object.hasOwn(ALLOWED_ELEMENTS, name)) {
			report(
				node,
				'body',
				`<${name}> is not allowed in an offer body: use Markdown (headings, lists, tables, links, images), or one of ${ALLOWED_ELEMENT_LIST}`,
			);
			return;
		}
		for (const attribute of (node.attributes ?? []) as AnyNode[]) {
			if (attribute.type !== 'mdxJsxAttribute') {
				report(node, `<${name}>`, 'holds a {...} attribute, which would run as code: remove it');
				continue;
			}
			const attributeName = String(attribute.name);
			if (!isAllowedAttribute(name, attributeName)) {
				report(
					node,
					`<${name}> ${attributeName}`,
					`is not an allowed attribute: elements of an offer body carry only title, lang or dir${name === 'details' ? ' (and open)' : ''}, never event handlers, style or links`,
				);
			} else if (attribute.value !== null && typeof attribute.value !== 'string') {
				report(
					node,
					`<${name}> ${attributeName}`,
					`holds an expression, which would run as code: write a plain value, ${attributeName}="..."`,
				);
			}
		}
	};

	visit(tree as unknown as AnyNode);
	return { problems, files };
}

/** The parser's error (`12:3: Expected a closing tag for <div> (12:1) (mdx-jsx:...)`) as a problem at its place. */
function syntaxProblem(error: unknown, text: string, firstLine: number): LocalProblem {
	const message = error instanceof Error ? error.message : String(error);
	const match = /^(\d+):(\d+): ([\s\S]*)$/.exec(message);
	const line = Number(match?.[1] ?? 1);
	const column = Number(match?.[2] ?? 1);
	const position = { line: line + firstLine - 1, column, severity: 'error' as const, field: 'body' };
	if (
		text
			.split('\n')
			[line - 1]?.slice(column - 1)
			.startsWith('<!--')
	) {
		return { ...position, message: 'holds an HTML comment <!-- -->, which MDX does not allow: remove it' };
	}
	// The parser's own advice (its "note") points at MDX features an offer body may not use.
	const what = (match?.[3] ?? message)
		.replace(/ \([a-z-]+:[a-z-]+\)$/, '')
		.replace(/ \(\d+:\d+\)/, '')
		.replace(/ \(note: .*\)$/, '')
		.replace(/\.$/, '');
	return { ...position, message: `is not valid MDX: ${what}. Close every tag you open; to show < or { as text, write \\< or \\{` };
}

/** The index of the first control character other than tab, line feed and carriage return; -1 when none. */
function firstControlCharacter(text: string): number {
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return index;
	}
	return -1;
}
