// The phases of `astro build`, timed from the moments its log lines arrived: Astro's own
// (content sync, types, static entrypoints, page generation) and the kit's build steps (the
// one-pager PDFs, which log a line with their duration when they finish, and the Pagefind index,
// which logs how long it took after the last page). The one-pagers and most of the search index
// run alongside Astro's pages: the phases follow the wall clock (they add up to the build's time),
// and each step's own duration is reported apart.

import type { TimedLine } from './measure.ts';

export interface Phase {
	name: string;
	seconds: number;
}

/** Astro's log lines that mark the boundaries between its phases, in the order it prints them. */
const ASTRO_MARKERS = {
	contentSync: /\[content\] Syncing content/,
	contentSynced: /\[content\] Synced content/,
	types: /\[types\] Generated/,
	entrypoints: /\[build\] Building static entrypoints/,
	routes: /generating static routes/,
	routesDone: /✓ Completed in/,
} as const;

/** The kit's build steps: the line each logs when it is done, with its duration in seconds. */
const STEP_MARKERS = {
	onePagers: /\[sales-kit\] \d+ one-pager PDFs?\b.* in ([\d.]+) s/,
	pagefind: /\[sales-kit\] Pagefind indexed \d+ pages?(?: \(([\d.]+) s after the last page\))?/,
} as const;

type Marker = keyof typeof ASTRO_MARKERS | keyof typeof STEP_MARKERS | 'start' | 'end';

/**
 * Wall-clock phases: each runs from the latest of its `after` markers (and of its `alsoAfter`
 * markers that were found) to its `to` marker, and is left out when one of those is missing.
 */
export const PHASES: readonly { name: string; after: readonly Marker[]; alsoAfter?: readonly Marker[]; to: Marker }[] = [
	{ name: 'startup and config', after: ['start'], to: 'contentSync' },
	{ name: 'content sync (loaders, validation)', after: ['contentSync'], to: 'contentSynced' },
	{ name: 'types', after: ['contentSynced'], to: 'types' },
	{ name: 'build setup', after: ['types'], to: 'entrypoints' },
	{ name: 'static entrypoints (Vite)', after: ['entrypoints'], to: 'routes' },
	{ name: 'page generation', after: ['routes'], to: 'routesDone' },
	{ name: 'one-pager PDFs, after the pages', after: ['routesDone'], to: 'onePagers' },
	{ name: 'Pagefind index', after: ['routesDone', 'onePagers'], to: 'pagefind' },
	// The bare-Astro floor has neither step: its finish starts when the pages are done.
	{ name: 'finish', after: ['routesDone'], alsoAfter: ['onePagers', 'pagefind'], to: 'end' },
];

/** The steps whose own duration is reported: it may overlap the phases above. */
export const STEP_NAMES = { onePagers: 'one-pager PDFs', pagefind: 'Pagefind index' } as const;

export interface BuildTimeline {
	/** Consecutive phases that add up to the build's wall time. */
	phases: Phase[];
	/** The kit's steps with the duration each logged (the one-pagers overlap the pages). */
	steps: Phase[];
}

/** When each marker line arrived (ms from the start): Astro's in order, the steps' anywhere. */
export function markerTimes(lines: readonly TimedLine[], wallMs: number): Map<Marker, number> {
	const times = new Map<Marker, number>([['start', 0]]);
	let from = 0;
	for (const [marker, pattern] of Object.entries(ASTRO_MARKERS) as [keyof typeof ASTRO_MARKERS, RegExp][]) {
		const index = lines.findIndex((line, position) => position >= from && pattern.test(line.text));
		if (index < 0) continue;
		times.set(marker, lines[index]?.at ?? 0);
		from = index + 1;
	}
	for (const [marker, pattern] of Object.entries(STEP_MARKERS) as [keyof typeof STEP_MARKERS, RegExp][]) {
		const line = lines.find((candidate) => pattern.test(candidate.text));
		if (line) times.set(marker, line.at);
	}
	times.set('end', wallMs);
	return times;
}

/** The phases whose markers were found in the log, and the steps' own durations. */
export function buildTimeline(lines: readonly TimedLine[], wallSeconds: number): BuildTimeline {
	const times = markerTimes(lines, wallSeconds * 1000);
	const phases = PHASES.flatMap(({ name, after, alsoAfter = [], to }) => {
		const starts = after.map((marker) => times.get(marker));
		const end = times.get(to);
		if (end === undefined || starts.some((start) => start === undefined)) return [];
		const found = alsoAfter.flatMap((marker) => times.get(marker) ?? []);
		const start = Math.max(...(starts as number[]), ...found);
		return [{ name, seconds: Math.max(0, end - start) / 1000 }];
	});
	const steps = (Object.keys(STEP_MARKERS) as (keyof typeof STEP_MARKERS)[]).flatMap((marker) => {
		const seconds = lines.map((line) => STEP_MARKERS[marker].exec(line.text)?.[1]).find((value) => value !== undefined);
		return seconds === undefined ? [] : [{ name: STEP_NAMES[marker], seconds: Number(seconds) }];
	});
	return { phases, steps };
}
