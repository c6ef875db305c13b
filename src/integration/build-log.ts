// The kit's log destination (Astro's Logger API, `logger` in astro.config.mjs): Astro's own Node
// output, less the line Astro writes for every route it generates, which is most of a build's
// log (two lines per offer and language, one per country and file). The phases, warnings,
// errors and the summary of `salesKit()` stay. `SALES_KIT_VERBOSE=1 npm run build` shows every
// route, one a line; so does Astro's `--verbose`, with Astro's and Vite's debug output.
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeLogDestination from 'astro/logger/node';

/** What the build's summary reads from the log: how many warnings it has shown. */
export interface BuildLogTally {
	warnings: number;
}

// One tally per process: Astro makes a destination for its own log and another inside the bundle
// it renders the pages with, and the summary counts the warnings of both.
const TALLY = Symbol.for('offer-sales-kit.build-log');
const shared = globalThis as typeof globalThis & { [TALLY]?: BuildLogTally };

/** The warnings this process's log has shown so far; undefined when the project's config does not use this destination. */
export function buildLogTally(): BuildLogTally | undefined {
	return shared[TALLY];
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes
const COLOURS = /\x1b\[[0-9;]*m/g;

/** Astro's line for one generated route: `  ├─ /offers/x/index.html`, its time written after it. */
export function isRouteLine(event: AstroLoggerMessage): boolean {
	return event.label === null && !event.newLine && event.message.replace(COLOURS, '').startsWith('  ├─ ');
}

/** What follows a route line: ` (+5ms)`, ` (cached)`, ` (restored)`. */
export function isRouteSuffix(event: AstroLoggerMessage): boolean {
	return event.label === 'SKIP_FORMAT' && /^ \((\+[\d.]+m?s|cached|restored)\)/.test(event.message.replace(COLOURS, ''));
}

/** The environment variable that asks for every route: `SALES_KIT_VERBOSE=1 npm run build`. */
export const VERBOSE_ENV = 'SALES_KIT_VERBOSE';

/**
 * Whether the log lists every route: SALES_KIT_VERBOSE=1, or Astro's own `--verbose` (which adds
 * Astro's and Vite's debug output, hundreds of thousands of lines for a small kit).
 */
export function verboseLog(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): boolean {
	return argv.includes('--verbose') || /^(1|true|yes)$/i.test(env[VERBOSE_ENV]?.trim() ?? '');
}

export interface BuildLogOptions {
	/** Every route, one a line. Default: `verboseLog()`. */
	verbose?: boolean;
}

export default function buildLog({ verbose = verboseLog() }: BuildLogOptions = {}): AstroLoggerDestination {
	const astro = nodeLogDestination();
	shared[TALLY] ??= { warnings: 0 };
	const tally = shared[TALLY];
	return {
		write(event) {
			if (event.level === 'warn') tally.warnings++;
			if (isRouteSuffix(event)) return;
			if (isRouteLine(event)) {
				// Astro renders several routes at a time, so a route's time cannot be told from another's:
				// each route gets a line of its own.
				if (verbose) astro.write({ ...event, newLine: true });
				return;
			}
			astro.write(event);
		},
	};
}
