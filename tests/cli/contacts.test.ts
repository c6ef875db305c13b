import { execFileSync, spawnSync } from 'node:child_process';
import {
	appendFileSync,
	cpSync,
	existsSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHINESE_CONTACTS, encodeAs, WESTERN_CONTACTS } from '../helpers/legacy-encoding.ts';
import { ROOT, runCommand, userEnvironment } from '../helpers/run.ts';

const OFFER = 'woodgrove-ledger';
/** The offer's contacts.csv, relative to the workspace (the commands' working directory). */
const CONTACTS = `kit/offers/${OFFER}/contacts.csv`;
const HEADER = 'Name,Email,Job title,Role,Countries/Regions,States/Provinces';
/** The UTF-8 byte order mark that starts every export (for Excel). */
const BOM = '\uFEFF';
const ORIGINAL = readFileSync(join(ROOT, 'tests/fixtures/valid-kit/offers', OFFER, 'contacts.csv'), 'utf8');
const EXPECTED = readFileSync(join(ROOT, 'tests/fixtures/import/expected.csv'), 'utf8');
const FIXTURES = readdirSync(join(ROOT, 'tests/fixtures/import')).filter((file) => file.endsWith('.csv') && file !== 'expected.csv');

const workspaces: string[] = [];
afterAll(() => {
	for (const dir of workspaces) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder with a copy of the valid kit in kit/; the commands run there with SALES_KIT_CONTENT=kit. */
function workspace(files: Record<string, string | Uint8Array> = {}): string {
	const dir = mkdtempSync(join(tmpdir(), 'sales-kit-contacts-'));
	workspaces.push(dir);
	cpSync(join(ROOT, 'tests/fixtures/valid-kit'), join(dir, 'kit'), { recursive: true });
	for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
	return dir;
}

const contacts = (dir: string, args: string[]) => runCommand('contacts', args, { content: 'kit', cwd: dir });
// validate reads the project's templates/, so it runs from the project, as users run it.
const validate = (dir: string) => runCommand('validate', [], { content: join(dir, 'kit') });
const read = (dir: string, file = CONTACTS) => readFileSync(join(dir, file), 'utf8');

/** Every file under `dir` (git's own aside) with its bytes: proof that nothing changed and no temporary file stayed. */
function files(dir: string): Record<string, string> {
	const paths = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
		(path) => !path.startsWith('.git') && lstatSync(join(dir, path)).isFile(),
	);
	return Object.fromEntries(paths.sort().map((path) => [path, readFileSync(join(dir, path)).toString('base64')]));
}

function git(dir: string, ...args: string[]) {
	execFileSync(
		'git',
		[
			'-c',
			'user.name=Kit Test',
			'-c',
			'user.email=kit@example.com',
			'-c',
			'commit.gpgsign=false',
			'-c',
			'init.defaultBranch=main',
			...args,
		],
		{ cwd: dir, stdio: 'pipe' },
	);
}

/** A workspace whose kit is committed in a git repository of its own. */
function committedWorkspace(): string {
	const dir = workspace();
	git(dir, 'init', '-q');
	git(dir, 'add', '-A');
	git(dir, 'commit', '-q', '-m', 'kit');
	return dir;
}

const IMPORTED_FIXTURE = [
	`Imported 4 contacts into ${CONTACTS}: 2 added, 0 removed, 0 changed, 2 unchanged.`,
	'  + Chen Jing, 陈静 <chen.jing@woodgrove.example>, Partner customer success manager',
	'  + Sam Ortiz <sam@woodgrove.example>, Partner technical sales',
	'',
].join('\n');

describe('npm run contacts -- import', () => {
	it('runs outside any git repository here (the temporary folder is not "uncommitted")', () => {
		expect(() => execFileSync('git', ['rev-parse', '--git-dir'], { cwd: workspace(), stdio: 'pipe' })).toThrow();
	});

	it.each(FIXTURES)('imports %s to the normalised contacts.csv, which validate accepts', (fixture) => {
		const dir = workspace();
		const before = files(dir);
		const result = contacts(dir, ['import', OFFER, join(ROOT, 'tests/fixtures/import', fixture)]);
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe(IMPORTED_FIXTURE);
		expect(result.status).toBe(0);
		// Only contacts.csv changed, to UTF-8 without BOM, LF, canonical header, trimmed and upper-case cells.
		expect(read(dir)).toBe(EXPECTED);
		expect(files(dir)).toEqual({ ...before, [CONTACTS]: Buffer.from(EXPECTED).toString('base64') });
		const check = validate(dir);
		expect(check.stdout).toBe('');
		expect(check.stderr).toBe('✓ 0 errors, 0 warnings in 1 valid offer\n');
	});

	it('covers every encoding, line end and delimiter with a fixture', () => {
		expect(FIXTURES).toEqual(
			expect.arrayContaining([
				'utf8.csv',
				'utf8-bom.csv',
				'utf16le-bom.csv',
				'utf16be-bom.csv',
				'crlf.csv',
				'semicolon.csv',
				'header-variants.csv',
			]),
		);
	});

	describe('files in the encoding of Windows (Excel "CSV (Comma delimited)")', () => {
		const CHINESE_IMPORTED = [
			HEADER,
			'陈静,chen.jing@woodgrove.example,客户成功经理,Partner customer success manager,"CN, HK",',
			'王芳,wang.fang@woodgrove.example,技术销售经理,Partner technical sales,CN,',
			'刘洋,liu.yang@woodgrove.example,市场部总监,Partner marketing,CN,',
			'',
		].join('\n');
		const WESTERN_IMPORTED = [
			HEADER,
			'Zoë Müller,zoe@woodgrove.example,Vertriebsleiterin,Partner sales,"DE, AT",',
			'François Côté,francois@woodgrove.example,Directeur commercial – Québec,Partner sales,CA,CA-QC',
			'José Peña,jose@woodgrove.example,Director de ventas,Partner sales,ES,',
			'',
		].join('\n');

		it('imports GB18030 (Chinese Windows) as UTF-8, and says what it read', () => {
			const dir = workspace({ 'contacts-zh.csv': encodeAs(CHINESE_CONTACTS.replaceAll('\n', '\r\n'), 'GB18030') });
			const result = contacts(dir, ['import', OFFER, 'contacts-zh.csv']);
			expect(result.stderr).toBe('');
			expect(result.stdout).toBe(
				[
					'Read contacts-zh.csv as GB18030: it is not UTF-8, and its characters look most like GB18030. If the names below look garbled, import it again with --encoding windows-1252 (or the encoding it was saved in).',
					`Imported 3 contacts into ${CONTACTS}: 3 added, 2 removed, 0 changed, 0 unchanged.`,
					'  + 陈静 <chen.jing@woodgrove.example>, Partner customer success manager',
					'  + 王芳 <wang.fang@woodgrove.example>, Partner technical sales',
					'  + 刘洋 <liu.yang@woodgrove.example>, Partner marketing',
					'  - Ava Reyes <ava@woodgrove.example>, Partner sales',
					'  - Li Wei <li@woodgrove.example>, Partner marketing',
					'',
				].join('\n'),
			);
			expect(result.status).toBe(0);
			expect(read(dir)).toBe(CHINESE_IMPORTED);
			expect(validate(dir).status).toBe(0);
		});

		it('imports Windows-1252 (Western Windows) as UTF-8, and says what it read', () => {
			const dir = workspace({ 'contacts-de.csv': encodeAs(WESTERN_CONTACTS, 'WINDOWS-1252') });
			const result = contacts(dir, ['import', OFFER, 'contacts-de.csv']);
			expect(result.stderr).toBe('');
			expect(result.stdout.split('\n').slice(0, 3)).toEqual([
				'Read contacts-de.csv as Windows-1252: it is not UTF-8, and its characters look most like Windows-1252. If the names below look garbled, import it again with --encoding windows-1250 (or the encoding it was saved in).',
				`Imported 3 contacts into ${CONTACTS}: 3 added, 2 removed, 0 changed, 0 unchanged.`,
				'  + Zoë Müller <zoe@woodgrove.example>, Partner sales',
			]);
			expect(result.status).toBe(0);
			expect(read(dir)).toBe(WESTERN_IMPORTED);
		});

		it('reads the encoding --encoding names, where detection guesses wrong', () => {
			// Two Chinese names are too little for the detector, which takes the bytes for Western accents.
			const short = `${HEADER}\n陈静,chen.jing@woodgrove.example,经理,Partner sales,CN,\n`;
			const dir = workspace({ 'short.csv': encodeAs(short, 'GB18030') });
			const guess = contacts(dir, ['import', OFFER, 'short.csv']);
			expect(guess.stdout.split('\n')[0]).toBe(
				'Read short.csv as Windows-1252: it is not UTF-8, and its characters look most like Windows-1252. If the names below look garbled, import it again with --encoding gb18030 (or the encoding it was saved in).',
			);
			expect(read(dir)).not.toContain('陈静');

			const told = contacts(dir, ['import', OFFER, 'short.csv', '--encoding', 'GB18030', '--force']);
			expect(told.stderr).toBe('');
			expect(told.stdout.split('\n').slice(0, 2)).toEqual([
				'Read short.csv as GB18030, as --encoding says.',
				`Imported 1 contact into ${CONTACTS}: 0 added, 0 removed, 1 changed, 0 unchanged.`,
			]);
			expect(read(dir)).toBe(`${HEADER}\n陈静,chen.jing@woodgrove.example,经理,Partner sales,CN,\n`);
		});

		it('names the encoding it read when the rows have problems', () => {
			const bad = `${HEADER}\nZoë Müller,zoe@woodgrove.example,Seller,Partner sale,DE,\n`;
			const dir = workspace({ 'bad.csv': encodeAs(bad, 'WINDOWS-1252') });
			const before = files(dir);
			const result = contacts(dir, ['import', OFFER, 'bad.csv']);
			expect(result.stderr.split('\n').at(-2)).toBe(
				`contacts: 1 problem in bad.csv (read as Windows-1252): nothing imported, ${CONTACTS} is unchanged. Fix the rows above and import again.`,
			);
			expect(result.status).toBe(1);
			expect(files(dir)).toEqual(before);
		});
	});

	it('replaces all contacts, and lists those added, removed and changed', () => {
		const dir = workspace({
			'partner-center.csv': [
				HEADER,
				'Ava Reyes,ava@woodgrove.example,Sales director,Partner sales,US,US-NY',
				'Noor Haddad,noor@woodgrove.example,Alliance manager,Partner sales,"GB, IE",',
				'',
			].join('\n'),
		});
		const result = contacts(dir, ['import', OFFER, 'partner-center.csv']);
		expect(result.stdout).toBe(
			[
				`Imported 2 contacts into ${CONTACTS}: 1 added, 1 removed, 1 changed, 0 unchanged.`,
				'  + Noor Haddad <noor@woodgrove.example>, Partner sales',
				'  - Li Wei <li@woodgrove.example>, Partner marketing',
				'  ~ Ava Reyes <ava@woodgrove.example>, Partner sales: Job title "Account executive" → "Sales director", Countries/Regions "US, CA" → "US", States/Provinces "US-NY, CA-ON" → "US-NY"',
				'',
			].join('\n'),
		);
		expect(result.status).toBe(0);
		expect(read(dir)).toBe(
			`${HEADER}\nAva Reyes,ava@woodgrove.example,Sales director,Partner sales,US,US-NY\nNoor Haddad,noor@woodgrove.example,Alliance manager,Partner sales,"GB, IE",\n`,
		);
	});

	it('writes the original text of neutralised cells, which validate accepts and export neutralises again', () => {
		const dir = workspace({
			'exported.csv': `${HEADER}\n'=Ops desk,'-ops@woodgrove.example,'@Support,Partner sales,"US, CA",\n`,
		});
		expect(contacts(dir, ['import', OFFER, 'exported.csv']).status).toBe(0);
		expect(read(dir)).toBe(`${HEADER}\n=Ops desk,-ops@woodgrove.example,@Support,Partner sales,"US, CA",\n`);
		expect(validate(dir).status).toBe(0);
		expect(contacts(dir, ['export', OFFER]).stdout).toBe(`${BOM}${read(dir, 'exported.csv')}`);
	});

	it('leaves an unchanged contacts.csv as it is: export then import is the identity', () => {
		const dir = workspace();
		expect(contacts(dir, ['export', OFFER, '--out', 'exported.csv']).status).toBe(0);
		// The export carries a byte order mark for Excel; the committed file keeps none.
		expect(read(dir, 'exported.csv')).toBe(`${BOM}${ORIGINAL}`);
		const before = files(dir);
		const result = contacts(dir, ['import', OFFER, 'exported.csv']);
		expect(result.stdout).toBe(`${CONTACTS} already holds these 2 contacts: nothing changed.\n`);
		expect(result.status).toBe(0);
		expect(files(dir)).toEqual(before);
		expect(read(dir)).toBe(ORIGINAL);
	});

	it('imports into an offer without contacts.csv', () => {
		const dir = workspace();
		rmSync(join(dir, CONTACTS));
		const result = contacts(dir, ['import', OFFER, join(ROOT, 'tests/fixtures/import/utf8.csv')]);
		expect(result.stdout.split('\n')[0]).toBe(`Imported 4 contacts into ${CONTACTS}: 4 added, 0 removed, 0 changed, 0 unchanged.`);
		expect(read(dir)).toBe(EXPECTED);
	});

	it('shows control characters of the file escaped in its report and in validate, never raw', () => {
		const dir = workspace({
			'hostile.csv': `${HEADER}\nAva\x1b[2J Reyes,ava@woodgrove.example,Account executive\x07,Partner sales,"US, CA","US-NY, CA-ON"\nBo\u202eKO,bo@woodgrove.example,Seller,Partner sales,US,\n`,
		});
		const result = contacts(dir, ['import', OFFER, 'hostile.csv']);
		expect(result.stdout).toBe(
			[
				`Imported 2 contacts into ${CONTACTS}: 1 added, 1 removed, 1 changed, 0 unchanged.`,
				'  + Bo\\u202eKO <bo@woodgrove.example>, Partner sales',
				'  - Li Wei <li@woodgrove.example>, Partner marketing',
				'  ~ Ava\\x1b[2J Reyes <ava@woodgrove.example>, Partner sales: Name "Ava Reyes" → "Ava\\x1b[2J Reyes", Job title "Account executive" → "Account executive\\x07"',
				'',
			].join('\n'),
		);
		expect(result.status).toBe(0);
		// The file keeps the text as it was: only the terminal output is escaped.
		expect(read(dir)).toContain('Ava\x1b[2J Reyes');

		// validate quotes the cell in its problems: escaped too.
		writeFileSync(join(dir, CONTACTS), `${HEADER}\nAva,ava@woodgrove.example,Seller,Partner sale\x1b[2J,US,\n`);
		const check = validate(dir);
		expect(check.stdout).not.toContain('\x1b');
		expect(check.stdout).toContain(`${CONTACTS}:2:4 error Role unknown role "Partner sale\\x1b[2J".`);
		expect(check.status).toBe(1);
	});

	it('removes what an interrupted import left next to contacts.csv, and git ignores it', () => {
		const dir = committedWorkspace();
		const offer = `kit/offers/${OFFER}`;
		const gone = spawnSync(process.execPath, ['-e', '']).pid;
		// The file an import killed before its rename leaves, and one of a process still running (this one).
		const stale = `${offer}/.contacts.csv.${gone}-0a1b2c3d.tmp`;
		const running = `${offer}/.contacts.csv.${process.pid}-0a1b2c3d.tmp`;
		writeFileSync(join(dir, stale), 'Name,Em');
		writeFileSync(join(dir, running), 'Name,Em');
		// The project's .gitignore, in the kit's repository: the leftovers are not changes.
		cpSync(join(ROOT, '.gitignore'), join(dir, '.gitignore'));
		git(dir, 'add', '.gitignore');
		git(dir, 'commit', '-q', '-m', 'ignore');
		expect(execFileSync('git', ['status', '--porcelain', '--ignored=no'], { cwd: dir, encoding: 'utf8' })).toBe('');

		const result = contacts(dir, ['import', OFFER, join(ROOT, 'tests/fixtures/import/utf8.csv')]);
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe(`${IMPORTED_FIXTURE}Removed 1 temporary file of an interrupted import: ${stale}\n`);
		expect(result.status).toBe(0);
		expect(existsSync(join(dir, stale))).toBe(false);
		expect(existsSync(join(dir, running))).toBe(true);
		expect(read(dir)).toBe(EXPECTED);
	});

	describe('on a problem, changes nothing', () => {
		it('reports every bad row with its row number and column name, and exits 1', () => {
			const dir = workspace({
				'bad.csv': [
					HEADER,
					'Ava Reyes,ava@woodgrove.example,Account executive,Partner sale,US,',
					'Bo Chen,bo@,Seller,Partner sales,"US, XX",CA-ON',
					',li@woodgrove.example,Marketing lead,Partner marketing,OOO',
					'Ava Reyes,AVA@woodgrove.example,Account executive,Partner sales,US,',
					'Ava Reyes,ava@woodgrove.example,Account executive,partner sales,US,',
					'',
				].join('\n'),
			});
			const before = files(dir);
			const result = contacts(dir, ['import', OFFER, 'bad.csv']);
			expect(result.stdout).toBe('');
			expect(result.stderr).toBe(
				[
					'bad.csv:2:4 error Role unknown role "Partner sale". Did you mean "Partner sales"? Use one of "Partner marketing", "Partner sales", "Partner technical sales" or "Partner customer success manager".',
					'bad.csv:3:2 error Email "bo@" is not a valid email address: write it as name@company.example',
					'bad.csv:3:5 error Countries/Regions unknown country code "XX". Use OOO for all countries or a two-letter code from the co-sell country table.',
					"bad.csv:3:6 error States/Provinces CA-ON lies in Canada (CA), which is not among this contact's Countries/Regions: add CA there or remove CA-ON",
					'bad.csv:4:5 error row has 5 cells but the header has 6 columns: fill in every column (leave States/Provinces empty if unused)',
					'bad.csv:6:2 error Email repeats the contact of row 5 (same email and role): remove one of them',
					`contacts: 6 problems in bad.csv: nothing imported, ${CONTACTS} is unchanged. Fix the rows above and import again.`,
					'',
				].join('\n'),
			);
			expect(result.status).toBe(1);
			expect(files(dir)).toEqual(before);
		});

		it('reports a header without the template columns', () => {
			const dir = workspace({ 'people.csv': 'Full name;Mail\nAva Reyes;ava@woodgrove.example\n' });
			const before = files(dir);
			const result = contacts(dir, ['import', OFFER, 'people.csv']);
			expect(result.stderr).toBe(
				[
					`people.csv:1:1 error header lacks "Name", "Email", "Job title", "Role", "Countries/Regions", "States/Provinces": the header must be ${HEADER}`,
					`contacts: 1 problem in people.csv: nothing imported, ${CONTACTS} is unchanged. Fix the rows above and import again.`,
					'',
				].join('\n'),
			);
			expect(result.status).toBe(1);
			expect(files(dir)).toEqual(before);
		});

		it.each<[string, Record<string, string | Uint8Array>, string, string]>([
			['a missing file', {}, 'missing.csv', 'contacts: cannot read missing.csv: no such file or folder\n'],
			['a folder', {}, 'kit', 'contacts: cannot read kit: it is a folder, not a file\n'],
			[
				'a file invalid in the encoding --encoding names',
				{ 'latin1.csv': Buffer.from(`${HEADER}\nZoë Müller,zoe@woodgrove.example,Seller,Partner sales,DE,\n`, 'latin1') },
				'latin1.csv --encoding utf-8',
				'contacts: latin1.csv is not valid UTF-8 text: check --encoding, or leave it out to let the import detect the encoding\n',
			],
			[
				'UTF-16 without a byte order mark',
				{ 'utf16.csv': Buffer.from(`${HEADER}\n`, 'utf16le') },
				'utf16.csv',
				'contacts: utf16.csv holds zero bytes, as UTF-16 text without a byte order mark does: save it as "CSV UTF-8" (in Excel: File > Save As > CSV UTF-8 (Comma delimited)), or name its encoding with --encoding utf-16le\n',
			],
		])('refuses %s with a message, and exits 1', (_case, extra, file, message) => {
			const dir = workspace(extra);
			const before = files(dir);
			const result = contacts(dir, ['import', OFFER, ...file.split(' ')]);
			expect(result.stderr).toBe(message);
			expect(result.stdout).toBe('');
			expect(result.status).toBe(1);
			expect(files(dir)).toEqual(before);
		});

		it.each([
			['woodgrove-ledgr', 'contacts: there is no offer "woodgrove-ledgr" in kit/offers. Did you mean "woodgrove-ledger"?\n'],
			['fabrikam-hub', 'contacts: there is no offer "fabrikam-hub" in kit/offers. To create it: npm run new -- fabrikam-hub\n'],
			['../kit', 'contacts: there is no offer "../kit" in kit/offers. To create it: npm run new -- <slug>\n'],
		])('refuses an unknown slug %s, and exits 1', (slug, message) => {
			const dir = workspace({ 'in.csv': EXPECTED });
			const before = files(dir);
			const result = contacts(dir, ['import', slug, 'in.csv']);
			expect(result.stderr).toBe(message);
			expect(result.status).toBe(1);
			expect(files(dir)).toEqual(before);
		});
	});

	describe('the git guard', () => {
		const IMPORT = ['import', OFFER, join(ROOT, 'tests/fixtures/import/utf8.csv')];
		const EDITED_ROW = 'Mo Dahl,mo@woodgrove.example,Seller,Partner sales,US,\n';

		it('imports over a committed contacts.csv', () => {
			const dir = committedWorkspace();
			const result = contacts(dir, IMPORT);
			expect(result.stderr).toBe('');
			expect(result.status).toBe(0);
			expect(read(dir)).toBe(EXPECTED);
		});

		it.each<[string, (dir: string) => void, string]>([
			[
				'edited',
				(dir) => appendFileSync(join(dir, CONTACTS), EDITED_ROW),
				`${CONTACTS} has changes that are not committed in git, and the import would replace them. Commit them (git commit) or discard them (git restore ${CONTACTS}) first, or import again with --force to overwrite them.`,
			],
			[
				'edited and staged',
				(dir) => {
					appendFileSync(join(dir, CONTACTS), EDITED_ROW);
					git(dir, 'add', CONTACTS);
				},
				`${CONTACTS} has changes added to git (git add) but not committed, and the import would replace them. Commit them (git commit), or discard them (git restore --staged --worktree ${CONTACTS}), or import again with --force to overwrite them.`,
			],
			[
				'staged, then edited again',
				(dir) => {
					appendFileSync(join(dir, CONTACTS), EDITED_ROW);
					git(dir, 'add', CONTACTS);
					appendFileSync(join(dir, CONTACTS), EDITED_ROW.replaceAll('Mo', 'Jo').replace('mo@', 'jo@'));
				},
				`${CONTACTS} has changes that are not committed in git (some added with git add), and the import would replace them. Commit them (git add ${CONTACTS} && git commit), or discard them (git restore --staged --worktree ${CONTACTS}), or import again with --force to overwrite them.`,
			],
			[
				'never committed',
				(dir) => {
					git(dir, 'rm', '-q', '--cached', CONTACTS);
					git(dir, 'commit', '-q', '-m', 'untrack');
				},
				`${CONTACTS} is not committed in git yet, and the import would replace it. Commit it first (git add ${CONTACTS} && git commit), or delete it, or import again with --force to overwrite it.`,
			],
		])('refuses to replace a contacts.csv %s, with advice for that state, and exits 1; --force replaces it', (_case, change, refusal) => {
			const dir = committedWorkspace();
			change(dir);
			const before = files(dir);
			const result = contacts(dir, IMPORT);
			expect(result.stdout).toBe('');
			expect(result.stderr).toBe(`contacts: ${refusal}\n`);
			expect(result.status).toBe(1);
			expect(files(dir)).toEqual(before);

			const forced = contacts(dir, [...IMPORT, '--force']);
			expect(forced.stderr).toBe('');
			expect(forced.status).toBe(0);
			expect(read(dir)).toBe(EXPECTED);
		});

		it('replaces, without --force, the contacts.csv that `npm run new` wrote (a header, no contacts), never committed', () => {
			const dir = committedWorkspace();
			const created = runCommand('new-offer', ['fabrikam-desk'], { content: 'kit', cwd: dir });
			expect(created.status, created.stderr).toBe(0);
			const result = contacts(dir, ['import', 'fabrikam-desk', join(ROOT, 'tests/fixtures/import/utf8.csv')]);
			expect(result.stderr).toBe('');
			expect(result.status).toBe(0);
			expect(read(dir, 'kit/offers/fabrikam-desk/contacts.csv')).toBe(EXPECTED);
		});

		it('reports the bad rows of the file before it looks at git, and changes nothing', () => {
			const dir = committedWorkspace();
			appendFileSync(join(dir, CONTACTS), EDITED_ROW);
			writeFileSync(join(dir, 'bad.csv'), `${HEADER}\nMo Dahl,mo@woodgrove.example,Seller,Partner sales,XX,\n`);
			const before = files(dir);
			const result = contacts(dir, ['import', OFFER, 'bad.csv']);
			expect(result.stderr).toBe(
				[
					'bad.csv:2:5 error Countries/Regions unknown country code "XX". Use OOO for all countries or a two-letter code from the co-sell country table.',
					`contacts: 1 problem in bad.csv: nothing imported, ${CONTACTS} is unchanged. Fix the rows above and import again.`,
					'',
				].join('\n'),
			);
			expect(result.status).toBe(1);
			expect(files(dir)).toEqual(before);
		});
	});
});

describe('npm run contacts -- export', () => {
	it('prints the contacts in the template format', () => {
		const result = contacts(workspace(), ['export', OFFER]);
		expect(result.stdout).toBe(`${BOM}${ORIGINAL}`);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	});

	it('writes them to --out, in one step', () => {
		const dir = workspace();
		mkdirSync(join(dir, 'out'));
		const result = contacts(dir, ['export', OFFER, '--out', 'out/contacts.csv']);
		expect(result.stdout).toBe(`Exported 2 contacts of ${OFFER} to out/contacts.csv.\n`);
		expect(result.status).toBe(0);
		expect(readdirSync(join(dir, 'out'))).toEqual(['contacts.csv']);
		expect(read(dir, 'out/contacts.csv')).toBe(`${BOM}${ORIGINAL}`);
	});

	it.each([
		['a file of the user', 'old.csv'],
		["the offer's index.mdx", `kit/offers/${OFFER}/index.mdx`],
		["the offer's own contacts.csv", CONTACTS],
	])('refuses to replace %s that exists, and exits 1; --force replaces it', (_case, out) => {
		const dir = workspace({ 'old.csv': 'old\n' });
		writeFileSync(join(dir, CONTACTS), `${HEADER}\n=1+2,ops@woodgrove.example,Lead,Partner sales,US,\n`);
		const before = files(dir);
		const result = contacts(dir, ['export', OFFER, '--out', out]);
		expect(result.stderr).toBe(
			`contacts: ${out} already exists: nothing exported. Choose another file with --out, or add --force to replace it.\n`,
		);
		expect(result.stdout).toBe('');
		expect(result.status).toBe(1);
		expect(files(dir)).toEqual(before);

		const forced = contacts(dir, ['export', OFFER, '--out', out, '--force']);
		expect(forced.stderr).toBe('');
		expect(forced.stdout).toBe(`Exported 1 contact of ${OFFER} to ${out}.\n`);
		expect(forced.status).toBe(0);
		expect(read(dir, out)).toBe(`${BOM}${HEADER}\n'=1+2,ops@woodgrove.example,Lead,Partner sales,US,\n`);
	});

	it('refuses a folder or a symbolic link as --out, even one that points nowhere', () => {
		const dir = workspace();
		mkdirSync(join(dir, 'out'));
		symlinkSync(join(dir, 'nowhere.csv'), join(dir, 'link.csv'));
		const before = files(dir);
		const folder = contacts(dir, ['export', OFFER, '--out', 'out']);
		expect(folder.stderr).toBe('contacts: out is a folder: nothing exported. Name a file with --out.\n');
		expect(folder.status).toBe(1);
		const link = contacts(dir, ['export', OFFER, '--out', 'link.csv']);
		expect(link.stderr).toBe(
			'contacts: link.csv already exists: nothing exported. Choose another file with --out, or add --force to replace it.\n',
		);
		expect(link.status).toBe(1);
		expect(files(dir)).toEqual(before);
		expect(existsSync(join(dir, 'nowhere.csv'))).toBe(false);
	});

	it('neutralises cells a spreadsheet would run as formulas', () => {
		const dir = workspace();
		writeFileSync(join(dir, CONTACTS), `${HEADER}\n=1+2,+ops@woodgrove.example,-Lead,Partner sales,US,\n`);
		expect(contacts(dir, ['export', OFFER]).stdout).toBe(`${BOM}${HEADER}\n'=1+2,'+ops@woodgrove.example,'-Lead,Partner sales,US,\n`);
	});

	it('shows control characters escaped when it prints to a terminal, and writes them as they are elsewhere', () => {
		const dir = workspace();
		const text = `${HEADER}\nAva\x1b[2J,ava@woodgrove.example,Seller\u202e,Partner sales,US,\n`;
		writeFileSync(join(dir, CONTACTS), text);
		expect(contacts(dir, ['export', OFFER]).stdout).toBe(`${BOM}${text}`);
		// On a terminal the export is for reading: no byte order mark. script(1) runs the command on a pseudo-terminal, which turns LF into CRLF.
		const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;
		const command = [process.execPath, join(ROOT, 'src/cli/contacts.ts'), 'export', OFFER].map(quote).join(' ');
		const terminal = spawnSync('script', ['-qec', command, '/dev/null'], {
			cwd: dir,
			env: userEnvironment({ SALES_KIT_CONTENT: 'kit' }),
			encoding: 'utf8',
		});
		expect(terminal.stdout).toBe(`${HEADER}\r\nAva\\x1b[2J,ava@woodgrove.example,Seller\\u202e,Partner sales,US,\r\n`);
	});

	it('exports the header alone for an offer without contacts.csv', () => {
		const dir = workspace();
		rmSync(join(dir, CONTACTS));
		expect(contacts(dir, ['export', OFFER]).stdout).toBe(`${BOM}${HEADER}\n`);
	});

	it('refuses an invalid contacts.csv, listing its problems, and exits 1', () => {
		const dir = workspace();
		appendFileSync(join(dir, CONTACTS), 'Mo Dahl,mo@woodgrove.example,Seller,Partner sales,XX,\n');
		const before = files(dir);
		const result = contacts(dir, ['export', OFFER, '--out', 'out.csv']);
		expect(result.stderr).toBe(
			[
				`${CONTACTS}:4:5 error Countries/Regions unknown country code "XX". Use OOO for all countries or a two-letter code from the co-sell country table.`,
				`contacts: 1 problem in ${CONTACTS}: nothing exported. Fix them first (npm run validate lists every problem of the kit).`,
				'',
			].join('\n'),
		);
		expect(result.status).toBe(1);
		expect(files(dir)).toEqual(before);
	});

	it('exits 1 when --out cannot be written', () => {
		const dir = workspace();
		const result = contacts(dir, ['export', OFFER, '--out', 'nowhere/contacts.csv']);
		expect(result.stderr).toBe('contacts: cannot write nowhere/contacts.csv: no such file or folder\n');
		expect(result.status).toBe(1);
	});
});

describe('npm run contacts: arguments', () => {
	it.each<[string[], string]>([
		[[], 'name a command: import or export'],
		[['imprt', OFFER], 'unknown command "imprt". Did you mean "import"? Use import or export.'],
		[['import'], 'import needs the slug of an offer (its folder name)'],
		[['import', OFFER], 'import needs the CSV file to import, after the slug'],
		[['import', OFFER, 'a.csv', 'b.csv'], 'unexpected argument "b.csv"'],
		[['import', OFFER, 'a.csv', '--out', 'x.csv'], '--out is an option of export, not of import'],
		[['export'], 'export needs the slug of an offer (its folder name)'],
		[['export', OFFER, 'x.csv'], 'unexpected argument "x.csv": use --out <file> to export to a file'],
		[['export', OFFER, '--force'], '--force goes with --out <file>: it lets the export replace that file'],
		[['export', OFFER, '--encoding', 'gb18030'], '--encoding is an option of import: an export is always UTF-8'],
		[
			['import', OFFER, 'a.csv', '--encoding', 'gb1830'],
			'unknown encoding "gb1830". Did you mean "gb18030"? Use an encoding label such as utf-8, utf-16le, utf-16be, gb18030, big5, shift_jis, euc-kr, windows-1252, windows-1250, windows-1251, iso-8859-2 (the labels of the WHATWG Encoding Standard).',
		],
		[['import', OFFER, 'a.csv', '--encoding', 'iso-2022-kr'], 'unknown encoding "iso-2022-kr".'],
		[['import', OFFER, 'a.csv', '--encoding'], 'option "--encoding" needs a value, e.g. --encoding <value>'],
		[['export', OFFER, '--out'], 'option "--out" needs a value, e.g. --out <value>'],
		[
			['export', OFFER, '--outt', 'x.csv'],
			'unknown option "--outt". Did you mean "--out"? The options are --force, --out, --encoding, --help',
		],
	])('%j: exits 2 with the usage', (args, message) => {
		const dir = workspace();
		const before = files(dir);
		const result = contacts(dir, args);
		expect(result.stderr.startsWith(`contacts: ${message}`)).toBe(true);
		expect(result.stderr).toContain('\n\nUsage: npm run contacts -- import <slug> <file.csv> [--encoding <label>] [--force]\n');
		expect(result.stdout).toBe('');
		expect(result.status).toBe(2);
		expect(files(dir)).toEqual(before);
	});

	it('prints the usage with --help, and exits 0', () => {
		const result = contacts(workspace(), ['--help']);
		expect(result.stdout).toMatch(
			/^Usage: npm run contacts -- import <slug> <file.csv> \[--encoding <label>\] \[--force\]\n {7}npm run contacts -- export <slug> \[--out <file> \[--force\]\]\n/,
		);
		expect(result.stdout).toContain('--encoding <label>  import: read <file.csv> in this encoding');
		expect(result.stdout).toContain('--force             import: replace contacts.csv even when it has changes not\n');
		expect(result.status).toBe(0);
	});

	it('exits 2 when the content folder does not exist', () => {
		const result = runCommand('contacts', ['export', OFFER], { content: 'no-such-kit', cwd: workspace() });
		expect(result.stderr).toBe(
			'contacts: content folder no-such-kit does not exist: create it, or point SALES_KIT_CONTENT at your content folder\n',
		);
		expect(result.status).toBe(2);
	});
});
