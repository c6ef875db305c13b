// The workflows and the Azure Static Web Apps configuration that ship with the kit: they must
// parse, run only commands the project has, and use official actions at a pinned major version.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/run.ts';

interface Step {
	name?: string;
	id?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Workflow {
	name: string;
	on: Record<string, unknown>;
	permissions: Record<string, string>;
	jobs: Record<string, { 'runs-on': string; needs?: string; steps: Step[]; environment?: { name: string; url: string } }>;
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
	scripts: Record<string, string>;
	bin: Record<string, string>;
};

function workflow(name: string): Workflow {
	const text = readFileSync(join(ROOT, '.github/workflows', name), 'utf8');
	return parse(text, { prettyErrors: true, uniqueKeys: true }) as Workflow;
}

const steps = (flow: Workflow) => Object.values(flow.jobs).flatMap((job) => job.steps);

/** What a `run:` command needs that may be missing: the npm script, the bin, or the file it names. */
function missingFor(command: string): string | undefined {
	const words = command.trim().split(/\s+/);
	if (words[0] === 'npm' && words[1] === 'ci') return undefined;
	if (words[0] === 'npm' && words[1] === 'run') {
		const script = words.slice(2).find((word) => !word.startsWith('-'));
		return script && script in manifest.scripts ? undefined : `npm script ${script}`;
	}
	if (words[0] === 'npx') {
		const bin = words.slice(1).find((word) => !word.startsWith('-'));
		return bin && bin in manifest.bin ? undefined : `bin ${bin}`;
	}
	if (words[0] === 'node') return words[1] && existsSync(join(ROOT, words[1])) ? undefined : `file ${words[1]}`;
	return `a command the test does not know: ${command}`;
}

const OFFICIAL = /^actions\/(checkout|setup-node|configure-pages|upload-pages-artifact|deploy-pages)@v\d+$/;

describe.each(['validate.yml', 'deploy.yml'])('.github/workflows/%s', (name) => {
	const flow = workflow(name);

	it('parses, and runs only commands the project has', () => {
		const commands = steps(flow).flatMap((step) => (step.run ? step.run.split('\n').filter((line) => line.trim()) : []));
		expect(commands.length).toBeGreaterThan(1);
		expect(commands.map(missingFor).filter(Boolean)).toEqual([]);
	});

	it('uses official actions at a pinned major version', () => {
		const uses = steps(flow).flatMap((step) => (step.uses ? [step.uses] : []));
		expect(uses.length).toBeGreaterThan(1);
		expect(uses.filter((action) => !OFFICIAL.test(action))).toEqual([]);
	});

	it('installs exactly what is locked, on Node 24, with the history the one-pagers are dated by', () => {
		const all = steps(flow);
		expect(all.some((step) => step.run === 'npm ci --no-audit --no-fund')).toBe(true);
		expect(all.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with).toMatchObject({ 'node-version': 24 });
		expect(all.find((step) => step.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 0 });
		expect(flow.permissions.contents).toBe('read');
	});
});

describe('the pull-request workflow', () => {
	const flow = workflow('validate.yml');
	it('annotates the pull request with validate --format github, then builds', () => {
		expect(Object.keys(flow.on)).toContain('pull_request');
		const runs = steps(flow).flatMap((step) => (step.run ? [step.run] : []));
		expect(runs).toEqual(['npm ci --no-audit --no-fund', 'npm run --silent validate -- --format github', 'npm run build']);
	});
});

describe('the GitHub Pages workflow', () => {
	const flow = workflow('deploy.yml');
	it('builds under the address configure-pages gives, and deploys with the official pages actions', () => {
		expect(flow.on).toHaveProperty('push', { branches: ['main'] });
		expect(flow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
		const build = flow.jobs.build?.steps ?? [];
		const configure = build.findIndex((step) => step.uses?.startsWith('actions/configure-pages@'));
		const built = build.findIndex((step) => step.run?.startsWith('npm run build'));
		expect(configure).toBeGreaterThanOrEqual(0);
		expect(built).toBeGreaterThan(configure);
		const id = build[configure]?.id;
		// biome-ignore lint/suspicious/noTemplateCurlyInString: a shell parameter expansion
		expect(build[built]?.run).toBe('npm run build -- --site "$PAGES_ORIGIN" --base "${PAGES_BASE_PATH:-/}"');
		expect(build[built]?.env).toEqual({
			PAGES_ORIGIN: `\${{ steps.${id}.outputs.origin }}`,
			PAGES_BASE_PATH: `\${{ steps.${id}.outputs.base_path }}`,
		});
		expect(build[built + 1]).toMatchObject({ uses: expect.stringMatching(/^actions\/upload-pages-artifact@/), with: { path: 'dist' } });
		const deploy = flow.jobs.deploy;
		expect(deploy?.needs).toBe('build');
		expect(deploy?.environment?.name).toBe('github-pages');
		expect(deploy?.steps.map((step) => step.uses)).toEqual([expect.stringMatching(/^actions\/deploy-pages@/)]);
	});
});

describe('public/staticwebapp.config.json', () => {
	const config = JSON.parse(readFileSync(join(ROOT, 'public/staticwebapp.config.json'), 'utf8')) as Record<string, unknown>;

	it('has only the documented top-level sections of Azure Static Web Apps', () => {
		const documented = [
			'routes',
			'navigationFallback',
			'responseOverrides',
			'globalHeaders',
			'mimeTypes',
			'auth',
			'networking',
			'forwardingGateway',
			'platform',
			'trailingSlash',
		];
		expect(Object.keys(config).filter((key) => !documented.includes(key))).toEqual([]);
	});

	it("admits only the organisation's Entra ID users, sending everyone else to its sign-in", () => {
		expect(config.routes).toEqual([{ route: '/*', allowedRoles: ['authenticated'] }]);
		expect(config.responseOverrides).toMatchObject({
			'401': { redirect: expect.stringMatching(/^\/\.auth\/login\/aad(\?|$)/), statusCode: 302 },
		});
		const registration = (config as { auth: { identityProviders: { azureActiveDirectory: { registration: Record<string, string> } } } })
			.auth.identityProviders.azureActiveDirectory.registration;
		// Single tenant: the organisation's own issuer, v2.0 endpoint; the secret in an app setting, never in the file.
		expect(registration.openIdIssuer).toBe('https://login.microsoftonline.com/<TENANT_ID>/v2.0');
		expect(registration.clientIdSettingName).toMatch(/^[A-Z][A-Z0-9_]*$/);
		expect(registration.clientSecretSettingName).toMatch(/^[A-Z][A-Z0-9_]*$/);
		expect(Object.keys(registration).sort()).toEqual(['clientIdSettingName', 'clientSecretSettingName', 'openIdIssuer']);
	});
});
