/**
 * losskit's datasets, as `losskit/data` in Node (and `losskit/data/node` anywhere): the
 * browser-safe splits, table parsers and dataset builders of browser.ts, plus what reads files:
 * the registry of embedded real data (data/ at the package root) and `loadTable` (a user's
 * CSV / JSON / JSONL file by path).
 */
// The browser-safe names are listed once, in browser.ts (what a browser bundle of losskit/data gets).
// eslint-disable-next-line no-restricted-syntax
export * from './browser.js';
export { getDataset, listDatasets } from './registry.js';
export { loadTable } from './load-table.js';
export { loadAutoMpg, loadBoston, loadIris, loadPenguins } from './embedded.js';
export { DEFAULT_MNIST_DIGIT, loadMnist, loadMnistBinary } from './mnist.js';
