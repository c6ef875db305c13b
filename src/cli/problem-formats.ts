// The output formats of `npm run validate -- --format <text|json|github|sarif>`: the same problems
// for people, for programs, for GitHub's annotations on a pull request's lines, and for code
// scanning (GitHub, Azure DevOps) as SARIF 2.1.0.
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { formatProblem, type Problem } from '../domain/problem.ts';
import { readinessGap } from '../domain/readiness.ts';
import { escapeJsonControls } from '../domain/terminal-text.ts';

export const FORMATS = ['text', 'json', 'github', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** A kind of problem: a SARIF rule, and how GitHub's summary groups problems. */
export interface ProblemKind {
	id: string;
	description: string;
}

const KINDS = {
	yaml: { id: 'yaml-syntax', description: 'The YAML of a frontmatter, taxonomy.yaml or template cannot be read.' },
	frontmatter: { id: 'frontmatter', description: 'An offer file lacks its frontmatter or does not close it.' },
	body: { id: 'offer-body', description: 'An offer body holds code, a disallowed element or URL, or is not valid MDX.' },
	file: { id: 'file', description: 'A file is missing, unreadable, not UTF-8, or a symbolic link.' },
	coSell: { id: 'co-sell-ready', description: 'A gap in co-sell readiness.' },
	ipCoSell: { id: 'ip-co-sell', description: 'A gap in Azure IP co-sell readiness.' },
	fit: { id: 'one-pager-fit', description: 'A text does not fit its place on the generated one-pager.' },
	contacts: { id: 'contacts', description: 'A row of contacts.csv breaks the Partner Center contacts template.' },
	taxonomy: { id: 'taxonomy', description: 'taxonomy.yaml breaks its schema.' },
	template: { id: 'one-pager-template', description: 'A one-pager template breaks its schema.' },
	offer: { id: 'offer-field', description: 'An offer field breaks the co-sell rules or its schema.' },
} satisfies Record<string, ProblemKind>;

/** The kind of a problem, from where it stands and what it says. */
export function problemKind(problem: Problem): ProblemKind {
	if (problem.field === 'yaml') return KINDS.yaml;
	if (problem.field === 'frontmatter') return KINDS.frontmatter;
	if (problem.field === 'body' || problem.field.startsWith('body ') || problem.field.startsWith('<')) return KINDS.body;
	if (problem.field === 'file') return KINDS.file;
	const gap = readinessGap(problem.message);
	if (gap) return gap === 'coSellReady' ? KINDS.coSell : KINDS.ipCoSell;
	if (/ one-pager(:| has)/.test(problem.message) && problem.severity === 'warning') return KINDS.fit;
	if (problem.file.endsWith('contacts.csv')) return KINDS.contacts;
	if (problem.file.endsWith('taxonomy.yaml')) return KINDS.taxonomy;
	if (/(^|\/)templates(\/|$)/.test(problem.file)) return KINDS.template;
	return KINDS.offer;
}

/** How the formats name files: paths from the repository's root (annotations and code scanning need them). */
export type RepositoryPath = (file: string) => string;

/** Every problem in one format, as the command prints it on stdout. */
export function formatProblems(problems: readonly Problem[], format: Format, repositoryPath: RepositoryPath, toolVersion: string): string {
	switch (format) {
		case 'text':
			return problems.map((problem) => `${formatProblem(problem)}\n`).join('');
		case 'json':
			return `${escapeJsonControls(JSON.stringify(problems, null, 2))}\n`;
		case 'github':
			return problems.map((problem) => `${githubAnnotation(problem, repositoryPath)}\n`).join('');
		case 'sarif':
			return `${escapeJsonControls(JSON.stringify(sarifLog(problems, repositoryPath, toolVersion), null, 2))}\n`;
	}
}

/**
 * A GitHub workflow command that annotates the line:
 * `::error file=<path>,line=<n>,col=<n>,title=<field>::<message>`.
 */
export function githubAnnotation(problem: Problem, repositoryPath: RepositoryPath): string {
	const properties = [
		`file=${escapeProperty(repositoryPath(problem.file))}`,
		`line=${problem.line}`,
		`col=${problem.column}`,
		`title=${escapeProperty(problem.field)}`,
	].join(',');
	return `::${problem.severity}${properties ? ` ${properties}` : ''}::${escapeData(problem.message)}`;
}

// Workflow commands end at a line break, and their properties at `,` and `::`: GitHub's toolkit
// percent-encodes those characters (actions/toolkit, packages/core/src/command.ts).
function escapeData(text: string): string {
	return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
	return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** GitHub shows a step summary up to 1 MiB: a longer list is cut, saying how many rows are left out. */
const STEP_SUMMARY_LIMIT = 1024 * 1024 - 4096;

/** The whole list as a Markdown table for `$GITHUB_STEP_SUMMARY` (annotations show 10 of each kind). */
export function githubStepSummary(problems: readonly Problem[], repositoryPath: RepositoryPath, heading: string): string {
	const cell = (text: string) => text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/\r?\n/g, ' ');
	const lines = [`### ${cell(heading)}`, ''];
	if (problems.length === 0) return `${lines.join('\n')}\n`;
	lines.push('| | File | Field | Problem |', '|---|---|---|---|');
	let size = lines.join('\n').length;
	let shown = 0;
	for (const problem of problems) {
		const row = `| ${problem.severity === 'error' ? '❌' : '⚠️'} | \`${cell(repositoryPath(problem.file))}:${problem.line}:${problem.column}\` | ${cell(problem.field)} | ${cell(problem.message)} |`;
		if (size + row.length + 1 > STEP_SUMMARY_LIMIT) break;
		lines.push(row);
		size += row.length + 1;
		shown++;
	}
	if (shown < problems.length) lines.push('', `${problems.length - shown} more problems: run \`npm run validate\` to see them all.`);
	return `${lines.join('\n')}\n`;
}

/** The problems as a SARIF 2.1.0 log: one rule per kind of problem, one result per problem. */
export function sarifLog(problems: readonly Problem[], repositoryPath: RepositoryPath, toolVersion: string): Log {
	const kinds = [...new Map(problems.map((problem) => problemKind(problem)).map((kind) => [kind.id, kind])).values()].sort((a, b) =>
		a.id.localeCompare(b.id),
	);
	const rules: ReportingDescriptor[] = kinds.map((kind) => ({ id: kind.id, shortDescription: { text: kind.description } }));
	const results: Result[] = problems.map((problem) => {
		const kind = problemKind(problem);
		return {
			ruleId: kind.id,
			ruleIndex: kinds.indexOf(kind),
			level: problem.severity,
			message: { text: `${problem.field} ${problem.message}` },
			locations: [
				{
					physicalLocation: {
						artifactLocation: { uri: repositoryPath(problem.file).split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
						region: { startLine: problem.line, startColumn: problem.column },
					},
				},
			],
		};
	});
	return {
		$schema: 'https://json.schemastore.org/sarif-2.1.0.json',
		version: '2.1.0',
		runs: [
			{
				tool: { driver: { name: 'offer-sales-kit validate', version: toolVersion, rules } },
				originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the repository that holds the sales kit.' } } },
				results,
			},
		],
	};
}
