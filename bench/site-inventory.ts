// What a build wrote: how many pages, one-pager PDFs and country pages, and how many bytes.

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface SiteInventory {
	htmlPages: number;
	/** Generated one-pagers (`.../offers/<slug>/one-pager.pdf`). */
	onePagers: number;
	/** Country directory pages (`.../contacts/<cc>/index.html`). */
	countryPages: number;
	files: number;
	bytes: number;
}

export function siteInventory(outDir: string): SiteInventory {
	const inventory: SiteInventory = { htmlPages: 0, onePagers: 0, countryPages: 0, files: 0, bytes: 0 };
	const visit = (dir: string, path: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const relative = path ? `${path}/${entry.name}` : entry.name;
			if (entry.isDirectory()) {
				visit(join(dir, entry.name), relative);
				continue;
			}
			inventory.files++;
			inventory.bytes += statSync(join(dir, entry.name)).size;
			if (entry.name.endsWith('.html')) inventory.htmlPages++;
			if (/(^|\/)offers\/[^/]+\/one-pager\.pdf$/.test(relative)) inventory.onePagers++;
			if (/(^|\/)contacts\/[a-z]{2}\/index\.html$/.test(relative)) inventory.countryPages++;
		}
	};
	visit(outDir, '');
	return inventory;
}
