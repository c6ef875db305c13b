// `npm test` starts here (the `pretest` script): the Debian programs the tests drive must be
// installed, or the run stops at once with the command that installs them, rather than failing
// deep inside a suite.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Each program the tests run, and the Debian package that brings it. */
export const TEST_TOOLS = [
	{ program: 'chromium', package: 'chromium', why: 'the browser tests (through playwright-core)' },
	{ program: 'qpdf', package: 'qpdf', why: 'checking the structure of the one-pager PDFs' },
	{ program: 'pdftoppm', package: 'poppler-utils', why: 'rendering the one-pagers (pdfinfo, pdffonts, pdftotext too)' },
	{ program: 'pdfinfo', package: 'poppler-utils', why: 'reading the metadata of the one-pagers' },
	{ program: 'zbarimg', package: 'zbar-tools', why: 'reading the QR codes of the one-pager tests' },
] as const;

export const INSTALL_COMMAND = `sudo apt-get install ${[...new Set(TEST_TOOLS.map((tool) => tool.package))].join(' ')}`;

/** Whether `program` is an executable file on `path` (or, for Chromium, at CHROMIUM_PATH). */
function installed(program: string, env: NodeJS.ProcessEnv): boolean {
	const candidates =
		program === 'chromium' && env.CHROMIUM_PATH
			? [env.CHROMIUM_PATH]
			: (env.PATH ?? '')
					.split(delimiter)
					.filter(Boolean)
					.map((folder) => join(folder, program));
	return candidates.some((file) => {
		try {
			accessSync(file, constants.X_OK);
			return true;
		} catch {
			return false;
		}
	});
}

/** The tools this machine lacks. */
export function missingTools(env: NodeJS.ProcessEnv = process.env): (typeof TEST_TOOLS)[number][] {
	return TEST_TOOLS.filter((tool) => !installed(tool.program, env));
}

/** What `npm test` says when tools are missing. */
export function missingToolsMessage(missing: readonly (typeof TEST_TOOLS)[number][]): string {
	const lines = missing.map((tool) => `  ${tool.program} (Debian package ${tool.package}): ${tool.why}`);
	return `npm test needs programs this machine lacks:\n${lines.join('\n')}\nInstall everything the tests need with:\n  ${INSTALL_COMMAND}\n`;
}

if (import.meta.main) {
	const missing = missingTools();
	if (missing.length > 0) {
		process.stderr.write(missingToolsMessage(missing));
		process.exitCode = 1;
	}
}
