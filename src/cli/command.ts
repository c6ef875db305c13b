// What the kit's commands share: exit statuses, error reporting, and paths as users see them.
import { relative, resolve, sep } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { closestMatch } from '../domain/suggest.ts';
import { escapeControlsKeepingLines } from '../domain/terminal-text.ts';

/** Bad arguments: the command prints the message and its usage, and exits 2. */
export class UsageError extends Error {}

/** The command ran but could not do its job: it prints the message and exits with `status`. */
export class CommandFailure extends Error {
	readonly status: number;
	constructor(message: string, status = 1) {
		super(message);
		this.status = status;
	}
}

/** `parseArgs`, with its errors (unknown option, missing value) turned into usage errors. */
export function parseCommandArgs<Options extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: Options) {
	try {
		return parseArgs({ args, options, strict: true, allowPositionals: true });
	} catch (error) {
		throw new UsageError(argumentMistake(error as Error & { code?: string }, args, Object.keys(options)));
	}
}

/** parseArgs' error in the words of the other messages: the option as written, quoted, with a suggestion. */
function argumentMistake(error: Error & { code?: string }, args: readonly string[], known: readonly string[]): string {
	const option = /'(-[^']*)'/.exec(error.message)?.[1];
	if (!option) return error.message;
	const names = known.map((name) => `--${name}`);
	switch (error.code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
			// `-contoso` fails as the short option -c: show what was written.
			const written = (args.find((arg) => arg.startsWith(option)) ?? option).split('=')[0] ?? option;
			const match = closestMatch(written.replace(/^-+/, ''), known);
			return `unknown option "${written}".${match ? ` Did you mean "--${match}"?` : ''} The options are ${names.join(', ')}`;
		}
		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
			return /argument missing/.test(error.message)
				? `option "${option.split(' ')[0]}" needs a value, e.g. ${option.split(' ')[0]} <value>`
				: `option "${option.split(' ')[0]}" takes no value`;
		default:
			return error.message;
	}
}

/**
 * Runs a command's `main` and sets the exit status: 0 done, 1 failed, 2 bad arguments. Messages
 * may quote the content or the command line: their control characters are shown escaped.
 */
export function runCli(name: string, usage: string, main: (args: string[]) => Promise<number>): void {
	const fail = (message: string) => process.stderr.write(`${name}: ${escapeControlsKeepingLines(message)}\n`);
	main(process.argv.slice(2)).then(
		(status) => {
			process.exitCode = status;
		},
		(error: unknown) => {
			if (error instanceof UsageError) {
				fail(`${error.message}\n\n${usage}`);
				process.exitCode = 2;
			} else if (error instanceof CommandFailure) {
				fail(error.message);
				process.exitCode = error.status;
			} else {
				fail((error as Error).stack ?? String(error));
				process.exitCode = 2;
			}
		},
	);
}

/** A path as problems and messages show it: relative to the working directory, with `/`. */
export function displayPath(path: string): string {
	return relative(process.cwd(), path).split(sep).join('/') || '.';
}

/**
 * A file named on the command line. `npm run` starts scripts in the project folder, so a relative
 * path is taken from the folder the user ran npm in (INIT_CWD) when npm started this script.
 */
export function userPath(path: string, script: string): string {
	const fromNpm = process.env.npm_lifecycle_event === script ? process.env.INIT_CWD : undefined;
	return resolve(fromNpm ?? process.cwd(), path);
}

/** A reason a file could not be read or written, in words. */
export function fileErrorReason(error: unknown): string {
	switch ((error as NodeJS.ErrnoException).code) {
		case 'ENOENT':
			return 'no such file or folder';
		case 'EISDIR':
			return 'it is a folder, not a file';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'ENOTDIR':
			return 'a part of the path is not a folder';
		default:
			return (error as Error).message;
	}
}
