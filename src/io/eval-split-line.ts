/**
 * One evaluation line of Karpathy's reproduction of LeCun et al. 1989 (karpathy/lecun1989-repro,
 * `repro.py`'s `eval_split`, and its ports to JAX / Flax, MLX and notebooks), which evaluates the
 * whole training and test sets after each pass over the data:
 *
 *   epoch 1                                                          (the Flax port's header; `repro.py` prints `1`)
 *   eval: split train. loss 5.576071e-02. error 8.11%. misses: 591
 *   eval: split test . loss 5.287848e-02. error 7.37%. misses: 148
 *
 * (`f"eval: split {split:5s}. loss {loss:e}. error {err*100:.2f}%. misses: {n}"`.) The `train`
 * split is the training loss 'loss' with its 'error' (in percent, as printed), the `test` split the
 * held-out 'test_loss' and 'test_error' (a `val` or `valid` split 'val_'); `misses` is the error
 * as a count, no series of its own. The line names no counter: console-log.ts places the train
 * line at the next step and the test line at that step, in the epoch of the header before them.
 * Only this whole layout is read, so no other line opening with `eval:` is. Browser-safe.
 */
import type { ConsolePair } from './console-line.js';
import { TAG_PREFIX } from './console-patterns.js';
import { parseNumber } from './series.js';

const LINE = /^eval: split (\w+) *\. loss (\S+)\. error (\S+)%\. misses: \d+\s*$/;

/** The pairs of such a line (see the module comment), undefined for any other line. */
export function readEvalSplitLine(text: string): { pairs: ConsolePair[] } | undefined {
  const match = LINE.exec(text);
  if (match === null) return undefined;
  const split = match[1].toLowerCase();
  const prefix = split === 'train' ? '' : Object.hasOwn(TAG_PREFIX, split) ? TAG_PREFIX[split] : undefined;
  const [loss, error] = [parseNumber(match[2]), parseNumber(match[3])];
  if (prefix === undefined || typeof loss !== 'number' || typeof error !== 'number') return undefined;
  const validation = prefix !== '';
  const named = (name: string) => (validation ? `${prefix}_${name}` : name);
  return { pairs: [{ name: named('loss'), value: loss, validation }, { name: named('error'), value: error, validation }] };
}
