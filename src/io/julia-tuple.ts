/**
 * A line Julia printed as a tuple of symbols and their values (readers-124): Knet's examples print
 * each epoch's report as `(:epoch, 0, :loss, 279.29912281017516)` or `(:epoch, 0, :trn, 589.91534f0,
 * :tst, 589.91534f0)` (a Float32 written with Julia's `f` exponent), the 70th corpus's d07 and d08.
 * Such a line (the tuple and nothing else, every element after a symbol a number) is read as the line a
 * loop would print: `epoch 0, loss: 279.29912281017516`. Knet names a split's loss by the split alone
 * (`:trn`, `:tst`, `:dev`, `:val`), read as that split's loss (`train_loss`, `test_loss`, ...).
 * Browser-safe.
 */

const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:[eEf][-+]?\d+)?|NaN|Inf`;
const PAIR = String.raw`:([A-Za-z_]\w*)\s*,\s*(${NUMBER})`;
const WHOLE_TUPLE = new RegExp(String.raw`^\s*\(\s*${PAIR}(?:\s*,\s*${PAIR})*\s*\)\s*$`);
const PAIRS = new RegExp(PAIR, 'g');
/** The counters a report's tuple opens with: written as the loop's words (`epoch 0`). */
const COUNTERS = new Set(['epoch', 'iter', 'iteration', 'step', 'batch']);
/** Knet's split symbols, each naming that split's loss. */
const SPLIT_LOSSES: Readonly<Record<string, string>> = { trn: 'train_loss', tst: 'test_loss', dev: 'dev_loss', val: 'val_loss' };

/** `text` as a loop's line when it is a whole Julia tuple of symbols and numbers (see the module comment), else `text` unchanged. */
export function juliaTupleLine(text: string): string {
  if (!text.includes('(:') || !WHOLE_TUPLE.test(text)) return text;
  const parts = [...text.matchAll(PAIRS)].map(([, symbol, value]) => {
    const number = value.replace(/(?<=\d)f(?=[-+]?\d)/, 'e');
    if (COUNTERS.has(symbol.toLowerCase())) return `${symbol} ${number}`;
    return `${SPLIT_LOSSES[symbol.toLowerCase()] ?? symbol}: ${number}`;
  });
  return parts.join(', ');
}
