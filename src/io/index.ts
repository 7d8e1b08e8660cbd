/**
 * Training-log readers: Keras / Lightning CSV, JSON lines, TensorBoard event files.
 * `readRun` / `readRuns` read from disk (Node); the parsers take strings or bytes and are
 * browser-safe (import them from their own files to keep a browser bundle free of node: imports).
 */
export type { LogFormat, ParsedLog, RunLog, ScalarPoint, ScalarSeries } from './types.js';
export { seriesPoints, pointAt } from './series.js';
export { readRun, readRuns, KERAS_RUN_DIRECTORIES, MAX_DEPTH } from './runs.js';
export { parseLog, parseTextLog, detectLogFormat, isEventFileName, lfsPointerError, type LogFileKind } from './parse-log.js';
export { parseCsvLog, CsvLogParser } from './csv-log.js';
export { parseJsonlLog, JsonlLogParser } from './jsonl-log.js';
export { parseJsonLog } from './json-log.js';
export { parseCatBoost, catBoostPrefixes, CATBOOST_FILES, type CatBoostTexts } from './catboost.js';
export { isUltralyticsResults, withUltralyticsTotals } from './ultralytics.js';
export { parseEventFile, EventFileReader, ScalarCollector, SCALARS_PLUGIN } from './tfevents.js';
export { decodeEvent, decodeTensor, DataType, type EventRecord, type SummaryValue, type TensorValue } from './tfevents-proto.js';
export { RecordSplitter, splitRecords, type RecordDamage, type FramedRecord } from './tfrecord.js';
export { crc32c, maskCrc, unmaskCrc, maskedCrc32c } from './crc32c.js';
export { readTextFileSync, pathKind, openRegularFile, specialFileKind, type FileErrorFactory } from './files.js';
export { textDecoderFor } from './text-decoder.js';
