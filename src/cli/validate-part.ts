// A worker thread's part of `npm run validate` on a large kit (see validate-check.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { checkKitPart, type KitPart } from './validate-check.ts';

const { contentDir, part, offers } = workerData as { contentDir: string; part: KitPart; offers?: string[] };
parentPort?.postMessage(await checkKitPart(contentDir, part, offers));
