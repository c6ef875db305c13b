import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INSTALL_COMMAND, missingTools } from '../helpers/check-tools.ts';
import { ROOT } from '../helpers/run.ts';

const bin = mkdtempSync(join(tmpdir(), 'sales-kit-tools-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));

function fakeProgram(name: string) {
	writeFileSync(join(bin, name), '#!/bin/sh\n');
	chmodSync(join(bin, name), 0o755);
}

describe('npm test checks the Debian tools first', () => {
	it('names the one install command', () => {
		expect(INSTALL_COMMAND).toBe('sudo apt-get install chromium qpdf poppler-utils zbar-tools');
	});

	it('finds what lacks on PATH (Chromium also at CHROMIUM_PATH)', () => {
		fakeProgram('qpdf');
		fakeProgram('pdfinfo');
		writeFileSync(join(bin, 'zbarimg'), 'not executable');
		expect(missingTools({ PATH: bin }).map((tool) => tool.program)).toEqual(['chromium', 'pdftoppm', 'zbarimg']);
		fakeProgram('my-chromium');
		expect(missingTools({ PATH: bin, CHROMIUM_PATH: join(bin, 'my-chromium') }).map((tool) => tool.program)).toEqual([
			'pdftoppm',
			'zbarimg',
		]);
	});

	it('stops with exit status 1 and the install command, before anything else runs', () => {
		const result = spawnSync(process.execPath, [join(ROOT, 'tests/helpers/check-tools.ts')], { env: { PATH: bin }, encoding: 'utf8' });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('  pdftoppm (Debian package poppler-utils)');
		expect(result.stderr.trimEnd().split('\n').at(-1)).toBe(`  ${INSTALL_COMMAND}`);
		const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
		expect(manifest.scripts.pretest).toBe('node tests/helpers/check-tools.ts');
	});
});
