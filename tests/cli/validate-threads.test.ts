import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSyntheticKit } from '../../bench/synthetic-kit.ts';
import { formatProblems } from '../../src/cli/problem-formats.ts';
import { checkKit } from '../../src/cli/validate-check.ts';
import { startValidateWorker } from '../../src/cli/validate-worker.mjs';
import { ROOT, runCommand } from '../helpers/run.ts';
import { temporaryFolders } from '../helpers/temp-folders.ts';

const tempFolder = temporaryFolders();

/** validate's helper thread, started as validate.mjs starts it. */
function startHelper() {
	const { port1, port2 } = new MessageChannel();
	const worker = startValidateWorker('./validate-helper.ts', { workerData: { port: port2 }, transferList: [port2] });
	return { port: port1, worker };
}
const helpers: ReturnType<typeof startHelper>['worker'][] = [];
afterEach(async () => {
	for (const worker of helpers.splice(0)) await worker.terminate();
});

describe('validate with its helper thread', () => {
	it.each(['broken-kit', 'readiness-gaps', 'custom-taxonomy', 'long-one-pager'])(
		'finds in %s exactly what this thread alone finds',
		async (name) => {
			const contentDir = join(ROOT, 'tests/fixtures', name);
			const alone = await checkKit(contentDir);
			const { port, worker } = startHelper();
			helpers.push(worker);
			const helped = await checkKit(contentDir, undefined, port);
			expect(helped).toEqual(alone);
			if (name === 'long-one-pager') {
				// The helper's part: the one-pager fit check's warnings.
				expect(helped.problems.filter((problem) => /too long for the .* one-pager/.test(problem.message)).length).toBeGreaterThan(2);
			}
		},
	);

	it("reports the project's settings that cannot be read, once, and the command exits 2", () => {
		const project = tempFolder('sales-kit-bad-settings-');
		writeFileSync(
			join(project, 'astro.config.mjs'),
			`import salesKit from ${JSON.stringify(join(ROOT, 'src/integration/index.ts'))};\nexport default { integrations: [salesKit({ pdfPageSize: 'A5' })] };\n`,
		);
		const result = runCommand('validate', [], { cwd: project, content: join(ROOT, 'tests/fixtures/valid-kit') });
		expect(result.status).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/^validate: Error: .*astro\.config\.mjs could not be read: Invalid salesKit\(\) options/);
		expect(result.stderr).toContain('- pdfPageSize: must be "A4" or "Letter"');
		expect(result.stderr.match(/Invalid salesKit\(\) options/g)).toHaveLength(1);
	});
});

describe('npm run validate on a large kit', () => {
	it('prints exactly what one thread finds, errors in its first and last offer folders included', async () => {
		const kit = tempFolder('sales-kit-threads-');
		await writeSyntheticKit(kit, 240);
		cpSync(join(ROOT, 'tests/fixtures/broken-kit/offers/fabrikam-notes'), join(kit, 'offers/aaa-broken'), { recursive: true });
		cpSync(join(ROOT, 'tests/fixtures/broken-kit/offers/litware-hub'), join(kit, 'offers/zzz-broken'), { recursive: true });
		writeFileSync(join(kit, 'offers', readdirSync(join(kit, 'offers')).sort()[1] as string, 'contacts.csv'), 'Name,Email\nx,y\n');

		const result = runCommand('validate', [], { content: kit });
		expect(result.status).toBe(1);
		// The same check in this process, on this thread alone, from the same folder: the command's lines, in its order.
		expect(join(process.cwd(), '/')).toBe(join(ROOT, '/'));
		const one = await checkKit(kit);
		expect(one.problems.some((problem) => problem.file.includes('aaa-broken') && problem.severity === 'error')).toBe(true);
		expect(one.problems.some((problem) => problem.file.includes('zzz-broken') && problem.severity === 'error')).toBe(true);
		expect(one.problems.some((problem) => /one-pager/.test(problem.message))).toBe(true);
		expect(result.stdout).toBe(formatProblems(one.problems, 'text', (file) => file, '0'));
		expect(result.stderr).toMatch(new RegExp(`^✗ \\d+ errors, \\d+ warnings in ${one.offers} valid offers\\n$`));
	});
});
