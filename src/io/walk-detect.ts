/**
 * Which files count as runs while walking a directory (`readRuns`): a data table, a config or a
 * tokenizer next to the logs is not a run, so only files that look like logs are read. `readRun`
 * on a single file reads it whatever it is. Node only.
 *
 *   .jsonl / .ndjson        JSON lines, always
 *   .json                   a Hugging Face `log_history`, or a loss history (`isLossHistoryDocument`:
 *                           a Keras history dict such as `training_history.json`, whatever its name,
 *                           also as a Python dict's repr, a history keyed by split, per-epoch records keyed by split and
 *                           epoch, or a list of records one of which holds a loss, or, when no reader claims the document
 *                           as a whole, such a history inside it: json-log.ts's fallback; also a `log_history` past the
 *                           file's head); or JSON lines (detectron2's `metrics.json`)
 *                           whose first record looks like a log's (`isLogRecord`)
 *   .csv .tsv .log .txt     Flair's `loss.tsv` (`isFlairLossTsv`: `EPOCH<tab>TIMESTAMP` and a `..._LOSS` column);
 *                           a header with an 'epoch' or 'step' column, or a loss history's header
 *                           without one (`detectLogFormat`: pandas' unnamed index, or a training and a
 *                           validation loss column); a headerless column of numbers named for a loss
 *                           (`loss.csv`, `train_loss.txt`: `isHeaderlessLossFile`); a file named as a history
 *                           (`history.csv`, `*_history.csv`) whose header names a loss over rows of numbers
 *                           (`isNamedHistoryFile`: pandas' `to_csv(index=False)` of Keras' history); TensorBoard's
 *                           `Wall time,Step,Value` download of a scalar whose file names a loss (`isTensorBoardLossExport`,
 *                           readers-159); JSON lines whose first record looks like a log's
 *                           (DETR's and DeiT's `log.txt`); a loss history as for .json; Ultralytics'
 *                           header-less `results*.txt` (`isUltralyticsResultsTxt`)
 *   .log .txt               also a PyTorch MetricLogger console log (`isMetricLoggerText`: training
 *                           lines in the first LONG_SNIFF_BYTES, as maskrcnn-benchmark's `log.txt`
 *                           after its configuration dump, torchvision's `training.log`); and any
 *                           file named as a training log (`namesTrainingLog`), read so that its
 *                           error is reported; last, a plain console log of "name: value" loss
 *                           lines (`isConsoleLogText`, console-line.ts); after it, build-nanogpt's
 *                           step log, OpenAI logger's key/value tables, a console table under
 *                           a header naming a counter and a loss and a gradient-boosting library's
 *                           evaluation lines (`tableLogKindOf`); for a file past LONG_SNIFF_BYTES whose
 *                           head holds none of these, the same looked for in its last LONG_SNIFF_BYTES
 *                           (`detectLogTail`: a training's lines after megabytes of warnings)
 *   .*loss*                 a headerless column of numbers in a file whose extension names its loss
 *                           (`vgg_model.pth_loss`, readers-156), read as `loss.csv` is
 *   nohup.out, slurm-*.out  a job's captured stdout (`nohup`'s default file, SLURM's `slurm-%j.out` and
 *   slurm.*.out, *-<id>.out site patterns such as `slurm.%N.%j.out`, and a job's name and id,
 *                           `--output=%x-%j.out`: `meg_gpt2_base-1809579.out`, the BigScience runs'
 *                           Megatron logs), and any other .out file (a PBS job's `out1_semseg_P100.out`,
 *                           a script's `final_run_output.out`: a job's captured output is named as its
 *                           author chose), and PBS/Torque's default `<job>.o<id>`: read as a .log is, by
 *                           its content (`isCapturedOutputName`), a Keras `fit` or Lightning
 *                           progress-bar log among them; one that no reader takes is passed by
 *   workerlog.N             a worker's captured output as PaddlePaddle's distributed launcher writes it
 *                           (`paddle.distributed.launch` → `log/workerlog.0`; PaddleSeg, PaddleDetection,
 *                           PaddleOCR, PaddleVideo, Knover): read as a .log is, by its content
 *   log                     a file named `log`, no extension: Chainer's LogReport `result/log` (a JSON list
 *                           of records) and Sockeye's training log (text lines): read as a .log is, by its
 *                           content (`isBareLogName`); one holding anything else is passed by
 *   *log*.md                a console log kept in a Markdown page (`log.md`, `log2.md`, `train_log.md`: a
 *                           training's prints pasted into a fenced block): read as a .log is, by its content,
 *                           when its stem says 'log' and it is no README (`isMarkdownLogName`)
 *   .md                     another page, no README, whose code blocks (fenced, or indented as nbconvert writes a cell's output) hold a training's printed output
 *                           with a loss series of at least MIN_MARKDOWN_POINTS points (`isMarkdownRun`: keras.io's
 *                           examples rendered to Markdown, a notebook exported with its outputs; markdown-log.ts),
 *                           or with no block and no Markdown markup at all, a console saved as a page (read whole);
 *                           a README, and a page quoting a line or two of a training, are docs and are passed by
 *                           (a folder that holds no run at all has its own README read, when its blocks hold one:
 *                           runs.ts' `readmeRuns`)
 *   .Rmd                    an R Markdown page knitr rendered (rstudio/keras3's vignettes), read as an .md page is:
 *                           its output blocks' `## ` prefix removed (markdown-log.ts' KNITR_PREFIX, readers-111)
 *   .rst                    a reStructuredText page, no README, whose literal blocks (`::`, `.. code-block::`,
 *                           `.. parsed-literal::`: rst-text.ts) hold a training's printed output with a loss
 *                           series of at least MIN_MARKDOWN_POINTS points (Sphinx documentation's tutorials)
 *   .ipynb                  a Jupyter notebook whose printed output holds a training log (`notebookHoldsLog`:
 *                           the console readers take the text its code cells printed, notebook-log.ts; else
 *                           a history shown as a cell's value, notebook-values.ts);
 *                           a notebook without outputs (cleared, never run), an EDA notebook, one whose JSON is
 *                           broken and one over MAX_NOTEBOOK_BYTES are passed by (`readRun` on the file reads it
 *                           and says why it holds no training)
 */
import { basename, extname } from 'node:path';
import { headOf, openRegularFile, readChunks, tailOf } from './files.js';
import { isLossHistoryDocument, readJsonDocument } from './json-log.js';
import { holdsMarkdownSeries, isPageName, markdownLogKind, pageSyntax } from './markdown-log.js';
import { notebookHoldsLog, printedLogKind } from './notebook-log.js';
import { detectLogFormat, detectLogTail, firstJsonRecord, isHeaderlessLossFile, isLossListFile, isNamedHistoryFile, isTensorBoardLossExport, LONG_SNIFF_BYTES, MAX_PAGE_BYTES, needsLongerHead, parseTextLog, SNIFF_BYTES, type TableLogKind } from './parse-log.js';
import { isUltralyticsResultsTxt } from './ultralytics-txt.js';
import { isMmcvMetaRecord } from './mmcv-json-log.js';
import { isTableLogKind } from './table-log-kinds.js';
import { logError, namesLoss } from './series.js';
import { textDecoderFor } from './text-decoder.js';

/** JSON files larger than this are only logs when their head names `log_history` (tokenizers run to tens of MB). */
export const MAX_JSON_HISTORY_BYTES = 16 << 20;

/**
 * True for a JSON-lines record that looks like a training log's: a number under a key naming a
 * loss ('train_loss', 'total_loss', 'train_nll'), or a step counter ('step', 'global_step', 'iteration', 'epoch')
 * next to a number, or a `{tag, value}` point. A config or a results line is not.
 */
export function isLogRecord(record: Record<string, unknown>): boolean {
  const numbers = Object.entries(record).filter(([, value]) => typeof value === 'number');
  if (numbers.some(([key]) => namesLoss(key))) return true;
  if (typeof record['tag'] === 'string' && 'value' in record) return true;
  return numbers.length > 1 && numbers.some(([key]) => ['step', 'global_step', 'iteration', 'epoch'].includes(key));
}

/** The JSON record on the second non-empty line of `text`, if whole. */
function secondJsonRecord(text: string): Record<string, unknown> | undefined {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 2 ? firstJsonRecord(lines[1]) : undefined;
}

/** A stem word that says the file is a training log: 'train.log', 'training.log', 'log.txt', 'train_history.txt'. */
const TRAINING_LOG_WORD = /(^|[^a-z])(train|training|trainer|log|logs|history)(?=$|[^a-z])/i;

/**
 * True for a `.log` or `.txt` file whose name says it is a training log. One that no reader takes
 * is reported while walking (read, and its error shown, as a file given alone is), not passed by
 * in silence: a run folder's `train.log` in a console format losskit does not know would
 * otherwise vanish from a folder's diagnosis. Other unknown files (`error.log`, `notes.txt`) are
 * passed by.
 */
export function namesTrainingLog(fileName: string): boolean {
  const extension = extname(fileName).toLowerCase();
  return (extension === '.log' || extension === '.txt') && TRAINING_LOG_WORD.test(basename(fileName, extname(fileName)));
}

/**
 * A job's captured stdout by its name: a `.out` file (`nohup.out`, SLURM's `slurm-<job>.out`, a job
 * name and id, `%x-%j.out`, or any other name its author gave it), PBS/Torque's `<job>.o<id>`, and a
 * PaddlePaddle worker's `workerlog.<rank>` (see the module comment). Read by content, as a .log is:
 * one holding no training is passed by.
 */
export function isCapturedOutputName(fileName: string): boolean {
  const name = basename(fileName);
  return /\.out$/i.test(name) || /^[^/\\]+\.o\d{3,}$/.test(name) || /^workerlog\.\d+$/.test(name);
}

/**
 * A log kept under a backup or rotation suffix: `train.log.bk`, `girl-ir-train.log.bak`, `train.log.old`,
 * `train.log.1` (Python's RotatingFileHandler): read as a .log is, by its content (readers-135); one
 * holding no training is passed by.
 */
export function isKeptLogName(fileName: string): boolean {
  return /\.(?:log|txt)\.(?:bk|bak|old|orig|\d{1,3})$/i.test(basename(fileName));
}

/**
 * A file named `log` and nothing else: Chainer's `LogReport` writes `result/log` (a JSON list of
 * records), Sockeye its training log `<output>/log` (text lines). Read as a .log is, by its content
 * (a JSON list is a JSON document whatever the name, `detectLogFormat`); a `log` that is neither
 * (a note, a config) is passed by, as any unknown file.
 */
export function isBareLogName(fileName: string): boolean {
  return basename(fileName) === 'log';
}

/**
 * A Markdown page named as a log (`log.md`, `log_cifar10.md`, `train_resnet110_log.md`: the word 'log'
 * or 'logs' in its stem), not a README (`README_train.md`). Why the name and not the content alone: of
 * 4,574 `.md` files of 1,286 public ML repositories, 62 hold 3 console observation lines (what makes a
 * `.log` a console log), 36 of them READMEs with a training's output pasted in (course write-ups,
 * results sections), others notes and setup guides: read by content, a walk would take docs for runs.
 * Of the 25 whose stem says 'log', the 6 read are all training logs (observation lines 30-99 % of their
 * non-blank lines); the other 19 (`experiment_log.md`, `apex_install_log.md`, FLOP tables) hold no
 * console lines and are passed by, not reported. Another page is read only when its content is a run's
 * (`isMarkdownRun`).
 */
export function isMarkdownLogName(fileName: string): boolean {
  const stem = basename(fileName, extname(fileName));
  return extname(fileName).toLowerCase() === '.md' && !isReadme(fileName) && LOG_WORD.test(stem);
}

/** `README.md`, `README_train.md`, `readme.zh.md`: a folder's description, never a run. */
const isReadme = (fileName: string) => /^readme/i.test(basename(fileName));

/**
 * A Markdown page not named as a log that is a run while walking (see markdown-log.ts): no README, and
 * its code blocks (fenced or indented), read as a console log, hold a loss series of at least MIN_MARKDOWN_POINTS
 * points. Why more than what makes a `.log` a console log (3 observation lines): in a repository most
 * pages are docs, and READMEs, results sections and guides quote a training's lines (of 4,574 `.md`
 * files of public ML repositories, 62 hold 3 observation lines, 36 of them READMEs: see
 * `isMarkdownLogName`). A page's first LONG_SNIFF_BYTES are looked at; a longer page whose head holds no
 * series, whole when at most MAX_PAGE_BYTES (readers-128: a training after megabytes of embedded images).
 */
async function isMarkdownRun(path: string): Promise<boolean> {
  return !isReadme(path) && await pageHoldsSeries(path);
}

/**
 * A README page (`.md` or `.rst`) whose code blocks hold a training loss series of at least
 * MIN_MARKDOWN_POINTS points: read as a run only where the folder walked holds no other run
 * (runs.ts' `readmeRuns`, readers-95).
 */
export async function isReadmeRun(path: string): Promise<boolean> {
  return isReadme(path) && ['.md', '.rst'].includes(extname(path).toLowerCase()) && await pageHoldsSeries(path);
}

/** True when a page's code blocks, read as a console log, hold a training loss series of MIN_MARKDOWN_POINTS points or more. */
async function pageHoldsSeries(path: string): Promise<boolean> {
  const head = await readHead(path, LONG_SNIFF_BYTES);
  if (textHoldsSeries(path, textDecoderFor(head).decode(head))) return true;
  // A page's training after megabytes of images: the whole page, when not too large (readers-128).
  if (head.length < LONG_SNIFF_BYTES) return false;
  const { handle, size } = await openRegularFile(path, logError);
  try {
    if (size > MAX_PAGE_BYTES) return false;
    const whole = await headOf(handle, size, size);
    return textHoldsSeries(path, textDecoderFor(whole).decode(whole));
  } finally {
    await handle.close();
  }
}

function textHoldsSeries(path: string, text: string): boolean {
  if (markdownLogKind(text, pageSyntax(path)) === undefined) return false;
  try {
    return holdsMarkdownSeries(parseTextLog('markdown', text, path));
  } catch {
    return false;
  }
}

/** An extension that names a loss (`vgg_model.pth_loss`, readers-156: a script named its loss history after its checkpoint). */
const LOSS_EXTENSION = /^\.\w*loss\w*$/i;

/** The word 'log' or 'logs' in a stem (`log2`, `train_resnet110_log`), not inside another word (`blog`, `changelog`, `logits`). */
const LOG_WORD = /(^|[^a-z])logs?(?=$|[^a-z])/i;

/**
 * Notebooks larger than this are passed by in a walk: a notebook's size is its images (base64 PNG
 * outputs); 64 MB of them is far more than a training's printed lines.
 */
export const MAX_NOTEBOOK_BYTES = 64 << 20;

/** A file's log kind while walking (see the module comment), undefined when it is not a log. */
export async function logKindInWalk(path: string): Promise<'csv' | 'jsonl' | 'json' | 'ultralytics-txt' | 'flair' | 'metric-logger' | 'console' | TableLogKind | 'notebook' | 'markdown' | undefined> {
  if (extname(path).toLowerCase() === '.ipynb') return (await isNotebookLog(path)) ? 'notebook' : undefined;
  if (isPageName(path) && !isMarkdownLogName(path)) return (await isMarkdownRun(path)) ? 'markdown' : undefined;
  // A captured stdout, a Markdown page named as a log and a file named `log` are looked at as a console log is (by their content).
  const extension = isCapturedOutputName(path) || isMarkdownLogName(path) || isBareLogName(path) || isKeptLogName(path) ? '.log' : extname(path).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
  if (LOSS_EXTENSION.test(extension)) {
    const head = await readHead(path);
    return isHeaderlessLossFile(path, textDecoderFor(head).decode(head)) ? 'csv' : undefined;
  }
  if (!['.json', '.csv', '.tsv', '.log', '.txt'].includes(extension)) return undefined;
  const head = await readHead(path);
  const text = textDecoderFor(head).decode(head);
  if (extension !== '.json' && (isHeaderlessLossFile(path, text) || isNamedHistoryFile(path, text))) return 'csv';
  if (extension === '.csv' && isTensorBoardLossExport(path, text)) return 'csv';
  // The detection below is by content alone; a list of numbers is a log only by its file's name.
  if (extension !== '.json' && isLossListFile(path, text)) return 'json';
  if (extension === '.txt' && isUltralyticsResultsTxt(basename(path), text)) return 'ultralytics-txt';
  const kind = detectLogFormat(extension === '.json' ? 'log.json' : '', head);
  if (kind === 'csv' || kind === 'flair') return kind;
  if (kind === 'jsonl') {
    const record = firstJsonRecord(text.replace(/^\uFEFF/, ''));
    // MMCV's TextLoggerHook opens its `.log.json` with the run's environment and configuration (readers-143).
    const logRecord = record !== undefined && isMmcvMetaRecord(record) ? secondJsonRecord(text) : record;
    return logRecord !== undefined && isLogRecord(logRecord) ? 'jsonl' : undefined;
  }
  if (kind === 'json') return (await isJsonLog(path)) ? 'json' : undefined;
  const consoleLog = extension === '.log' || extension === '.txt';
  if (kind === 'metric-logger' || kind === 'console' || isTableLogKind(kind)) return consoleLog ? kind : undefined;
  // A head shorter than SNIFF_BYTES is the whole file, already looked at.
  if (!consoleLog || head.length < SNIFF_BYTES) return undefined;
  const longHead = await readHead(path, LONG_SNIFF_BYTES);
  const long = textDecoderFor(longHead).decode(longHead);
  // A training's lines after megabytes of other output: the file's end is looked at too (readers-57).
  return printedLogKind(long) ?? (longHead.length < LONG_SNIFF_BYTES ? undefined : detectLogTail(await readTail(path, LONG_SNIFF_BYTES)));
}

async function isNotebookLog(path: string): Promise<boolean> {
  const { handle, size } = await openRegularFile(path, logError);
  try {
    if (size > MAX_NOTEBOOK_BYTES) return false;
    const head = await headOf(handle, size, SNIFF_BYTES);
    const decoder = textDecoderFor(head);
    let text = '';
    await readChunks(handle, size, false, (bytes) => { text += decoder.decode(bytes, { stream: true }); });
    return notebookHoldsLog(text + decoder.decode(), path);
  } finally {
    await handle.close();
  }
}

async function isJsonLog(path: string): Promise<boolean> {
  const { handle, size } = await openRegularFile(path, logError);
  try {
    const head = await headOf(handle, size, SNIFF_BYTES);
    if (new TextDecoder().decode(head).includes('"log_history"')) return true;
    if (size > MAX_JSON_HISTORY_BYTES) return false;
    const decoder = textDecoderFor(head);
    let text = '';
    await readChunks(handle, size, false, (bytes) => { text += decoder.decode(bytes, { stream: true }); });
    try {
      return isLossHistoryDocument(readJsonDocument(text + decoder.decode(), path).document);
    } catch {
      return false;
    }
  } finally {
    await handle.close();
  }
}

/** The file's last `count` bytes. */
async function readTail(path: string, count: number): Promise<Uint8Array> {
  const { handle, size } = await openRegularFile(path, logError);
  try {
    return await tailOf(handle, size, count);
  } finally {
    await handle.close();
  }
}

/** The file's first `count` bytes (SNIFF_BYTES, or LONG_SNIFF_BYTES when its first JSON line runs past them). */
async function readHead(path: string, count = SNIFF_BYTES): Promise<Uint8Array> {
  const { handle, size } = await openRegularFile(path, logError);
  try {
    const head = await headOf(handle, size, count);
    return count < LONG_SNIFF_BYTES && needsLongerHead(head) ? await headOf(handle, size, LONG_SNIFF_BYTES) : head;
  } finally {
    await handle.close();
  }
}
