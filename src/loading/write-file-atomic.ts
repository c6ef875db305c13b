import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that readers see the old content or the new, never half a file: the data
 * goes to a temporary file in the same folder (so on the same file system), which a rename then
 * puts in place in one step. On failure the target is left as it was and no temporary file stays.
 * A file that existed keeps its permissions.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
	const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
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
