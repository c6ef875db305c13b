// Files of an offer folder that the kit publishes: they must lie in the folder itself, reached
// through no symbolic link (a link could publish a file from anywhere on the build machine).
import { closeSync, lstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { type ImageInfo, imageInfo } from '../domain/image-info.ts';
import { LOGO_MIN_PPI, type LogoBox, logoPixelsNeeded, logoPrintedSize, POINTS_PER_INCH } from '../domain/logo-size.ts';
import type { BodyFileReference } from '../domain/mdx-body.ts';
import type { LocalProblem } from '../domain/problem.ts';

/** Is any part of `relativePath` below `dir` (the file included) a symbolic link? */
export function symlinkOnPath(dir: string, relativePath: string): boolean {
	let current = dir;
	for (const part of relativePath.split(/[\\/]/).filter(Boolean)) {
		current = join(current, part);
		try {
			if (lstatSync(current).isSymbolicLink()) return true;
		} catch {
			return false; // missing: the caller says so
		}
	}
	return false;
}

/** The first bytes of each raster image type a body may show. */
const IMAGE_SIGNATURES: readonly { type: string; matches: (bytes: Uint8Array) => boolean }[] = [
	{ type: 'PNG', matches: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
	{ type: 'JPEG', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
	{ type: 'GIF', matches: (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38 },
	{
		type: 'WebP',
		matches: (b) => String.fromCharCode(...b.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...b.subarray(8, 12)) === 'WEBP',
	},
];

function startOf(path: string, length: number): Uint8Array {
	const bytes = new Uint8Array(length);
	const handle = openSync(path, 'r');
	try {
		return bytes.subarray(0, readSync(handle, bytes, 0, length, 0));
	} finally {
		closeSync(handle);
	}
}

/** Problems with the files a body shows or links to: each must be a plain file of the offer folder, images real images. */
export function checkBodyFiles(dir: string, references: readonly BodyFileReference[]): LocalProblem[] {
	const problems: LocalProblem[] = [];
	for (const reference of references) {
		const field = reference.image ? 'body image' : 'body link';
		const problem = (message: string) =>
			problems.push({ line: reference.line, column: reference.column, severity: 'error', field, message });
		const shown = JSON.stringify(reference.written);
		if (symlinkOnPath(dir, reference.path)) {
			problem(`${shown} is or goes through a symbolic link: copy the file itself into the offer folder`);
			continue;
		}
		const path = join(dir, ...reference.path.split('/'));
		let isFile = false;
		try {
			isFile = statSync(path).isFile();
		} catch {
			problem(
				`${shown} does not exist: add the file to the offer folder or fix the path (paths are relative to the offer folder${sep === '/' ? '' : ', with /'})`,
			);
			continue;
		}
		if (!isFile) {
			problem(`${shown} is not a file`);
			continue;
		}
		if (reference.image) {
			let bytes: Uint8Array;
			try {
				bytes = startOf(path, 12);
			} catch (error) {
				problem(`${shown} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}): check its permissions`);
				continue;
			}
			if (!IMAGE_SIGNATURES.some((signature) => signature.matches(bytes))) {
				problem(`${shown} is not a PNG, JPEG, GIF or WebP image, whatever its name says: save the picture in one of those formats`);
			}
		}
	}
	return problems;
}

/** A partner logo as read and checked: what the one-pagers print. */
export interface OfferLogo extends ImageInfo {
	/** The path from the offer folder, as `onePager.logo` names it (normalised). */
	path: string;
	bytes: Uint8Array;
}

/** Logos larger than this are refused: a header-band logo needs a few hundred kilobytes at most. */
const LOGO_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Reads the logo `relativePath` of the offer folder `dir` for a one-pager whose template prints
 * it in `box`: a plain file of the folder (no symbolic link on the way), a real PNG or JPEG,
 * with pixels enough to print sharply. `written` is the path as the offer writes it.
 */
export function readLogo(dir: string, relativePath: string, written: string, box: LogoBox): { logo: OfferLogo } | { problem: string } {
	const shown = JSON.stringify(written);
	if (symlinkOnPath(dir, relativePath)) {
		return { problem: `${shown} is or goes through a symbolic link: copy the logo itself into the offer folder` };
	}
	const path = join(dir, ...relativePath.split('/'));
	let bytes: Uint8Array;
	try {
		const info = statSync(path);
		if (!info.isFile()) return { problem: `${shown} is not a file: name the logo's PNG or JPEG file, e.g. documents/logo.png` };
		if (info.size > LOGO_MAX_BYTES) {
			return {
				problem: `${shown} is ${(info.size / 1024 / 1024).toFixed(1)} MB: save the logo at its printed size (under 5 MB; a few hundred KB is plenty)`,
			};
		}
		// A plain Uint8Array, not a Buffer: the one-pager cache key hashes it (a Buffer turns itself into JSON first).
		bytes = new Uint8Array(readFileSync(path));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' || code === 'ENOTDIR') {
			return {
				problem: `${shown} does not exist: add the logo to the offer folder or fix the path (paths are relative to the offer folder, e.g. documents/logo.png)`,
			};
		}
		return { problem: `${shown} cannot be read (${code ?? String(error)}): check its permissions` };
	}
	const info = imageInfo(bytes);
	if (!info) {
		return { problem: `${shown} is not a PNG or JPEG image, whatever its name says: save the logo as PNG (or JPEG)` };
	}
	const printed = logoPrintedSize(box, info);
	const needed = logoPixelsNeeded(printed, info);
	if (needed) {
		const points = `${round(printed.width)} × ${round(printed.height)} points (${round(printed.width / POINTS_PER_INCH, 2)} × ${round(printed.height / POINTS_PER_INCH, 2)} inches)`;
		return {
			problem: `${shown} is ${info.width} × ${info.height} pixels: the one-pager prints it ${points}, which needs at least ${needed.width} × ${needed.height} pixels (${LOGO_MIN_PPI} pixels per inch, twice its size in points). Export the logo at ${needed.width} × ${needed.height} pixels or larger`,
		};
	}
	return { logo: { ...info, path: relativePath, bytes } };
}

function round(value: number, digits = 1): string {
	return String(Math.round(value * 10 ** digits) / 10 ** digits);
}
