// `npm run contacts -- import`: replaces an offer's contacts.csv with a CSV from Partner Center
// or Excel, after checking every row with the rules of `npm run validate`.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { CONTACT_COLUMNS, type Contact } from '../domain/contact-schema.ts';
import { formatContactsCsv, parseContactsCsv } from '../domain/contacts-csv.ts';
import { type ContactsDiff, diffContacts } from '../domain/contacts-diff.ts';
import { formatProblem, inFile, plural, sortProblems } from '../domain/problem.ts';
import { escapeControls } from '../domain/terminal-text.ts';
import { type DecodedText, decodeText } from '../domain/text-decoding.ts';
import { type GitFileState, GitStatusError, gitFileState } from '../loading/git-status.ts';
import { removeStaleTemporaryFiles, writeFileAtomic } from '../loading/write-file-atomic.ts';
import { CommandFailure, displayPath, fileErrorReason } from './command.ts';

export interface ImportOptions {
	/** The offer's contacts.csv, which the import replaces. */
	contactsFile: string;
	/** The file to import, and its name as the user wrote it. */
	source: string;
	sourceLabel: string;
	/** Replace contacts.csv even when git holds uncommitted changes to it. */
	force: boolean;
	/** The encoding of `source` (a TextDecoder encoding), instead of detecting it. */
	encoding?: string;
}

export async function importContacts({ contactsFile, source, sourceLabel, force, encoding }: ImportOptions): Promise<number> {
	const target = displayPath(contactsFile);
	const bytes = await readFile(source).catch((error: unknown) => {
		throw new CommandFailure(`cannot read ${sourceLabel}: ${fileErrorReason(error)}`);
	});
	const decoded = decodeText(bytes, { encoding });
	if (!decoded.ok) throw new CommandFailure(`${sourceLabel} ${decoded.reason}`);
	const readAs = decoded.basis === 'detected' || decoded.basis === 'given' ? ` (read as ${decoded.encoding})` : '';

	const parsed = parseContactsCsv(decoded.text, { mode: 'lenient' });
	if (parsed.problems.length > 0) {
		for (const problem of sortProblems(inFile(sourceLabel, parsed.problems))) process.stderr.write(`${formatProblem(problem)}\n`);
		throw new CommandFailure(
			`${plural(parsed.problems.length, 'problem')} in ${sourceLabel}${readAs}: nothing imported, ${target} is unchanged. Fix the rows above and import again.`,
		);
	}

	const exists = existsSync(contactsFile);
	const before = exists ? await readFile(contactsFile) : undefined;
	// A contacts.csv without contacts (as `npm run new` writes it) holds no one's work to lose.
	if (before && !force && !holdsNoContacts(before)) await refuseUncommittedChanges(contactsFile, target);
	// What an interrupted import left next to contacts.csv goes now.
	const leftovers = await removeStaleTemporaryFiles(contactsFile);

	const contacts = parsed.contacts.map((row) => row.contact);
	const text = formatContactsCsv(contacts, { target: 'repository' });
	const diff = diffContacts(before ? contactsIn(before) : [], contacts);
	const rewrite = before === undefined || !before.equals(Buffer.from(text));
	if (rewrite) {
		await writeFileAtomic(contactsFile, text).catch((error: unknown) => {
			throw new CommandFailure(`cannot write ${target}: ${fileErrorReason(error)}`);
		});
	}
	process.stdout.write(encodingReport(decoded, sourceLabel) + report(diff, target, rewrite) + leftoversReport(leftovers));
	return 0;
}

async function refuseUncommittedChanges(contactsFile: string, target: string) {
	let state: GitFileState;
	try {
		state = await gitFileState(contactsFile);
	} catch (error) {
		if (!(error instanceof GitStatusError)) throw error;
		throw new CommandFailure(`cannot tell whether ${target} has uncommitted changes (${error.message}): use --force to replace it anyway`);
	}
	if (state === 'clean') return;
	const advice: Record<Exclude<GitFileState, 'clean'>, string> = {
		untracked: `${target} is not committed in git yet, and the import would replace it. Commit it first (git add ${target} && git commit), or delete it, or import again with --force to overwrite it.`,
		staged: `${target} has changes added to git (git add) but not committed, and the import would replace them. Commit them (git commit), or discard them (git restore --staged --worktree ${target}), or import again with --force to overwrite them.`,
		modified: `${target} has changes that are not committed in git, and the import would replace them. Commit them (git commit) or discard them (git restore ${target}) first, or import again with --force to overwrite them.`,
		'staged-and-modified': `${target} has changes that are not committed in git (some added with git add), and the import would replace them. Commit them (git add ${target} && git commit), or discard them (git restore --staged --worktree ${target}), or import again with --force to overwrite them.`,
	};
	throw new CommandFailure(advice[state]);
}

/** A contacts.csv with nothing but its header (or nothing at all). */
function holdsNoContacts(bytes: Buffer): boolean {
	const decoded = decodeText(bytes);
	return (
		decoded.ok &&
		decoded.text
			.split('\n')
			.slice(1)
			.every((line) => line.trim() === '')
	);
}

/** The contacts of the current file, for the report only: rows that do not parse count as absent. */
function contactsIn(bytes: Buffer): Contact[] {
	const decoded = decodeText(bytes);
	if (!decoded.ok) return [];
	return parseContactsCsv(decoded.text, { mode: 'lenient' }).contacts.map((row) => row.contact);
}

/**
 * The encoding read, when the file did not say it (a byte order mark) and was not UTF-8: a
 * detected encoding is a guess from the characters, which few names in a short file can mislead.
 */
function encodingReport(decoded: Extract<DecodedText, { ok: true }>, sourceLabel: string): string {
	if (decoded.basis === 'bom' || decoded.basis === 'utf-8') return '';
	const line =
		decoded.basis === 'given'
			? `Read ${sourceLabel} as ${decoded.encoding}, as --encoding says.`
			: `Read ${sourceLabel} as ${decoded.encoding}: it is not UTF-8, and its characters look most like ${decoded.encoding}. ` +
				`If the names below look garbled, import it again with --encoding ${decoded.alternatives[0] ?? '<label>'} (or the encoding it was saved in).`;
	return `${escapeControls(line)}\n`;
}

function report(diff: ContactsDiff, target: string, rewritten: boolean): string {
	const total = diff.added.length + diff.changed.length + diff.unchanged.length;
	const counts = `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.unchanged.length} unchanged`;
	const lines = [
		rewritten
			? `Imported ${plural(total, 'contact')} into ${target}: ${counts}.`
			: `${target} already holds these ${plural(total, 'contact')}: nothing changed.`,
		...diff.added.map((contact) => `  + ${describeContact(contact)}`),
		...diff.removed.map((contact) => `  - ${describeContact(contact)}`),
		...diff.changed.map(
			({ after, fields }) =>
				`  ~ ${describeContact(after)}: ${fields.map((change) => `${CONTACT_COLUMNS[change.field]} "${change.before}" → "${change.after}"`).join(', ')}`,
		),
	];
	// Names and cells come from the file: their control characters are shown escaped.
	return lines.map((line) => `${escapeControls(line)}\n`).join('');
}

/** `Ava Reyes <ava@contoso.example>, Partner sales`: a contact as the report names it. */
function describeContact(contact: Contact): string {
	return `${contact.name} <${contact.email}>, ${contact.role}`;
}

function leftoversReport(leftovers: readonly string[]): string {
	if (leftovers.length === 0) return '';
	const which = leftovers.map((file) => displayPath(file)).join(', ');
	return `${escapeControls(`Removed ${plural(leftovers.length, 'temporary file')} of an interrupted import: ${which}`)}\n`;
}
