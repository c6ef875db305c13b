// validate on the corpus of hostile and broken kits: every problem at its file, line and field,
// exit status 1, never a crash.
import { describe, expect, it } from 'vitest';
import { HOSTILE_CASES, makeHostileKit } from '../helpers/hostile-kits.ts';
import { runCommand } from '../helpers/run.ts';

interface JsonProblem {
	file: string;
	line: number;
	column: number;
	severity: string;
	field: string;
	message: string;
}

describe('validate on hostile kits', () => {
	it.each(HOSTILE_CASES.map((hostile) => [hostile.name, hostile] as const))('%s: reports every problem at its place', (_name, hostile) => {
		const kit = makeHostileKit(hostile);
		const result = runCommand('validate', ['--json'], { content: kit, cwd: kit });
		expect(result.stderr, hostile.what).not.toMatch(/\n\s+at /); // no stack trace
		expect(result.status, `${hostile.what}\n${result.stdout}${result.stderr}`).toBe(1);
		const errors = (JSON.parse(result.stdout) as JsonProblem[]).filter((problem) => problem.severity === 'error');
		for (const expected of hostile.errors) {
			expect(errors, `${hostile.what}: ${JSON.stringify(expected)}`).toContainEqual(
				expect.objectContaining({
					file: expected.file,
					line: expected.line,
					...(expected.column === undefined ? {} : { column: expected.column }),
					field: expected.field,
					message: expect.stringContaining(expected.message),
				}),
			);
		}
	});
});
