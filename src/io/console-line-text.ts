/**
 * The text of one console line as the line reader reads it (console-line.ts): what a terminal shows
 * of it (`lineText`: the last '\r' frame, backspaces and colour codes gone, Korean and Japanese words in English),
 * then rewritten so that each name keeps its own value (`rewrittenLine`: the layouts listed there,
 * each pattern in console-patterns.ts; a tuple Python 2 printed, as Python 3 prints its elements, printed-tuple.ts). Kept apart from the line reader so that both stay readable in
 * one sitting. Browser-safe.
 */
import {
  ARROWS_BEFORE_NUMBER, BRACKETED_TWIN, GLUONTS_BATCH_AVERAGE, COUNTER_AFTER_NAME, COUNTERS_BEFORE_TENSOR, IS_COLON, LOSS_IN_LIST, JAPANESE_WORDS, KOREAN_WORDS, LAST_AND_AVERAGE, LOSS_TENSOR_LINE, MEAN_AS_DIVISION, LOGURU_DICT_KEY, LOGURU_DICT_MESSAGE, LOGURU_LOCATION, MONITOR_SERIES_NAME, MXNET_R_EPOCH, ORDERED_DICT_ITEM, ORDERED_DICT_WRAPPER, PADDLE_COUNTER_ID,
  QUALIFIER_IN_BRACKETS, SAGEMAKER_EPOCH_LOSS, SOURCE_LOCATION, SPLIT_BRACES, SPLIT_PARENS, SPLIT_EPOCH_KEY, SPLIT_IN_BRACKETS, SPLIT_TUPLE, LOSS_IN_SPLIT, LOSS_IN_SPLIT_NAMES, TERMINAL_CODES, TORCH_SCALAR, TRAILING_RULE,
} from './console-patterns.js';
import { printedTupleLine } from './printed-tuple.js';
import { juliaTupleLine } from './julia-tuple.js';

/** The words of a bracketed qualifier that name a split (`test-set`): such a qualifier is kept (QUALIFIER_IN_BRACKETS). */
const SPLIT_QUALIFIER_WORDS = new Set(['train', 'training', 'val', 'valid', 'validation', 'eval', 'evaluation', 'dev', 'test', 'testing']);
const namesSplit = (qualifier: string) => qualifier.toLowerCase().split('-').some((word) => SPLIT_QUALIFIER_WORDS.has(word));

/** A Keras progress frame at its total: `354/354 [`. */
const COMPLETE_KERAS_FRAME = /(?<!\d)(\d+)\/\1 \[/;

/**
 * What a terminal shows of a raw line: the text after its last '\r' and after its last run of
 * backspaces (progress bars redraw so), its colour sequences left out.
 */
export function lineText(raw: string): string {
  // A CRLF file's line ends in '\r': that one ends the line, it redraws nothing.
  const line = raw.replace(/\r+$/, '');
  const drawn = afterBarAndCursorUp(line.slice(line.lastIndexOf('\r') + 1));
  // Keras 2.0 follows an epoch's complete last frame (`354/354 [====]`) with the backspaces of a
  // redraw that never came; a frame short of its total so followed (Keras 3's first) is erased.
  const frame = drawn.replace(/\x08+$/, '');
  const text = frame !== drawn && COMPLETE_KERAS_FRAME.test(frame.slice(frame.lastIndexOf('\b') + 1)) ? frame : drawn;
  return inEnglish(lastGluedFrame(text.slice(text.lastIndexOf('\b') + 1)).replace(TERMINAL_CODES, ''));
}

/**
 * A tqdm frame, its timings ending `it/s]` or `s/it]`, then a cursor move up (`ESC[A`): what follows
 * is written on another screen line (a logging record printed while a nested bar is drawn), so the
 * bar's description (`Validation: |  | 0/? [00:00<?, ?it/s]`) is no split word of it.
 */
const BAR_THEN_CURSOR_UP = /^.*?(?:it\/s|s\/it)\](?:\x1b\[[0-9;]*m)*\x1b\[\d*A/;

function afterBarAndCursorUp(text: string): string {
  const bar = BAR_THEN_CURSOR_UP.exec(text);
  return bar === null ? text : text.slice(bar[0].length);
}

/** A Keras progress frame's start, `624/625 [`. */
const KERAS_FRAME = /(\d+)\/(\d+) \[/g;

/**
 * The last of Keras progress frames glued with nothing between them, as a notebook saved without
 * its carriage returns holds them (readers-59: `... - accuracy: 0.7725625/625 [=====] - 7s 11ms/step
 * - loss: 0.5382 - val_loss: 0.3791`): the frame's counter is the longest run of the digits before
 * its '/' that starts with no 0 and is not above the total (`7725625/625` is `625/625` after
 * `0.7725`). A line of one frame is itself.
 */
function lastGluedFrame(text: string): string {
  const frames = [...text.matchAll(KERAS_FRAME)];
  if (frames.length < 2) return text;
  const last = frames[frames.length - 1];
  const digits = last[1];
  const total = Number(last[2]);
  let length = digits.length;
  while (length > 1 && (digits[digits.length - length] === '0' || Number(digits.slice(digits.length - length)) > total)) length--;
  return text.slice(last.index + digits.length - length);
}

/** `text` with the Korean or Japanese words of a loss log in English (KOREAN_WORDS, JAPANESE_WORDS); unchanged without Hangul, katakana or those kanji. */
function inEnglish(text: string): string {
  const words = /[\uAC00-\uD7A3]/.test(text) ? KOREAN_WORDS : /[\u30A0-\u30FF]|損失/.test(text) ? JAPANESE_WORDS : undefined;
  if (words === undefined) return text;
  return words.reduce((line, [word, english]) => line.replace(word, ` ${english} `).replace(/ {2,}/g, ' '), text);
}

/** `raw` (one line of the log, '\r' frames and all) as the line reader reads it: its `lineText`, rewritten pair by pair. */
export function rewrittenLine(raw: string): string {
  // A source location (loguru's `__main__:train:35`, logging's `ot_train.py:357`) says where the line was logged from: no pair, no split tag.
  const blank = (location: string) => ' '.repeat(location.length);
  // `Average loss for epoch 1: 0.36` is read as `epoch 1, Average loss: 0.36` (see COUNTER_AFTER_NAME); a printed scalar tensor as its number (TORCH_SCALAR;
  // whole numbers between a name's ':' and it are counters, COUNTERS_BEFORE_TENSOR),
  // a line that is one whose grad_fn is a loss's as `loss: <value>` (LOSS_TENSOR_LINE).
  // The Cookbook's `Train Loss (Test Loss): 0.44 (0.43)` is read as `Train Loss: 0.44, Test Loss: 0.43` (BRACKETED_TWIN),
  // `(train / valid) loss = (2.77 / 0.93)` as `train_loss = 2.77, valid_loss = 0.93` (SPLIT_TUPLE);
  // an OrderedDict's items as pairs, Chainer's `loss (train):` as `train_loss:` (ORDERED_DICT_ITEM, SPLIT_IN_BRACKETS),
  // `loss in testing :` as `test_loss:` (LOSS_IN_SPLIT), and `training loss (in-iteration):` as `training loss:` (QUALIFIER_IN_BRACKETS); `Test : 1 Loss: 0.0044` as `Test epoch 1, Loss: 0.0044` (SPLIT_EPOCH_KEY).
  // PaddlePaddle's `epoch_id: 0, batch_id: 500, loss is: [2.18]` is read as `epoch: 0, batch: 500, loss: 2.18` (PADDLE_COUNTER_ID, IS_COLON),
  // and a loss in a one-element list, `Train Loss: [0.153055]`, as `Train Loss: 0.153055` (LOSS_IN_LIST).
  // A rule drawn after a line's last number (`-----finished epoch 1 - training loss: 3.7851------`) is cut (TRAILING_RULE), and arrows
  // before a number (`Training Loss: >>>0.736675`, ARROWS_BEFORE_NUMBER); GluonTS's `Epoch[0] Batch[5] avg_epoch_loss=` is a batch's (GLUONTS_BATCH_AVERAGE).
  // A split's pairs in braces take its name (`train={MAE= 0.29}` -> `train_MAE= 0.29`, SPLIT_BRACES), as in round brackets after it do
  // (`Train (Acc: 0.25 Loss: 2.05)` -> `Train_Acc: 0.25 Train_Loss: 2.05`, SPLIT_PARENS); FastFlow's
  // `loss = 2.997/7.876 (last/avg)` is read as `loss = 2.997 (avg: 7.876)` (LAST_AND_AVERAGE), and a mean printed with its
  // division, `Train Loss: 25005.502/6552=3.8165`, as `Train Loss: 3.8165` (MEAN_AS_DIVISION).
  // SageMaker's `#quality_metric: host=algo-1, epoch=1, train <name>_objective <loss>=0.0169` as `epoch 1, train_<name>_loss: 0.0169`
  // (SAGEMAKER_EPOCH_LOSS): the tag `<loss>` says the figure is a loss, which the name does not.
  // A loguru message that is a dict, `- {'eval_loss': 7.58}`, as `- eval_loss: 7.58` (LOGURU_DICT_MESSAGE);
  // nnabla's monitor line `iter=199 {Training loss}=1.50` as `iter=199 Training loss=1.50` (MONITOR_SERIES_NAME);
  // MXNet R's `[1] Train-Perplexity=13.70` as `epoch 1, Train-Perplexity=13.70` (MXNET_R_EPOCH).
  // A tuple Python 2 printed, `('Epoch: 1/4...', 'Loss: 0.685023...')`, is first the line Python 3 prints (printed-tuple.ts).
  // A tuple Julia printed, `(:epoch, 0, :trn, 589.9f0, :tst, 589.9f0)`, is `epoch 0, train_loss: 589.9e0, test_loss: 589.9e0` (julia-tuple.ts).
  return juliaTupleLine(printedTupleLine(lineText(raw)))
    .replace(MONITOR_SERIES_NAME, '$1').replace(MXNET_R_EPOCH, '$1epoch $2, $3')
    .replace(LOGURU_DICT_MESSAGE, (_, head: string, body: string) => `${head}${body.replace(LOGURU_DICT_KEY, '$1:')}`)
    .replace(SAGEMAKER_EPOCH_LOSS, (_, epoch: string, split: string, name: string) => `epoch ${epoch}, ${split}_${sageMakerLossName(name)}: `)
    .replace(LOSS_TENSOR_LINE, 'loss: $1').replace(COUNTERS_BEFORE_TENSOR, '$1').replace(TORCH_SCALAR, '$1').replace(LOGURU_LOCATION, blank).replace(SOURCE_LOCATION, blank)
    .replace(COUNTER_AFTER_NAME, '$2 $3, $1: ')
    .replace(BRACKETED_TWIN, '$1: $3, $2: $4')
    .replace(SPLIT_TUPLE, '$1_$3 $4 $5$6, $2_$3 $4 $7$8')
    .replace(ORDERED_DICT_ITEM, '$1: $2,').replace(ORDERED_DICT_WRAPPER, ' ')
    .replace(SPLIT_IN_BRACKETS, (_, digit: string | undefined, name: string, split: string) => `${digit === undefined ? '' : `${digit}, `}${split}_${name}:`)
    .replace(LOSS_IN_SPLIT, (_, name: string, split: string) => `${LOSS_IN_SPLIT_NAMES[split.toLowerCase()]}_${name}:`)
    .replace(QUALIFIER_IN_BRACKETS, (whole: string, name: string, qualifier: string) => (namesSplit(qualifier) ? whole : `${name}:`))
    .replace(PADDLE_COUNTER_ID, '$1')
    .replace(IS_COLON, (_, last: string, number?: string) => (number === undefined ? `${last}:` : `${last}: ${number}`)).replace(LOSS_IN_LIST, '$1$2')
    .replace(TRAILING_RULE, '').replace(ARROWS_BEFORE_NUMBER, '').replace(GLUONTS_BATCH_AVERAGE, '$1batch_avg_epoch_loss').replace(SPLIT_EPOCH_KEY, '$1$2 epoch $3, ')
    .replace(SPLIT_BRACES, splitPrefixedPairs).replace(SPLIT_PARENS, splitPrefixedPairs)
    .replace(LAST_AND_AVERAGE, '$1$2 $3 ($5: $4)').replace(MEAN_AS_DIVISION, quotientOnly);
}

/** `: 25005.502/6552=3.8165` as `: 3.8165` when the quotient is the division's to its printed digits (MEAN_AS_DIVISION). */
function quotientOnly(whole: string, sign: string, dividend: string, divisor: string, quotient: string): string {
  const [mantissa, exponent = '0'] = quotient.split(/[eE]/);
  const halfUnit = 0.5 * 10 ** (Number(exponent) - (mantissa.split('.')[1]?.length ?? 0));
  const exact = Number(dividend) / Number(divisor);
  return Number.isFinite(exact) && Math.abs(exact - Number(quotient)) <= halfUnit * 1.001 ? `${sign} ${quotient}` : whole;
}

/** A split's bracketed pairs (SPLIT_BRACES, SPLIT_PARENS) each with the split's name before its own: `train_MAE=`. */
function splitPrefixedPairs(_: string, split: string, body: string): string {
  return body.replace(/([A-Za-z_][\w.-]*)\s*([=:])/g, `${split}_$1$2`);
}

/** A SageMaker `<loss>` figure's name as a loss's: `binary_classification_cross_entropy_objective` -> `binary_classification_cross_entropy_loss`, `loss` kept. */
function sageMakerLossName(name: string): string {
  const stem = name.replace(/_objective$/, '');
  return /loss/i.test(stem) ? stem : `${stem}_loss`;
}
