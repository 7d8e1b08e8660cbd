/**
 * A layout the hundred-and-sixty-fourth real-log corpus (round 167) left unread, written here, numbers made up: a
 * micrograd loop printing its loss as the `Value` it is, `print(k, loss)` giving `0 Value(data=0.00080675, grad=1.0)`
 * (the corpus's a08, readers-171; readers-169 read the loop's numbers and tensors, not this repr).
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { withLoopLossNamed } from '../../src/io/notebook-loop-prints.js';
import { steps, values } from './support/logs.js';
import { bytes } from './support/temp-files.js';

const MICROGRAD = 'for k in range(30):\n    ypred = [n(x) for x in xs]\n    loss = sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))\n    loss.backward()\n    print(k, loss)\n';
const notebook = (source: string, text: string) => bytes(JSON.stringify({
  nbformat: 4, nbformat_minor: 5, metadata: {},
  cells: [{ cell_type: 'code', execution_count: 1, metadata: {}, source, outputs: [{ output_type: 'stream', name: 'stdout', text }] }],
}));

describe("a micrograd loop printing its loss's Value (readers-171)", () => {
  it('`print(k, loss)`: the counter is the step, the Value\'s data the loss', () => {
    const text = Array.from({ length: 30 }, (_, i) => `${i} Value(data=${(0.0008 - i * 0.00001).toPrecision(8)}, grad=1.0)\n`).join('');
    const log = parseLog('micrograd.ipynb', notebook(MICROGRAD, text));
    expect(values(log.series.loss)).toHaveLength(30);
    expect(steps(log.series.loss).slice(0, 2)).toEqual([0, 1]);
    expect(values(log.series.loss)[0]).toBeCloseTo(0.0008, 9);
  });

  it('a Value with a label and an operation before its data, printed alone', () => {
    expect(withLoopLossNamed(MICROGRAD.replace('print(k, loss)', 'print(loss)'), 'Value(label=,data=4.9662,op=+)\n')).toBe('loss: 4.9662\n');
  });

  it('only a Value with its data: another object stays as printed', () => {
    expect(withLoopLossNamed(MICROGRAD, '0 Value(grad=1.0)\n')).toBe('0 Value(grad=1.0)\n');
  });
});
