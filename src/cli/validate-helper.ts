// The helper thread of `npm run validate` (started by validate.mjs): it reads the project's
// settings first, since the command waits for them, then loads the layout and the fonts, and
// checks the one-pagers of each offer the command sends on its port (validate-fit-check.ts).
// Its port closed, it ends.
import { type MessagePort, workerData } from 'node:worker_threads';
import { errorText } from '../domain/error-text.ts';
import { loadSalesKitConfig } from '../loading/kit-config.ts';
import type { HelperMessage } from './validate-check.ts';

const { port } = workerData as { port: MessagePort };
const send = (message: HelperMessage) => port.postMessage(message);
const settings = await loadSalesKitConfig().catch((error: unknown) => {
	// Without settings no offer comes: the command reports why, and ends this thread.
	send({ settingsError: errorText(error) });
	return undefined;
});
if (settings) {
	send({ settings });
	// The layout's modules load once the settings are sent: loading both at once would delay the command.
	const { serveValidateHelper } = await import('./validate-fit-check.ts');
	serveValidateHelper(port, settings);
}
