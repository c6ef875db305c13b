import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { writeSyntheticKit } from '../../bench/synthetic-kit.ts';
import { readPlainYaml } from '../../src/loading/plain-yaml.ts';
import { composedYaml, parseYamlSource } from '../../src/loading/yaml-source.ts';
import { ROOT } from '../helpers/run.ts';

/** What the `yaml` package reads, as the kit read every file before the fast path. */
function composed(text: string): { value: unknown; clean: boolean } {
	const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
	const clean = document.errors.length === 0 && document.warnings.length === 0;
	return { value: clean ? document.toJS() : undefined, clean };
}

/** Every YAML text of a folder: frontmatter of MDX files, .yaml files. */
function yamlTexts(dir: string): { file: string; text: string }[] {
	const texts: { file: string; text: string }[] = [];
	const visit = (folder: string) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) visit(path);
			else if (name.endsWith('.yaml')) texts.push({ file: path, text: readFileSync(path, 'utf8') });
			else if (name.endsWith('.mdx')) {
				const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
				if (match?.[1] !== undefined) texts.push({ file: path, text: match[1] });
			}
		}
	};
	visit(dir);
	return texts;
}

/** Every path into a value, and a few that lead nowhere. */
function pathsOf(value: unknown, prefix: PropertyKey[] = []): PropertyKey[][] {
	const paths: PropertyKey[][] = [prefix, [...prefix, 'missing'], [...prefix, 0]];
	const children: [PropertyKey, unknown][] = Array.isArray(value)
		? value.map((item, index) => [index, item])
		: value && typeof value === 'object'
			? Object.entries(value)
			: [];
	for (const [key, item] of children) paths.push(...pathsOf(item, [...prefix, key]));
	return paths;
}

/**
 * The fast path may only ever give what `yaml` gives, and only for text `yaml` reads without a
 * word; where it locates a field, at the place `yaml` does.
 */
function expectSameReading(text: string) {
	const plain = readPlainYaml(text, 3);
	if (!plain) return false;
	const full = composed(text);
	expect(full.clean, `yaml finds a problem in text the fast path read:\n${text}`).toBe(true);
	expect(plain.value, text).toStrictEqual(full.value);
	const located = composedYaml(text, 3);
	for (const path of pathsOf(plain.value)) {
		const fast = plain.locate(path);
		if (fast) expect(fast, `${JSON.stringify(path)} in\n${text}`).toEqual(located.locate(path));
	}
	return true;
}

describe('plain YAML, read fast', () => {
	it('reads every offer, translation, taxonomy and template of the kit, the fixtures and a synthetic kit as yaml does', async () => {
		const texts = [...yamlTexts(join(ROOT, 'content')), ...yamlTexts(join(ROOT, 'templates')), ...yamlTexts(join(ROOT, 'tests/fixtures'))];
		const synthetic = mkdtempSync(join(tmpdir(), 'plain-yaml-'));
		try {
			await writeSyntheticKit(synthetic, 60);
			texts.push(...yamlTexts(synthetic));
		} finally {
			rmSync(synthetic, { recursive: true, force: true });
		}
		let fast = 0;
		for (const { text } of texts) if (expectSameReading(text)) fast++;
		// The example kit and the synthetic one are plain YAML: nearly every file takes the fast path.
		expect(fast).toBeGreaterThan(texts.length * 0.8);
	});

	it('resolves plain scalars by the YAML 1.2 core schema, as yaml does', () => {
		const scalars = [
			...['null', 'Null', 'NULL', '~', '', 'nULL', 'none'],
			...['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'tRUE', 'yes', 'no', 'on', 'off', 'y', 'n'],
			...[
				'0',
				'-0',
				'+0',
				'12',
				'+12',
				'-12',
				'012',
				'0o17',
				'0o18',
				'0x1F',
				'0X1F',
				'0xg',
				'0b101',
				'1_000',
				'9007199254740993',
				'4051929',
			],
			...[
				'1.5',
				'-1.5',
				'.5',
				'1.',
				'+.5',
				'1e3',
				'1E-3',
				'1.5e+3',
				'.inf',
				'-.Inf',
				'+.INF',
				'.nan',
				'.NaN',
				'NaN',
				'inf',
				'1.0',
				'1.50',
				'1e',
				'e3',
			],
			...['2024-01-01', '2024-01-01T10:00:00Z', '12:30', '1:20:30', '=', '<<', 'a b', 'Azure IP co-sell', 'https://example.com/a?b=c#d'],
			...['"true"', "'12'", '"\\u00e9\\x41\\t"', "'it''s'", '"a\\\nb"'],
		];
		for (const scalar of scalars) {
			for (const text of [`value: ${scalar}\n`, `- ${scalar}\n`, `list: [${scalar}, x]\n`, `map: {k: ${scalar}}\n`]) {
				expectSameReading(text);
			}
		}
		expect(readPlainYaml('a: 0b101\nb: 1_000\nc: 012\nd: yes\ne: 2024-01-01\n')?.value).toStrictEqual({
			a: '0b101',
			b: '1_000',
			c: 12,
			d: 'yes',
			e: '2024-01-01',
		});
	});

	it('reads block scalars, folding, comments, quoting and nesting as yaml does', () => {
		const texts = [
			'summary: >\n  folded\n  text\n\n  kept\nnext: 1\n',
			'body: |\n  literal\n    indented\n\n',
			'body: |-\n  stripped\n\n',
			'body: |+\n  kept\n\n\nnext: x\n',
			'body: >2\n    leading\n  text\n',
			'plain: a\n  continued\n  lines\n',
			'"quoted key": 1\n\'single\': 2\n',
			'a: b # comment\n# alone\nc: "d # not a comment"\n',
			'nested:\n  - area: x\n    subAreas:\n      - y\n      - z\n  - area: w\n',
			'flow: {a: [1, 2, {b: c}], d: e}\n',
			'empty:\nlist: []\nmap: {}\n',
			'tab:\t"x"\n',
			'crlf: a\r\nnext: b\r\n',
			'unicode: 中国香港特别行政区、日本\nemoji: "🙂"\n',
			'url: https://example.com/a:b\nkey with spaces: v\n',
			'# only a comment\n',
			'',
		];
		for (const text of texts) expectSameReading(text);
		expect(readPlainYaml('# only a comment\n')?.value).toBeNull();
	});

	it('leaves to yaml everything outside the common part, and every text yaml finds a problem in', () => {
		const uncommon = [
			'a: &x 1\nb: *x\n',
			'a: !!str 1\n',
			'a: !custom x\n',
			'%YAML 1.1\n---\na: yes\n',
			'---\na: 1\n',
			'a: 1\n...\n',
			'? a\n: 1\n',
			'[a, b]: c\n',
			'{a: b}: c\n',
			'~: x\n',
			'null: x\n',
			': x\n',
			'__proto__: {polluted: true}\n',
			'a: [\n  1, 2\n]\n',
			'a: 1\na: 2\n',
			'a: [1, 2\n',
			'a:\n\t- b\n',
			'a: b: c\n',
			'a: "unclosed\n',
			'- a\nb: c\n',
			'a:\n  - b\n c: d\n',
		];
		for (const text of uncommon) {
			expect(readPlainYaml(text), text).toBeUndefined();
		}
	});

	it('agrees with yaml on thousands of random texts made of the pieces where parsers differ', () => {
		// A seeded generator (mulberry32): the same texts on every run.
		let seed = 20261204;
		const random = () => {
			seed = (seed + 0x6d2b79f5) | 0;
			let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
			t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
		const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
		const values = [
			'v',
			'a b',
			'12',
			'0o7',
			'1.5',
			'.inf',
			'null',
			'~',
			'true',
			'yes',
			'-1',
			'-x',
			'"q"',
			"'q'",
			'"a\\"b"',
			"'it''s'",
			'[a, b]',
			'[a, [b]]',
			'{a: b}',
			'{a, b}',
			'[a, b, ]',
			'[]',
			'{}',
			'[a',
			'a]',
			'"open',
			"'open",
			'|',
			'>-',
			'|+',
			'>2',
			'a: b',
			'a #c',
			'#c',
			'v ',
			'@x',
			'`x`',
			'%x',
			'x:y',
			'http://x/y',
			'中文',
			'',
		];
		const keys = ['k', 'key two', '"q k"', "'s k'", '-k', 'k ', '1', 'k:x', 'a.b', '中'];
		const line = () => {
			const indent = ' '.repeat(pick([0, 0, 0, 0, 2, 2, 2, 4, 4, 1, 3, 6]));
			const prefix = pick(['', '', '', '- ', '- ', '- - ', '-']);
			const form = random();
			if (form < 0.55) return `${indent}${prefix}${pick(keys)}:${pick(['', ' ', '  '])}${pick(values)}`;
			if (form < 0.75) return `${indent}${prefix}${pick(values)}`;
			if (form < 0.85) return `${indent}${pick(['# c', '', '\t- x', 'text goes on', '"quoted goes on"'])}`;
			return `${indent}${prefix}${pick(keys)}:`;
		};
		let fast = 0;
		for (let index = 0; index < 60_000; index++) {
			const text = `${Array.from({ length: 1 + Math.floor(random() * 5) }, line).join('\n')}\n`;
			if (expectSameReading(text)) fast++;
		}
		// Enough random texts are plain YAML for the comparison to mean something.
		expect(fast).toBeGreaterThan(2_000);
	});

	it("agrees with yaml on the kit's own files after random typing mistakes", () => {
		const texts = [...yamlTexts(join(ROOT, 'content')), ...yamlTexts(join(ROOT, 'templates'))].map(({ text }) => text);
		let seed = 4122026;
		const random = () => {
			seed = (seed + 0x6d2b79f5) | 0;
			let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
			t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
		const typed = [' ', ' ', '-', ':', '"', "'", '#', '[', ']', '{', '}', '\n', '|', '>', 'a', '\t', ',', '\\', '&', '?', '0', '.'];
		let fast = 0;
		for (let round = 0; round < 8_000; round++) {
			let text = texts[Math.floor(random() * texts.length)] ?? '';
			for (let mistakes = 1 + Math.floor(random() * 3); mistakes > 0; mistakes--) {
				const at = Math.floor(random() * text.length);
				const kind = random();
				if (kind < 0.4) text = text.slice(0, at) + typed[Math.floor(random() * typed.length)] + text.slice(at);
				else if (kind < 0.7) text = text.slice(0, at) + text.slice(at + 1);
				else {
					const lines = text.split('\n');
					const index = Math.floor(random() * lines.length);
					lines[index] = kind < 0.85 ? ` ${lines[index]}` : (lines[index] ?? '').replace(/^ /, '');
					text = lines.join('\n');
				}
			}
			if (expectSameReading(text)) fast++;
		}
		expect(fast).toBeGreaterThan(1_000);
	});

	it('reads hostile text in one pass, and leaves deep nesting to yaml', () => {
		const spaces = ' '.repeat(200_000);
		for (const text of [
			`a${spaces}b\n`,
			`a${spaces}: b\n`,
			`k: a${spaces}b\n`,
			`k: "${spaces}\n`,
			`k: [${spaces}\n`,
			`- ${spaces}x${spaces}\n`,
		]) {
			expectSameReading(text);
		}
		expect(readPlainYaml(`a${spaces}: b\n`)).toBeUndefined(); // a key longer than YAML allows
		expect(readPlainYaml(`a${' '.repeat(900)}: b\n`)?.value).toStrictEqual({ a: 'b' });
		const deep = Array.from({ length: 5_000 }, (_, depth) => `${' '.repeat(depth)}k${depth}:`).join('\n');
		expect(readPlainYaml(deep)).toBeUndefined();
		expect(parseYamlSource(deep).problems).not.toEqual([]);
	});

	it('locates fields of fast-read text where yaml locates them', () => {
		const text = 'title: T\nonePager:\n  benefits:\n    - one\n    - two\nmarkets: [US, CA]\n';
		const source = parseYamlSource(text, 2);
		expect(source.problems).toEqual([]);
		expect(source.data).toStrictEqual({ title: 'T', onePager: { benefits: ['one', 'two'] }, markets: ['US', 'CA'] });
		expect(source.locate(['onePager', 'benefits', 1])).toEqual({ line: 6, column: 7 });
		expect(source.locate(['markets', 1])).toEqual({ line: 7, column: 15 });
		expect(source.locate(['missing'])).toEqual({ line: 1, column: 1 });
	});
});
