// The contacts CSV files the kit writes for spreadsheets (exports, the site's downloads) and for
// the repository, and how the parser reads neutralised cells back.
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../src/domain/contact-schema.ts';
import { formatContactsCsv, formatCountryContactsCsv, parseContactsCsv } from '../../src/domain/contacts-csv.ts';

const HEADER = 'Name,Email,Job title,Role,Countries/Regions,States/Provinces';
/** The UTF-8 byte order mark every download starts with, for Excel. */
const BOM = '\uFEFF';

const ava: Contact = {
	name: 'Ava Reyes',
	email: 'ava@contoso.example',
	jobTitle: 'Account executive',
	role: 'Partner sales',
	countries: ['US', 'CA'],
	states: ['US-WA', 'CA-ON'],
};
/** A contact whose cells would run as formulas in a spreadsheet. */
const mallory: Contact = {
	name: '=HYPERLINK("https://evil.example","Click")',
	email: '-mallory@contoso.example',
	jobTitle: '@SUM(1+1)',
	role: 'Partner marketing',
	countries: ['OOO'],
	states: [],
};
const chen: Contact = {
	name: 'Chen Jing, 陈静',
	email: 'chen@contoso.example',
	jobTitle: '+Alliances, APAC',
	role: 'Partner customer success manager',
	countries: ['CN', 'HK'],
	states: [],
};

describe('formatContactsCsv for downloads (the default)', () => {
	it('neutralises every cell that starts with a formula trigger, and nothing else', () => {
		expect(formatContactsCsv([ava, mallory, chen])).toBe(
			[
				`${BOM}${HEADER}`,
				'Ava Reyes,ava@contoso.example,Account executive,Partner sales,"US, CA","US-WA, CA-ON"',
				`"'=HYPERLINK(""https://evil.example"",""Click"")",'-mallory@contoso.example,'@SUM(1+1),Partner marketing,OOO,`,
				`"Chen Jing, 陈静",chen@contoso.example,"'+Alliances, APAC",Partner customer success manager,"CN, HK",`,
				'',
			].join('\n'),
		);
	});

	it('reads back, through the parser, as the original contacts', () => {
		const text = formatContactsCsv([ava, mallory, chen]);
		for (const mode of ['strict', 'lenient'] as const) {
			const result = parseContactsCsv(text, { mode });
			expect(result.problems).toEqual([]);
			expect(result.contacts.map((row) => row.contact)).toEqual([ava, mallory, chen]);
		}
	});

	it('writes the header alone for no contacts', () => {
		expect(formatContactsCsv([])).toBe(`${BOM}${HEADER}\n`);
	});

	it('starts with a byte order mark, so that Excel reads the names as UTF-8', () => {
		const bytes = Buffer.from(formatContactsCsv([chen]), 'utf8');
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(bytes.subarray(3).toString('utf8')).toMatch(/^Name,/);
	});
});

describe('formatContactsCsv for the repository', () => {
	it('keeps the original text, which validate reads as it is', () => {
		const text = formatContactsCsv([mallory], { target: 'repository' });
		// No byte order mark: the committed file keeps its format.
		expect(text).toBe(
			`${HEADER}\n"=HYPERLINK(""https://evil.example"",""Click"")",-mallory@contoso.example,@SUM(1+1),Partner marketing,OOO,\n`,
		);
		expect(parseContactsCsv(text, { mode: 'strict' })).toMatchObject({ problems: [], contacts: [{ contact: mallory }] });
	});

	it('quotes only a text that starts with a quote before a trigger, so it reads back unchanged', () => {
		const quoted = { ...ava, jobTitle: "'=literally" };
		const text = formatContactsCsv([quoted], { target: 'repository' });
		expect(text).toContain(",''=literally,");
		expect(parseContactsCsv(text, { mode: 'strict' }).contacts.map((row) => row.contact)).toEqual([quoted]);
	});
});

describe('parseContactsCsv restores neutralised cells', () => {
	it('in every column, keeping the restored text as the row cells', () => {
		const text = `${HEADER}\n'=Ops,'+ops@contoso.example,'-Lead,Partner sales,US,\n`;
		const [row] = parseContactsCsv(text, { mode: 'lenient' }).contacts;
		expect(row?.cells).toEqual({
			name: '=Ops',
			email: '+ops@contoso.example',
			jobTitle: '-Lead',
			role: 'Partner sales',
			countries: 'US',
			states: '',
		});
		expect(row?.contact).toMatchObject({ name: '=Ops', email: '+ops@contoso.example', jobTitle: '-Lead' });
	});

	it("leaves apostrophes that neutralise nothing: O'Brien, 'quoted'", () => {
		const text = `${HEADER}\n'Ann' O'Brien,ann@contoso.example,'Lead',Partner sales,US,\n`;
		expect(parseContactsCsv(text, { mode: 'strict' }).contacts[0]?.contact).toMatchObject({ name: "'Ann' O'Brien", jobTitle: "'Lead'" });
	});
});

describe('formatCountryContactsCsv', () => {
	it('writes the template columns and the offer title, neutralised', () => {
		expect(
			formatCountryContactsCsv([
				{ offer: 'Contoso Retail Insights', contact: ava },
				{ offer: '=Fabrikam, "Managed" Field Service', contact: mallory },
				{ offer: 'Teams 混合办公 30 天落地服务', contact: chen },
			]),
		).toBe(
			[
				`${BOM}${HEADER},Offer`,
				'Ava Reyes,ava@contoso.example,Account executive,Partner sales,"US, CA","US-WA, CA-ON",Contoso Retail Insights',
				`"'=HYPERLINK(""https://evil.example"",""Click"")",'-mallory@contoso.example,'@SUM(1+1),Partner marketing,OOO,,"'=Fabrikam, ""Managed"" Field Service"`,
				`"Chen Jing, 陈静",chen@contoso.example,"'+Alliances, APAC",Partner customer success manager,"CN, HK",,Teams 混合办公 30 天落地服务`,
				'',
			].join('\n'),
		);
	});

	it('writes the header alone for nobody', () => {
		expect(formatCountryContactsCsv([])).toBe(`${BOM}${HEADER},Offer\n`);
	});

	it('imports back, the Offer column aside, as the same contacts', () => {
		const text = formatCountryContactsCsv([{ offer: 'Contoso', contact: mallory }]);
		const result = parseContactsCsv(text, { mode: 'lenient' });
		// The importer reports the extra column; the contacts themselves read back intact.
		expect(result.problems.map((problem) => problem.field)).toEqual(['Offer']);
		expect(result.contacts.map((row) => row.contact)).toEqual([mallory]);
	});
});
