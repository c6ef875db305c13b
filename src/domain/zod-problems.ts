import type { z } from 'astro/zod';
import { formatPath, type LocalProblem } from './problem.ts';

/** Where a field stands in its file; for a missing field, where its parent stands. */
export type Locate = (path: readonly PropertyKey[]) => { line: number; column: number };

/** Messages that read after the field's name: "title is required". */
export const problemMessages: z.core.$ZodErrorMap = (issue) => {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return 'is required';
			return `must be ${article(issue.expected)}, found ${describeValue(issue.input)}`;
		case 'too_small':
			if (issue.origin === 'array') return `must list at least ${issue.minimum}`;
			if (issue.origin === 'string') return 'must not be empty';
			return `must be at least ${issue.minimum}`;
		case 'too_big':
			if (issue.origin === 'array') return `lists too many items: at most ${issue.maximum}`;
			return `must be at most ${issue.maximum}`;
		case 'invalid_format':
			return `is not a valid ${issue.format}`;
		case 'invalid_union':
			return 'has a form that is not allowed here: see the README for this field';
		default:
			return undefined;
	}
};

function article(expected: string): string {
	if (expected === 'array') return 'a list';
	if (expected === 'object') return 'a group of fields';
	if (expected === 'boolean') return 'true or false';
	return `a ${expected}`;
}

function describeValue(value: unknown): string {
	if (value === null) return 'an empty value';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a group of fields';
	if (typeof value === 'string') return `"${value}"`;
	return String(value);
}

/**
 * Turns every zod issue into a problem at its field's position. Unknown fields arrive as one
 * issue per object (see `fields()` in schema-kit.ts) and leave as one problem per field.
 */
export function zodProblems(error: z.ZodError, locate: Locate, formatField = formatPath): LocalProblem[] {
	return error.issues.flatMap((issue): LocalProblem[] => {
		if (issue.code === 'unrecognized_keys') {
			const messages = issue.message.split('\n');
			return issue.keys.map((key, index) => {
				const path = [...issue.path, key];
				return { ...locate(path), severity: 'error', field: formatField(path), message: messages[index] ?? issue.message };
			});
		}
		return [{ ...locate(issue.path), severity: 'error', field: formatField(issue.path), message: issue.message }];
	});
}
