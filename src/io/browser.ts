/**
 * The browser-safe part of `losskit/io`: the log parsers, which take strings or bytes and read
 * no files (Keras / Lightning / fastai CSV, JSON lines, Keras / HF JSON, CatBoost, Ultralytics' results.csv
 * and header-less results.txt, PyTorch MetricLogger console logs, plain console logs, Jupyter notebooks' printed output (`parseLog` on an `.ipynb`), Markdown pages' fenced code blocks (on an `.md`), MLflow metric files, TensorBoard event
 * files and their TFRecord framing). What a bundler gets for `losskit/io`
 * when it does not target Node; Node gets index.ts, these plus the file and folder readers.
 */
export type { LogFormat, ParsedLog, RunLog, ScalarPoint, ScalarSeries } from './types.js';
export { seriesPoints, pointAt } from './series.js';
export { parseLog, parseTextLog, detectLogFormat, isEventFileName, lfsPointerError, type LogFileKind } from './parse-log.js';
export { parseCsvLog, CsvLogParser } from './csv-log.js';
export { parseJsonlLog, JsonlLogParser } from './jsonl-log.js';
export { parseJsonLog } from './json-log.js';
export { parseCatBoost, catBoostPrefixes, CATBOOST_FILES, type CatBoostTexts } from './catboost.js';
export { isUltralyticsResults, withUltralyticsTotals } from './ultralytics.js';
export { isUltralyticsResultsTxt, parseUltralyticsResultsTxt } from './ultralytics-txt.js';
export { parseMetricLoggerLog, MetricLoggerParser } from './metric-logger.js';
export { parseConsoleLog, ConsoleLogParser } from './console-log.js';
export { parseMlflowMetric, MlflowMetricParser, type MlflowMetric } from './mlflow-metrics.js';
export { parseEventFile, EventFileReader, ScalarCollector, SCALARS_PLUGIN } from './tfevents.js';
export { decodeEvent, decodeTensor, DataType, type EventRecord, type SummaryValue, type TensorValue } from './tfevents-proto.js';
export { RecordSplitter, splitRecords, type RecordDamage, type FramedRecord } from './tfrecord.js';
export { crc32c, maskCrc, unmaskCrc, maskedCrc32c } from './crc32c.js';
export { textDecoderFor } from './text-decoder.js';
