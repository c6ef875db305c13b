import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticKit } from '../../bench/synthetic-kit.ts';
import { formatProblems } from '../../src/cli/problem-formats.ts';
import { checkKitPart, type KitPart, kitParts } from '../../src/cli/validate-check.ts';
import { loadSalesKitConfig } from '../../src/loading/kit-config.ts';
import { ROOT, runCommand } from '../helpers/run.ts';
import { temporaryFolders } from '../helpers/temp-folders.ts';

const tempFolder = temporaryFolders();

describe('npm run validate on a kit large enough for two threads', () => {
	it('prints exactly what one thread finds, errors from either thread included', async () => {
		const kit = tempFolder('sales-kit-threads-');
		await writeSyntheticKit(kit, 240);
		// Errors in the first and the last offer folder, which different threads may take.
		cpSync(join(ROOT, 'tests/fixtures/broken-kit/offers/fabrikam-notes'), join(kit, 'offers/aaa-broken'), { recursive: true });
		cpSync(join(ROOT, 'tests/fixtures/broken-kit/offers/litware-hub'), join(kit, 'offers/zzz-broken'), { recursive: true });
		writeFileSync(join(kit, 'offers', readdirSync(join(kit, 'offers')).sort()[1] as string, 'contacts.csv'), 'Name,Email\nx,y\n');

		const result = runCommand('validate', [], { content: kit });
		expect(result.status).toBe(1);
		// The same check in this process, on one thread, from the same folder: the command's lines, in its order.
		expect(join(process.cwd(), '/')).toBe(join(ROOT, '/'));
		const one = await checkKitPart(kit, kitParts(1)[0] as KitPart, await loadSalesKitConfig());
		expect(one.problems.some((problem) => problem.file.includes('aaa-broken') && problem.severity === 'error')).toBe(true);
		expect(one.problems.some((problem) => problem.file.includes('zzz-broken') && problem.severity === 'error')).toBe(true);
		expect(result.stdout).toBe(formatProblems(one.problems, 'text', (file) => file, '0'));
		expect(result.stderr).toMatch(new RegExp(`^✗ \\d+ errors, \\d+ warnings in ${one.offers} valid offers\\n$`));
	});
});
