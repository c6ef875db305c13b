import { describe, expect, it, vi } from 'vitest';
import { parseFrontmatter, parseYamlSource } from '../../src/loading/yaml-source.ts';

const OFFER_YAML = [
	'title: Contoso Retail Insights', // 1
	'solutionAreas:', // 2
	'  - area: Data and AI', // 3
	'    subAreas: [Analytics,  AI and machine learning]', // 4
	'  - area: Security', // 5
	'    subAreas:', // 6
	'      - Cloud security', // 7
	'markets: [US, CA,   GB]', // 8
	'onePager: { template: azure, benefits: [Fast, Cheap] }', // 9
	'documents:', // 10
	'  other:', // 11
	'    - title: Demo video', // 12
	'      file: documents/demo.mp4', // 13
	'"quoted key": 1', // 14
	'3: a number as key', // 15
	'empty:', // 16
].join('\n');

describe('parseYamlSource: locate', () => {
	const source = parseYamlSource(OFFER_YAML);

	it('reads the YAML without problems', () => {
		expect(source.problems).toEqual([]);
		expect(source.data).toMatchObject({ title: 'Contoso Retail Insights', markets: ['US', 'CA', 'GB'] });
	});

	// [what, path, line, column]
	it.each<[string, PropertyKey[], number, number]>([
		['a top-level key', ['title'], 1, 1],
		['a block sequence', ['solutionAreas'], 2, 1],
		['an item of a block sequence', ['solutionAreas', 1], 5, 5],
		['a key inside a sequence item', ['solutionAreas', 0, 'area'], 3, 5],
		['a nested key', ['solutionAreas', 0, 'subAreas'], 4, 5],
		['the first item of a flow sequence', ['solutionAreas', 0, 'subAreas', 0], 4, 16],
		['a later item of a flow sequence, extra spaces skipped', ['solutionAreas', 0, 'subAreas', 1], 4, 28],
		['an item of a nested block sequence', ['solutionAreas', 1, 'subAreas', 0], 7, 9],
		['flow sequence items', ['markets', 2], 8, 21],
		['a key of a flow mapping', ['onePager', 'template'], 9, 13],
		['an item of a flow sequence in a flow mapping', ['onePager', 'benefits', 1], 9, 47],
		['a key in a mapping in a sequence in a mapping', ['documents', 'other', 0, 'file'], 13, 7],
		['a quoted key', ['quoted key'], 14, 1],
		['a number key, found by a number', [3], 15, 1],
		['a key with an empty value', ['empty'], 16, 1],
		['the root for an empty path', [], 1, 1],
	])('finds %s', (_what, path, line, column) => {
		expect(source.locate(path)).toEqual({ line, column });
	});

	// [what, path, line, column of the nearest existing parent]
	it.each<[string, PropertyKey[], number, number]>([
		['a missing top-level field: the start of the file', ['summary'], 1, 1],
		['a missing field of a flow mapping: its parent key', ['onePager', 'headline'], 9, 1],
		['a missing field of a sequence item: the item', ['solutionAreas', 1, 'extra'], 5, 5],
		['a missing item of a sequence: the sequence key', ['markets', 7], 8, 1],
		['a missing field of another file item', ['documents', 'other', 0, 'url'], 12, 7],
		['a text key in a sequence: the sequence key', ['markets', 'x'], 8, 1],
		['a path below a scalar: the scalar key', ['title', 'x'], 1, 1],
		['a path below an empty value: its key', ['empty', 'x'], 16, 1],
	])('points at the parent for %s', (_what, path, line, column) => {
		expect(source.locate(path)).toEqual({ line, column });
	});

	it('adds the first line of the YAML in its file to every position', () => {
		const shifted = parseYamlSource(OFFER_YAML, 2);
		expect(shifted.locate(['markets', 2])).toEqual({ line: 9, column: 21 });
		// a missing top-level field points at the line above the YAML: the opening "---"
		expect(shifted.locate(['summary'])).toEqual({ line: 1, column: 1 });
		expect(parseYamlSource(OFFER_YAML, 6).locate(['summary'])).toEqual({ line: 5, column: 1 });
	});
});

describe('parseYamlSource: values', () => {
	it.each<[string, string, unknown]>([
		['an empty text', '', null],
		['a comment only', '# nothing yet\n', null],
		['a sequence at the root', '- a\n- b\n', ['a', 'b']],
		['digits as a number (YAML 1.2: leading zeros dropped)', 'mpnId: 0012345\n', { mpnId: 12345 }],
		['quoted digits as text', 'mpnId: "0012345"\n', { mpnId: '0012345' }],
		['yes as text (YAML 1.2)', 'live: yes\n', { live: 'yes' }],
	])('reads %s', (_what, yaml, data) => {
		const source = parseYamlSource(yaml);
		expect(source.problems).toEqual([]);
		expect(source.data).toEqual(data);
	});
});

describe('parseYamlSource: syntax problems', () => {
	const HINT = ': check indentation, colons and quotes';

	// [what, YAML, first line in file, problems expected]; data is undefined after any error.
	it.each<[string, string, number, { line: number; column: number; message: string }[]]>([
		[
			'an unclosed flow sequence',
			'title: T\nmarkets: [US, CA\nsummary: S\n',
			1,
			[{ line: 2, column: 17, message: 'the list opened with [ on this line is not closed: add ] at its end' }],
		],
		[
			'an unclosed flow sequence in frontmatter, lines counted from the file',
			'title: T\nmarkets: [US, CA\nsummary: S\n',
			2,
			[{ line: 3, column: 17, message: 'the list opened with [ on this line is not closed: add ] at its end' }],
		],
		[
			'every unclosed list and mapping of the file',
			'markets: [US, CA\nsegments: [SMB, Corporate\nother:\n  - { title: Demo, url: https://x.example\nlive: true\n',
			1,
			[
				{ line: 1, column: 17, message: 'the list opened with [ on this line is not closed: add ] at its end' },
				{ line: 2, column: 26, message: 'the list opened with [ on this line is not closed: add ] at its end' },
				{ line: 4, column: 42, message: 'the mapping opened with { on this line is not closed: add } at its end' },
			],
		],
		['a repeated key', 'title: A\ntitle: B\n', 1, [{ line: 2, column: 1, message: 'this field appears twice: keep one of them' }]],
		[
			'a colon in an unquoted value',
			'title: Contoso: Retail\n',
			1,
			[{ line: 1, column: 8, message: 'holds a second colon followed by a space: put the value in quotes, e.g. title: "Contoso: Retail"' }],
		],
		[
			'a line indented under a field that has a value',
			'title: Contoso\n  Retail: Insights\nsummary: S\n',
			1,
			[
				{
					line: 2,
					column: 3,
					message: 'is indented under a field that already has a value: remove the indentation, or put a value that spans lines in quotes',
				},
			],
		],
		[
			'an unclosed quote',
			'title: "Contoso\n',
			1,
			[{ line: 1, column: 8, message: 'the quoted text that starts here is not closed: add the closing " where it ends' }],
		],
		[
			'a tab as indentation',
			'onePager:\n\ttemplate: azure\n',
			1,
			[{ line: 2, column: 1, message: 'is indented with a tab: YAML indents with spaces, so replace the tab with spaces' }],
		],
	])('reports %s at its line', (_what, yaml, firstLine, expected) => {
		const source = parseYamlSource(yaml, firstLine);
		expect(source.data).toBeUndefined();
		expect(source.problems).toEqual(expected.map((problem) => ({ ...problem, severity: 'error', field: 'yaml' })));
	});

	it('reports an unknown tag as a warning and still reads the value', () => {
		const source = parseYamlSource('title: !fancy Contoso\n');
		expect(source.problems).toEqual([{ line: 1, column: 8, severity: 'warning', field: 'yaml', message: `Unresolved tag: !fancy${HINT}` }]);
		expect(source.data).toEqual({ title: 'Contoso' });
	});
});

describe('parseYamlSource: YAML that cannot be expanded', () => {
	const TOO_MANY =
		'uses too many aliases (*name), which repeat what their anchors (&name) hold: expand them or remove the anchors (this many could exhaust memory)';
	/** A "billion laughs": each anchor's list repeats the one before nine times, 9^levels values in all. */
	const aliasBomb = (levels: number) =>
		[
			`a0: &a0 [${Array(9).fill('lol').join(', ')}]`,
			...Array.from({ length: levels }, (_, index) => `a${index + 1}: &a${index + 1} [${Array(9).fill(`*a${index}`).join(', ')}]`),
		].join('\n');

	it('reports an alias bomb as an error at its first alias, instead of expanding it', () => {
		const source = parseYamlSource(`title: T\n${aliasBomb(9)}\n`);
		expect(source.data).toBeUndefined();
		expect(source.problems).toEqual([{ line: 3, column: 10, severity: 'error', field: 'yaml', message: TOO_MANY }]);
	});

	it('reports an alias bomb in frontmatter at its line in the file', () => {
		const parsed = parseFrontmatter(`---\ntitle: T\n${aliasBomb(9)}\n---\nBody\n`);
		if ('problem' in parsed) throw new Error(parsed.problem.message);
		expect(parsed.yaml.data).toBeUndefined();
		expect(parsed.yaml.problems).toEqual([{ line: 4, column: 10, severity: 'error', field: 'yaml', message: TOO_MANY }]);
		expect(parsed.body).toBe('Body\n');
	});

	it('still reads a few aliases', () => {
		const source = parseYamlSource('markets: &m [US, CA]\nalso: *m\n');
		expect(source.problems).toEqual([]);
		expect(source.data).toEqual({ markets: ['US', 'CA'], also: ['US', 'CA'] });
	});

	it('reports an alias without its anchor at the alias', () => {
		const source = parseYamlSource('title: T\nmarkets: [US, *nope]\n', 2);
		expect(source.data).toBeUndefined();
		expect(source.problems).toEqual([
			{
				line: 3,
				column: 15,
				severity: 'error',
				field: 'yaml',
				message: '*nope refers to no anchor: write &nope on a value before it, or write the value out instead',
			},
		]);
	});

	it('reports nesting too deep to read', () => {
		const source = parseYamlSource(`title: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
		expect(source.data).toBeUndefined();
		expect(source.problems.length).toBeGreaterThan(0);
		for (const problem of source.problems) {
			expect(problem).toMatchObject({
				line: 1,
				severity: 'error',
				field: 'yaml',
				message: 'nests lists or mappings too deeply to be read: flatten this YAML',
			});
		}
	});

	it('turns any exception of the YAML library into a problem at the first line', async () => {
		vi.resetModules();
		vi.doMock('yaml', async (importOriginal) => ({
			...(await importOriginal<typeof import('yaml')>()),
			parseDocument: () => {
				throw new TypeError('something unexpected.\nat somewhere');
			},
		}));
		try {
			const { parseYamlSource: parse } = await import('../../src/loading/yaml-source.ts');
			// An anchor: text that only the `yaml` package reads (plain-yaml.ts).
			const source = parse('title: &t T\n', 2);
			expect(source.data).toBeUndefined();
			expect(source.problems).toEqual([
				{ line: 2, column: 1, severity: 'error', field: 'yaml', message: 'cannot be read (something unexpected): simplify this YAML' },
			]);
			expect(source.locate(['title'])).toEqual({ line: 2, column: 1 });
		} finally {
			vi.doUnmock('yaml');
			vi.resetModules();
		}
	});
});

describe('parseFrontmatter', () => {
	// [what, file text, data, body, line of markets[0]]
	it.each<[string, string, unknown, string, number]>([
		['a plain file', '---\ntitle: T\nmarkets: [US]\n---\n# Body\n\nText\n', { title: 'T', markets: ['US'] }, '# Body\n\nText\n', 3],
		['a byte order mark', '\uFEFF---\ntitle: T\nmarkets: [US]\n---\nBody', { title: 'T', markets: ['US'] }, 'Body', 3],
		[
			'CRLF line ends (body gets LF)',
			'---\r\ntitle: T\r\nmarkets: [US]\r\n---\r\nBody\r\nline 2\r\n',
			{ title: 'T', markets: ['US'] },
			'Body\nline 2\n',
			3,
		],
		['BOM and CRLF', '\uFEFF---\r\ntitle: T\r\nmarkets: [US]\r\n---\r\nBody', { title: 'T', markets: ['US'] }, 'Body', 3],
		['trailing spaces after the fences', '---  \ntitle: T\nmarkets: [US]\n---\t\nBody', { title: 'T', markets: ['US'] }, 'Body', 3],
		['blank lines before the fields', '---\n\n\ntitle: T\nmarkets:\n  - US\n---\n', { title: 'T', markets: ['US'] }, '', 6],
		['no body and no final newline', '---\ntitle: T\nmarkets: [US]\n---', { title: 'T', markets: ['US'] }, '', 3],
		['a "---" inside the body', '---\nmarkets: [US]\n---\nBody\n---\nmore\n', { markets: ['US'] }, 'Body\n---\nmore\n', 2],
	])('splits %s', (_what, text, data, body, marketsLine) => {
		const parsed = parseFrontmatter(text);
		if ('problem' in parsed) throw new Error(parsed.problem.message);
		expect(parsed.yaml.problems).toEqual([]);
		expect(parsed.yaml.data).toEqual(data);
		expect(parsed.body).toBe(body);
		expect(parsed.yaml.locate(['markets', 0]).line).toBe(marketsLine);
	});

	it('reads empty frontmatter as no fields, and points missing fields at the opening line', () => {
		const parsed = parseFrontmatter('---\n---\nBody\n');
		if ('problem' in parsed) throw new Error(parsed.problem.message);
		expect(parsed.yaml.data).toBeNull();
		expect(parsed.yaml.locate(['title'])).toEqual({ line: 1, column: 1 });
	});

	it('reports YAML errors at their line in the file', () => {
		const parsed = parseFrontmatter('---\ntitle: T\nmarkets: [US\n---\nBody\n');
		if ('problem' in parsed) throw new Error(parsed.problem.message);
		expect(parsed.yaml.data).toBeUndefined();
		expect(parsed.yaml.problems).toEqual([
			{
				line: 3,
				column: 13,
				severity: 'error',
				field: 'yaml',
				message: 'the list opened with [ on this line is not closed: add ] at its end',
			},
		]);
	});

	const MISSING = 'is missing: start the file with a line "---", the offer fields, and another "---"';
	const UNCLOSED = 'is not closed: add a line "---" after the last field';

	it.each<[string, string, string]>([
		['no frontmatter', 'title: T\n', MISSING],
		['an empty file', '', MISSING],
		['a body only', '# Contoso\n', MISSING],
		['an indented opening fence', ' ---\ntitle: T\n---\n', MISSING],
		['a blank line before the opening fence', '\n---\ntitle: T\n---\n', MISSING],
		['no closing fence', '---\ntitle: T\n', UNCLOSED],
		['a closing fence of four dashes', '---\ntitle: T\n----\nBody\n', UNCLOSED],
		['an opening fence alone', '---', UNCLOSED],
	])('reports %s', (_what, text, message) => {
		expect(parseFrontmatter(text)).toEqual({ problem: { line: 1, column: 1, severity: 'error', field: 'frontmatter', message } });
	});
});
