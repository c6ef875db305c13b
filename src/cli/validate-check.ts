// The check behind `npm run validate`: the whole kit read and checked as the build reads it,
// plus the one-pager fit check. On a machine with a core to spare, validate.mjs starts a helper
// thread beside the command's (validate-helper.ts): it reads the project's settings while the
// command loads its modules, then lays out the one-pagers of each offer the command has read
// (validate-fit-check.ts says why the work is split this way).
import type { MessagePort } from 'node:worker_threads';
import type { OnePagerTemplate } from '../domain/one-pager-template.ts';
import type { Problem } from '../domain/problem.ts';
import type { Taxonomy } from '../domain/taxonomy.ts';
import { loadSalesKitConfig } from '../loading/kit-config.ts';
import type { SalesKitConfig } from '../loading/kit-config-schema.ts';
import { type LoadedOffer, loadKit, type OnePagerCheck, type OnePagerFinding } from '../loading/load-kit.ts';
import type { OfferSource } from '../pdf/content.ts';

export interface KitCheck {
	problems: Problem[];
	/** Offers whose index.mdx passed its schema. */
	offers: number;
}

/** Where the settings are read and the fit check runs: on the helper thread at the other end of a port, or on this one. */
export type Helper = MessagePort | 'this thread';

/**
 * Checks the kit of `contentDir`, or only the offer folders `offers` names (with the kit-wide
 * files), with the help of `helper`.
 */
export async function checkKit(contentDir: string, offers?: readonly string[], helper: Helper = 'this thread'): Promise<KitCheck> {
	const remote = helper === 'this thread' ? undefined : helperThread(helper, contentDir);
	try {
		// The project's settings are read once: reading astro.config.mjs loads the Astro
		// integrations it imports, which is slow. Here, the layout's modules load only now.
		const config = remote ? await remote.settings : await loadSalesKitConfig();
		const checkOnePager = remote?.check ?? (await (await import('./validate-fit-check.ts')).localFitCheck(contentDir, config));
		const kit = await loadKit(contentDir, { defaultLocale: config.defaultLocale, checkOnePager, ...(offers ? { offers } : {}) });
		return { problems: kit.problems, offers: kit.offers.length };
	} finally {
		remote?.end();
	}
}

/** What the command sends the helper: the content folder, then each offer to check. */
export type HelperRequest =
	| { kit: string }
	| { id: number; offer: OfferSource; templates?: readonly OnePagerTemplate[]; taxonomy?: Pick<Taxonomy, 'names'> };

/** What the helper sends: the project's settings (or why they could not be read), then each offer's findings. */
export type HelperMessage =
	| { settings: SalesKitConfig }
	| { settingsError: string }
	| { id: number; findings: OnePagerFinding[] }
	| { id: number; error: string };

/** The parts of a loaded offer the check reads: the MDX bodies stay behind. */
function offerSource(offer: LoadedOffer): OfferSource {
	const { slug, dir, path, data, translations, contacts, logo } = offer;
	return {
		slug,
		dir,
		path,
		data,
		translations: translations.map(({ lang, path: file, data: translated }) => ({ lang, path: file, data: translated })),
		contacts,
		...(logo ? { logo } : {}),
	};
}

/** An error the helper reported: its stack, as the command prints errors. */
function reported(stack: string): Error {
	const error = new Error(stack.split('\n')[0]?.replace(/^Error: /, '') ?? stack);
	error.stack = stack;
	return error;
}

/**
 * The helper thread at the other end of `port`, told the content folder: the settings it reads,
 * and the one-pager check it runs (each call sends an offer, with the templates and the taxonomy
 * when they change; its answer settles the call). `end` lets the thread go.
 */
function helperThread(port: MessagePort, contentDir: string): { settings: Promise<SalesKitConfig>; check: OnePagerCheck; end: () => void } {
	const waiting = new Map<number, PromiseWithResolvers<OnePagerFinding[]>>();
	const settings = Promise.withResolvers<SalesKitConfig>();
	port.on('message', (message: HelperMessage) => {
		if ('settings' in message) return settings.resolve(message.settings);
		if ('settingsError' in message) return settings.reject(reported(message.settingsError));
		const call = waiting.get(message.id);
		waiting.delete(message.id);
		if ('findings' in message) call?.resolve(message.findings);
		else call?.reject(reported(message.error));
	});
	port.once('close', () => {
		const stopped = new Error('the validate helper thread stopped before it answered');
		settings.reject(stopped);
		for (const call of waiting.values()) call.reject(stopped);
		waiting.clear();
	});
	port.postMessage({ kit: contentDir } satisfies HelperRequest);
	let nextId = 0;
	let sent: { templates?: readonly OnePagerTemplate[]; taxonomy?: Pick<Taxonomy, 'names'> } = {};
	return {
		settings: settings.promise,
		check: (offer, templates, taxonomy) => {
			const id = nextId++;
			const call = Promise.withResolvers<OnePagerFinding[]>();
			waiting.set(id, call);
			const request: HelperRequest = { id, offer: offerSource(offer) };
			// Structured clones are not free: what every offer shares crosses once.
			if (templates !== sent.templates) request.templates = templates;
			if (taxonomy !== sent.taxonomy) request.taxonomy = taxonomy;
			sent = { templates, taxonomy };
			port.postMessage(request);
			return call.promise;
		},
		end: () => port.close(),
	};
}
