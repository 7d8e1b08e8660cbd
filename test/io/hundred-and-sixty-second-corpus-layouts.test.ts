/**
 * Layouts the hundred-and-sixty-second real-log corpus (round 165) left unread, written here, numbers made up: a
 * notebook loop that prints its loss bare, its name only in the code (karpathy's nn-zero-to-hero notebooks and their
 * copies: `print(loss.item())`, `print(k, loss.data)`, `print(loss)`; the corpus's d01-d05, d09 and d10, readers-169).
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { withLoopLossNamed } from '../../src/io/notebook-loop-prints.js';
import { steps, values } from './support/logs.js';
import { bytes } from './support/temp-files.js';

/** A notebook of one code cell per [source, stdout] pair. */
const notebook = (cells: readonly (readonly [string, string])[]) => bytes(JSON.stringify({
  nbformat: 4, nbformat_minor: 5, metadata: {},
  cells: cells.map(([source, text], index) => ({
    cell_type: 'code', execution_count: index + 1, metadata: {}, source, outputs: [{ output_type: 'stream', name: 'stdout', text }],
  })),
}));
const falling = (count: number, line: (i: number, value: number) => string) => Array.from({ length: count }, (_, i) => `${line(i, 3 - 0.02 * i)}\n`).join('');

const BIGRAM = 'for k in range(40):\n    logits = xenc @ W\n    loss = -probs.log().mean()\n    W.grad = None\n    loss.backward()\n    W.data += -50 * W.grad\n    print(loss.item())\n';
const MICROGRAD = 'for k in range(20):\n  ypred = [n(x) for x in xs]\n  loss = sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))\n  loss.backward()\n  print(k, loss.data)\n';

describe('a notebook loop printing its loss bare (readers-169)', () => {
  it('`print(loss.item())` in a loop: each bare number is the loss, a step each', () => {
    const log = parseLog('makemore.ipynb', notebook([[BIGRAM, falling(40, (_, v) => String(v))]]));
    expect(values(log.series.loss)).toHaveLength(40);
    expect(values(log.series.loss)[39]).toBeCloseTo(2.22, 6);
  });

  it('`print(k, loss.data)`: the counter is the step', () => {
    const log = parseLog('micrograd.ipynb', notebook([[MICROGRAD, falling(20, (i, v) => `${i} ${v}`)]]));
    expect(steps(log.series.loss).slice(0, 3)).toEqual([0, 1, 2]);
    expect(values(log.series.loss)).toHaveLength(20);
  });

  it('`print(loss)`: a scalar tensor whatever its grad_fn', () => {
    const source = BIGRAM.replace('print(loss.item())', 'print(loss)');
    const log = parseLog('bigram.ipynb', notebook([[source, falling(30, (_, v) => `tensor(${v.toFixed(4)}, grad_fn=<AddBackward0>)`)]]));
    expect(values(log.series.loss)).toHaveLength(30);
  });

  it('a commented-out print prints nothing, so the live one is read', () => {
    const source = `${MICROGRAD.replace('  print(k, loss.data)\n', '  #print(loss.item())\n  if k % 2 == 0:\n    print(k, loss.data)\n')}`;
    expect(withLoopLossNamed(source, '0 7.6\n2 1.9\n')).toBe('step 0, loss: 7.6\nstep 2, loss: 1.9\n');
  });

  it('only where the code says so: another bare print, a print outside a loop, a name without loss', () => {
    const lines = '2.5\n2.4\n';
    expect(withLoopLossNamed(BIGRAM.replace('    print(loss.item())\n', '    print(k)\n    print(loss.item())\n'), lines)).toBe(lines);
    expect(withLoopLossNamed('loss = f(x)\nprint(loss.item())\n', lines)).toBe(lines);
    expect(withLoopLossNamed('for k in range(2):\n    print(acc.item())\n', lines)).toBe(lines);
    expect(withLoopLossNamed(BIGRAM.replace('    print(loss.item())\n', '    print("step", k)\n    print(loss.item())\n'), lines)).toBe('loss: 2.5\nloss: 2.4\n');
  });
});
