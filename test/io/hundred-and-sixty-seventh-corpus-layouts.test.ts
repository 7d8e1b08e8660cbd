/**
 * Layouts the hundred-and-sixty-seventh real-log corpus (round 170) left unread, written here, numbers made up (readers-173):
 * makemore's backprop exercise, whose training cell updates its parameters by hand inside `torch.no_grad()` and calls no
 * `.backward()`, so that readers-162 passed it by as a cell that only evaluates (the corpus's a04); and a bigram loop that
 * prints its counter and loss in an f-string, `print(f'{k:3d} {loss.item()}')` (a06, a07).
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { evaluatesOnly } from '../../src/io/notebook-cells.js';
import { withLoopLossNamed } from '../../src/io/notebook-loop-prints.js';
import { steps, values } from './support/logs.js';
import { bytes } from './support/temp-files.js';

const notebook = (source: string, text: string) => bytes(JSON.stringify({
  nbformat: 4, nbformat_minor: 5, metadata: {},
  cells: [{ cell_type: 'code', execution_count: 1, metadata: {}, source, outputs: [{ output_type: 'stream', name: 'stdout', text }] }],
}));

const BACKPROP = [
  'for i in range(max_steps):',
  '    logits = h @ W2 + b2',
  '    loss = F.cross_entropy(logits, Yb)',
  '    dW2 = h.T @ dlogits',
  '    with torch.no_grad():',
  '        W2 += -lr * dW2',
  '        b2 += -lr * db2',
  '    if i % 10000 == 0:',
  '        print(i, loss.item())',
].join('\n');

describe('a training cell that updates its parameters by hand under torch.no_grad() (readers-173)', () => {
  it('is a training cell, not an evaluation, and its loop prints are read', () => {
    expect(evaluatesOnly(BACKPROP)).toBe(false);
    const text = Array.from({ length: 20 }, (_, i) => `${i * 10000} ${(3.7 - i * 0.08).toFixed(6)}\n`).join('');
    const log = parseLog('backprop.ipynb', notebook(BACKPROP, text));
    expect(values(log.series.loss)).toHaveLength(20);
    expect(steps(log.series.loss).slice(0, 2)).toEqual([0, 10000]);
  });

  it('`p.data += -lr * p.grad` and `W -= lr * W.grad` mark training too; a cell that only evaluates stays one', () => {
    expect(evaluatesOnly('with torch.no_grad():\n  for p in parameters:\n    p.data += -0.1 * p.grad\n')).toBe(false);
    expect(evaluatesOnly('with torch.no_grad():\n  W -= lr * W.grad\n')).toBe(false);
    expect(evaluatesOnly('with torch.no_grad():\n  logits = model(Xte)\n  loss = F.cross_entropy(logits, Yte)\n  total += loss.item()\n')).toBe(true);
  });
});

describe("a loop printing its counter and loss in an f-string (readers-173)", () => {
  const LOOP = (print: string) => `for k in range(200):\n  loss = -probs[torch.arange(num), ys].log().mean()\n  if k % 10 == 0:\n    ${print}\n  loss.backward()\n`;

  it('`print(f\'{k:3d} {loss.item()}\')`: the counter is the step, the number the loss', () => {
    const text = Array.from({ length: 20 }, (_, i) => `${String(i * 10).padStart(3)} ${(3.76 - i * 0.05).toFixed(6)}\n`).join('');
    const log = parseLog('bigram.ipynb', notebook(LOOP("print(f'{k:3d} {loss.item()}')"), text));
    expect(values(log.series.loss)).toHaveLength(20);
    expect(steps(log.series.loss).slice(0, 2)).toEqual([0, 10]);
  });

  it('a separator between them, and a format on the loss', () => {
    expect(withLoopLossNamed(LOOP('print(f"{k}: {loss.item():.4f}")'), '10: 3.1805\n')).toBe('step 10, loss: 3.1805\n');
  });

  it('reads nothing where another f-string of the cell prints numbers only; one with words of its own is a string', () => {
    expect(withLoopLossNamed(`${LOOP("print(f'{k:3d} {loss.item()}')")}print(f'{acc}')\n`, ' 10 3.18\n')).toBe(' 10 3.18\n');
    expect(withLoopLossNamed(`${LOOP("print(f'{k:3d} {loss.item()}')")}print(f'accuracy {acc}')\n`, ' 10 3.18\n')).toBe('step 10, loss: 3.18\n');
  });

  it('an f-string with other values beside the loss is not such a print', () => {
    expect(withLoopLossNamed(LOOP("print(f'{k:2}, {loss.data:.5f}, {[p.data for p in ypred]}')"), ' 0, 8.89026, [0.1]\n')).toBe(' 0, 8.89026, [0.1]\n');
  });
});
