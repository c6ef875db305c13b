import { describe, expect, it } from 'vitest';
import { githubAnnotation, githubStepSummary, problemKind } from '../../src/cli/problem-formats.ts';
import type { Problem } from '../../src/domain/problem.ts';

const problem = (overrides: Partial<Problem>): Problem => ({
	file: 'content/offers/x/index.mdx',
	line: 3,
	column: 5,
	severity: 'error',
	field: 'platforms[1]',
	message: 'unknown platform "Azur"',
	...overrides,
});
const fromRoot = (file: string) => `kits/contoso/${file}`;

describe('GitHub annotations', () => {
	it('name the file from the repository root, the line, the column and the field', () => {
		expect(githubAnnotation(problem({}), fromRoot)).toBe(
			'::error file=kits/contoso/content/offers/x/index.mdx,line=3,col=5,title=platforms[1]::unknown platform "Azur"',
		);
		expect(githubAnnotation(problem({ severity: 'warning' }), (file) => file)).toMatch(/^::warning file=content\//);
	});

	it('encode what would end the command or a property: line breaks, %, and , or : in properties', () => {
		expect(
			githubAnnotation(problem({ file: 'a,b:c%.mdx', field: 'x: y, z', message: '50% off\nand more\r::error::forged' }), (file) => file),
		).toBe('::error file=a%2Cb%3Ac%25.mdx,line=3,col=5,title=x%3A y%2C z::50%25 off%0Aand more%0D::error::forged');
	});

	it('list every problem in the step summary as a Markdown table whose cells cannot break it', () => {
		const summary = githubStepSummary([problem({ message: 'a | b\nc' })], fromRoot, 'Sales kit: 1 error');
		expect(summary).toBe(
			'### Sales kit: 1 error\n\n| | File | Field | Problem |\n|---|---|---|---|\n| ❌ | `kits/contoso/content/offers/x/index.mdx:3:5` | platforms[1] | a \\| b c |\n',
		);
	});
});

describe('problemKind: one SARIF rule per kind of problem', () => {
	it.each([
		[{ field: 'yaml' }, 'yaml-syntax'],
		[{ field: 'body' }, 'offer-body'],
		[{ field: 'body link' }, 'offer-body'],
		[{ field: '<abbr> onClick' }, 'offer-body'],
		[{ field: 'file', file: 'content/offers/x/contacts.csv' }, 'file'],
		[{ field: 'markets[2]', severity: 'warning', message: 'co-sell ready: no Partner sales contact covers Japan (JP)' }, 'co-sell-ready'],
		[
			{ field: 'prerequisites.technicalValidation', severity: 'warning', message: 'IP co-sell: no passed technical validation' },
			'ip-co-sell',
		],
		[
			{ field: 'onePager.benefits[2]', severity: 'warning', message: 'is too long for the azure one-pager: it is cut after "…"' },
			'one-pager-fit',
		],
		[{ field: 'Role', file: 'content/offers/x/contacts.csv' }, 'contacts'],
		[{ field: 'platforms[0]', file: 'content/taxonomy.yaml' }, 'taxonomy'],
		[{ field: 'colors.primary', file: 'templates/azure.yaml' }, 'one-pager-template'],
		[{ field: 'solutionAreas[0].subAreas' }, 'offer-field'],
	] as const)('%o is %s', (overrides, id) => {
		expect(problemKind(problem(overrides as Partial<Problem>)).id).toBe(id);
	});
});
