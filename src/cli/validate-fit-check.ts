// The one-pager fit check of `npm run validate` (src/pdf/fit.ts), as the command runs it: on the
// helper thread when the machine has a core to spare (validate-helper.ts), in the command's own
// thread otherwise. The command reads and checks the offer folders one after the other and hands
// each offer to this check as soon as it is read. Split this way, the reading (YAML, schemas,
// CSV, MDX) keeps one thread busy and the layout the other, and each thread compiles and warms up
// only its own half of the code; split by offer folders, both threads warmed up all of it, and
// two threads took as long as one (docs/benchmark.md has the figures).
import type { MessagePort } from 'node:worker_threads';
import { errorText } from '../domain/error-text.ts';
import type { OnePagerTemplate } from '../domain/one-pager-template.ts';
import type { Taxonomy } from '../domain/taxonomy.ts';
import type { SalesKitConfig } from '../loading/kit-config-schema.ts';
import { lastChangeLookup } from '../loading/last-change.ts';
import type { OnePagerCheck } from '../loading/load-kit.ts';
import type { OfferSource } from '../pdf/content.ts';
import { onePagerFitCheck } from '../pdf/fit.ts';
import { preloadFonts } from '../pdf/fonts.ts';
import { offerPageAddresses } from '../site/routing.ts';
import type { HelperMessage, HelperRequest } from './validate-check.ts';

/** The check of the kit in `contentDir`, with the project's settings, on this thread. */
export async function localFitCheck(contentDir: string, config: SalesKitConfig): Promise<OnePagerCheck<OfferSource>> {
	const [lastChange] = await Promise.all([lastChangeLookup(contentDir), preloadFonts()]);
	// Fields too long for their one-pager are warned about with the layout that draws the PDFs.
	return onePagerFitCheck({ pageSize: config.pdfPageSize, lastChange, offerPage: offerPageAddresses(config) });
}

/**
 * The helper's side of `port` (see validate-check.ts) once it has sent the `settings`: it checks
 * each offer sent, in the content folder the command names first.
 */
export function serveValidateHelper(port: MessagePort, settings: SalesKitConfig): void {
	const send = (message: HelperMessage) => port.postMessage(message);
	preloadFonts();
	let check: Promise<OnePagerCheck<OfferSource>> | undefined;
	let templates: readonly OnePagerTemplate[] = [];
	let taxonomy: Pick<Taxonomy, 'names'> = {};
	port.on('message', async (request: HelperRequest) => {
		if ('kit' in request) {
			check = localFitCheck(request.kit, settings);
			// A failure (the fonts cannot be read) is each offer's answer.
			check.catch(() => {});
			return;
		}
		templates = request.templates ?? templates;
		taxonomy = request.taxonomy ?? taxonomy;
		const asked = { id: request.id, offer: request.offer, check, templates, taxonomy };
		try {
			if (!asked.check) throw new Error('an offer came before its content folder');
			send({ id: asked.id, findings: await (await asked.check)(asked.offer, asked.templates, asked.taxonomy) });
		} catch (error) {
			send({ id: asked.id, error: errorText(error) });
		}
	});
}
