/**
 * One progress line of the PyTorch "NLP from scratch" tutorials (char-RNN classification and
 * generation, seq2seq translation; spro/practical-pytorch prints the same), which name neither
 * the loss nor the counter: `print('%s (%d %d%%) %.4f' % (timeSince(start), iter, iter / n_iters *
 * 100, loss))` and the classification tutorial's `print('%d %d%% (%s) %.4f %s / %s %s' % (iter,
 * ...))`, `timeSince` writing `'%dm %ds'` (the seq2seq one adds the time left, `(- 25m 8s)`):
 *
 *   generation, seq2seq     0m 19s (100 5%) 2.1267            time, (iteration percent), loss
 *   practical-pytorch       [0m 19s (100 5%) 2.1267]          the same in square brackets
 *   seq2seq translation     1m 47s (- 25m 8s) (5000 6%) 2.8641
 *   classification          5000 5% (0m 5s) 2.6379 Albert / Polish ✗ (Czech)   then the sample's guess
 *
 * The number is the training loss the loop printed at that iteration (one chunk's, one name's, or
 * the mean since the last print), read as 'loss' at the iteration, the step. The elapsed time in
 * minutes and seconds, the iteration and its whole percent together are what no other print
 * writes; the classification line's tail must be its `name / guess` sample, so a sentence that
 * happens to open with a number and a percent is not read. Browser-safe.
 */
import type { ConsolePair } from './console-line.js';

const TIME = String.raw`\d+m \d{1,2}s(?: \(- \d+m \d{1,2}s\))?`;
const LOSS = String.raw`(\d+\.\d+|nan|inf)`;
/** `0m 19s (100 5%) 2.1267`, in square brackets or not. */
const TIME_FIRST = new RegExp(String.raw`^\s*(\[?)${TIME} \((\d+) (\d{1,3})%\) ${LOSS}(\]?)\s*$`);
/** `5000 5% (0m 5s) 2.6379`, then the sample: `Albert / Polish ✗ (Czech)`. */
const COUNTER_FIRST = new RegExp(String.raw`^\s*(\d+) (\d{1,3})% \(${TIME}\) ${LOSS}(?: (\S.*? \/ \S.*))?\s*$`);

/** The iteration and the loss of a tutorial's progress line (see the module comment), undefined for any other line. */
export function readCharRnnLine(text: string): { step: number; pairs: ConsolePair[] } | undefined {
  const timeFirst = TIME_FIRST.exec(text);
  // An opening bracket is closed (practical-pytorch's `[...]`), or there is none.
  if (timeFirst !== null && timeFirst[1].length === timeFirst[5].length) return progress(timeFirst[2], timeFirst[3], timeFirst[4]);
  const counterFirst = COUNTER_FIRST.exec(text);
  return counterFirst === null ? undefined : progress(counterFirst[1], counterFirst[2], counterFirst[3]);
}

function progress(iteration: string, percent: string, loss: string): { step: number; pairs: ConsolePair[] } | undefined {
  const step = Number(iteration);
  // The tutorials print from the first print interval on, and never past the planned iterations.
  if (step === 0 || Number(percent) > 100) return undefined;
  const value = loss === 'nan' ? Number.NaN : loss === 'inf' ? Number.POSITIVE_INFINITY : Number(loss);
  return { step, pairs: [{ name: 'loss', value, validation: false }] };
}
