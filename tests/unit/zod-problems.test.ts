import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { fields } from '../../src/domain/schema-kit.ts';
import { problemMessages, zodProblems } from '../../src/domain/zod-problems.ts';

const messageOf = (schema: z.ZodType, input: unknown) => {
	const result = schema.safeParse(input, { error: problemMessages });
	if (result.success) throw new Error('expected a failure');
	return result.error.issues.map((issue) => issue.message);
};

describe('problemMessages', () => {
	// [zod issue, schema, input, message]: messages read after the field's name.
	it.each<[string, z.ZodType, unknown, string]>([
		['a missing value', z.string(), undefined, 'is required'],
		['a null string', z.string(), null, 'must be a string, found an empty value'],
		['a number for a string', z.string(), 42, 'must be a string, found 42'],
		['a string for a number', z.number(), '42', 'must be a number, found "42"'],
		['a string for a boolean', z.boolean(), 'no', 'must be true or false, found "no"'],
		['a string for a list', z.array(z.string()), 'a, b', 'must be a list, found "a, b"'],
		['a mapping for a list', z.array(z.string()), { a: 1 }, 'must be a list, found a group of fields'],
		['a list for a mapping', z.object({}), [], 'must be a group of fields, found a list'],
		['a boolean for a mapping', z.object({}), true, 'must be a group of fields, found true'],
		['a short list', z.array(z.string()).min(2), ['a'], 'must list at least 2'],
		['an empty string', z.string().min(1), '', 'must not be empty'],
		['a small number', z.number().min(1), 0, 'must be at least 1'],
		['a long list', z.array(z.string()).max(1), ['a', 'b'], 'lists too many items: at most 1'],
		['a big number', z.number().max(5), 6, 'must be at most 5'],
		['a bad email', z.email(), 'x', 'is not a valid email'],
		['no union member', z.union([z.string(), z.number()]), true, 'has a form that is not allowed here: see the README for this field'],
	])('%s', (_issue, schema, input, message) => {
		expect(messageOf(schema, input)).toEqual([message]);
	});

	it('leaves messages written in the schema alone', () => {
		expect(messageOf(z.string().min(1, 'needs a name'), '')).toEqual(['needs a name']);
	});
});

describe('zodProblems', () => {
	const schema = fields({ title: z.string(), markets: z.array(z.string()) });
	const locate = (path: readonly PropertyKey[]) => ({ line: path.length, column: String(path.at(-1) ?? '').length + 1 });

	it('gives each issue its field path and the position locate finds', () => {
		const result = schema.safeParse({ markets: ['US', 3] }, { error: problemMessages });
		if (result.success) throw new Error('expected a failure');
		expect(zodProblems(result.error, locate)).toEqual([
			{ line: 1, column: 6, severity: 'error', field: 'title', message: 'is required' },
			{ line: 2, column: 2, severity: 'error', field: 'markets[1]', message: 'must be a string, found 3' },
		]);
	});

	it('splits unknown fields into one problem per field, each at its own position', () => {
		const result = schema.safeParse({ title: 'T', markets: [], titel: 1, colour: 2 }, { error: problemMessages });
		if (result.success) throw new Error('expected a failure');
		expect(zodProblems(result.error, locate)).toEqual([
			{
				line: 1,
				column: 6,
				severity: 'error',
				field: 'titel',
				message: 'is not a known field. Did you mean "title"? Known fields: title, markets.',
			},
			{ line: 1, column: 7, severity: 'error', field: 'colour', message: 'is not a known field. Known fields: title, markets.' },
		]);
	});

	it('names fields with formatField when given (CSV columns)', () => {
		const result = schema.safeParse({ title: 1, markets: [] }, { error: problemMessages });
		if (result.success) throw new Error('expected a failure');
		expect(
			zodProblems(
				result.error,
				() => ({ line: 2, column: 1 }),
				(path) => `column ${String(path[0])}`,
			),
		).toEqual([{ line: 2, column: 1, severity: 'error', field: 'column title', message: 'must be a string, found 1' }]);
	});
});
