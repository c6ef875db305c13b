// `npm run contacts -- export`: an offer's contacts in Partner Center's template format, with
// cells a spreadsheet would run as formulas neutralised (the import restores them), and a UTF-8
// byte order mark first so that Excel reads the names right.
import { existsSync } from 'node:fs';
import { lstat, readFile } from 'node:fs/promises';
import { BYTE_ORDER_MARK, formatContactsCsv, parseContactsCsv } from '../domain/contacts-csv.ts';
import { formatProblem, inFile, plural, sortProblems } from '../domain/problem.ts';
import { escapeControlsKeepingLines } from '../domain/terminal-text.ts';
import { writeFileAtomic } from '../loading/write-file-atomic.ts';
import { CommandFailure, displayPath, fileErrorReason } from './command.ts';

export interface ExportOptions {
	/** The offer's contacts.csv. */
	contactsFile: string;
	slug: string;
	/** Where to write, and the name the user wrote; the standard output when absent. */
	out?: { path: string; label: string };
	/** Replace `out` when it exists. */
	force?: boolean;
}

export async function exportContacts({ contactsFile, slug, out, force = false }: ExportOptions): Promise<number> {
	const source = displayPath(contactsFile);
	// Checked first, so that nothing is read or written: --out may name any file, an offer's index.mdx included.
	if (out && !force) await refuseExisting(out.label, out.path);
	// An offer without contacts.csv has no contacts yet (validate warns about it): the export is the header.
	const parsed = existsSync(contactsFile)
		? parseContactsCsv(await readFile(contactsFile, 'utf8'), { mode: 'strict' })
		: { contacts: [], problems: [] };
	if (parsed.problems.length > 0) {
		for (const problem of sortProblems(inFile(source, parsed.problems))) process.stderr.write(`${formatProblem(problem)}\n`);
		throw new CommandFailure(
			`${plural(parsed.problems.length, 'problem')} in ${source}: nothing exported. Fix them first (npm run validate lists every problem of the kit).`,
		);
	}
	const contacts = parsed.contacts.map((row) => row.contact);
	const csv = formatContactsCsv(contacts);
	if (!out) {
		// Into a file or a pipe the CSV goes as it is; on a terminal it is for reading: no byte order
		// mark, and its control characters shown escaped.
		process.stdout.write(process.stdout.isTTY ? escapeControlsKeepingLines(csv.slice(BYTE_ORDER_MARK.length)) : csv);
		return 0;
	}
	await writeFileAtomic(out.path, csv).catch((error: unknown) => {
		throw new CommandFailure(`cannot write ${out.label}: ${fileErrorReason(error)}`);
	});
	process.stdout.write(`Exported ${plural(contacts.length, 'contact')} of ${slug} to ${out.label}.\n`);
	return 0;
}

async function refuseExisting(label: string, path: string) {
	// lstat: a symbolic link counts as existing too, even when it points nowhere.
	const existing = await lstat(path).catch(() => undefined);
	if (!existing) return;
	throw new CommandFailure(
		existing.isDirectory()
			? `${label} is a folder: nothing exported. Name a file with --out.`
			: `${label} already exists: nothing exported. Choose another file with --out, or add --force to replace it.`,
	);
}
