import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitKit } from '../../bench/git-kit.ts';
import { writeSyntheticKit } from '../../bench/synthetic-kit.ts';
import { gitLastChanges } from '../../src/loading/last-change.ts';
import { temporaryFolders } from '../helpers/temp-folders.ts';

const tempFolder = temporaryFolders();

describe('the benchmark kit in git', () => {
	it('is committed whole, with the same date on every run, so offers are dated by git', async () => {
		const kit = tempFolder('bench-git-kit-');
		await writeSyntheticKit(kit, 5);
		expect(commitKit(kit)).toBeUndefined();
		const status = spawnSync('git', ['status', '--porcelain'], { cwd: kit, encoding: 'utf8' });
		expect(status.stdout).toBe('');
		const dates = await gitLastChanges(kit);
		expect(dates.size).toBe(5);
		expect([...new Set([...dates.values()].map((date) => date.toISOString()))]).toEqual(['2026-11-02T09:00:00.000Z']);
	});

	it('says why when it cannot commit', () => {
		const file = join(tempFolder('bench-git-kit-'), 'not-a-folder');
		writeFileSync(file, '');
		expect(commitKit(file)).toMatch(/git/);
	});
});
