import { describe, expect, it } from 'vitest';
import type { Contact } from '../../src/domain/contact-schema.ts';
import { CANONICAL_HEADER, type ContactsParseOptions, formatContactsCsv, parseContactsCsv } from '../../src/domain/contacts-csv.ts';
import { describeProblem } from './support.ts';

const HEADER = 'Name,Email,Job title,Role,Countries/Regions,States/Provinces';
const ANN = 'Ann Lee,ann@contoso.example,Account executive,Partner sales,US,';
const BOB = 'Bob Kim,bob@contoso.example,Solution architect,Partner technical sales,"US, CA","US-WA, CA-ON"';
const COUNTRY_HELP = 'Use OOO for all countries or a two-letter code from the co-sell country table.';
const UNTERMINATED = 'row quoted field unterminated: close the quoted cell with a double quote (") or remove the stray one';
const IMPORT_HINT = ': run `npm run contacts -- import` to normalise the file';

const ann: Contact = {
	name: 'Ann Lee',
	email: 'ann@contoso.example',
	jobTitle: 'Account executive',
	role: 'Partner sales',
	countries: ['US'],
	states: [],
};
const bob: Contact = {
	name: 'Bob Kim',
	email: 'bob@contoso.example',
	jobTitle: 'Solution architect',
	role: 'Partner technical sales',
	countries: ['US', 'CA'],
	states: ['US-WA', 'CA-ON'],
};

/** The rows that became contacts and every problem, as `line:column field message`. */
function parse(text: string, mode: ContactsParseOptions['mode']) {
	const result = parseContactsCsv(text, { mode });
	return { rows: result.contacts.map((row) => row.row), problems: result.problems.map(describeProblem) };
}

describe.each<ContactsParseOptions['mode']>(['strict', 'lenient'])('parseContactsCsv in %s mode', (mode) => {
	// One row per edge case: [case, file text, rows that became contacts, every problem expected].
	it.each<[string, string, number[], string[]]>([
		['a plain file', `${HEADER}\n${ANN}\n${BOB}\n`, [2, 3], []],
		['no newline at the end', `${HEADER}\n${ANN}`, [2], []],
		['a header and no contacts', `${HEADER}\n`, [], []],
		['a UTF-8 byte order mark', `\uFEFF${HEADER}\n${ANN}\n`, [2], []],
		['CRLF line ends', `${HEADER}\r\n${ANN}\r\n${BOB}\r\n`, [2, 3], []],
		['BOM and CRLF together', `\uFEFF${HEADER}\r\n${ANN}\r\n`, [2], []],
		['quoted cells holding commas', `${HEADER}\n${BOB}\n`, [2], []],
		['a quoted cell holding a doubled quote', `${HEADER}\n"Ann ""AL"" Lee",ann@contoso.example,Seller,Partner sales,US,\n`, [2], []],
		[
			'blank lines, which still count as rows',
			`${HEADER}\n\n${ANN}\n\n\nCy Dow,cy@contoso.example,Seller,Partner sales,XX,\n`,
			[3],
			[`6:5 Countries/Regions unknown country code "XX". ${COUNTRY_HELP}`],
		],
		['a line of spaces', `${HEADER}\n   \n${ANN}\n`, [3], []],
		['a row of empty cells (Excel)', `${HEADER}\n,,,,,\n${ANN}\n`, [3], []],
		['extra empty cells at the end (ignored)', `${HEADER}\n${ANN},,,\n`, [2], []],
		[
			'an extra cell with content',
			`${HEADER}\n${ANN},,note\n`,
			[],
			['2:8 row has 8 cells but the header has 6 columns: quote cells that contain commas ("US, CA")'],
		],
		[
			'unquoted "US, CA" spilling into more cells',
			`${HEADER}\nAnn Lee,ann@contoso.example,Seller,Partner sales,US, CA,US-WA\n`,
			[],
			['2:7 row has 7 cells but the header has 6 columns: quote cells that contain commas ("US, CA")'],
		],
		[
			// The padding cell Excel adds absorbs the spill, so the row is read with "CA" as its
			// state: the hint covers both readings, a spilled country and a state without prefix.
			'unquoted "US, CA" spilling into an empty last cell',
			`${HEADER}\nAnn Lee,ann@contoso.example,Seller,Partner sales,US, CA,\n`,
			[],
			[
				'2:6 States/Provinces unknown state or province code "CA". If it is a country, quote the Countries/Regions cell when it lists several ("US, CA"); if it is a state or province, write its country prefix: "US-CA". Use a code from the co-sell state table (US, Canada and Australia).',
			],
		],
		[
			'too few cells',
			`${HEADER}\nAnn Lee,ann@contoso.example,Seller,Partner sales\n`,
			[],
			['2:4 row has 4 cells but the header has 6 columns: fill in every column (leave States/Provinces empty if unused)'],
		],
		[
			'a row of one cell',
			`${HEADER}\nAnn Lee\n${ANN}\n`,
			[3],
			['2:1 row has 1 cell but the header has 6 columns: fill in every column (leave States/Provinces empty if unused)'],
		],
		[
			'an unterminated quote, which swallows the rest of the file',
			`${HEADER}\nAnn Lee,ann@contoso.example,"Seller,Partner sales,US,\nCy Dow,cy@contoso.example,Seller,Partner sales,US,\n`,
			[],
			[`2:1 ${UNTERMINATED}`],
		],
		[
			'an unterminated quote before a row with quoted cells (reported as malformed)',
			`${HEADER}\nAnn Lee,ann@contoso.example,"Seller,Partner sales,US,\n${BOB}\n`,
			[],
			['2:1 row trailing quote on quoted field is malformed: close the quoted cell with a double quote (") or remove the stray one'],
		],
		[
			'an unterminated quote in the last row',
			`${HEADER}\n${ANN}\nBob Kim,bob@contoso.example,Seller,Partner sales,"US,\n`,
			[2],
			[`3:1 ${UNTERMINATED}`],
		],
		[
			'a quoted cell with text after its closing quote',
			`${HEADER}\nAnn Lee,"ann@contoso.example"x,Seller,Partner sales,US,\n`,
			[],
			[
				'2:1 row trailing quote on quoted field is malformed: close the quoted cell with a double quote (") or remove the stray one',
				`2:1 ${UNTERMINATED}`,
			],
		],
		[
			'a quote inside an unquoted cell (kept as text)',
			`${HEADER}\nAnn Lee,ann@contoso.example,6" display lead,Partner sales,US,\n`,
			[2],
			[],
		],
		[
			'a quoted line break: rows count records, not lines',
			`${HEADER}\n"Ann\nLee",ann@contoso.example,Seller,Partner sales,US,\nCy Dow,cy@contoso.example,Seller,Partner sales,XX,\n`,
			[2],
			[`3:5 Countries/Regions unknown country code "XX". ${COUNTRY_HELP}`],
		],
		[
			'the same email and role twice (email in any case), naming the first row',
			`${HEADER}\n${ANN}\nAnn Lee,ANN@Contoso.example,Seller,partner sales,CA,\nAnn Lee,ann@contoso.example,Marketer,Partner marketing,CA,\n`,
			[2, 4],
			['3:2 Email repeats the contact of row 2 (same email and role): remove one of them'],
		],
		[
			'every bad cell of a row, at its column',
			`${HEADER}\n,not-an-email,,Boss,UK,WA\n`,
			[],
			[
				'2:1 Name must not be empty',
				'2:2 Email "not-an-email" is not a valid email address: write it as name@company.example',
				'2:3 Job title must not be empty',
				'2:4 Role unknown role "Boss". Use one of "Partner marketing", "Partner sales", "Partner technical sales" or "Partner customer success manager".',
				`2:5 Countries/Regions unknown country code "UK". Did you mean "GB" (United Kingdom)? ${COUNTRY_HELP}`,
				'2:6 States/Provinces unknown state or province code "WA". If it is a state or province, write its country prefix: "US-WA" or "AU-WA". Use a code from the co-sell state table (US, Canada and Australia).',
			],
		],
		[
			'an empty Email and an empty Role',
			`${HEADER}\nAnn Lee,,Seller,,US,\n`,
			[],
			[
				'2:2 Email is required',
				'2:4 Role is required: use one of "Partner marketing", "Partner sales", "Partner technical sales" or "Partner customer success manager"',
			],
		],
		[
			'a repeated state',
			`${HEADER}\nAnn Lee,ann@contoso.example,Seller,Partner sales,US,"US-WA, us-wa"\n`,
			[],
			['2:6 States/Provinces repeats state "US-WA": remove it'],
		],
		[
			'a state outside the contact countries',
			`${HEADER}\nAnn Lee,ann@contoso.example,Seller,Partner sales,US,CA-ON\n`,
			[],
			["2:6 States/Provinces CA-ON lies in Canada (CA), which is not among this contact's Countries/Regions: add CA there or remove CA-ON"],
		],
		[
			'problems in several rows, good rows kept',
			`${HEADER}\n${ANN}\nCy Dow,cy@contoso.example,Seller,Partner sales,"OOO, US",\n${BOB}\n`,
			[2, 4],
			['3:5 Countries/Regions mixes OOO (all countries) with country codes: keep only OOO, or list the countries'],
		],
		['an empty file', '', [], [`1:1 header is missing: the first row must be ${CANONICAL_HEADER}`]],
		['a blank first line', `\n${HEADER}\n${ANN}\n`, [], [`1:1 header is missing: the first row must be ${CANONICAL_HEADER}`]],
	])('%s', (_case, text, rows, problems) => {
		expect(parse(text, mode)).toEqual({ rows, problems });
	});

	it('reads the cells of each row into a contact, keeping the cells as written', () => {
		const result = parseContactsCsv(`\uFEFF${HEADER}\r\n\r\n${ANN}\r\n${BOB}\r\n`, { mode });
		expect(result.problems).toEqual([]);
		expect(result.contacts).toEqual([
			{
				row: 3,
				cells: {
					name: 'Ann Lee',
					email: 'ann@contoso.example',
					jobTitle: 'Account executive',
					role: 'Partner sales',
					countries: 'US',
					states: '',
				},
				contact: ann,
			},
			{
				row: 4,
				cells: {
					name: 'Bob Kim',
					email: 'bob@contoso.example',
					jobTitle: 'Solution architect',
					role: 'Partner technical sales',
					countries: 'US, CA',
					states: 'US-WA, CA-ON',
				},
				contact: bob,
			},
		]);
	});
});

describe('parseContactsCsv in strict mode: the header', () => {
	it.each<[string, string, string]>([
		[
			'Partner Center variants',
			'Name,Email address,Job title,Role,Country/Region,State/Province',
			`1:1 header must be exactly "${HEADER}", found "Name,Email address,Job title,Role,Country/Region,State/Province"${IMPORT_HINT}`,
		],
		[
			'another case',
			'name,email,job title,role,countries/regions,states/provinces',
			`1:1 header must be exactly "${HEADER}", found "name,email,job title,role,countries/regions,states/provinces"${IMPORT_HINT}`,
		],
		[
			'another order',
			'Email,Name,Job title,Role,Countries/Regions,States/Provinces',
			`1:1 header must be exactly "${HEADER}", found "Email,Name,Job title,Role,Countries/Regions,States/Provinces"${IMPORT_HINT}`,
		],
		[
			'spaces around names',
			'Name, Email, Job title, Role, Countries/Regions, States/Provinces',
			`1:1 header must be exactly "${HEADER}", found "Name, Email, Job title, Role, Countries/Regions, States/Provinces"${IMPORT_HINT}`,
		],
		['a trailing empty column', `${HEADER},`, `1:1 header must be exactly "${HEADER}", found "${HEADER},"${IMPORT_HINT}`],
		[
			'a missing column (no importer hint)',
			'Name,Email,Role,Countries/Regions,States/Provinces',
			`1:1 header must be exactly "${HEADER}", found "Name,Email,Role,Countries/Regions,States/Provinces"`,
		],
		[
			'an unknown column name (no importer hint)',
			'Name,Mail,Job title,Role,Countries/Regions,States/Provinces',
			`1:1 header must be exactly "${HEADER}", found "Name,Mail,Job title,Role,Countries/Regions,States/Provinces"`,
		],
		[
			'semicolons (no importer hint: strict mode reads commas only)',
			'Name;Email;Job title;Role;Countries/Regions;States/Provinces',
			`1:1 header must be exactly "${HEADER}", found "Name;Email;Job title;Role;Countries/Regions;States/Provinces"`,
		],
	])('rejects %s, and reads no row', (_case, header, problem) => {
		expect(parse(`${header}\n${ANN}\n`, 'strict')).toEqual({ rows: [], problems: [problem] });
	});
});

describe('parseContactsCsv in lenient mode: header variants and delimiters', () => {
	it.each<[string, string]>([
		['Partner Center 2019 names', `Name,Email address,Job title,Role,Country/Region,State/Province\n${ANN}\n`],
		['any case and extra spaces', ` NAME , e-mail ,  Job   Title ,ROLE,Country / Region,states\n${ANN}\n`],
		['a byte order mark before a variant', `\uFEFFname,email,job title,role,countries,states\n${ANN}\n`],
		[
			'columns in another order',
			`Role,Email,Name,Job title,States/Provinces,Countries/Regions\nPartner sales,ann@contoso.example,Ann Lee,Account executive,,US\n`,
		],
		[
			'semicolons',
			`Name;Email;Job title;Role;Countries/Regions;States/Provinces\nAnn Lee;ann@contoso.example;Account executive;Partner sales;US;\n`,
		],
		[
			'semicolons and CRLF',
			`Name;Email;Job title;Role;Countries/Regions;States/Provinces\r\nAnn Lee;ann@contoso.example;Account executive;Partner sales;US;\r\n`,
		],
		[
			'tabs',
			`Name\tEmail\tJob title\tRole\tCountries/Regions\tStates/Provinces\nAnn Lee\tann@contoso.example\tAccount executive\tPartner sales\tUS\t\n`,
		],
	])('reads %s', (_case, text) => {
		const result = parseContactsCsv(text, { mode: 'lenient' });
		expect(result.problems).toEqual([]);
		expect(result.contacts.map((row) => row.contact)).toEqual([ann]);
	});

	it('reads unquoted commas inside cells of a semicolon file', () => {
		const text =
			'Name;Email;Job title;Role;Countries/Regions;States/Provinces\nBob Kim;bob@contoso.example;Solution architect;Partner technical sales;US, CA;US-WA,CA-ON\n';
		const result = parseContactsCsv(text, { mode: 'lenient' });
		expect(result.problems).toEqual([]);
		expect(result.contacts.map((row) => row.contact)).toEqual([bob]);
	});

	it.each<[string, string, number[], string[]]>([
		[
			'an unknown column: reported, the rest read',
			`${HEADER},Phone\n${ANN},555-0100\n`,
			[2],
			[`1:7 Phone is not a column of the contacts template: remove it (columns: ${CANONICAL_HEADER})`],
		],
		[
			'missing columns',
			'Name,Email\nAnn Lee,ann@contoso.example\n',
			[],
			[`1:1 header lacks "Job title", "Role", "Countries/Regions", "States/Provinces": the header must be ${CANONICAL_HEADER}`],
		],
		['an empty header cell at the end (Excel)', `${HEADER},\n${ANN},\n`, [2], []],
	])('%s', (_case, text, rows, problems) => {
		expect(parse(text, 'lenient')).toEqual({ rows, problems });
	});
});

describe('formatContactsCsv', () => {
	it('writes the canonical header, "US, CA" spacing, quotes where needed and LF line ends', () => {
		const text = formatContactsCsv([
			bob,
			{
				name: 'Ann "AL" Lee',
				email: 'ann@contoso.example',
				jobTitle: 'Sales, West',
				role: 'Partner sales',
				countries: ['OOO'],
				states: [],
			},
		]);
		expect(text).toBe(
			[
				'\uFEFFName,Email,Job title,Role,Countries/Regions,States/Provinces',
				'Bob Kim,bob@contoso.example,Solution architect,Partner technical sales,"US, CA","US-WA, CA-ON"',
				'"Ann ""AL"" Lee",ann@contoso.example,"Sales, West",Partner sales,OOO,',
				'',
			].join('\n'),
		);
	});

	it('writes a file that parses back, in strict mode, to the same contacts', () => {
		const contacts: Contact[] = [
			ann,
			bob,
			{
				name: 'Chen Jing',
				email: 'chen@contoso.example',
				jobTitle: '客户成功经理, APAC',
				role: 'Partner customer success manager',
				countries: ['OOO'],
				states: ['AU-NSW'],
			},
		];
		const first = parseContactsCsv(formatContactsCsv(contacts), { mode: 'strict' });
		expect(first.problems).toEqual([]);
		expect(first.contacts.map((row) => row.contact)).toEqual(contacts);
		// and a lenient import of a messy file, written out and read again, is stable
		const messy = parseContactsCsv(
			`\uFEFFname;EMAIL ADDRESS;job title;role;country/region;state/province\r\nBob Kim;bob@contoso.example;Solution architect;partner technical sales;us,ca;us-wa,ca-on\r\n`,
			{
				mode: 'lenient',
			},
		);
		const written = formatContactsCsv(messy.contacts.map((row) => row.contact));
		expect(written).toBe(`\uFEFF${HEADER}\n${BOB}\n`);
		expect(formatContactsCsv(parseContactsCsv(written, { mode: 'strict' }).contacts.map((row) => row.contact))).toBe(written);
	});

	it('writes the header alone, ended by one newline, for no contacts', () => {
		const text = formatContactsCsv([]);
		expect(text).toBe(`\uFEFF${HEADER}\n`);
		expect(parseContactsCsv(text, { mode: 'strict' })).toEqual({ contacts: [], problems: [] });
	});
});
