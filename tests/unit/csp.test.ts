import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, cspUpdate, SCRIPT_SOURCES } from '../../src/integration/csp.ts';

describe("the kit's Content-Security-Policy settings", () => {
	it('are all of ours when astro.config.mjs sets none, or only `true`', () => {
		for (const existing of [false, true]) {
			expect(cspUpdate(existing)).toEqual({
				csp: { algorithm: 'SHA-256', directives: [...CSP_DIRECTIVES], scriptDirective: { resources: [...SCRIPT_SOURCES] } },
				warnings: [],
			});
		}
		expect(SCRIPT_SOURCES).not.toContain("'unsafe-inline'");
	});

	it("leave out what the kit's own settings name: theirs win", () => {
		const { csp, warnings } = cspUpdate({
			algorithm: 'SHA-384',
			directives: ["img-src 'self' https://images.example.com", 'frame-src https://video.example.com'],
			scriptDirective: { resources: ["'self'", 'https://scripts.example.com'] },
		});
		expect(csp).toEqual({
			algorithm: 'SHA-384',
			directives: CSP_DIRECTIVES.filter((directive) => !/^(img-src|frame-src) /.test(directive)),
		});
		expect(warnings).toEqual([]);
	});

	it("add 'self' to scripts when the kit's own script sources are only for elements or attributes", () => {
		const { csp } = cspUpdate({ algorithm: 'SHA-256', scriptDirective: { resources: [{ resource: "'none'", kind: 'attribute' }] } });
		expect(csp.scriptDirective).toEqual({ resources: ["'self'"] });
	});

	it("warn when the kit's own settings allow inline scripts", () => {
		const { warnings } = cspUpdate({ algorithm: 'SHA-256', scriptDirective: { resources: ["'self'", "'unsafe-inline'"] } });
		expect(warnings).toEqual([expect.stringContaining("'unsafe-inline'")]);
	});
});
