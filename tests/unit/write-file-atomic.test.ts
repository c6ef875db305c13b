import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/loading/write-file-atomic.ts';

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
