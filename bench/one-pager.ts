// `npm run bench:pdf`: how fast one-pagers are made in a warm process, and how big they are.
// Renders the example kit's one-pagers (English and Chinese text) many times in this process
// and prints the median milliseconds per PDF and the bytes per PDF. Figures, not a test.
//
//   npm run bench:pdf [-- --runs 50] [-- --page Letter] [-- --content <folder>]

import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { offerTemplate } from '../src/domain/offer-template.ts';
import { ONE_PAGER_LOCALES } from '../src/domain/one-pager-url.ts';
import type { PageSize } from '../src/domain/page-size.ts';
import { resolveContentDir } from '../src/loading/content-dir.ts';
import { lastChangeLookup } from '../src/loading/last-change.ts';
import { loadKit } from '../src/loading/load-kit.ts';
import { onePagerContent } from '../src/pdf/content.ts';
import { loadFonts } from '../src/pdf/fonts.ts';
import { type OnePagerJob, renderOnePager } from '../src/pdf/one-pager.ts';

const { values } = parseArgs({
	options: { runs: { type: 'string', default: '50' }, page: { type: 'string', default: 'A4' }, content: { type: 'string' } },
});
const runs = Number(values.runs);
const pageSize = values.page as PageSize;
const contentDir = values.content ? resolveContentDir({ SALES_KIT_CONTENT: values.content }) : resolveContentDir();

let started = performance.now();
loadFonts();
const fontMs = performance.now() - started;

const kit = await loadKit(contentDir);
const lastChange = await lastChangeLookup(contentDir);
const jobs: { name: string; text: 'Chinese' | 'English'; job: OnePagerJob }[] = [];
for (const offer of kit.offers) {
	const template = offerTemplate(offer.data, kit.templates);
	if (!template || offer.data.draft) continue;
	const date = await lastChange(offer.slug, offer.dir);
	for (const locale of ONE_PAGER_LOCALES) {
		const content = onePagerContent(offer, locale, date, template.name);
		jobs.push({
			name: `${offer.slug} (${locale})`,
			text: content.textLocale === 'zh-cn' ? 'Chinese' : 'English',
			job: { content, template, pageSize },
		});
	}
}
const firstJob = jobs[0];
if (!firstJob) throw new Error(`no offers with a one-pager in ${contentDir}`);

started = performance.now();
await renderOnePager(firstJob.job);
const firstMs = performance.now() - started;
for (const { job } of jobs) for (let warm = 0; warm < 5; warm++) await renderOnePager(job);

const median = (numbers: number[]) => {
	const sorted = [...numbers].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const rows: { name: string; text: string; ms: number; cpuMs: number; bytes: number }[] = [];
for (const { name, text, job } of jobs) {
	const times: number[] = [];
	const cpuTimes: number[] = [];
	let bytes = 0;
	for (let run = 0; run < runs; run++) {
		const start = performance.now();
		const cpuStart = process.cpuUsage();
		const result = await renderOnePager(job);
		const cpu = process.cpuUsage(cpuStart);
		times.push(performance.now() - start);
		cpuTimes.push((cpu.user + cpu.system) / 1000);
		bytes = result.bytes.length;
	}
	rows.push({ name, text, ms: median(times), cpuMs: median(cpuTimes), bytes });
}

const pad = (value: string, width: number) => value.padEnd(width);
const width = Math.max(...rows.map((row) => row.name.length)) + 2;
console.log(`One-pagers, ${pageSize}, median of ${runs} runs each in a warm process (Node ${process.version})`);
console.log(`fonts read and parsed once: ${fontMs.toFixed(0)} ms; first PDF: ${firstMs.toFixed(0)} ms\n`);
console.log(`${pad('one-pager', width)}${pad('text', 9)}${'ms/PDF'.padStart(8)}${'CPU ms'.padStart(8)}${'bytes'.padStart(10)}`);
for (const row of rows) {
	console.log(
		`${pad(row.name, width)}${pad(row.text, 9)}${row.ms.toFixed(1).padStart(8)}${row.cpuMs.toFixed(1).padStart(8)}${String(row.bytes).padStart(10)}`,
	);
}
console.log('');
for (const text of ['Chinese', 'English']) {
	const group = rows.filter((row) => row.text === text);
	if (group.length === 0) continue;
	const ms = median(group.map((row) => row.ms));
	const cpuMs = median(group.map((row) => row.cpuMs));
	const bytes = group.map((row) => row.bytes);
	console.log(
		`${text} text: ${ms.toFixed(1)} ms per PDF (median; CPU ${cpuMs.toFixed(1)} ms), ${Math.round(median(bytes) / 1024)} KB per PDF (median; largest ${Math.round(Math.max(...bytes) / 1024)} KB), ${group.length} PDFs`,
	);
}
const [load] = loadavg();
console.log(
	`\nLoad average while measuring: ${load?.toFixed(1)} on ${availableParallelism()} cores (wall-clock figures grow when other work competes for the CPU; CPU ms does not).`,
);
