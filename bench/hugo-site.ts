// The Hugo baseline: the same offers' bodies as plain Markdown pages (the synthetic MDX holds
// nothing but Markdown), with a minimal layout, for the static-site generator users know as
// the fastest. Run only where the `hugo` command exists (Debian package `hugo`).

import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFrontmatter } from '../src/loading/yaml-source.ts';

const FILES: Record<string, string> = {
	'hugo.toml': `baseURL = "/"
title = "Offers"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
`,
	'layouts/_default/baseof.html': `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<title>{{ .Title }}</title>
	</head>
	<body>
		<main>{{ block "main" . }}{{ end }}</main>
	</body>
</html>
`,
	'layouts/_default/single.html': '{{ define "main" }}{{ .Content }}{{ end }}\n',
	'layouts/_default/list.html':
		'{{ define "main" }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n',
};

/** Hugo's version line, or undefined when it is not installed. */
export function hugoVersion(): string | undefined {
	const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
	return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Writes a Hugo site with one page per offer (its index.mdx body) into `siteDir`; returns the pages written. */
export async function writeHugoSite(siteDir: string, contentDir: string): Promise<number> {
	for (const [file, text] of Object.entries(FILES)) {
		await mkdir(join(siteDir, file, '..'), { recursive: true });
		await writeFile(join(siteDir, file), text);
	}
	const pagesDir = join(siteDir, 'content/offers');
	await mkdir(pagesDir, { recursive: true });
	const slugs = await readdir(join(contentDir, 'offers'));
	let pages = 0;
	for (const slug of slugs) {
		const source = await readFile(join(contentDir, 'offers', slug, 'index.mdx'), 'utf8').catch(() => undefined);
		if (source === undefined) continue;
		const parsed = parseFrontmatter(source);
		if ('problem' in parsed) continue;
		const title = (parsed.yaml.data as { title?: unknown } | undefined)?.title;
		await writeFile(join(pagesDir, `${slug}.md`), `---\ntitle: ${JSON.stringify(String(title ?? slug))}\n---\n${parsed.body}`);
		pages++;
	}
	return pages;
}
