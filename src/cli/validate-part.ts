// A worker thread's part of `npm run validate` on a large kit (see validate-check.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { checkKitPart, type KitPart } from './validate-check.ts';

const { contentDir, part } = workerData as { contentDir: string; part: KitPart };
parentPort?.postMessage(await checkKitPart(contentDir, part));
