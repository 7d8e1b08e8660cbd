/**
 * One line of a plain console training log, as users' own scripts and the frameworks' progress
 * bars print it ("name: value" pairs), and what it says: an observation (loss pairs, the split
 * and the counters the line carries), a record (a new best, a saved model: not an observation) or
 * an epoch header (Keras' `Epoch 3/10`, applying to the lines after it). The layouts it is written
 * for, from the frameworks' own source and docs:
 *
 *   PyTorch examples/mnist main.py     Train Epoch: 1 [640/60000 (1%)]	Loss: 2.305994
 *                                      Test set: Average loss: 0.0339, Accuracy: 9890/10000 (99%)
 *   Keras model.fit (verbose 1 / 2)    Epoch 1/10
 *                                      1875/1875 [======] - 5s 2ms/step - loss: 0.2611 - accuracy: 0.9254 - val_loss: 0.1349
 *   Keras 3                            1875/1875 ━━━━━━ 5s 2ms/step - accuracy: 0.9254 - loss: 0.2611 - val_loss: 0.1349
 *   hand-written prints                Epoch 3/20, train loss: 0.512, val loss: 0.601
 *                                      epoch=3 step=120 loss=0.51      [epoch 3] loss: 0.512 | val_loss: 0.601
 *   and real ones met in the corpora   Epoch 0, Step 25, total used time 7.17 (s), avg loss so far is 0.1097
 *                                      [TRAIN] Total loss: 1.2147  (cls:0.7443, hr:0.3500, dig:0.8706)
 *                                      ... SSD.trainer INFO: iteration:1 loss=nan
 *                                      ... INFO - [batch 10/152, epoch 1/15]: loss_rmse:0.13 loss_inv:0.018 ... loss_total:1.29
 *                                      ... - INFO - Average loss for epoch 1: 0.3625   (read as `epoch 1, Average loss: 0.3625`)
 *                                      Epoch 1/30 | Train 0.1226 | Val 0.0895 | Acc 0.9925   (each split's loss: console-pairs.ts)
 *                                      Epoch 1/250 | Train: 53.1655 | Val: 50.9308 | Asym: 94.0380   (the same, the split a key)
 *
 * A pair is a name, a separator (':', '=' or ' is ') and a number (nan and inf included) that
 * ends at a space, a separator or the line's end (not '9890/10000', not the ETA's '5:00'). A name
 * is a phrase of up to five words joined by single spaces ('avg loss so far', 'Average loss'), so
 * it starts after a delimiter: the line's start, a tab or two spaces, ',', '|', ';', ':', ']',
 * '(', ' - ', or the number of the pair before it; a logging level before it (INFO) is not part of
 * it. Names are normalised (lower case, spaces to '_', a camel-case word split as the role table
 * splits it: 'total_loss', 'avg_loss_so_far', 'train/cross_entropy_loss'). A number with thousands
 * separators ('8,641', Python's `f"{x:,}"`) that ends the pair is one number. A mixed-precision
 * loss scale ('Attempted loss scale: 65536', see `namesLoss`) is no loss.
 *
 * An observation line has a loss pair (`namesLoss`; on a line with none, a TF1 loop's `cost` on a line
 * naming its epoch or step, read as '<name>_loss': console-pairs.ts' `costsOf`; else a perplexity: `ppl`,
 * `perplexity`, Sockeye's `Train-ppl`, see monitor/history-perplexity.ts) and says where it is: a
 * counter (epoch, step, iter, iteration, batch, Sockeye's `Checkpoint [k]`, a bare `k/N`), a split
 * tag outside the pairs ([TRAIN], [VAL], 'Train', 'Test set:', 'Validation', 'val' as a word) or an
 * epoch header on an earlier line (one naming an evaluation, DeepSpeed-Chat's `***** Evaluating
 * perplexity, Epoch 1/16 *****`, announces that split for the lines after it); that keeps
 * a configuration dump (`loss_rmse_coeff = 1.0`) out. A line of named counters and no loss (OLMo's
 * `INFO [step=10/10000,epoch=0]`) is a record header: the indented lines right after it (`    train/CrossEntropyLoss=9.064`)
 * are its record and take its step and epoch, as the lines after Keras' epoch header take its epoch;
 * the first line not indented ends the record. A line naming a record ('best', 'improved from', 'saving model') is not one. A perplexity with nothing
 * placing it is none (Sockeye's per-batch `E=6 B=3800 ... ppl=174.15`, a running mean since the
 * last checkpoint, whose `Checkpoint [1]	Train-ppl=...` record is read instead). A line opening with a split
 * word and no loss (Paddle hapi's `Eval begin...`; not a configuration's `TEST:` key) announces
 * that split for the lines after it (console-log.ts says until when). An observation is an epoch's
 * average (`summary`) when it names an epoch, has no batch counter and is marked so: `[Avg]`, `avg`,
 * `average` or `END` outside the pairs (PaddleClas' `[Train][Epoch 1/400][Avg]`, PaddleVideo's
 * `END epoch:1 train loss_avg: ...`), or only `avg`-named losses; or, naming no epoch under an epoch header,
 * only `average`-named losses (`Average Loss: 0.0265` after the epoch's `Batch 1000/5321 - Loss:` lines, readers-101). A Hugging Face Trainer's printed log
 * dict (`{'loss': 0.69, 'epoch': 0.04}`) is read by hf-trainer-line.ts, placed by its epoch; an epoch's
 * metrics dict after its epoch (`Epoch 0: {'loss': 10.63}`) by epoch-dict-line.ts; the layouts named in a
 * framework's own words (llm.c's `main.log`, Trax's `Step 1: train ...`, MT-DNN's `Updates - [500]`
 * ...) by stepped-line.ts; PySlowFast's `json_stats: {...}` records by json-stats-line.ts; fairseq's
 * `--log-format json` lines (`| train_inner | {"epoch": 1, "loss": "16.475", ...}`) by fairseq-json-line.ts. A
 * gradient-boosting library's evaluation line (`[0]\tvalidation_0-rmse:8.49`, booster-line.ts) is
 * none: booster-log.ts reads it. A date before a time (`[12/25 14:22:26]`) is no `k/N` counter. Pairs in round brackets after a total (`(cls:0.74, hr:0.35)`)
 * are components, counted and dropped: never taken for the loss (after a split's name they are that split's: `Train (Loss: 2.05)`, readers-151). Pairs naming a counter, a time,
 * an ETA or memory are no series. A pair's split is its name's own prefix (val_, valid, test ..., or
 * joined by '-' as Sockeye's Validation-ppl), else the nearest split tag before it on the line
 * (`[VAL] Total loss` -> 'val_total_loss', `Test set: Average loss` -> 'test_average_loss'), else training. Browser-safe.
 */
import { lineText, rewrittenLine } from './console-line-text.js';
import { readTrainerLine, type TrainerLine } from './hf-trainer-line.js';
import { readEpochDictLine } from './epoch-dict-line.js';
import { readSteppedLine } from './stepped-line.js';
import { readBoosterLine } from './booster-line.js';
import { readJsonStatsLine } from './json-stats-line.js';
import { readFairseqJsonLine } from './fairseq-json-line.js';
import { costsOf, counterValueLine, insideBrackets, isPipedRow, namesCounter, normalised, numberOf, spacedLosses, spacedRecord, splitLosses } from './console-pairs.js';
import { namesLoss } from './series.js';
import { isPerplexityName } from '../monitor/index.js';
import { maxOf } from '../core/extent.js';
import {
  AVERAGE_WORD_NAME, CAFFE_TRAIN_OUTPUT, EVALUATION_WORD, MAX_LINE_CHARS, PAIR, UNPLACED_KEY, KEY_VALUE_ROW, ARRAY_SHAPE, LEVEL_WORDS, CONTEXT_NAME, EPOCH, EPOCH_HEADER, ARROW_EPOCH_HEADER, MAGNITUDE, NAMED_COUNTER, BARE_COUNTER, SPLIT_TAG, SPLIT_WORD, ANNOUNCEMENT, ANNOUNCED, AVERAGE_MARK, AVERAGE_NAME, RECORD, VALIDATION_PREFIX, TRAIN_PREFIX, TAG_PREFIX,
} from './console-patterns.js';

export interface ConsolePair {
  /** Normalised, the split tag's prefix applied: 'loss', 'val_total_loss', 'test_average_loss'. */
  readonly name: string;
  readonly value: number;
  readonly validation: boolean;
}

export interface Counter {
  readonly value: number;
  /** N of `k/N`. */
  readonly total?: number;
  /** Named on the line (`step=10/10000`), not a bare `k/N`. */
  readonly named?: boolean;
  /**
   * The magnitude of a suffix the counter was written with (1000 for LeRobot's `step:1K`, which
   * stands for steps 500 to 1499): where the line is, roughly; console-steps.ts carries the exact
   * cadence on instead.
   */
  readonly rounded?: number;
}

export type ConsoleLine =
  | {
    readonly kind: 'observation'; readonly pairs: readonly ConsolePair[]; readonly epoch?: number; readonly counter?: Counter; readonly components: number;
    /** An epoch's average: an epoch, no batch counter, an average mark (see the module comment). */
    readonly summary: boolean;
  }
  | { readonly kind: 'record' }
  /** An epoch header; `split`: it names an evaluation (`***** Evaluating perplexity, Epoch 1/16 *****`), announced for the lines after it. */
  | { readonly kind: 'header'; readonly epoch: number; readonly split?: string }
  | RecordHeader
  /** A line opening with a split word and no loss (Paddle hapi's `Eval begin...`): that split for the lines after it. */
  | { readonly kind: 'split'; readonly word: string }
  /** A Hugging Face Trainer log dict (`{'loss': 0.69, ..., 'epoch': 0.04}`, hf-trainer-line.ts). */
  | TrainerLine
  /** Loss pairs with nothing placing them (no counter, split tag or header): a series only as a run of them (`UnplacedRun`). */
  | Unplaced;

export interface Unplaced {
  readonly kind: 'unplaced';
  readonly pairs: readonly ConsolePair[];
  readonly components: number;
}

/**
 * A line of counters only (OLMo's `INFO	[step=10/10000,epoch=0]`): the step of the indented lines
 * right after it. `bare`: the line is the counter and nothing else (`Step 100 of 916`, a TF1 loop's
 * `print('Step', step, 'of', total)` over its `Mini-batch loss: 3.32` line, readers-58): the step of
 * the lines after it, indented or not, until another header.
 */
export interface RecordHeader {
  readonly kind: 'record-header';
  /** Absent for an epoch alone on its line (see EPOCH_ONLY_LINE). */
  readonly counter?: Counter;
  readonly epoch?: number;
  readonly bare?: boolean;
}

/**
 * An epoch alone on its line, written as a key (`Epoch: 0`): the epoch of the indented lines right
 * after it, a record printed one key per line (readers-98: a cats-vs-dogs notebook's `print(f'''Epoch: {e}
 *     Mini-batch: {b}\n    Running loss: {r}\n    Test loss: {t}''')`, the 53rd corpus' b08). A configuration's
 * `epoch: 100` has no indented lines under it (in YAML a key with a value has none); at column 0 only, as a
 * nested configuration's `  epoch: 100` has siblings indented as deep.
 */
const EPOCH_ONLY_LINE = /^epoch\s*[:=]\s*\d+\s*$/i;

/** A step, iteration, batch or update counter alone on its line (`num of updates: 1000`), with its total (`/ N`, `of N`) or not. */
const BARE_COUNTER_LINE = /^\s*(?:global_step|step|iteration|iter|batch|(?:num(?:ber)?[ _]of[ _])?updates)\s*[:=#]?\s*\d+(?:\s*(?:\/|of)\s*\d+)?\s*:?\s*$/i;

/**
 * What `raw` (one line of the log, '\r' frames and all) says (see the module comment), undefined
 * for a line that is none of these; `afterHeader`: an epoch header was seen on an earlier line;
 * `afterObservation`: an observation line was read before, and then a validation pair's own split
 * word places its line (`====> Validation loss: 1.95,  acc: 22.94%` after the epoch's training
 * lines; alone, a configuration's `val_loss: 0.3` is no observation).
 */
export function readConsoleLine(raw: string, afterHeader: boolean, afterObservation = false, record?: RecordHeader, announced?: string): ConsoleLine | undefined {
  const text = rewrittenLine(raw);
  if (text.length > MAX_LINE_CHARS || CAFFE_TRAIN_OUTPUT.test(text)) return undefined;
  // A booster's evaluation line is booster-log.ts': read here, LightGBM's `training's l2: 0.5` would be a pair 's_l2'.
  if (readBoosterLine(text) !== undefined) return undefined;
  // A line without a number ('Eval begin...') may announce a split; `val loss nan` is a loss line.
  if (!/\d|\bnan\b|\binf/i.test(text)) return announcement(text);
  const jsonStats = text.includes('json_stats:') ? readJsonStatsLine(text) : undefined;
  if (jsonStats !== undefined) return jsonStats;
  const fairseq = text.includes('{"') ? readFairseqJsonLine(text) : undefined;
  if (fairseq !== undefined) return fairseq;
  const holdsDict = text.includes("{'");
  const trainer = holdsDict || text.includes('{"') ? readTrainerLine(text) : undefined;
  if (trainer !== undefined) return trainer;
  const epochDict = holdsDict ? readEpochDictLine(text) : undefined;
  if (epochDict !== undefined) return { kind: 'observation', pairs: epochDict.pairs, components: 0, summary: false, epoch: epochDict.epoch };
  const stepped = readSteppedLine(text);
  if (stepped !== undefined) return stepped;
  const counted = counterValueLine(text);
  if (counted !== undefined) return { kind: 'observation', pairs: [{ name: 'loss', value: counted.value, validation: false }], components: 0, summary: false, counter: counted.counter };
  const found: { name: string; value: number; start: number; end: number; word?: string }[] = [];
  let components = 0;
  for (const match of text.matchAll(PAIR)) {
    const value = numberOf(match[2]);
    const name = normalised(match[1]);
    if (typeof value !== 'number' || name === '' || namesCounter(name)) continue;
    if (insideBrackets(text, match.index)) {
      components++;
      continue;
    }
    const word = SPLIT_WORD.exec(match[1].replace(LEVEL_WORDS, ''))?.[1].toLowerCase();
    if (!CONTEXT_NAME.test(name)) found.push({ name, value, start: match.index, end: match.index + match[0].length, ...(word === undefined ? {} : { word }) });
  }
  // A line of spaced pairs only, a loss among them (`epoch 3 loss 0.41 val_loss 0.52`, readers-60), is read whole, as its
  // `name: value` twin would be; without a loss (`Train size 55000`) it is a message, read as before.
  const spacedPairs = found.length === 0 ? spacedRecord(text) : undefined;
  const spaced = spacedPairs?.some(({ name }) => namesLoss(name)) === true ? spacedPairs : undefined;
  for (const pair of spaced ?? []) if (!namesCounter(pair.name) && !CONTEXT_NAME.test(pair.name)) found.push(pair);
  const lineEpoch = EPOCH.exec(text);
  const counter = counterOf(lineEpoch === null ? text : text.slice(0, lineEpoch.index) + ' '.repeat(lineEpoch[0].length) + text.slice(lineEpoch.index + lineEpoch[0].length));
  if (!found.some(({ name }) => namesLoss(name))) for (const pair of spacedLosses(text, counter?.named === true, counter?.named === true || lineEpoch !== null)) found.push(pair);
  if (!found.some(({ name }) => namesLoss(name)) && (counter?.named === true || lineEpoch !== null)) {
    // A split written as a key (`Train: 53.17 | Val: 50.93`) is read once, as that split's loss, not as a series named 'train'.
    for (const pair of splitLosses(text, counter?.named === true)) {
      const at = found.findIndex(({ start }) => start === pair.start);
      if (at >= 0) found[at] = pair;
      else found.push(pair);
    }
  }
  if (!found.some(({ name }) => namesLoss(name))) for (const pair of costsOf(text, found, counter !== undefined || lineEpoch !== null)) pair.name += '_loss';
  // A perplexity stands for the loss only on a line that logs none (Sockeye's `Checkpoint [3]	Train-ppl=62.08`),
  // and not in a record's body, whose other lines may (OLMo's `train/Perplexity=` under `train/CrossEntropyLoss=`).
  const inRecord = record !== undefined && (record.bare === true || /^[ \t]/.test(text));
  const perplexityOnly = !inRecord && !found.some(({ name }) => namesLoss(name)) && found.some(({ name }) => isPerplexityName(name));
  const measures = (name: string) => namesLoss(name) || (perplexityOnly && isPerplexityName(name));
  if (!found.some(({ name }) => measures(name))) {
    const header = EPOCH_HEADER.exec(text) ?? ARROW_EPOCH_HEADER.exec(text);
    const evaluation = EVALUATION_WORD.exec(text)?.[1].toLowerCase();
    if (header !== null) return { kind: 'header', epoch: Number(header[1] ?? header[2] ?? header[3]), ...(evaluation === undefined ? {} : { split: ANNOUNCED[evaluation] ?? evaluation }) };
    // A bare `k/N` after the line's epoch counts that epoch's batches as a named counter would (StyIns' `epoch: 1, 51/125
    // 40.8%, 8.95s per iter` over its indented `    recon loss: 6.839`, readers-86).
    // A counter line inside a record (its `Mini-batch: 10` under `Epoch: 0`) keeps the record's epoch.
    const outerEpoch = lineEpoch === null && inRecord ? record.epoch : undefined;
    if (counter === undefined && EPOCH_ONLY_LINE.test(text)) return { kind: 'record-header', epoch: Number(lineEpoch?.[1]) };
    return counter !== undefined && (counter.named === true || lineEpoch !== null)
      ? {
        kind: 'record-header', counter, ...(lineEpoch === null ? (outerEpoch === undefined ? {} : { epoch: outerEpoch }) : { epoch: Number(lineEpoch[1]) }),
        ...(BARE_COUNTER_LINE.test(text) ? { bare: true } : {}),
      }
      // A split's metric (`Validation error: 6.0%`, readers-58) announces nothing: it is that split's line, not the next ones'.
      : found.length === 0 ? announcement(text) : undefined;
  }
  // A record's words set off after every pair by a delimiter are the line's remark (`E: 3, TrL: 0.097,
  // VL: 0.073 --- Updating saved model`, readers-58): its values are the epoch's, read. Before or among
  // them, or glued to a progress frame (Keras' `- loss: 0.0858Restoring model weights from the end of
  // the best epoch.`), the line reports the record (`Best val_loss: 0.45`).
  const recordWords = RECORD.exec(text);
  const lastPairEnd = maxOf(found.map(({ end }) => end));
  const remark = recordWords !== null && recordWords.index >= lastPairEnd && /^\s*(?:-{2,}|[|;,])/.test(text.slice(lastPairEnd, recordWords.index));
  if (recordWords !== null && !remark) return { kind: 'record' };
  // Split tags are looked for outside the pairs ('val' of 'val loss is' is the name's own).
  let masked = text;
  for (const { start, end } of found) masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  const tags = [...masked.matchAll(SPLIT_TAG)].map((tag) => ({ at: tag.index, word: tag[1].toLowerCase() }));
  // A phrase opening with a split word and naming a loss (`Test Loss: 0.32 Acc: 0.88`, `Validation loss: 1.95,  acc: 22.9%`)
  // is that split's tag for the pairs after it; it does not place the line as a tag outside the pairs does. A metric's
  // phrase is its own pair's only: in Udacity's `Train Accuracy: 0.27, Validation Accuracy: 0.31, Loss: 2.51` the loss
  // is the training batch's (readers-83).
  const splits = [...(announced === undefined || lineEpoch !== null ? [] : [{ at: -1, word: announced }]), ...tags, ...found.flatMap(({ start, word, name }) => (word === undefined || !measures(name) ? [] : [{ at: start, word }]))].sort((a, b) => a.at - b.at);
  // An indented line under a record header (see `RecordHeader`, `inRecord` above) takes its counter and epoch.
  const placed = counter !== undefined || lineEpoch !== null || tags.length > 0 || afterHeader || inRecord;
  const pairs = found.map(({ name, value, start }): ConsolePair => {
    if (VALIDATION_PREFIX.test(name)) return { name, value, validation: true };
    if (TRAIN_PREFIX.test(name)) return { name, value, validation: false };
    const tag = splits.filter(({ at }) => at < start).at(-1)?.word;
    const prefix = tag === undefined ? undefined : TAG_PREFIX[tag];
    return prefix === undefined ? { name, value, validation: false } : { name: `${prefix}_${name}`, value, validation: true };
  });
  if (!placed && !(afterObservation && found.some(({ name }) => measures(name) && VALIDATION_PREFIX.test(name)))) {
    // A logger's line (see `UnplacedRun`) starts at column 0, or is an indented row of pairs between '|', and writes its losses
    // as keys (`loss: 2.5`, `loss=2.5`): other indented lines are a structure's body (YAML, a nested config), phrases are prose.
    // A perplexity with nothing placing it is none: Sockeye's per-batch `E=6 B=3800 ... ppl=174.15` is a running
    // mean since the last checkpoint, whose record (`Checkpoint [1]	Train-ppl=...`) is the point.
    const keyed = spaced !== undefined || found.every(({ name, start, end }) => !namesLoss(name) || UNPLACED_KEY.test(text.slice(start, end)));
    // A `| key | value |` row is a key/value table's (kv-table-log.ts: OpenAI's logger, stable-baselines3), read by its block.
    if (KEY_VALUE_ROW.test(text)) return undefined;
    return (/^\S/.test(text) || isPipedRow(text, found)) && keyed && !perplexityOnly ? { kind: 'unplaced', pairs, components } : undefined;
  }
  const epoch = lineEpoch === null ? (inRecord ? record.epoch : undefined) : Number(lineEpoch[1]);
  const placedBy = counter ?? (inRecord ? record.counter : undefined);
  const averaged = AVERAGE_MARK.test(masked) || pairs.every(({ name }) => !namesLoss(name) || AVERAGE_NAME.test(name));
  return {
    kind: 'observation', pairs, components,
    summary: counter === undefined && (lineEpoch !== null ? averaged : afterHeader && pairs.every(({ name }) => !namesLoss(name) || AVERAGE_WORD_NAME.test(name))),
    ...(epoch === undefined ? {} : { epoch }),
    ...(placedBy === undefined ? {} : { counter: placedBy }),
  };
}

/** The split a line without a loss announces (see `ConsoleLine`), undefined when it announces none. */
function announcement(text: string): ConsoleLine | undefined {
  if (ARRAY_SHAPE.test(text)) return undefined;
  const word = ANNOUNCEMENT.exec(text)?.[1].toLowerCase();
  return word === undefined ? undefined : { kind: 'split', word: ANNOUNCED[word] ?? word };
}

/** The line's step or batch counter: a named one first (`step 120`, `iteration:1`, `batch 10/152`), else a bare `k/N`. */
function counterOf(text: string): Counter | undefined {
  const named = NAMED_COUNTER.exec(text);
  const match = named === null ? BARE_COUNTER.exec(text) : null;
  if (named !== null) {
    const rounded = named[3] === undefined ? {} : { rounded: MAGNITUDE[named[3].toUpperCase()] };
    const value = Number(named[2].replaceAll(',', ''));
    return named[4] === undefined ? { value, named: true, ...rounded } : { value, total: Number(named[4]), named: true, ...rounded };
  }
  return match === null ? undefined : { value: Number(match[1]), total: Number(match[2]) };
}

/** The record header `line` is read under: `record` while the lines stay indented (a bare counter line's: any line), else none. */
export function underRecord(line: string, record: RecordHeader | undefined): RecordHeader | undefined {
  return record !== undefined && (record.bare === true || /^[ \t]+\S/.test(lineText(line))) ? record : undefined;
}
