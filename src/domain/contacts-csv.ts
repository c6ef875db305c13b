// The contacts CSV codec: Partner Center's contacts template in and out.
import Papa from 'papaparse';
import {
	CONTACT_COLUMNS,
	CONTACT_FIELDS,
	type Contact,
	type ContactCells,
	type ContactField,
	ContactSchema,
	contactKey,
} from './contact-schema.ts';
import { joinCodes } from './countries.ts';
import { neutraliseCell, protectCell, restoreCell } from './csv-safety.ts';
import { type LocalProblem, plural } from './problem.ts';
import { problemMessages, zodProblems } from './zod-problems.ts';

const CONTACT_HEADER = CONTACT_FIELDS.map((field) => CONTACT_COLUMNS[field]);
export const CANONICAL_HEADER = CONTACT_HEADER.join(',');

/** A contact and the CSV row it came from (header = row 1). */
export interface ContactRow {
	row: number;
	/** The row's cells as written (a neutralised `'=...` read back as `=...`), keyed by field: what `ContactSchema` parses. */
	cells: ContactCells;
	contact: Contact;
}

export interface ContactsParseResult {
	contacts: ContactRow[];
	problems: LocalProblem[];
}

export interface ContactsParseOptions {
	/**
	 * `strict` (the committed `contacts.csv`): the canonical header, commas.
	 * `lenient` (files from Partner Center or Excel): header variants in any order, comma or
	 * semicolon delimiters.
	 */
	mode: 'strict' | 'lenient';
}

/** Header spellings Partner Center and Excel produce, normalised (lower case, single spaces). */
const HEADER_ALIASES: Record<string, ContactField> = {
	name: 'name',
	email: 'email',
	'email address': 'email',
	'e-mail': 'email',
	'job title': 'jobTitle',
	role: 'role',
	'countries/regions': 'countries',
	'country/region': 'countries',
	countries: 'countries',
	'states/provinces': 'states',
	'state/province': 'states',
	states: 'states',
};

function normaliseHeaderCell(cell: string): string {
	return cell
		.replace(/^\uFEFF/, '')
		.trim()
		.replace(/\s+/g, ' ')
		.replace(/\s*\/\s*/g, '/')
		.toLowerCase();
}

const LENIENT_DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter that splits the header line into the most template columns; '' (let Papa guess
 * from the rows) when none does. The header decides because its words are known: Papa's own
 * guess, which counts cells per row, takes ';' for ',' when names hold semicolons.
 */
function headerDelimiter(text: string): string {
	const headerLine = text.split('\n', 1)[0] ?? '';
	const columnsWith = (delimiter: string) =>
		headerLine.split(delimiter).filter((cell) => HEADER_ALIASES[normaliseHeaderCell(cell.replace(/^\s*"|"\s*$/g, ''))]).length;
	let best = '';
	let bestCount = 0;
	for (const delimiter of LENIENT_DELIMITERS) {
		const count = columnsWith(delimiter);
		if (count > bestCount) [best, bestCount] = [delimiter, count];
	}
	return best;
}

const isBlank = (record: readonly string[]) => record.every((cell) => cell.trim() === '');

let builtSchema: ReturnType<typeof ContactSchema> | undefined;
/** The row schema, built once: building it costs more than checking a file, and validate reads a file per offer. */
const contactSchema = () => (builtSchema ??= ContactSchema());

/** Reads a contacts CSV: every problem with its row (header = row 1) and column. */
export function parseContactsCsv(text: string, { mode }: ContactsParseOptions): ContactsParseResult {
	const problems: LocalProblem[] = [];
	const problem = (row: number, column: number, field: string, message: string) =>
		problems.push({ line: row, column, severity: 'error', field, message });

	const source = text.replace(/^\uFEFF/, '');
	const parsed = Papa.parse<string[]>(source, {
		delimiter: mode === 'strict' ? ',' : headerDelimiter(source),
		delimitersToGuess: [...LENIENT_DELIMITERS],
		skipEmptyLines: false,
	});
	const brokenRows = new Set<number>();
	for (const error of parsed.errors) {
		if (error.type === 'Quotes') {
			const row = (error.row ?? 0) + 1;
			brokenRows.add(row);
			problem(row, 1, 'row', `${error.message.toLowerCase()}: close the quoted cell with a double quote (") or remove the stray one`);
		}
	}
	const records = parsed.data;
	const header = records[0];
	if (!header || isBlank(header)) {
		problem(1, 1, 'header', `is missing: the first row must be ${CANONICAL_HEADER}`);
		return { contacts: [], problems };
	}

	// Which field each column holds.
	const columns: (ContactField | undefined)[] = header.map((cell) => HEADER_ALIASES[normaliseHeaderCell(cell)]);
	const headerText = header.join(',');
	if (mode === 'strict' && headerText !== CANONICAL_HEADER) {
		const fixable = CONTACT_FIELDS.every((field) => columns.includes(field));
		problem(
			1,
			1,
			'header',
			`must be exactly "${CANONICAL_HEADER}", found "${headerText}"${fixable ? ': run `npm run contacts -- import` to normalise the file' : ''}`,
		);
		return { contacts: [], problems };
	}
	const missing = CONTACT_FIELDS.filter((field) => !columns.includes(field));
	if (missing.length > 0) {
		problem(
			1,
			1,
			'header',
			`lacks ${missing.map((field) => `"${CONTACT_COLUMNS[field]}"`).join(', ')}: the header must be ${CANONICAL_HEADER}`,
		);
		return { contacts: [], problems };
	}
	header.forEach((cell, index) => {
		if (columns[index] === undefined && cell.trim() !== '') {
			problem(1, index + 1, cell, `is not a column of the contacts template: remove it (columns: ${CANONICAL_HEADER})`);
		}
	});

	const schema = contactSchema();
	const contacts: ContactRow[] = [];
	const firstRowOf = new Map<string, number>();
	records.slice(1).forEach((record, index) => {
		const row = index + 2;
		if (isBlank(record) || brokenRows.has(row)) return;
		if (record.length > header.length) {
			// Excel pads rows with empty cells; only extra cells with content are an error.
			const extra = record.slice(header.length).findIndex((cell) => cell.trim() !== '');
			if (extra >= 0) {
				problem(
					row,
					header.length + extra + 1,
					'row',
					`has ${plural(record.length, 'cell')} but the header has ${header.length} columns: quote cells that contain commas ("US, CA")`,
				);
				return;
			}
		} else if (record.length < header.length) {
			problem(
				row,
				record.length,
				'row',
				`has ${plural(record.length, 'cell')} but the header has ${header.length} columns: fill in every column (leave States/Provinces empty if unused)`,
			);
			return;
		}
		const cells = Object.fromEntries(
			CONTACT_FIELDS.map((field) => [field, restoreCell(record[columns.indexOf(field)] ?? '')]),
		) as ContactCells;
		const result = schema.safeParse(cells, { error: problemMessages });
		if (!result.success) {
			problems.push(
				...zodProblems(
					result.error,
					(path) => ({ line: row, column: Math.max(1, columnOf(path[0] as ContactField)) }),
					(path) => CONTACT_COLUMNS[path[0] as ContactField] ?? 'row',
				),
			);
			return;
		}
		const key = contactKey(result.data);
		const first = firstRowOf.get(key);
		if (first !== undefined) {
			problem(
				row,
				columnOf('email'),
				CONTACT_COLUMNS.email,
				`repeats the contact of row ${first} (same email and role): remove one of them`,
			);
			return;
		}
		firstRowOf.set(key, row);
		contacts.push({ row, cells, contact: result.data });
	});
	return { contacts, problems };

	function columnOf(field: ContactField) {
		return columns.indexOf(field) + 1;
	}
}

export interface ContactsFormatOptions {
	/**
	 * `download` (the default): a file for spreadsheets and Partner Center (exports, the site's
	 * downloads), where a cell a spreadsheet would run as a formula is neutralised (csv-safety.ts),
	 * and which starts with a UTF-8 byte order mark.
	 * `repository`: the committed `contacts.csv`, which keeps the original text and no mark.
	 */
	target?: 'download' | 'repository';
}

/**
 * Starts every file written for people to open: without it, Excel reads a CSV in the Windows code
 * page and shows accented and Chinese names garbled. The import reads files with or without it.
 */
export const BYTE_ORDER_MARK = '\uFEFF';

/** Writes contacts in the canonical template format: canonical header, "US, CA" spacing, LF. */
export function formatContactsCsv(contacts: readonly Contact[], { target = 'download' }: ContactsFormatOptions = {}): string {
	const rows = contacts.map(contactCells);
	return target === 'download'
		? BYTE_ORDER_MARK + formatCsv(CONTACT_HEADER, rows, neutraliseCell)
		: formatCsv(CONTACT_HEADER, rows, protectCell);
}

/** The contacts of a country page, for download: the template columns and the title of each contact's offer. */
export function formatCountryContactsCsv(rows: readonly { offer: string; contact: Contact }[]): string {
	return (
		BYTE_ORDER_MARK +
		formatCsv(
			[...CONTACT_HEADER, 'Offer'],
			rows.map(({ offer, contact }) => [...contactCells(contact), offer]),
			neutraliseCell,
		)
	);
}

function contactCells(contact: Contact): string[] {
	return [contact.name, contact.email, contact.jobTitle, contact.role, joinCodes(contact.countries), joinCodes(contact.states)];
}

function formatCsv(header: readonly string[], rows: readonly string[][], encodeCell: (cell: string) => string): string {
	// Papa.unparse ends a header without rows with a newline of its own.
	if (rows.length === 0) return `${header.join(',')}\n`;
	const body = Papa.unparse({ fields: [...header], data: rows.map((row) => row.map(encodeCell)) }, { newline: '\n' });
	return `${body}\n`;
}
