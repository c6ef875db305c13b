// Reads the one-pager templates: every `templates/<name>.yaml`, checked against the template
// schema, with problems located at file:line:column like every other problem.

import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { type OnePagerTemplate, resolveTemplate, TemplateFileSchema } from '../domain/one-pager-template.ts';
import { inFile, type LocalProblem, type Problem } from '../domain/problem.ts';
import { problemMessages, zodProblems } from '../domain/zod-problems.ts';
import { readCommittedText } from './read-text.ts';
import { parseYamlSource } from './yaml-source.ts';

/** The templates folder of a project: `templates/` in the working directory. */
export function defaultTemplatesDir(cwd = process.cwd()): string {
	return resolve(cwd, 'templates');
}

export interface LoadedTemplates {
	/** The folder they were read from. */
	dir: string;
	/** Templates whose file passed the schema, sorted by name. */
	templates: OnePagerTemplate[];
	problems: Problem[];
}

const TEMPLATE_FILE = /^(.+)\.ya?ml$/;

/** Reads every template of `dir`. `cwd`: problems name files relative to it. */
export async function loadTemplates(dir = defaultTemplatesDir(), cwd = process.cwd()): Promise<LoadedTemplates> {
	const display = (path: string) => relative(cwd, path).split(sep).join('/') || '.';
	const problems: Problem[] = [];
	const at = (line: number, column: number, field: string, message: string): LocalProblem => ({
		line,
		column,
		severity: 'error',
		field,
		message,
	});
	if (!existsSync(dir)) {
		problems.push(
			...inFile(display(dir), [
				at(1, 1, 'templates', 'is missing: the one-pagers need their templates (azure.yaml, dynamics-365.yaml, ...) in this folder'),
			]),
		);
		return { dir, templates: [], problems };
	}
	let names: string[];
	try {
		names = await readdir(dir);
	} catch (error) {
		const reason = (error as NodeJS.ErrnoException).code ?? String(error);
		problems.push(...inFile(display(dir), [at(1, 1, 'templates', `cannot be read (${reason}): check that it is a folder you may read`)]));
		return { dir, templates: [], problems };
	}
	const files = names.filter((file) => TEMPLATE_FILE.test(file) && !file.startsWith('.')).sort();
	const templates: OnePagerTemplate[] = [];
	/** Name or alias → the file that claimed it first. */
	const claimed = new Map<string, string>();
	for (const file of files) {
		const path = join(dir, file);
		const name = TEMPLATE_FILE.exec(file)?.[1] ?? file;
		const report = (local: readonly LocalProblem[]) => problems.push(...inFile(display(path), local));
		const text = readCommittedText(path, display(path));
		if (!text.ok) {
			report([text.problem]);
			continue;
		}
		const source = parseYamlSource(text.text);
		report(source.problems);
		if (source.data === undefined) continue;
		if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) {
			report([
				at(1, 1, 'file', `"${file}" is not a valid template file name: use lowercase letters, digits and single hyphens, e.g. azure.yaml`),
			]);
			continue;
		}
		const parsed = TemplateFileSchema().safeParse(source.data ?? {}, { error: problemMessages });
		if (!parsed.success) {
			report(zodProblems(parsed.error, source.locate));
			continue;
		}
		const template = resolveTemplate(name, parsed.data);
		const clashes = [name, ...template.aliases].filter((key) => claimed.has(key));
		if (clashes.length > 0) {
			const key = clashes[0] ?? name;
			const aliasIndex = template.aliases.indexOf(key);
			const position = aliasIndex >= 0 ? source.locate(['aliases', aliasIndex]) : { line: 1, column: 1 };
			const field = aliasIndex >= 0 ? `aliases[${aliasIndex}]` : 'file';
			report([
				{ ...at(position.line, position.column, field, `"${key}" is already the name or an alias of ${claimed.get(key)}: pick another`) },
			]);
			continue;
		}
		for (const key of [name, ...template.aliases]) claimed.set(key, file);
		templates.push(template);
	}
	if (files.length === 0) {
		problems.push(...inFile(display(dir), [at(1, 1, 'templates', 'holds no templates: add at least one <name>.yaml')]));
	}
	return { dir, templates: templates.sort((a, b) => a.name.localeCompare(b.name)), problems };
}
