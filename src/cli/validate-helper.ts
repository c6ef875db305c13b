// The helper thread of `npm run validate` (started by validate.mjs): it reads the project's
// settings first, since the command waits for them, then loads the layout, the fonts and the
// offers' last changes, and checks the one-pagers of each offer the command sends on its port
// (validate-fit-check.ts). Its port closed, it ends.
import { type MessagePort, workerData } from 'node:worker_threads';
import { errorText } from '../domain/error-text.ts';
import { resolveContentDir } from '../loading/content-dir.ts';
import { loadSalesKitConfig } from '../loading/kit-config.ts';
import type { HelperMessage } from './validate-check.ts';

const { port } = workerData as { port: MessagePort };
const send = (message: HelperMessage) => port.postMessage(message);
const settings = loadSalesKitConfig();
settings.then(
	(config) => send({ settings: config }),
	(error: unknown) => send({ settingsError: errorText(error) }),
);
// The layout's modules load once the settings are sent: loading both at once would delay the command.
await settings.catch(() => {});
const { serveValidateHelper } = await import('./validate-fit-check.ts');
// The command reads the same environment and working folder: this is the kit it will name.
serveValidateHelper(port, resolveContentDir(), settings);
