import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isRunning } from './processes.ts';

/**
 * The temporary file writeFileAtomic writes `path` through: `.<name>.<pid>-<8 hex digits>.tmp`
 * next to it, so `.contacts.csv.4242-0a1b2c3d.tmp`. The project's .gitignore holds a pattern for
 * these names, in case a write is interrupted before its rename.
 */
export function temporaryFileFor(path: string): string {
	return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes a file so that readers see the old content or the new, never half a file: the data
 * goes to a temporary file in the same folder (so on the same file system), which a rename then
 * puts in place in one step. On failure the target is left as it was and no temporary file stays.
 * A file that existed keeps its permissions.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
	const temp = temporaryFileFor(path);
	const mode = await stat(path).then(
		(info) => info.mode & 0o777,
		() => undefined,
	);
	try {
		const handle = await open(temp, 'wx');
		try {
			await handle.writeFile(data);
			if (mode !== undefined) await handle.chmod(mode);
			await handle.sync();
		} finally {
			await handle.close();
		}
		await rename(temp, path);
	} catch (error) {
		await rm(temp, { force: true });
		throw error;
	}
}

/**
 * Removes the temporary files that writes of `path` left behind when their process was killed
 * (a power cut, Ctrl+C at the wrong moment): those whose process is gone. A process still running
 * may be writing its file now, so its files stay. Returns the paths removed.
 */
export async function removeStaleTemporaryFiles(path: string): Promise<string[]> {
	const folder = dirname(path);
	const prefix = `.${basename(path)}.`;
	const names = await readdir(folder).catch(() => [] as string[]);
	const removed: string[] = [];
	for (const name of names) {
		if (!name.startsWith(prefix)) continue;
		const pid = /^(\d+)-[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length))?.[1];
		if (pid === undefined || isRunning(Number(pid))) continue;
		const file = join(folder, name);
		try {
			await rm(file);
			removed.push(file);
		} catch {
			// Removed by another import at the same moment, or not a file: nothing to report.
		}
	}
	return removed;
}
