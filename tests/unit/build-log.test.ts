import type { AstroLoggerMessage } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import buildLog, { buildLogTally, isRouteLine, isRouteSuffix, verboseLog } from '../../src/integration/build-log.ts';
import { parseSalesKitConfig } from '../../src/loading/kit-config-schema.ts';

const event = (message: string, label: string | null = null, newLine = true, level: AstroLoggerMessage['level'] = 'info') =>
	({ message, label, newLine, level }) as AstroLoggerMessage;

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes
const COLOURS = /\x1b\[[0-9;]*m/g;

/** What the destination writes to stdout and stderr, in order, without colours (Astro colours its log when FORCE_COLOR is set, as in CI). */
function capture(run: () => void): string {
	let written = '';
	const write = (chunk: string | Uint8Array) => {
		written += String(chunk);
		return true;
	};
	const out = vi.spyOn(process.stdout, 'write').mockImplementation(write);
	const err = vi.spyOn(process.stderr, 'write').mockImplementation(write);
	try {
		run();
	} finally {
		out.mockRestore();
		err.mockRestore();
	}
	return written.replace(COLOURS, '');
}

afterEach(() => vi.restoreAllMocks());

describe('the build log', () => {
	it("tells Astro's route lines and their times from everything else, coloured or not", () => {
		expect(isRouteLine(event('  \x1b[34m├─\x1b[39m \x1b[2m/offers/x/index.html\x1b[22m', null, false))).toBe(true);
		expect(isRouteLine(event('  ├─ /contacts/us/contacts.csv', null, false))).toBe(true);
		expect(isRouteLine(event('  ├─ /x', null, true))).toBe(false);
		expect(isRouteLine(event('✓ Completed in 904ms.'))).toBe(false);
		for (const suffix of [' (+7ms) ', ' \x1b[2m(+1.2s)\x1b[22m ', ' (cached)', ' (restored)']) {
			expect(isRouteSuffix(event(suffix, 'SKIP_FORMAT'))).toBe(true);
		}
		expect(isRouteSuffix(event('\n generating static routes ', 'SKIP_FORMAT'))).toBe(false);
	});

	it('leaves out the routes, keeps the rest, and counts the warnings', () => {
		const before = buildLogTally()?.warnings ?? 0;
		const destination = buildLog({ verbose: false });
		const written = capture(() => {
			destination.write(event('Synced content', 'content'));
			destination.write(event('  ├─ /index.html', null, false));
			destination.write(event(' (+5ms) ', 'SKIP_FORMAT'));
			destination.write(event('a document is 30 MB', 'sales-kit', true, 'warn'));
		});
		expect(written).toMatch(/\[content\] Synced content\n/);
		expect(written).toMatch(/\[WARN\] \[sales-kit\] a document is 30 MB\n/);
		expect(written).not.toContain('├─');
		expect(written).not.toContain('+5ms');
		expect(buildLogTally()?.warnings).toBe(before + 1);
	});

	it('writes every route on a line of its own when verbose', () => {
		const destination = buildLog({ verbose: true });
		const written = capture(() => {
			destination.write(event('  ├─ /a/index.html', null, false));
			destination.write(event('  ├─ /b/index.html', null, false));
			destination.write(event(' (+5ms) ', 'SKIP_FORMAT'));
		});
		expect(
			written
				.trimEnd()
				.split('\n')
				.map((line) => line.replace(/^\S+ /, '')),
		).toEqual(['  ├─ /a/index.html', '  ├─ /b/index.html']);
	});

	it('is verbose with SALES_KIT_VERBOSE=1 or --verbose', () => {
		expect(verboseLog(['node', 'astro', 'build'], {})).toBe(false);
		expect(verboseLog(['node', 'astro', 'build', '--verbose'], {})).toBe(true);
		expect(verboseLog(['node', 'astro', 'build'], { SALES_KIT_VERBOSE: '1' })).toBe(true);
		expect(verboseLog(['node', 'astro', 'build'], { SALES_KIT_VERBOSE: 'true' })).toBe(true);
		expect(verboseLog(['node', 'astro', 'build'], { SALES_KIT_VERBOSE: '0' })).toBe(false);
	});
});

describe('salesKit({ indexable })', () => {
	it('is false unless set, and must be a boolean', () => {
		expect(parseSalesKitConfig({}).indexable).toBe(false);
		expect(parseSalesKitConfig({ indexable: true }).indexable).toBe(true);
		expect(() => parseSalesKitConfig({ indexable: 'yes' })).toThrow('- indexable: must be true or false');
	});
});
