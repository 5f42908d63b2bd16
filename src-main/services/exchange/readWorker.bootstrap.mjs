// Runs readWorker.ts from sources in a worker thread (vitest, `npm run serve` through tsx): the worker starts
// without the parent's TypeScript loader, so it loads the entry through tsx. The built app uses exchangeWorker.js.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
