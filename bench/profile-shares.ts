// `npm run bench:profile -- <file.cpuprofile>...`: who spends a build's main thread, from the
// CPU profiles `node --cpu-prof` writes (see docs/benchmark.md, "Profiling"). Each sample's time
// goes to the owner of the nearest function on its stack that is not Node's own (a file written
// for Astro is Astro's time): Astro, Vite and Rolldown, the kit's own code (src/, by folder), other
// packages, the garbage collector, or idle (waiting for the disk, the one-pager workers or
// Pagefind). Owners under 1% are summed as "the rest".

import { readFileSync } from 'node:fs';

interface CpuProfile {
	nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
	samples: number[];
	timeDeltas: number[];
}

/** The owner of a function, from its script's URL and name. */
export function owner(url: string, functionName: string): string {
	if (functionName === '(idle)') return 'idle';
	if (functionName === '(garbage collector)') return 'garbage collector';
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
	if (pkg === 'astro' || url.includes('/.astro/.prerender/') || url.includes('/dist/.prerender/'))
		return 'Astro (rendering, routing, data store)';
	if (pkg === 'vite' || pkg === 'rolldown' || pkg?.startsWith('@rolldown/')) return 'Vite and Rolldown';
	if (pkg) return `package ${pkg}`;
	const own = /\/src\/([^/]+)\//.exec(url)?.[1];
	if (own) return `kit: src/${own}/`;
	if (functionName === '(program)') return 'V8 (compiling, runtime)';
	if (url.startsWith('node:') || url === '') return NODE;
	return 'other';
}

const NODE = 'Node (files, streams, modules)';

/** Milliseconds per owner, largest first. */
export function shares(profile: CpuProfile): { owner: string; ms: number }[] {
	const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
	const parents = new Map(profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node.id] as const)));
	const ownerOf = new Map<number, string>();
	const sampleOwner = (id: number): string => {
		const known = ownerOf.get(id);
		if (known) return known;
		const frame = frames.get(id);
		let who = frame ? owner(frame.url, frame.functionName) : 'other';
		const parent = parents.get(id);
		if (who === NODE && parent !== undefined && frames.get(parent)?.functionName !== '(root)') who = sampleOwner(parent);
		ownerOf.set(id, who);
		return who;
	};
	const totals = new Map<string, number>();
	profile.samples.forEach((id, index) => {
		const who = sampleOwner(id);
		totals.set(who, (totals.get(who) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
	});
	const all = [...totals].map(([who, ms]) => ({ owner: who, ms })).sort((a, b) => b.ms - a.ms);
	const total = all.reduce((sum, row) => sum + row.ms, 0);
	const shown = all.filter((row) => row.ms >= total / 100);
	const rest = all.filter((row) => row.ms < total / 100).reduce((sum, row) => sum + row.ms, 0);
	return rest > 0 ? [...shown, { owner: 'the rest', ms: rest }] : shown;
}

if (import.meta.main) {
	const files = process.argv.slice(2);
	if (files.length === 0) {
		process.stderr.write('Usage: npm run bench:profile -- <file.cpuprofile>...\n');
		process.exit(2);
	}
	for (const file of files) {
		const rows = shares(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
		const total = rows.reduce((sum, row) => sum + row.ms, 0);
		process.stdout.write(`${file}: ${(total / 1000).toFixed(1)} s\n`);
		for (const row of rows) {
			process.stdout.write(
				`  ${(row.ms / 1000).toFixed(1).padStart(6)} s ${((100 * row.ms) / total).toFixed(0).padStart(3)}%  ${row.owner}\n`,
			);
		}
	}
}
