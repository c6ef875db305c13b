import { escapeControls } from './terminal-text.ts';

/** How bad a problem is: errors fail `validate` and the build, warnings only fail `validate --strict`. */
export type Severity = 'error' | 'warning';

/**
 * One problem found in the content, located where the user can fix it.
 * `line` is the line of the file (frontmatter field or CSV row, header = row 1), `column` the
 * character column in YAML files and the cell's column number in CSV files; both start at 1.
 */
export interface Problem {
	file: string;
	line: number;
	column: number;
	severity: Severity;
	/** The field at fault: a dotted path such as `solutionAreas[0].subAreas[1]`, or a CSV column name. */
	field: string;
	message: string;
}

/** A problem before it knows its file: what a parser or rule reports. */
export type LocalProblem = Omit<Problem, 'file'>;

export function inFile(file: string, problems: readonly LocalProblem[]): Problem[] {
	return problems.map((problem) => ({ file, ...problem }));
}

/** Orders problems by file, then position, so output is stable and reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) =>
			(a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
			a.line - b.line ||
			a.column - b.column ||
			(a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
	);
}

/**
 * `<file>:<line>:<column> <severity> <field> <message>`: the `validate` command's line format.
 * Control characters from the content (a name holding ESC or a line feed) are shown escaped, so
 * the line stays one line and a terminal shows it as it is.
 */
export function formatProblem(problem: Problem): string {
	return escapeControls(`${problem.file}:${problem.line}:${problem.column} ${problem.severity} ${problem.field} ${problem.message}`);
}

export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
	let error = 0;
	for (const problem of problems) if (problem.severity === 'error') error++;
	return { error, warning: problems.length - error };
}

/** A count with its English noun, as problem messages and the commands write it: "1 row", "2 rows". */
export function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Renders a field path as users write it: `solutionAreas[0].subAreas[1]`. */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${String(key)}` : String(key);
	}
	return out;
}
