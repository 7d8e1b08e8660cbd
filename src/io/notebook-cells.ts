/**
 * The printed output of a Jupyter notebook (`.ipynb`) as one console text: what its code cells
 * printed while they ran, in cell order, and which cell each line of that text came from, so that
 * notebook-log.ts can hand the text to the console readers and name cells in their messages.
 *
 * What is taken, per code cell (nbformat 4's `cells`; nbformat 3's `worksheets[].cells`, whose
 * `pyout` is 4's `execute_result`), from the format's own schema (nbformat/v4/nbformat.v4.schema.json):
 *
 *   - `stream` outputs (`text`, a string or a list of strings), stdout and stderr: each stream's
 *     outputs joined in order, stdout's first. A kernel writes each stream as one flow, split into
 *     outputs only when the other stream or a display comes between: Keras 2's progress bar goes on
 *     in the next stdout output after a stderr warning (its backspaces and '\r' redraw the frame
 *     before it), so a stream's pieces are joined as written, and the two streams are kept apart, as
 *     the notebook shows them in separate output areas, rather than interleaved into a broken line.
 *     Stderr's tqdm bars that only repeat a stdout line are left out (`withoutRepeatedBars`); a tqdm
 *     frame saved as an output of its own without its '\r' ends its line (`tqdmFrameEnds`).
 *     Progress-bar redraws ('\r', '\b') are left in: the console readers keep what the screen
 *     finally shows of each line (console-line.ts' `lineText`, lightning-bar.ts' epochs);
 *   - `execute_result` and `display_data` `text/plain` (a history printed as the cell's value, a
 *     DataFrame of it), after the streams; a bare object repr (`<Figure size 640x480 with 1 Axes>`,
 *     `<IPython.core.display.HTML object>`) is left out: it holds no figures; so is a value that is one
 *     loss tensor (a cell ending in `loss`, `tensor(2.1260, grad_fn=<NllLossBackward0>)`): a look at one
 *     value, which a loop's `print(loss)` on stdout is not (console-patterns.ts' LOSS_TENSOR_LINE; read
 *     as a loss line, makemore's and a PyTorch book's one-off losses joined their notebooks' training series);
 *   - where an output's `text/plain` is such a repr or missing, its `text/html` training tables
 *     (fastai's `fit` table, the Hugging Face Trainer's progress table), written as console lines
 *     by notebook-html.ts, after the values: those trainers show their history in HTML only.
 *
 * Each cell's output ends its line: the next cell's starts a new one. A Keras progress line in a
 * cell whose output printed no `Epoch k/N` header before it is left out: `fit` prints its epoch
 * header first, so such a line is `evaluate()`'s or `predict()`'s, which notebooks call in the cell
 * after the training (in a script's log the same line follows the fit's header and cannot be told
 * apart; here the cell can). Read as a training line, an evaluation on the test set would be the
 * training's last point (ageron/handson-ml3's chapter 10: loss 5.1e-5 then 0.0708). So is one
 * printed in the fit's own cell after an epoch's validated line, without `val_` pairs of its own
 * (`kerasEvaluationLines`). A cell whose code only evaluates a model is left out whole
 * (`evaluatesOnly`, readers-162). Browser-safe.
 */
import { lineText } from './console-line-text.js';
import { LOSS_TENSOR_LINE } from './console-patterns.js';
import { trainingTableLines } from './notebook-html.js';
import { notebookFunctions, withLoopLossNamed } from './notebook-loop-prints.js';
import { logError } from './series.js';

/** One code cell whose output is in the text. */
export interface OutputCell {
  /** The cell's 1-based position among all the notebook's cells (markdown included), as a user counts them. */
  readonly position: number;
  /** Its `execution_count` (Jupyter's `In [7]`), when saved. */
  readonly executionCount: number | undefined;
  /** The text's line (1-based) its output starts on, and how many lines it has. */
  readonly firstLine: number;
  readonly lines: number;
}

/** A notebook's printed output as a console text, and its cells. */
export interface NotebookText {
  readonly text: string;
  readonly cells: readonly OutputCell[];
  /** How many code cells the notebook has (with output or not). */
  readonly codeCells: number;
  /** The nbformat major version it declares (3 or 4; undefined when it declares none). */
  readonly nbformat: number | undefined;
  /** Keras progress lines left out as an evaluation's (see `kerasEvaluationLines`). */
  readonly evaluationLines: EvaluationLines;
  /** The cells (1-based positions) whose HTML training tables were written as lines, and how many tables each. */
  readonly tableCells: readonly { readonly cell: number; readonly tables: number }[];
  /** The cells (1-based positions) left out because their code only evaluates a model (`evaluatesOnly`). */
  readonly evaluationCells: readonly number[];
}

/** Keras' epoch header (`Epoch 3/20`), as `fit` prints it before an epoch's progress lines. */
export const KERAS_EPOCH_HEADER = /^\s*Epoch \d+\/\d+\s*$/;
/**
 * A Keras progress line: Keras 2's `313/313 [====] - 0s ...`, Keras 3's `313/313 ━━━━ 0s ...` (its colours
 * left out), a step count `11381/Unknown`, or the one line `verbose=2` prints, no bar (`90/90 - 3s - 33ms/step
 * - loss: ...`, `42/42 - 1s - 15ms/step - loss: ...` for an `evaluate()`: readers-111, rstudio/keras3's
 * vignettes); group 1 its total, group 2 set on a `verbose=2` line. TF 2.0's `Progbar` with no target
 * prints no bar: `49/Unknown - 24s 496ms/step - loss: ...` (readers-176: the 176th corpus's d08, whose
 * `evaluate()` after the fit was read as one more epoch).
 */
export const KERAS_PROGRESS = /^\s*\d+\/(\d+|Unknown)\s+(?:\[[=>.]*\]|━|(-)\s+\d+(?:\.\d+)?m?s\s+-\s|-\s+\d+(?:\.\d+)?m?s\s+\d+(?:\.\d+)?[mu]?s\/(?:step|sample))/;

/** A Keras progress line's metric pair (` - loss: 0.2131`). */
const KERAS_PAIR = / - [\w./]+: /;

/** A Keras progress line's validation pair (` - val_loss: 0.61`). */
const KERAS_VALIDATION_PAIR = / - val_\w+: /;

/**
 * A reader of one cell's (or one Markdown block's) lines that says which Keras progress lines are
 * `evaluate()`'s or `predict()`'s: one before any epoch header (but a `verbose=2` line holding
 * `val_` pairs, which no `evaluate()` prints: keras.io's super-resolution page, the 58th corpus's d02,
 * whose plots break a fit's output into blocks, each opening with the line its header in the block
 * before announced), or one after an epoch's validated line under the same header that carries no
 * validation pair itself (`fit` ends each epoch with one line holding its `val_` pairs; a test-set `evaluate()` in the cell right after the fit
 * prints a second line without them: read as the training's, it was one last point a spike above
 * the rest, mlp-mixer's `313/313 ... loss: 1.0799` after `loss: 0.2486`), or one under the same
 * header whose batch count differs from the epoch's (an epoch's frames all count its N batches), or
 * one with no figures at all (`predict()`'s, which a callback may print before the epoch's frames).
 */
export function kerasEvaluationLines(counted: EvaluationLines = { beforeHeader: 0, afterEpoch: 0 }): (line: string) => boolean {
  let header = false;
  let validatedEpoch = false;
  let epochTotal: string | undefined;
  return (line) => {
    if (KERAS_EPOCH_HEADER.test(line)) {
      header = true;
      validatedEpoch = false;
      epochTotal = undefined;
      return false;
    }
    const progress = KERAS_PROGRESS.exec(line);
    if (progress === null) return false;
    const total = progress[1];
    const validated = KERAS_VALIDATION_PAIR.test(line);
    const fitEpochLine = validated && progress[2] !== undefined;
    if (!header && !fitEpochLine) counted.beforeHeader++;
    else if (validatedEpoch && !validated) counted.afterEpoch++;
    // ...or one under the same header counting another number of batches than the epoch's (readers-68: `1/1 [===] - loss: 2.3761`
    // after `1024/1024 [===] - loss: 0.0267`, an evaluate() per benchmark model after a fit without validation).
    else if (epochTotal !== undefined && total !== epochTotal) counted.afterEpoch++;
    // A line with no figures is predict()'s (readers-178: a callback's `1/1 ━━━━ 0s 327ms/step` opening each epoch of
    // the 179th corpus's e03): it holds nothing to read and says nothing of the epoch's batch count.
    else if (!KERAS_PAIR.test(line)) return true;
    else {
      validatedEpoch ||= validated;
      epochTotal ??= total;
      return false;
    }
    return true;
  };
}

/** How many Keras progress lines `kerasEvaluationLines` said were evaluations, by why. */
export interface EvaluationLines {
  beforeHeader: number;
  afterEpoch: number;
}

/** The clause a note gives the evaluation lines left out of a notebook's cells or a page's blocks ('' when none were). */
export function evaluationLinesClause({ beforeHeader, afterEpoch }: EvaluationLines, container: 'cell' | 'block'): string {
  const lines = (count: number) => `${count} Keras progress line${count === 1 ? '' : 's'}`;
  const its = (count: number) => (count === 1 ? 'its' : 'their');
  return (beforeHeader === 0 ? '' : `; ${lines(beforeHeader)} with no epoch header before ${beforeHeader === 1 ? 'it' : 'them'} in ${its(beforeHeader)} ${container} (evaluate(), predict()) left out`) +
    (afterEpoch === 0 ? '' : `; ${lines(afterEpoch)} without validation pairs after an epoch's validated line in ${its(afterEpoch)} ${container} (evaluate() after the fit) left out`);
}

/** A cell's output without the Keras progress lines `kerasEvaluationLines` says are evaluations, counted into `counted`. */
function withoutEvaluations(output: string, counted: EvaluationLines): string {
  const isEvaluation = kerasEvaluationLines(counted);
  return output.split('\n').filter((raw) => !isEvaluation(lineText(raw))).join('\n');
}

/**
 * Code that runs a PyTorch model without training it: `torch.no_grad()`, `inference_mode()` or `model.eval()`.
 * Keras' and tf.estimator's `evaluate(` are no such mark: Keras' progress lines are told apart by their own
 * shape (`kerasEvaluationLines`), and an estimator's evaluation logs are the run's validation points.
 */
const EVALUATION_CODE = /\bno_grad\s*\(|\binference_mode\s*\(|\.eval\s*\(\s*\)/;
/**
 * Code that trains, or may: a backward pass, an optimiser's or scheduler's step, a fit (`compile_and_fit(` too), a
 * call to anything named for training, an epoch loop or setting, a TF1 session's `run(` (whose training loop reads
 * its tensors with `.eval()`), a parameter updated in place by hand (readers-173: `p.data += -lr * grad`,
 * `W -= lr * W.grad`, `W1 += -lr * dW1`, inside the `torch.no_grad()` of makemore's backprop exercise, which calls no
 * `.backward()`).
 */
const TRAINING_CODE = /\.backward\s*\(|\.step\s*\(|fit\w*\s*\(|train\w*\s*\(|\bepochs?\b|\bfor\s+\w*epoch|\.run\s*\(|\.data\s*[-+]=|[-+]=[^\n]*\bgrad\b|[-+]=\s*-?\s*(?:lr|learning_rate|step_size)\b/i;
/**
 * True when a cell's code only evaluates a model (readers-162): it runs one under `torch.no_grad()`,
 * `inference_mode()` or `.eval()` and holds nothing that trains. What such
 * a cell prints is a test of the trained model, however it prints it: a test loop printing its running
 * totals line by line (`Accuracy 0.70, Loss 78.96` ... `Loss 663.40`, the sum over the test batches, with
 * no counter) read as another training, the notebook's last, whose climbing "loss" was a critical
 * divergence (the 151st corpus's a09). A cell that calls a training function defined in an earlier one,
 * or trains in a loop, names it (`train(`, `.backward(`, `.step(`, `fit(`, `epochs`) and is kept.
 */
export function evaluatesOnly(source: string): boolean {
  return EVALUATION_CODE.test(source) && !TRAINING_CODE.test(source);
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A multiline string of the format (nbformat's `multiline_string`): a string, or a list of strings joined. */
function multiline(value: unknown): string {
  if (typeof value === 'string') return value;
  return Array.isArray(value) ? value.filter((part): part is string => typeof part === 'string').join('') : '';
}

/** A repr that says only what kind of object was shown: `<Figure size 640x480 with 1 Axes>`. */
const OBJECT_REPR = /^\s*<[^\n]*>\s*$/;

/** A tqdm bar's description, before its percentage, and what follows the bar's count: `VALID LOSS:1.52: 100%|███| 6/6 [00:00<00:00, 11it/s]`. */
const TQDM_BAR = /^(.*?):?\s*\d{1,3}%\|[^|]*\|\s*\d+\/\d+(.*)$/;

/**
 * The stderr text without the tqdm bars that repeat a stdout line: a loop that sets each bar's
 * description to its running figures and prints the same figures when the pass ends
 * (IndoNLU's notebooks, 40th corpus d15 and d16: `(Epoch 1) TRAIN LOSS:4.1539 LR:0.0001: 100%|...`
 * on stderr, `(Epoch 1) TRAIN LOSS:4.1539 ACC:0.77 ... LR:0.0001` on stdout). Read after stdout,
 * the bars were a second training whose first epoch became a stray last point. A bar is such a
 * repeat when every word of its description, figures included, is a word of one stdout line and
 * its tail past the count carries no figures of its own (`loss=0.41`), which stdout may not hold.
 */
function withoutRepeatedBars(stderr: string, stdout: string): string {
  if (stderr === '' || stdout === '') return stderr;
  const stdoutWords = stdout.split('\n').map((line) => new Set(lineText(line).split(/\s+/)));
  const repeats = (line: string): boolean => {
    const bar = TQDM_BAR.exec(lineText(line));
    if (bar === null || bar[2].includes('=')) return false;
    const words = bar[1].trim().split(/\s+/);
    return words.some((word) => /\d/.test(word)) && stdoutWords.some((printed) => words.every((word) => printed.has(word)));
  };
  return stderr
    .split('\n')
    .filter((line) => !repeats(line))
    .join('\n');
}

/**
 * A tqdm bar ends `before` (its rate's bracket, `6.18it/s]`) and `next`, a later output of the same stream, begins
 * a frame of its own without the '\r' or '\b' that would redraw it (readers-177): a front end that saved each frame
 * as an output of its own, the carriage returns dropped, as the notebook shows them, one output area a line (the
 * 174th corpus's c05: 27 minGPT frames between the samples printed on stdout, joined into one unreadable line).
 */
function tqdmFrameEnds(before: string, next: string): boolean {
  return TQDM_RATE_END.test(before) && next !== '' && !REDRAW_OR_BREAK_START.test(next);
}
/** A tqdm bar's closing rate bracket at the end of the text (`6.18it/s]`, `1.52s/it]`). */
const TQDM_RATE_END = /(?:it\/s|s\/it)\]\s*$/;
/** A piece that opens by redrawing the frame before it ('\r', '\b') or by ending its line. */
const REDRAW_OR_BREAK_START = /^[\r\b\n]/;

/** What one code cell printed (see the module comment), and how many HTML training tables were written into it. */
function cellOutput(cell: Json): { printed: string; tables: number } {
  return printedOutputs(cell['outputs']);
}

/** What a cell's list of nbformat outputs printed (see `cellOutput`): also a notedown page's output block's (markdown-log.ts). */
export function printedOutputs(list: unknown): { printed: string; tables: number } {
  const outputs = Array.isArray(list) ? list.filter(isObject) : [];
  const streams = new Map<string, string>([['stdout', ''], ['stderr', '']]);
  const values: string[] = [];
  const htmls: string[] = [];
  for (const output of outputs) {
    const type = output['output_type'];
    if (type === 'stream') {
      // nbformat 3 names the stream `stream`, 4 `name`.
      const named = output['name'] ?? output['stream'];
      const name = typeof named === 'string' ? named : 'stdout';
      const before = streams.get(name) ?? '';
      const text = multiline(output['text']);
      streams.set(name, before + (tqdmFrameEnds(before, text) ? '\n' : '') + text);
    } else if (type === 'execute_result' || type === 'display_data' || type === 'pyout') {
      // nbformat 3 keeps a plain-text value under `text`, 4 under `data['text/plain']`.
      const data = isObject(output['data']) ? output['data'] : output;
      const plain = multiline(data['text/plain'] ?? data['text']);
      if (plain.trim() !== '' && !OBJECT_REPR.test(plain) && !LOSS_TENSOR_LINE.test(plain.trim())) values.push(plain);
      // An output that only HTML shows (fastai's and the Trainer's tables): its training tables, notebook-html.ts.
      else if (typeof data['text/html'] === 'string' || Array.isArray(data['text/html'])) htmls.push(multiline(data['text/html']));
    }
  }
  const tables = trainingTableLines(htmls);
  const stdout = streams.get('stdout') ?? '';
  streams.set('stderr', withoutRepeatedBars(streams.get('stderr') ?? '', stdout));
  const parts = [...streams.values(), ...values, tables.lines.join('\n')].filter((part) => part !== '');
  return { printed: parts.map((part) => (part.endsWith('\n') ? part : `${part}\n`)).join(''), tables: tables.tables };
}

/** The line and column (1-based) of character `offset` of `text`. */
function placeOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** The notebook's JSON document; a broken one is an error naming the line (and column) where JSON.parse stopped. */
function notebookDocument(text: string, file: string): Json {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = (error as Error).message;
    const at = /position (\d+)/.exec(reason);
    if (at === null) throw logError(file, `a broken notebook: its JSON does not parse (${reason})`);
    const { line, column } = placeOf(text, Number(at[1]));
    throw logError(file, `a broken notebook: its JSON does not parse at column ${column} (${reason.replace(/ \(line \d+ column \d+\)$/, '')}); a merge conflict or a save cut short leaves a notebook so`, line);
  }
  if (!isObject(document)) throw logError(file, 'not a Jupyter notebook: its JSON is no object');
  return document;
}

/** The code cells of nbformat 4 (`cells`) or 3 (`worksheets[].cells`), with their positions. */
function codeCellsOf(document: Json, file: string): { cell: Json; position: number }[] {
  const worksheets = Array.isArray(document['worksheets']) ? document['worksheets'].filter(isObject) : [];
  const listed = (value: unknown): unknown[] => (Array.isArray(value) ? value as unknown[] : []);
  const cells = Array.isArray(document['cells']) ? listed(document['cells']) : worksheets.flatMap((sheet) => listed(sheet['cells']));
  if (!Array.isArray(document['cells']) && worksheets.length === 0) throw logError(file, "not a Jupyter notebook: no 'cells' list (nbformat 4) nor 'worksheets' (nbformat 3)");
  return cells.flatMap((cell, index) => (isObject(cell) && cell['cell_type'] === 'code' ? [{ cell, position: index + 1 }] : []));
}

/** Reads a notebook's printed output (see the module comment); `file` names it in messages. */
export function notebookText(text: string, file: string): NotebookText {
  const document = notebookDocument(text, file);
  const code = codeCellsOf(document, file);
  const cells: OutputCell[] = [];
  let joined = '';
  let line = 1;
  const evaluationLines: EvaluationLines = { beforeHeader: 0, afterEpoch: 0 };
  const tableCells: { cell: number; tables: number }[] = [];
  const evaluationCells: number[] = [];
  const functions = notebookFunctions(code.map(({ cell }) => multiline(cell['source'] ?? cell['input'])));
  for (const { cell, position } of code) {
    const { printed, tables } = cellOutput(cell);
    if (printed === '') continue;
    const source = multiline(cell['source'] ?? cell['input']);
    if (evaluatesOnly(source)) {
      evaluationCells.push(position);
      continue;
    }
    if (tables > 0) tableCells.push({ cell: position, tables });
    const output = withLoopLossNamed(source, withoutEvaluations(printed, evaluationLines), functions);
    const lines = output.split('\n').length - 1;
    const count = cell['execution_count'] ?? cell['prompt_number'];
    cells.push({ position, executionCount: typeof count === 'number' ? count : undefined, firstLine: line, lines });
    joined += output;
    line += lines;
  }
  const version = document['nbformat'];
  return { text: joined, cells, codeCells: code.length, nbformat: typeof version === 'number' ? version : undefined, evaluationLines, tableCells, evaluationCells };
}

/** One code cell's printed value or stdout, whole, as notebook-values.ts reads a history shown that way. */
export interface PrintedPiece {
  readonly cell: OutputCell;
  readonly text: string;
}

/**
 * Each code cell's stdout (its stream outputs joined) and each of its `execute_result` /
 * `display_data` `text/plain` values, whole and in cell order, with the cell it came from
 * (`firstLine` and `lines` are 0: the piece is not a line of the joined text).
 */
export function printedPieces(text: string, file: string): PrintedPiece[] {
  const pieces: PrintedPiece[] = [];
  for (const { cell, position } of codeCellsOf(notebookDocument(text, file), file)) {
    const count = cell['execution_count'] ?? cell['prompt_number'];
    const place: OutputCell = { position, executionCount: typeof count === 'number' ? count : undefined, firstLine: 0, lines: 0 };
    const outputs = Array.isArray(cell['outputs']) ? cell['outputs'].filter(isObject) : [];
    const stdout = outputs.filter((output) => output['output_type'] === 'stream' && (output['name'] ?? output['stream'] ?? 'stdout') === 'stdout').map((output) => multiline(output['text'])).join('');
    if (stdout.trim() !== '') pieces.push({ cell: place, text: stdout });
    for (const output of outputs) {
      if (!['execute_result', 'display_data', 'pyout'].includes(output['output_type'] as string)) continue;
      const data = isObject(output['data']) ? output['data'] : output;
      const plain = multiline(data['text/plain'] ?? data['text']);
      if (plain.trim() !== '') pieces.push({ cell: place, text: plain });
    }
  }
  return pieces;
}

/** `cell 12 (In [7])`, or `cell 12` when no execution count was saved. */
export function cellName(cell: OutputCell): string {
  return cell.executionCount === undefined ? `cell ${cell.position}` : `cell ${cell.position} (In [${cell.executionCount}])`;
}

/** The cell whose output holds line `line` of the text, and the line within that output. */
export function cellOfLine(cells: readonly OutputCell[], line: number): { cell: OutputCell; line: number } | undefined {
  const cell = cells.find((candidate) => line >= candidate.firstLine && line < candidate.firstLine + candidate.lines);
  return cell === undefined ? undefined : { cell, line: line - cell.firstLine + 1 };
}
