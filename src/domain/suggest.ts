// No well-kept npm package computes the optimal string alignment distance (Levenshtein with
// adjacent swaps), so this small one is written here.
/**
 * Edits that turn `a` into `b`: insertions, deletions, substitutions, and swaps of two
 * adjacent letters ("titel" for "title" is one edit), as in the optimal string alignment distance.
 */
export function editDistance(a: string, b: string): number {
	let twoRowsUp: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (twoRowsUp[j - 2] ?? 0) + 1);
			current[j] = best;
		}
		twoRowsUp = previous;
		previous = current;
	}
	return previous[b.length] ?? 0;
}

/**
 * The known value closest to what the user wrote, if it is close enough to be a likely typo:
 * at most a third of its letters differ, rounded down, a swap of two neighbouring letters
 * counting as one (case ignored), or it is the start of a longer value ("landing" for "landingPage").
 */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
	const needle = input.trim().toLowerCase();
	if (needle === '' || candidates.length === 0) return undefined;
	const lowered = candidates.map((candidate) => candidate.toLowerCase());
	if (needle.length >= 4) {
		const prefixed = lowered.findIndex((candidate) => candidate.startsWith(needle));
		if (prefixed >= 0) return candidates[prefixed];
	}
	let best = 0;
	let bestDistance = Number.POSITIVE_INFINITY;
	lowered.forEach((candidate, index) => {
		const edits = editDistance(needle, candidate);
		if (edits < bestDistance) [best, bestDistance] = [index, edits];
	});
	const allowed = Math.floor(Math.max(needle.length, lowered[best]?.length ?? 0) / 3);
	return bestDistance <= allowed ? candidates[best] : undefined;
}

/** ` Did you mean "Azure"?` when a close candidate exists, else an empty string. */
export function didYouMean(input: string, candidates: readonly string[]): string {
	const match = closestMatch(input, candidates);
	return match ? ` Did you mean "${match}"?` : '';
}

/** `"a", "b" or "c"`: a list of choices for a message. */
export function listChoices(choices: readonly string[], conjunction = 'or'): string {
	const quoted = choices.map((choice) => `"${choice}"`);
	if (quoted.length <= 1) return quoted.join('');
	return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}
