// Worker entry used only when losskit runs from its TypeScript sources (tests, tsx): Node 20
// cannot load a .ts worker entry, even with tsx registered in the parent, so this module
// registers tsx (a dev dependency) in the worker and imports the entry named in workerData.
// The published package never reaches this file: from dist/ the entry is worker.js itself.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.typescriptEntry, import.meta.url);
