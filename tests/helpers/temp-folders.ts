// Temporary folders for a test file, removed once its tests have run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * A maker of temporary folders, `tempFolder('prefix-')`, each removed after the tests of the file
 * (or of the describe block) that called this.
 */
export function temporaryFolders(): (prefix: string) => string {
	const folders: string[] = [];
	afterAll(() => {
		for (const folder of folders) rmSync(folder, { recursive: true, force: true });
	});
	return (prefix) => {
		const folder = mkdtempSync(join(tmpdir(), prefix));
		folders.push(folder);
		return folder;
	};
}
