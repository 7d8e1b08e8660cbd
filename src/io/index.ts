/**
 * Training-log readers: Keras / Lightning CSV, JSON lines, TensorBoard event files, as
 * `losskit/io` in Node (and `losskit/io/node` anywhere): the browser-safe parsers of
 * browser.ts, which take strings or bytes, plus `readRun` / `readRuns` and the file helpers,
 * which read files and walk folders.
 */
// The parsers are listed once, in browser.ts (what a browser bundle of losskit/io gets).
// eslint-disable-next-line no-restricted-syntax
export * from './browser.js';
export { readRun, readRuns, KERAS_RUN_DIRECTORIES, MAX_DEPTH } from './runs.js';
export { readTextFileSync, pathKind, openRegularFile, specialFileKind, type FileErrorFactory } from './files.js';
