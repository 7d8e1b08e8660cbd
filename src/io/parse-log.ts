/**
 * Recognising a log file's format from its name and first bytes, and parsing it whole.
 * Browser-safe (the explorer page can hand it a dropped file's bytes); `runs.ts` does the
 * same from disk, streaming event files.
 */
import { parseCsvLog } from './csv-log.js';
import { lossNameOfFile } from './csv-header.js';
import { csvPrefaceLines, startsWithLogHeader, isHeaderlessLossFile, isNamedHistoryFile } from './csv-sniff.js';
import { maskedCrc32c } from './crc32c.js';
import { isLossHistoryDocument, parseJsonLog } from './json-log.js';
import { parseJsonlLog, parsePythonJson } from './jsonl-log.js';
import { parseEventFile } from './tfevents.js';
import { logError } from './series.js';
import { textDecoderFor } from './text-decoder.js';
import type { ParsedLog } from './types.js';
import { isUltralyticsResults, withUltralyticsTotals } from './ultralytics.js';
import { isUltralyticsResultsTxt, parseUltralyticsResultsTxt } from './ultralytics-txt.js';
import { isFlairLossTsv, parseFlairLossTsv } from './flair-loss-tsv.js';
import { parseMetricLoggerLog } from './metric-logger.js';
import { parseConsoleLog } from './console-log.js';
import { parseStepSplitLog } from './step-split-log.js';
import { parseKeyValueTableLog } from './kv-table-log.js';
import { parseColumnTableLog } from './column-table-log.js';
import { parseBoosterLog } from './booster-log.js';
import { tableLogKindOf, type TableLogKind } from './table-log-kinds.js';
import { withTabTablesWritten } from './tab-tables.js';
import { printedLogKind, readNotebookLog, type PrintedLogKind } from './notebook-log.js';
import { isPageName, markdownLogKind, pageSyntax, readMarkdownLog } from './markdown-log.js';

export { tableLogKindOf, type TableLogKind };
export { headerFieldsOf, isHeaderlessLossFile, isNamedHistoryFile, isTensorBoardLossExport } from './csv-sniff.js';

/**
 * `ultralytics-txt`: Ultralytics' header-less results.txt (ultralytics-txt.ts); `metric-logger`:
 * a PyTorch MetricLogger console log (metric-logger.ts); `console`: a plain console log of
 * "name: value" loss lines (console-log.ts); `step-split`: build-nanogpt's `<step> train <loss>` log
 * (step-split-log.ts); `kv-table`: OpenAI logger's `| key | value |` blocks (kv-table-log.ts);
 * `column-table`: a console table under a header naming a counter and a loss (column-table-log.ts);
 * `booster`: CatBoost's, XGBoost's or LightGBM's console evaluation lines (booster-log.ts);
 * `flair`: Flair's tab-separated `loss.tsv` (flair-loss-tsv.ts); `notebook`, `markdown`: a Jupyter notebook's printed
 * output, a Markdown page's fenced code blocks, read by the console readers (notebook-log.ts, markdown-log.ts).
 */
export type LogFileKind = 'tfevents' | 'csv' | 'jsonl' | 'json' | 'ultralytics-txt' | 'flair' | 'metric-logger' | 'console' | TableLogKind | 'notebook' | 'markdown';

/** The first line of a Git LFS pointer: a repository that stores the file in LFS checked out without it. */
const LFS_POINTER = 'version https://git-lfs.github.com/spec/';

/** An error when `head` is a Git LFS pointer rather than the file (common in Hugging Face model repositories). */
export function lfsPointerError(file: string, head: Uint8Array): Error | undefined {
  const text = new TextDecoder().decode(head.subarray(0, LFS_POINTER.length));
  return text === LFS_POINTER ? logError(file, 'a Git LFS pointer, not the file itself: fetch the file with `git lfs pull`') : undefined;
}

/** The first non-empty line of `text` as a JSON object (Python's bare NaN allowed), else undefined (not one, or cut off). */
export function firstJsonRecord(text: string): Record<string, unknown> | undefined {
  const line = text.split('\n').find((candidate) => candidate.trim() !== '') ?? '';
  try {
    const value = parsePythonJson(line.trim());
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : undefined;
  } catch {
    return undefined;
  }
}

/**
 * JSON lines or one JSON document, for text that opens with '{': JSON lines when the first line
 * is a whole object and more lines follow (DETR's and DeiT's `log.txt`, detectron2's
 * `metrics.json`, whatever their names), or when a lone one-line object, in a file not named .json,
 * is a record rather than a document (a one-line Keras history dict has per-epoch loss lists, a
 * `trainer_state.json` has `log_history`); a document otherwise (pretty-printed JSON opens with a
 * line that is no whole object).
 */
function jsonTextKind(text: string, namedJson: boolean): 'jsonl' | 'json' {
  const record = firstJsonRecord(text);
  if (record === undefined) return 'json';
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  const more = lines.slice(first + 1).some((line) => line.trim() !== '');
  if (more) return 'jsonl';
  return namedJson || 'log_history' in record || isLossHistoryDocument(record) ? 'json' : 'jsonl';
}

/** How many leading bytes `detectLogFormat` looks at. */
export const SNIFF_BYTES = 4096;
/**
 * How far it looks when the first line of a JSON text runs past `SNIFF_BYTES` (a DETR log's record
 * is ~5 kB), and for the training lines of a console log (maskrcnn-benchmark's first comes after
 * 270 kB of configuration and weight-loading messages).
 */
export const LONG_SNIFF_BYTES = 1 << 20;

/** True when `head` (SNIFF_BYTES of a longer file) opens a JSON text whose first line it cuts off: read LONG_SNIFF_BYTES. */
export function needsLongerHead(head: Uint8Array): boolean {
  if (head.length < SNIFF_BYTES) return false;
  return /^\s*\{[^\n]*$/.test(textDecoderFor(head).decode(head.subarray(0, SNIFF_BYTES)).replace(/^\uFEFF/, ''));
}

/**
 * A page (`.md`, `.Rmd`, `.rst`) longer than LONG_SNIFF_BYTES whose first LONG_SNIFF_BYTES hold no
 * training log is read whole when it is at most this size (readers-128): a page exported from a
 * notebook keeps its images as base64 before the training's output (d2l-zh's 2017 image-augmentation
 * page: 2.1 MB of images, then the training, the seventieth corpus's d02).
 */
export const MAX_PAGE_BYTES = 16 << 20;

/** TensorBoard and tensorboardX name event files `events.out.tfevents.<time>.<host>...`. */
export function isEventFileName(name: string): boolean {
  return name.includes('tfevents');
}

/** True when the bytes start with a TFRecord header whose length CRC checks out. */
function startsWithRecord(head: Uint8Array): boolean {
  if (head.length < 12) return false;
  const stored = new DataView(head.buffer, head.byteOffset, 12).getUint32(8, true);
  return stored === maskedCrc32c(head, 0, 8);
}

/**
 * The kind of log a file holds: by name first (`*tfevents*`, `.ipynb`: a notebook whose printed output the
 * console readers read, notebook-log.ts; `.jsonl`/`.ndjson`; a `.md` page (or an `.Rmd` page knitr rendered, or
 * an `.rst` page) whose code blocks hold one of the console logs below, markdown-log.ts; `.csv`/`.tsv`: a CSV, or Flair's `loss.tsv` by its
 * `EPOCH<tab>TIMESTAMP` header, also without the name), then by content (a valid TFRecord header; for text
 * opening with '{', JSON lines or a JSON document — see `jsonTextKind` — whatever the name; text opening a
 * list of objects, `[{`, a JSON document too (Chainer's `log`): detectron2's `metrics.json` and DETR's
 * `log.txt` are JSON lines, `trainer_state.json` is a document; a `.json` file is JSON in any case;
 * a CSV header with an 'epoch' or 'step' column, as in Keras's `training.log`, or a loss history's
 * header without one, see `startsWithLogHeader`; a `results*.txt` whose first row opens with
 * `epoch/total` and the GPU memory, Ultralytics' header-less results.txt; last, a PyTorch
 * MetricLogger console log: MIN_TRAINING_LINES training lines in the first LONG_SNIFF_BYTES of
 * `head`, whatever the name; after it, a plain console log: MIN_OBSERVATION_LINES "name: value"
 * loss lines placed by a counter, a split tag or an epoch header, see console-line.ts; after all of
 * these, the table layouts of `tableLogKindOf`). Undefined when it is none of these. `head` is the file's
 * first SNIFF_BYTES, or LONG_SNIFF_BYTES when `needsLongerHead` says so or when the first SNIFF_BYTES
 * were none of these (`mayBeConsoleLog`).
 */
export function detectLogFormat(fileName: string, head: Uint8Array): LogFileKind | undefined {
  const name = fileName.toLowerCase();
  if (isEventFileName(name)) return 'tfevents';
  if (name.endsWith('.ipynb')) return 'notebook';
  if (/\.(jsonl|ndjson)$/.test(name)) return 'jsonl';
  if (isPageName(name) && markdownLogKind(textDecoderFor(head).decode(head.length <= MAX_PAGE_BYTES ? head : head.subarray(0, LONG_SNIFF_BYTES)), pageSyntax(name)) !== undefined) return 'markdown';
  if (/\.(csv|tsv)$/.test(name)) return isFlairLossTsv(textDecoderFor(head).decode(head)) ? 'flair' : 'csv';
  const json = /\.json$/.test(name);
  if (!json && startsWithRecord(head)) return 'tfevents';
  const sniffed = head.subarray(0, needsLongerHead(head) ? LONG_SNIFF_BYTES : SNIFF_BYTES);
  const text = textDecoderFor(head).decode(sniffed).replace(/^\uFEFF/, '');
  if (/^\s*\{/.test(text) && (json || !isPrefaceDocument(text))) return jsonTextKind(text, json);
  // A JSON list of records (Chainer's LogReport `log`, no extension): one document, whatever the name.
  if (JSON_RECORD_LIST.test(text)) return 'json';
  // A list of numbers in a file named for its loss (`loss_log.txt`: `[1.049, 1.068, ...]`), json-whole.ts' readLossList.
  if (isLossListFile(name, text)) return 'json';
  if (json) return 'json';
  if (isUltralyticsResultsTxt(name, text)) return 'ultralytics-txt';
  if (isFlairLossTsv(text)) return 'flair';
  if (startsWithLogHeader(text) || isHeaderlessLossFile(name, text) || isNamedHistoryFile(name, text) || csvPrefaceLines(text) > 0) return 'csv';
  const long = textDecoderFor(head).decode(head.subarray(0, LONG_SNIFF_BYTES));
  return printedLogKind(long) ?? (head.length > LONG_SNIFF_BYTES ? detectLogTail(head.subarray(head.length - LONG_SNIFF_BYTES)) : undefined);
}

/**
 * The console log kind of a text file by its last LONG_SNIFF_BYTES (`tail`), for a file longer than
 * that whose first LONG_SNIFF_BYTES hold no log: a training's lines after megabytes of other output
 * (readers-57: PaddleOCR's `workerlog.0` opens with 34,000 data-loader errors, 3 MB, before its
 * first training line). The tail's first line, likely cut, is left out.
 */
export function detectLogTail(tail: Uint8Array): PrintedLogKind | undefined {
  const text = textDecoderFor(tail).decode(tail);
  return printedLogKind(text.slice(text.indexOf('\n') + 1));
}

/**
 * True when `text` opens with a pretty-printed JSON object (its first line no whole object) that
 * ends within it, and more text follows that opens no other object:
 * a run's configuration printed before its log (Knover's `workerlog.0` opens with its arguments as
 * `json.dumps(args, indent=2)`, then the training's lines). Such a file is no JSON document; it is
 * read as the logs that follow it are (a console log's reader passes the configuration's lines by).
 */
function isPrefaceDocument(text: string): boolean {
  // A first line that is a whole object opens JSON lines (a damaged later line is their damage).
  if (firstJsonRecord(text) !== undefined) return false;
  const end = jsonObjectEnd(text);
  return end !== undefined && !/^\s*$/.test(text.slice(end)) && !/^\s*\{/.test(text.slice(end));
}

/** Where the JSON object that `text` opens with ends (the index after its closing brace), undefined when it does not end within `text`. */
function jsonObjectEnd(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = text.indexOf('{'); i >= 0 && i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) return i + 1;
  }
  return undefined;
}

/** Text opening a JSON list whose first item is an object: `[` then `{`, white space between. */
const JSON_RECORD_LIST = /^\s*\[\s*\{/;
const NUMBER_LIST = /^\s*\[\s*(?:[-+]?(?:\d|\.\d)|nan\b|NaN\b)/;

/**
 * A list of numbers in a file named for its loss (`loss_log.txt`, `val_loss.txt`: `[1.049, 1.068, ...]`), read by
 * json-whole.ts' readLossList; the walk asks it by the file's name too (readers-141: a run folder holding only such a file).
 */
export function isLossListFile(fileName: string, text: string): boolean {
  return NUMBER_LIST.test(text) && lossNameOfFile(fileName) !== undefined;
}

/**
 * True when a file whose first SNIFF_BYTES (`head`, of a file of `size` bytes) are no known log
 * may still be a console log whose training lines come later: look again at LONG_SNIFF_BYTES.
 */
export function mayBeConsoleLog(head: Uint8Array, size: number): boolean {
  return head.length < size && head.length < LONG_SNIFF_BYTES;
}

/** Parses the text of a CSV, JSON lines, JSON log, results.txt, console log, notebook or Markdown page (an Ultralytics results.csv gets its totals). */
export function parseTextLog(kind: Exclude<LogFileKind, 'tfevents'>, text: string, file: string, sections?: ReadonlySet<number>): ParsedLog {
  if (kind === 'notebook') return readNotebookLog(text, file, (printed, output, cells) => parseTextLog(printed, output, file, cells));
  if (kind === 'markdown') return readMarkdownLog(text, file, (printed, output) => parseTextLog(printed, output, file));
  if (kind === 'json') return parseJsonLog(text, file);
  if (kind === 'ultralytics-txt') return parseUltralyticsResultsTxt(text, file);
  if (kind === 'flair') return parseFlairLossTsv(text, file);
  if (kind === 'jsonl') return parseJsonlLog(text, file);
  if (kind === 'csv') return withUltralyticsTotalsIfAny(parseCsvLog(text, file, csvPrefaceLines(text)), file);
  // The console readers read a copied tab-separated training table as printedLogKind saw it (tab-tables.ts).
  const printed = withTabTablesWritten(text);
  if (kind === 'metric-logger') return parseMetricLoggerLog(printed, file);
  if (kind === 'console') return parseConsoleLog(printed, file, sections);
  if (kind === 'step-split') return parseStepSplitLog(printed, file);
  if (kind === 'kv-table') return parseKeyValueTableLog(printed, file);
  if (kind === 'column-table') return parseColumnTableLog(printed, file);
  return parseBoosterLog(printed, file);
}

/** A parsed CSV log with Ultralytics' split totals added when it is a results.csv. */
export function withUltralyticsTotalsIfAny(parsed: ParsedLog, file: string): ParsedLog {
  return isUltralyticsResults(Object.keys(parsed.series)) ? withUltralyticsTotals(parsed, file) : parsed;
}

export function notALog(file: string): Error {
  return logError(file, "not a training log losskit reads: expected TensorBoard events (events.out.tfevents.*), a CSV with an 'epoch' or 'step' column (Keras CSVLogger, Lightning metrics.csv, Ultralytics results.csv), Ultralytics' header-less results.txt, a PyTorch MetricLogger console log (torchvision references, maskrcnn-benchmark, DETR), a plain console log with `name: value` loss lines and an epoch, step or split on them (Keras' fit output, 'Epoch 3/20, train loss: 0.512, val loss: 0.601', a TF1 loop's 'Epoch 0/100, training_cost: 546.05'), Trax's training loop ('Step 1: train CrossEntropyLoss |  9.85'), the PyTorch char-RNN / seq2seq tutorials' progress prints ('0m 19s (100 5%) 2.1267'), MT-DNN's logging lines of bracketed values ('Updates - [   500] Training Loss - [1.32204]'), lecun1989-repro's evaluations ('eval: split train. loss 5.576071e-02. error 8.11%. misses: 591'), build-nanogpt's '<step> train <loss>' log, OpenAI logger's '| loss | 0.52 |' tables, a console table under a header naming a counter and a loss (JDE's 'Epoch Batch ... total', fastai's 'epoch  train_loss  valid_loss  accuracy  time', Chainer's PrintReport), CatBoost's, XGBoost's or LightGBM's console evaluation lines ('[0]\\tvalidation_0-rmse:8.49'), JSON lines, a Hugging Face trainer_state.json or a Keras history (JSON, or a Python dict's repr), a Jupyter notebook (.ipynb) saved with the printed output of its training (Keras' fit, a loop's prints) or showing its history as a cell's value, or a Markdown page (.md, or an R Markdown page knitr rendered, .Rmd) holding such output in its fenced code blocks (keras.io's examples, rstudio/keras3's vignettes)");
}

/** Parses a whole log file; `fileName` picks the format (see `detectLogFormat`) and names it in messages. */
export function parseLog(fileName: string, bytes: Uint8Array): ParsedLog {
  const pointer = lfsPointerError(fileName, bytes);
  if (pointer !== undefined) throw pointer;
  const kind = detectLogFormat(fileName, bytes);
  if (kind === undefined) throw notALog(fileName);
  if (kind === 'tfevents') return parseEventFile(bytes, fileName);
  return parseTextLog(kind, textDecoderFor(bytes).decode(bytes), fileName);
}
