/**
 * The pairs of a plain console line that console-line.ts reads beside its `name: value` pairs, and
 * the helpers both use: a name normalised, a number with thousands separators, a loss written as a
 * column without a separator (`Loss 2.6650 |`), nanoGPT's `train 3.44 val 3.43`, a TF1 loop's cost
 * standing for its loss, and whether a pair sits inside round brackets (a component). Kept apart so that the line reader stays readable
 * in one sitting. Browser-safe.
 */
import { COST_NAME, COUNTER_VALUE, CROSS_ENTROPY_NAME, COUNTER_WORDS, LEVEL_WORDS, RECORD_COUNT, RECORD_KEYED_NAME, RECORD_MARKER, RECORD_NAME_WORD, RECORD_NUMBER, RECORD_PREFIX_END, RECORD_TOKEN, REWARD_NAME, SPACED_LOSS, SPLIT_VALUE, TAG_PREFIX, TRAIN_PREFIX, UNPLACED_KEY } from './console-patterns.js';
import { namesLoss, parseNumber } from './series.js';
import { lossWordCased } from '../monitor/index.js';

/**
 * 'Avg loss so far' -> 'avg_loss_so_far'; 'train/CrossEntropyLoss' -> 'train/cross_entropy_loss' (words as the role table splits them; 'mAP' stays one);
 * an abbreviation's full stop left out ('Val. Loss' -> 'val_loss', as the PyTorch seq2seq tutorials print it); the word loss
 * typed in a mixed case ('LOss') is that word (readers-129).
 */
export const normalised = (name: string) => lossWordCased(name).replace(LEVEL_WORDS, '').trim().replace(/\.\s+/g, ' ').replace(/([a-z0-9])([A-Z][a-z])/g, '$1_$2')
  .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2').toLowerCase().replace(/\s+/g, '_');

/** A pair's number, thousands separators ('8,641') left out. */
export const numberOf = (text: string) => parseNumber(text.replace(/,/g, ''));

/** True for a name that is a counter ('Train Epoch', 'step', 'iteration'): its number places the line. */
export const namesCounter = (name: string) => COUNTER_WORDS.has(name.split('_').at(-1) ?? '');

/**
 * A loss written without a separator, as a column of a '|'-separated line (DGL's examples:
 * `Epoch 00000 | Step 00020 | Loss 2.6650 | Train Acc 0.3400`; `Epoch 001 loss  22.0703 | train 2.5s`)
 * or nanoGPT's prints (`step 250: train loss 2.0441, val loss 2.1023`): a loss-named word or two,
 * spaces, a number that ends at a '|', ',', ';' or the line's end. `counted`: the line has a named
 * counter (`iter 10:`), and then the number may also be followed by more text (nanoGPT forks'
 * `iter 10: loss 8.7390 11136 ms/iter`). Looked for only on a line without a `name: value` loss;
 * prose ('the loss 0.5 was') has no such column and no counter.
 */
export function spacedLosses(text: string, counted: boolean, placed = counted): { name: string; value: number; start: number; end: number }[] {
  return [...text.matchAll(SPACED_LOSS)].flatMap((match) => {
    const written = normalised(match[1]);
    // A cost in such a column (readers-56: Krohn's ML Foundations notebooks print
    // `Epoch 0, cost 8.57, m grad 23.2, b grad 3.6`) is the loss under costsOf's names, on a line a
    // counter or an epoch places (`placed`), and ending its column.
    const cost = COST_NAME.test(written);
    const name = cost ? `${written}_loss` : written;
    const value = numberOf(match[2]);
    const ends = match[3] !== undefined || (counted && !cost);
    // ...and not beside a reward: safe RL's cost is the constraint's, not a loss (see costsOf).
    if (cost && !(placed && !/reward/i.test(text))) return [];
    return ends && typeof value === 'number' && namesLoss(name) && !insideBrackets(text, match.index) ? [{ name, value, start: match.index, end: match.index + match[0].length }] : [];
  });
}

/**
 * The pairs of a line that is spaced pairs and nothing else (readers-60): a hand-written loop's
 * `print('epoch', e, 'loss', l, 'val_loss', v)` or `print(f"=> loss {l:.2f} acc {a:.2f}")` writes
 * `epoch 3 loss 0.41 val_loss 0.52` and `=> loss 195.05 acc 0.10`, a name of one or two words and
 * its number, again and again, after an optional marker (`=>`, `>>`, `-`). Every token must fall
 * into such a pair, so that prose (`the loss 0.5 was`) and messages (`Saving 3 files`) are none;
 * a number may carry a unit (`acc 91.2%`, `time 2.3s`), a counter its total (`Epoch 1/30`), and a
 * lone '-' (or '--', a dash) sets pairs apart as Keras' do (`Epoch 1/30 - loss 0.41 - val loss 0.52`). After a
 * logging prefix (`2023-01-01 12:00:01,123 - INFO - Epoch 3 train loss 0.41 valid loss 0.52`: the
 * rest of the line after a ' - ', ': ', ']' or '|'), two pairs at least, so that a message's last
 * words (`INFO: model loss 0.5`) are none. Undefined for any other line. The pairs are then read
 * as `name: value` pairs are (counters place the line; console-line.ts).
 */
export function spacedRecord(text: string): { name: string; value: number; start: number; end: number }[] | undefined {
  const whole = pairsFrom(text, RECORD_MARKER.exec(text)?.[0].length ?? 0);
  if (whole !== undefined) return whole;
  for (const prefix of text.matchAll(RECORD_PREFIX_END)) {
    const rest = pairsFrom(text, prefix.index + prefix[0].length);
    if (rest !== undefined && rest.length >= 2) return rest;
  }
  return undefined;
}

/** A token that only sets pairs apart: Keras' lone '-', objax's example loop's '--' (`Epoch   1 -- train loss 2.183   test accuracy 57.6`). */
const PAIR_SEPARATOR = /^(?:--?|—|–)$/;

/** A split word written as a comma-separated field's value (`phase train,`, `mode val,`). */
const SPLIT_FIELD_VALUE = /^(?:train|training|val|valid|validation|eval|test|dev)$/i;

const isNumberToken = (token: string | undefined) => token !== undefined && (RECORD_NUMBER.test(token) || RECORD_COUNT.test(token));

/** The pairs of `text` from `from` to its end when every token falls into one (see spacedRecord), else undefined. */
function pairsFrom(text: string, from: number): { name: string; value: number; start: number; end: number }[] | undefined {
  const matches = [...text.slice(from).matchAll(RECORD_TOKEN)].filter((match) => !PAIR_SEPARATOR.test(match[0]));
  // A name written as a key before its number (`Epoch: 1/10 Training Loss 8.483 Validation Loss 3.841`, an image
  // classifier's loop, readers-163) is that name: the pairs after it are spaced ones all the same.
  const tokens = matches.map((match, index) => ({
    text: RECORD_KEYED_NAME.test(match[0]) && isNumberToken(matches[index + 1]?.[0]) ? match[0].slice(0, -1) : match[0], start: from + match.index,
  }));
  const isWord = (token: { text: string } | undefined) => token !== undefined && RECORD_NAME_WORD.test(token.text) && !RECORD_NUMBER.test(token.text);
  const pairs: { name: string; value: number; start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length;) {
    // A field whose value is a split word (a U-Net loop's `epoch 1, phase train, step 10, loss_train, 0.838`, readers-89) names
    // no number: it is passed over, and the split word, left in the line, tags the pairs after it as any split word does.
    if (isWord(tokens[i]) && SPLIT_FIELD_VALUE.test(tokens[i + 1]?.text ?? '') && /^ +$/.test(text.slice(tokens[i].start + tokens[i].text.length, tokens[i + 1].start)) &&
      /^\s*,/.test(text.slice(tokens[i + 1].start + tokens[i + 1].text.length))) {
      i += 2;
      continue;
    }
    // Two words name one pair only when a space alone sets them apart (`train loss 0.41`; `epoch0, loss 1.63` is no pair 'epoch0 loss').
    const words = isWord(tokens[i + 1]) && /^ +$/.test(text.slice(tokens[i].start + tokens[i].text.length, tokens[i + 1].start)) ? 2 : 1;
    const [first, number] = [tokens[i], tokens[i + words]];
    if (number === undefined || !tokens.slice(i, i + words).every(isWord)) return undefined;
    const written = normalised(tokens.slice(i, i + words).map(({ text: word }) => word).join(' '));
    const numberParts = RECORD_NUMBER.exec(number.text);
    // A number in seconds is a duration whatever its name (`train 2.5s`, the epoch's training time): a timing, no series (CONTEXT_NAME).
    const name = numberParts?.[2] !== undefined && numberParts[2] !== '%' ? `${written}_time` : written;
    // A counter may be written with its total (`Epoch 1/30`); console-line.ts reads it from the line, as any counter.
    const numeral = namesCounter(name) && RECORD_COUNT.test(number.text) ? number.text.split('/')[0] : numberParts?.[1];
    const value = numeral === undefined ? undefined : numberOf(numeral);
    if (typeof value !== 'number') return undefined;
    pairs.push({ name, value, start: first.start, end: number.start + number.text.length });
    i += words + 1;
  }
  return pairs.length > 0 ? pairs : undefined;
}

/**
 * The losses of an evaluation line that names each split's loss by the split alone, as nanoGPT's
 * `estimate_loss()` returns `{'train': ..., 'val': ...}` and its forks print it (`[eval] iter 500:
 * train 3.4484 val 3.4299 lr 3.00e-04`): a training and a validation split word, each followed
 * by a number, on a line with a named counter or an epoch and no loss-named pair. Read as 'train_loss' and
 * 'val_loss' ('test_loss' ...). Both splits are required: one split word and a number
 * (`train 2.5s`, a timing) says no loss. `counted` false: the line is placed by its epoch alone,
 * and then each number must end a column, at a '|', ',', ';' or the line's end (a notebook loop's
 * `print(f"Epoch {e}/{n} | Train {tl:.4f} | Val {vl:.4f} | Acc {acc:.4f}")`), not be followed by
 * more words (`Epoch 1 | train 1000 samples`).
 */
export function splitLosses(text: string, counted = true): { name: string; value: number; start: number; end: number }[] {
  const pairs = [...text.matchAll(SPLIT_VALUE)].flatMap((match) => {
    if (!counted && match[3] === undefined) return [];
    const value = numberOf(match[2]);
    const split = match[1].toLowerCase();
    const name = TRAIN_PREFIX.test(split) ? 'train_loss' : `${TAG_PREFIX[split] ?? split}_loss`;
    return typeof value === 'number' ? [{ name, value, start: match.index, end: match.index + match[0].length }] : [];
  });
  const training = pairs.some(({ name }) => name === 'train_loss');
  return training && pairs.some(({ name }) => name !== 'train_loss') ? pairs : [];
}

/** The depth of round brackets at each pair's start (a component sits inside them). */
export function insideBrackets(text: string, index: number): boolean {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * A line of a step counter and one number only (`  10000/ 200000: 2.0576`, console-patterns.ts'
 * COUNTER_VALUE): the training loss at step k of N. The number is named by nothing else on the line,
 * and a loop printing its progress so prints the loss it optimises; k above N is no such counter.
 */
export function counterValueLine(text: string): { counter: { value: number; total: number }; value: number } | undefined {
  const match = COUNTER_VALUE.exec(text);
  if (match === null) return undefined;
  const [step, total, value] = [Number(match[1]), Number(match[2]), numberOf(match[3])];
  return typeof value === 'number' && step <= total ? { counter: { value: step, total }, value } : undefined;
}

/**
 * True when the pairs `found` (in line order) are a row between '|' and nothing else, as a loop's
 * indented `print(f"\tTrain Loss: {l:7.3f} | Train PPL: {math.exp(l):7.3f}")` writes them: two or
 * more, only white space before the first and a '|' between each and the next. No structure's body
 * (YAML, a nested configuration) writes its keys so.
 */
export function isPipedRow(text: string, found: readonly { start: number; end: number }[]): boolean {
  if (found.length < 2 || text.slice(0, found[0].start).trim() !== '') return false;
  return found.slice(1).every(({ start }, index) => /^\s*\|\s*$/.test(text.slice(found[index].end, start)));
}

/**
 * The pairs of a line naming no loss that are its cost, as TensorFlow 1 code names the loss it
 * minimises (`cost = tf.reduce_mean(...)`; hands-on NLP's speech-to-text loop prints `Epoch 0/100,
 * training_cost: 546.053, error_rate: 0.953, time: 208.20 sec`): a name of console-patterns.ts'
 * COST_NAME written as a key (`cost: 0.5`, `cost=0.5`; `the cost is 0.5` is prose), on a line that
 * names its own epoch or step (`placed`), and no reward (safe RL's `step 1000, reward: 12.5, cost: 3`
 * counts constraint violations). The same loop's per-batch `Batch cost: 440.02, Train cost: 14080.79`
 * names neither epoch nor step: its `Train cost` is a sum running over the epoch, no point. console-line.ts
 * appends '_loss' to these names (`training_cost_loss`), so that the role table takes the cost as the
 * loss and the name still says what was printed, as trax-line.ts does for a cross entropy. A cross
 * entropy written without the word loss (CROSS_ENTROPY_NAME: TensorFlow's retraining script's
 * `Step 10: Cross entropy = 4.46`) is such a loss too.
 */
export function costsOf<Pair extends { name: string; start: number; end: number }>(text: string, found: readonly Pair[], placed: boolean): Pair[] {
  if (!placed || found.some(({ name }) => REWARD_NAME.test(name))) return [];
  return found.filter(({ name, start, end }) => (COST_NAME.test(name) && UNPLACED_KEY.test(text.slice(start, end))) || CROSS_ENTROPY_NAME.test(name));
}
