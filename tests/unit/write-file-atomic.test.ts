import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { removeStaleTemporaryFiles, temporaryFileFor, writeFileAtomic } from '../../src/loading/write-file-atomic.ts';

const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const folder = () => {
	const dir = mkdtempSync(join(tmpdir(), 'sales-kit-atomic-'));
	dirs.push(dir);
	return dir;
};

describe('writeFileAtomic', () => {
	it('creates a file, leaving no temporary file', async () => {
		const dir = folder();
		await writeFileAtomic(join(dir, 'contacts.csv'), 'Name\n');
		expect(readdirSync(dir)).toEqual(['contacts.csv']);
		expect(readFileSync(join(dir, 'contacts.csv'), 'utf8')).toBe('Name\n');
	});

	it('replaces a file, keeping its permissions', async () => {
		const dir = folder();
		const file = join(dir, 'contacts.csv');
		writeFileSync(file, 'old\n');
		chmodSync(file, 0o640);
		await writeFileAtomic(file, new Uint8Array(Buffer.from('新\n')));
		expect(readFileSync(file, 'utf8')).toBe('新\n');
		expect(statSync(file).mode & 0o777).toBe(0o640);
		expect(readdirSync(dir)).toEqual(['contacts.csv']);
	});

	it('fails without a trace when the target cannot be replaced', async () => {
		const dir = folder();
		// A folder in the way: the rename fails after the temporary file was written.
		const target = join(dir, 'contacts.csv');
		writeFileSync(join(dir, 'keep.txt'), 'x');
		mkdirSync(join(target, 'inside'), { recursive: true });
		await expect(writeFileAtomic(target, 'new\n')).rejects.toThrow();
		expect(readdirSync(dir).sort()).toEqual(['contacts.csv', 'keep.txt']);
		expect(readdirSync(target)).toEqual(['inside']);
	});

	it('fails when the folder does not exist', async () => {
		await expect(writeFileAtomic(join(folder(), 'missing', 'contacts.csv'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
	});
});

/** The id of a process that ran and is gone. */
function deadPid(): number {
	const pid = spawnSync(process.execPath, ['-e', '']).pid;
	if (pid === undefined) throw new Error('no process started');
	return pid;
}

describe('temporaryFileFor', () => {
	const ROOT = fileURLToPath(new URL('../../', import.meta.url));
	const ignored = (path: string) => spawnSync('git', ['check-ignore', '--no-index', '-q', path], { cwd: ROOT }).status === 0;

	it('names a hidden file next to the target, with the process id and 8 hex digits', () => {
		const temp = temporaryFileFor('/kit/offers/a/contacts.csv');
		expect(temp).toMatch(new RegExp(`^/kit/offers/a/\\.contacts\\.csv\\.${process.pid}-[0-9a-f]{8}\\.tmp$`));
		expect(temporaryFileFor('/kit/offers/a/contacts.csv')).not.toBe(temp);
	});

	it("names files that the project's .gitignore ignores, and nothing else", () => {
		for (let index = 0; index < 5; index++) {
			expect(ignored(`content/offers/a/${basename(temporaryFileFor('contacts.csv'))}`)).toBe(true);
		}
		expect(ignored('content/offers/a/.index.mdx.1-00000000.tmp')).toBe(true);
		for (const kept of [
			'contacts.csv',
			'.contacts.csv',
			'notes.tmp',
			'.contacts.csv.tmp',
			'.contacts.csv.12-0a1b2c3.tmp',
			'.contacts.csv.x-0a1b2c3d.tmp',
		]) {
			expect(ignored(`content/offers/a/${kept}`), kept).toBe(false);
		}
	});
});

describe('removeStaleTemporaryFiles', () => {
	it('removes the temporary files of processes that are gone, and keeps everything else', async () => {
		const dir = folder();
		const dead = deadPid();
		const files = {
			stale: `.contacts.csv.${dead}-0a1b2c3d.tmp`,
			running: `.contacts.csv.${process.pid}-0a1b2c3d.tmp`,
			otherFile: `.index.mdx.${dead}-0a1b2c3d.tmp`,
			notOurs: `.contacts.csv.${dead}-backup.tmp`,
			target: 'contacts.csv',
		};
		for (const name of Object.values(files)) writeFileSync(join(dir, name), 'x');
		mkdirSync(join(dir, `.contacts.csv.${dead}-ffffffff.tmp`));

		expect(await removeStaleTemporaryFiles(join(dir, 'contacts.csv'))).toEqual([join(dir, files.stale)]);
		expect(readdirSync(dir).sort()).toEqual(
			[files.running, files.otherFile, files.notOurs, files.target, `.contacts.csv.${dead}-ffffffff.tmp`].sort(),
		);
		expect(await removeStaleTemporaryFiles(join(dir, 'contacts.csv'))).toEqual([]);
	});

	it('finds nothing in a folder that does not exist', async () => {
		expect(await removeStaleTemporaryFiles(join(folder(), 'missing', 'contacts.csv'))).toEqual([]);
	});
});
