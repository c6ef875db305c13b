import { cpSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCommand } from '../helpers/run.ts';
import { temporaryFolders } from '../helpers/temp-folders.ts';

const BROKEN = 'tests/fixtures/broken-kit';
const validate = (args: string[], content = BROKEN) => runCommand('validate', args, { content });
const files = (stdout: string) => [
	...new Set(
		stdout
			.trimEnd()
			.split('\n')
			.map((line) => line.split(':')[0]),
	),
];

const tempFolder = temporaryFolders();

describe('npm run validate -- <slug or path>...', () => {
	it('checks only the offers named, by slug or by a path in their folder', () => {
		const whole = validate([]).stdout.trimEnd().split('\n');
		const litware = validate(['litware-hub']);
		expect(litware.status).toBe(1);
		expect(files(litware.stdout)).toEqual([`${BROKEN}/offers/litware-hub/contacts.csv`, `${BROKEN}/offers/litware-hub/index.mdx`]);
		// The same lines as the whole kit's, for that offer.
		expect(litware.stdout.trimEnd().split('\n')).toEqual(whole.filter((line) => line.startsWith(`${BROKEN}/offers/litware-hub/`)));
		expect(litware.stderr).toBe('✗ 26 errors, 0 warnings in 0 valid offers\n');

		const two = validate([`${BROKEN}/offers/tailspin-sync/index.zh-cn.mdx`, 'fabrikam-notes', 'fabrikam-notes']);
		expect(files(two.stdout)).toEqual([
			`${BROKEN}/offers/fabrikam-notes/contacts.csv`,
			`${BROKEN}/offers/fabrikam-notes/index.mdx`,
			`${BROKEN}/offers/tailspin-sync/contacts.csv`,
			`${BROKEN}/offers/tailspin-sync/index.fr.mdx`,
			`${BROKEN}/offers/tailspin-sync/index.mdx`,
			`${BROKEN}/offers/tailspin-sync/index.zh-cn.mdx`,
		]);
	});

	it('keeps the kit-wide problems: the taxonomy every offer reads', () => {
		const kit = tempFolder('sales-kit-select-');
		cpSync(join(ROOT, 'tests/fixtures/valid-kit'), kit, { recursive: true });
		cpSync(join(ROOT, 'tests/fixtures/broken-kit/offers/fabrikam-notes'), join(kit, 'offers/fabrikam-notes'), { recursive: true });
		writeFileSync(join(kit, 'taxonomy.yaml'), 'segments: [SMB, SMB]\n');
		const shown = relative(ROOT, kit);
		const result = validate(['woodgrove-ledger'], kit);
		expect(files(result.stdout)).toEqual([`${shown}/taxonomy.yaml`]);
		expect(result.stdout).toContain('segments[1] repeats segment "SMB"');
		expect(result.status).toBe(1);
		// The taxonomy named as a changed file: every offer depends on it, so the whole kit is checked.
		expect(files(validate([`${shown}/taxonomy.yaml`], kit).stdout)).toEqual(files(validate([], kit).stdout));
		expect(files(validate(['templates/azure.yaml'], kit).stdout)).toContain(`${shown}/offers/fabrikam-notes/index.mdx`);
	});

	it('names an unknown offer with a suggestion, every one at once, exit status 2', () => {
		const result = validate(['litware-hb', `${BROKEN}/offers/fabrikm-notes/index.mdx`, 'README.md', 'brand-new']);
		expect(result.status).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe(
			[
				`validate: there is no offer "litware-hb" in ${BROKEN}/offers. Did you mean "litware-hub"?`,
				`there is no offer "fabrikm-notes" (named by "${BROKEN}/offers/fabrikm-notes/index.mdx") in ${BROKEN}/offers. Did you mean "fabrikam-notes"?`,
				`"README.md" is not in an offer folder: name an offer by its slug, or a path inside ${BROKEN}/offers/<slug>/ (or taxonomy.yaml or a template, for the whole kit)`,
				`there is no offer "brand-new" in ${BROKEN}/offers. To create it: npm run new -- brand-new`,
				'',
			].join('\n'),
		);
	});

	it('formats the selection like the whole kit: JSON for one offer', () => {
		const result = validate(['fabrikam-notes', '--format', 'json']);
		const problems = JSON.parse(result.stdout) as { file: string }[];
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.every((problem) => problem.file.startsWith(`${BROKEN}/offers/fabrikam-notes/`))).toBe(true);
	});
});
