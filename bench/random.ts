// Seeded randomness for the synthetic kit: the same seed gives the same numbers on every
// machine and Node version (mulberry32: small, fast and good enough for test data).

export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both included. */
	int(min: number, max: number): number;
	/** True with the given probability. */
	chance(probability: number): boolean;
	/** One element of a non-empty list. */
	pick<T>(items: readonly T[]): T;
	/** One element, picked in proportion to its weight. */
	weighted<T>(items: readonly (readonly [T, number])[]): T;
	/** `count` distinct elements (all of them when the list is shorter), in the list's order. */
	sample<T>(items: readonly T[], count: number): T[];
	/** The elements in a random order. */
	shuffle<T>(items: readonly T[]): T[];
	/** A new generator derived from this one and a label: adding draws elsewhere does not shift it. */
	fork(label: string | number): Random;
}

export function seededRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	/** Fisher-Yates over 0..length-1. */
	const shuffledIndexes = (length: number) => {
		const indexes = Array.from({ length }, (_, index) => index);
		for (let i = indexes.length - 1; i > 0; i--) {
			const j = int(0, i);
			[indexes[i], indexes[j]] = [indexes[j] as number, indexes[i] as number];
		}
		return indexes;
	};
	return {
		next,
		int,
		chance: (probability) => next() < probability,
		pick<T>(items: readonly T[]): T {
			if (items.length === 0) throw new Error('pick: the list is empty');
			return items[int(0, items.length - 1)] as T;
		},
		weighted<T>(items: readonly (readonly [T, number])[]): T {
			const total = items.reduce((sum, [, weight]) => sum + weight, 0);
			let roll = next() * total;
			for (const [item, weight] of items) {
				roll -= weight;
				if (roll < 0) return item;
			}
			const last = items[items.length - 1];
			if (!last) throw new Error('weighted: the list is empty');
			return last[0];
		},
		sample<T>(items: readonly T[], count: number): T[] {
			return shuffledIndexes(items.length)
				.slice(0, Math.max(0, count))
				.sort((a, b) => a - b)
				.map((index) => items[index] as T);
		},
		shuffle<T>(items: readonly T[]): T[] {
			return shuffledIndexes(items.length).map((index) => items[index] as T);
		},
		fork: (label) => seededRandom(hash(`${seed}:${label}`)),
	};
}

/** FNV-1a: a 32-bit hash of a string, to derive seeds. */
export function hash(text: string): number {
	let value = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		value ^= text.charCodeAt(i);
		value = Math.imul(value, 0x01000193);
	}
	return value >>> 0;
}
