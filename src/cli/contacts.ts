// `npm run contacts -- import <slug> <file.csv> [--encoding <label>] [--force]` and `npm run contacts -- export <slug> [--out <file> [--force]]`:
// an offer's contacts to and from Partner Center's contacts CSV template.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { COMMON_ENCODING_LABELS, encodingForLabel } from '../domain/encoding-detection.ts';
import { didYouMean } from '../domain/suggest.ts';
import { contentFolderAsNamed, missingContentFolder, resolveContentDir, SLUG_PATTERN } from '../loading/content-dir.ts';
import { findOffer } from '../loading/find-offer.ts';
import { CommandFailure, displayPath, parseCommandArgs, runCli, UsageError, userPath } from './command.ts';
import { exportContacts } from './contacts-export.ts';
import { importContacts } from './contacts-import.ts';

const USAGE = `Usage: npm run contacts -- import <slug> <file.csv> [--encoding <label>] [--force]
       npm run contacts -- export <slug> [--out <file> [--force]]

Moves an offer's contacts between content/offers/<slug>/contacts.csv and the CSV
template of Partner Center (content/ or the folder named by SALES_KIT_CONTENT).

  import   replaces the offer's contacts.csv with the contacts of <file.csv>, as
           Partner Center does: a Partner Center export or a file saved by Excel
           (UTF-8, UTF-16, GB18030, Windows-1252 ...; commas, semicolons or tabs).
           Every row is checked as \`npm run validate\` does; on any problem
           nothing changes. Prints the contacts added, removed and changed, and
           the encoding read when the file is not UTF-8.
  export   prints the offer's contacts in the template format, ready to import
           into Partner Center

  --encoding <label>  import: read <file.csv> in this encoding (gb18030,
                      windows-1252, shift_jis, utf-16le ...) instead of detecting it
  --force             import: replace contacts.csv even when it has changes not
                      committed in git; export: replace the --out file if it exists
  --out <file>        export: write to <file> instead of the standard output
  --help              show this help

Exit status: 0 done, 1 a problem (invalid rows, unknown offer, unreadable file,
uncommitted changes, an existing --out file), 2 bad arguments.`;

const COMMANDS = ['import', 'export'];

async function main(args: string[]): Promise<number> {
	const { values, positionals } = parseCommandArgs(args, {
		force: { type: 'boolean' },
		out: { type: 'string' },
		encoding: { type: 'string' },
		help: { type: 'boolean', short: 'h' },
	});
	if (values.help) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	const [command, slug, file, ...extra] = positionals;
	if (command === undefined) throw new UsageError('name a command: import or export');
	if (!COMMANDS.includes(command)) {
		throw new UsageError(`unknown command "${command}".${didYouMean(command, COMMANDS)} Use import or export.`);
	}
	if (slug === undefined) throw new UsageError(`${command} needs the slug of an offer (its folder name)`);
	if (command === 'import') {
		if (file === undefined) throw new UsageError('import needs the CSV file to import, after the slug');
		if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
		if (values.out !== undefined) throw new UsageError('--out is an option of export, not of import');
		const encoding = values.encoding === undefined ? undefined : checkedEncoding(values.encoding);
		const contactsFile = await offerContactsFile(slug);
		return importContacts({ contactsFile, source: userPath(file, 'contacts'), sourceLabel: file, force: values.force ?? false, encoding });
	}
	if (file !== undefined) throw new UsageError(`unexpected argument "${file}": use --out <file> to export to a file`);
	if (values.encoding !== undefined) throw new UsageError('--encoding is an option of import: an export is always UTF-8');
	if (values.force && values.out === undefined) {
		throw new UsageError('--force goes with --out <file>: it lets the export replace that file');
	}
	const contactsFile = await offerContactsFile(slug);
	const out = values.out === undefined ? undefined : { path: userPath(values.out, 'contacts'), label: values.out };
	return exportContacts({ contactsFile, slug, out, force: values.force ?? false });
}

/** The encoding an `--encoding` label names (`latin1` -> `windows-1252`). */
function checkedEncoding(label: string): string {
	const encoding = encodingForLabel(label);
	if (encoding === undefined) {
		throw new UsageError(
			`unknown encoding "${label}".${didYouMean(label, COMMON_ENCODING_LABELS)} Use an encoding label such as ${COMMON_ENCODING_LABELS.join(', ')} (the labels of the WHATWG Encoding Standard).`,
		);
	}
	return encoding;
}

/** The contacts.csv of the offer `slug`, which must exist in the content folder. */
async function offerContactsFile(slug: string): Promise<string> {
	const contentDir = resolveContentDir();
	const info = await stat(contentDir).catch(() => undefined);
	if (!info?.isDirectory()) {
		throw new CommandFailure(missingContentFolder(contentFolderAsNamed(contentDir, displayPath(contentDir))), 2);
	}
	const offer = await findOffer(contentDir, slug);
	if (!offer.found) {
		const hint = offer.suggestion
			? ` Did you mean "${offer.suggestion}"?`
			: ` To create it: npm run new -- ${SLUG_PATTERN.test(slug) ? slug : '<slug>'}`;
		throw new CommandFailure(`there is no offer "${slug}" in ${displayPath(join(contentDir, 'offers'))}.${hint}`);
	}
	return join(offer.dir, 'contacts.csv');
}

runCli('contacts', USAGE, main);
