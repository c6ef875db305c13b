import { describe, expect, it } from 'vitest';
import {
	countBySeverity,
	formatPath,
	formatProblem,
	inFile,
	type LocalProblem,
	type Problem,
	plural,
	sortProblems,
} from '../../src/domain/problem.ts';

const at = (file: string, line: number, column: number, severity: Problem['severity'] = 'error'): Problem => ({
	file,
	line,
	column,
	severity,
	field: 'title',
	message: 'is required',
});

describe('formatPath', () => {
	it.each<[PropertyKey[], string]>([
		[[], ''],
		[['title'], 'title'],
		[['markets', 1], 'markets[1]'],
		[['solutionAreas', 0, 'subAreas', 1], 'solutionAreas[0].subAreas[1]'],
		[['documents', 'other', 2, 'url'], 'documents.other[2].url'],
		[[0, 'name'], '[0].name'],
	])('%j is %j', (path, text) => {
		expect(formatPath(path)).toBe(text);
	});
});

describe('formatProblem', () => {
	it('writes <file>:<line>:<column> <severity> <field> <message>', () => {
		expect(
			formatProblem({
				file: 'content/offers/contoso/index.mdx',
				line: 7,
				column: 15,
				severity: 'warning',
				field: 'markets[1]',
				message: 'co-sell ready: no Partner sales contact covers Canada (CA): add one to contacts.csv',
			}),
		).toBe(
			'content/offers/contoso/index.mdx:7:15 warning markets[1] co-sell ready: no Partner sales contact covers Canada (CA): add one to contacts.csv',
		);
	});

	it('shows control characters of the file, field and message escaped, on one line', () => {
		expect(
			formatProblem({
				file: 'kit/offers/a\u202eb/contacts.csv',
				line: 2,
				column: 1,
				severity: 'error',
				field: 'Name\r',
				message: 'unknown "\x1b[2J\x07x\ny"',
			}),
		).toBe('kit/offers/a\\u202eb/contacts.csv:2:1 error Name\\x0d unknown "\\x1b[2J\\x07x\\x0ay"');
	});
});

describe('inFile', () => {
	it('adds the file to each problem, first among the keys', () => {
		const local: LocalProblem[] = [{ line: 2, column: 5, severity: 'error', field: 'Email', message: 'is not a valid email address' }];
		const problems = inFile('offers/a/contacts.csv', local);
		expect(problems).toEqual([{ file: 'offers/a/contacts.csv', ...local[0] }]);
		expect(Object.keys(problems[0] ?? {})).toEqual(['file', 'line', 'column', 'severity', 'field', 'message']);
	});
});

describe('sortProblems', () => {
	it.each<[string, Problem[], Problem[]]>([
		['by file first', [at('b.mdx', 1, 1), at('a.mdx', 9, 9)], [at('a.mdx', 9, 9), at('b.mdx', 1, 1)]],
		['then by line', [at('a.mdx', 10, 1), at('a.mdx', 9, 5)], [at('a.mdx', 9, 5), at('a.mdx', 10, 1)]],
		['then by column', [at('a.mdx', 3, 12), at('a.mdx', 3, 2)], [at('a.mdx', 3, 2), at('a.mdx', 3, 12)]],
		[
			'then errors before warnings',
			[at('a.mdx', 1, 1, 'warning'), at('a.mdx', 1, 1, 'error')],
			[at('a.mdx', 1, 1, 'error'), at('a.mdx', 1, 1, 'warning')],
		],
		[
			'keeping the order of equals',
			[
				{ ...at('a.mdx', 1, 1), field: 'x' },
				{ ...at('a.mdx', 1, 1), field: 'y' },
			],
			[
				{ ...at('a.mdx', 1, 1), field: 'x' },
				{ ...at('a.mdx', 1, 1), field: 'y' },
			],
		],
		['files compared by code unit, not locale', [at('b.mdx', 1, 1), at('B.mdx', 1, 1)], [at('B.mdx', 1, 1), at('b.mdx', 1, 1)]],
	])('%s', (_rule, input, expected) => {
		const copy = [...input];
		expect(sortProblems(input)).toEqual(expected);
		expect(input).toEqual(copy);
	});
});

describe('countBySeverity', () => {
	it.each<[Problem['severity'][], { error: number; warning: number }]>([
		[[], { error: 0, warning: 0 }],
		[['error', 'warning', 'error'], { error: 2, warning: 1 }],
		[['warning'], { error: 0, warning: 1 }],
	])('%j: %j', (severities, counts) => {
		expect(countBySeverity(severities.map((severity) => at('a.mdx', 1, 1, severity)))).toEqual(counts);
	});
});

describe('plural', () => {
	it.each([
		[0, 'row', '0 rows'],
		[1, 'row', '1 row'],
		[2, 'valid offer', '2 valid offers'],
		[1, 'temporary file', '1 temporary file'],
	])('counts %i %s as %j', (count, noun, text) => {
		expect(plural(count, noun)).toBe(text);
	});
});
