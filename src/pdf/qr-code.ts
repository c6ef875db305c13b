// QR codes drawn as vectors: the module matrix comes from the `qrcode` package (ISO/IEC 18004
// encoding, Reed-Solomon and masking), and each row's runs of dark modules become rectangles,
// so a code costs a few hundred short operators in the content stream. The text is only ever
// data in the matrix.

import { create } from 'qrcode';

/** Light modules around the symbol that scanners need (ISO/IEC 18004: four modules). */
export const QUIET_ZONE = 4;

/** A QR code as horizontal runs of dark modules; `modules` counts the quiet zone on both sides. */
export interface QrRuns {
	modules: number;
	runs: { row: number; column: number; length: number }[];
}

/** Error correction level M restores 15% of the symbol: enough for a printed page, and a smaller code than Q or H. */
const ERROR_CORRECTION = 'M';

/** Codes made lately: a page is laid out several times while it is fitted, in two languages. */
const recent = new Map<string, QrRuns>();
const RECENT_LIMIT = 64;

/** The dark runs of the QR code of `text`, row by row, in module coordinates (quiet zone included). Shared: never change it. */
export function qrRuns(text: string): QrRuns {
	let runs = recent.get(text);
	if (!runs) {
		if (recent.size >= RECENT_LIMIT) recent.clear();
		runs = encode(text);
		recent.set(text, runs);
	}
	return runs;
}

/** Bytes a version-9 code (53 modules) holds at level M in byte mode (ISO/IEC 18004, table 7). */
const VERSION_9_BYTES = 180;

/**
 * The side of the QR code of `text` in modules, quiet zone included, or, for a text a version-9
 * code holds, that code's side: an upper bound found without encoding (the fit check's
 * question is only whether the modules are too fine).
 */
export function qrModulesAtMost(text: string): number {
	return Buffer.byteLength(text) <= VERSION_9_BYTES ? 53 + 2 * QUIET_ZONE : qrModules(text);
}

/** The side of the QR code of `text` in modules, quiet zone included, without choosing its mask (the costly part). */
export function qrModules(text: string): number {
	return (
		recent.get(text)?.modules ?? create(text, { errorCorrectionLevel: ERROR_CORRECTION, maskPattern: 0 }).modules.size + 2 * QUIET_ZONE
	);
}

function encode(text: string): QrRuns {
	const { modules } = create(text, { errorCorrectionLevel: ERROR_CORRECTION });
	const { size, data } = modules;
	const runs: QrRuns['runs'] = [];
	for (let row = 0; row < size; row++) {
		let start = -1;
		for (let column = 0; column <= size; column++) {
			const dark = column < size && data[row * size + column] === 1;
			if (dark && start < 0) start = column;
			else if (!dark && start >= 0) {
				runs.push({ row: row + QUIET_ZONE, column: start + QUIET_ZONE, length: column - start });
				start = -1;
			}
		}
	}
	return { modules: size + 2 * QUIET_ZONE, runs };
}
