import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileErrorReason, userPath } from '../../src/cli/command.ts';

const saved = { event: process.env.npm_lifecycle_event, initCwd: process.env.INIT_CWD };
afterEach(() => {
	for (const [name, value] of [
		['npm_lifecycle_event', saved.event],
		['INIT_CWD', saved.initCwd],
	] as const) {
		if (value === undefined) delete process.env[name];
		else process.env[name] = value;
	}
});

describe('userPath', () => {
	it('takes a relative path from the folder the user ran `npm run <script>` in', () => {
		process.env.npm_lifecycle_event = 'contacts';
		process.env.INIT_CWD = '/home/ava/Downloads';
		expect(userPath('partner-center.csv', 'contacts')).toBe(resolve('/home/ava/Downloads', 'partner-center.csv'));
		expect(userPath('/tmp/x.csv', 'contacts')).toBe(resolve('/tmp/x.csv'));
	});

	it('takes it from the working directory when npm ran another script (npm test) or none', () => {
		process.env.npm_lifecycle_event = 'test';
		process.env.INIT_CWD = '/home/ava/Downloads';
		expect(userPath('x.csv', 'contacts')).toBe(resolve(process.cwd(), 'x.csv'));
		delete process.env.npm_lifecycle_event;
		expect(userPath('x.csv', 'contacts')).toBe(resolve(process.cwd(), 'x.csv'));
	});
});

describe('fileErrorReason', () => {
	it.each([
		['ENOENT', 'no such file or folder'],
		['EISDIR', 'it is a folder, not a file'],
		['EACCES', 'permission denied'],
		['EPERM', 'permission denied'],
		['ENOTDIR', 'a part of the path is not a folder'],
	])('%s: %s', (code, reason) => {
		expect(fileErrorReason(Object.assign(new Error('raw'), { code }))).toBe(reason);
	});

	it('falls back to the error message', () => {
		expect(fileErrorReason(Object.assign(new Error('disk full'), { code: 'ENOSPC' }))).toBe('disk full');
	});
});
