/**
 * A layout the hundred-and-sixty-sixth real-log corpus (round 169) left unread, written here, numbers made up: a notebook
 * cell that calls a training function an earlier cell defines, whose loop prints its loss bare (`print(loss.item())`),
 * so that the calling cell's own code shows no loop (the corpus's b12, readers-172; readers-169 read such a loop only in
 * the cell that runs it).
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { notebookFunctions, withLoopLossNamed } from '../../src/io/notebook-loop-prints.js';
import { values } from './support/logs.js';
import { bytes } from './support/temp-files.js';

const DEFINITIONS = [
  "def load(words):\n  xs = encode(words)\n  print('number of examples: ', len(xs))\n  return xs\n",
  'def gradient_descent(xs, ys):\n  W = torch.randn((27, 27), requires_grad=True)\n\n  for k in range(100):\n    loss = get_loss(xs, ys, W)\n    print(loss.item())\n    W.grad = None\n    loss.backward()\n    W.data += -50 * W.grad\n  return W, loss\n',
  'def get_loss(xs, ys, W):\n  return -(F.one_hot(xs, 27).float() @ W).softmax(1)[torch.arange(len(ys)), ys].log().mean()\n',
].join('\n');
const CALL = 'xs = load(words)\nW, loss = gradient_descent(xs, ys)\n';
const printed = (count: number) => ['number of examples:  182594\n', ...Array.from({ length: count }, (_, i) => `${(3.7 - i * 0.01).toFixed(6)}\n`)].join('');

const notebook = (cells: { source: string; text?: string }[]) => bytes(JSON.stringify({
  nbformat: 4, nbformat_minor: 5, metadata: {},
  cells: cells.map(({ source, text }, index) => ({
    cell_type: 'code', execution_count: index + 1, metadata: {}, source,
    outputs: text === undefined ? [] : [{ output_type: 'stream', name: 'stdout', text }],
  })),
}));

describe("a cell calling a notebook function whose loop prints its loss bare (readers-172)", () => {
  it("reads the calling cell's bare numbers as the loss the function's loop prints", () => {
    const log = parseLog('makemore.ipynb', notebook([{ source: DEFINITIONS }, { source: CALL, text: printed(30) }]));
    expect(values(log.series.loss)).toHaveLength(30);
    expect(values(log.series.loss)[0]).toBeCloseTo(3.7, 9);
  });

  it('finds the function however deep the call: through another notebook function', () => {
    const functions = notebookFunctions([DEFINITIONS, 'def train(words):\n  return gradient_descent(load(words), ys)\n']);
    expect(withLoopLossNamed('W, loss = train(words)\n', '3.5\n', functions)).toBe('loss: 3.5\n');
  });

  it('reads nothing where the cell itself prints a bare number too', () => {
    const functions = notebookFunctions([DEFINITIONS]);
    expect(withLoopLossNamed(`${CALL}print(loss.item() / 2)\n`, '3.5\n', functions)).toBe('3.5\n');
  });

  it('reads nothing where another function the cell calls prints a bare number', () => {
    const functions = notebookFunctions([DEFINITIONS.replace("print('number of examples: ', len(xs))", 'print(len(xs))')]);
    expect(withLoopLossNamed(CALL, '3.5\n', functions)).toBe('3.5\n');
  });

  it('reads nothing where two called functions loop over a printed loss', () => {
    const functions = notebookFunctions([DEFINITIONS, 'def fine_tune(W):\n  for k in range(10):\n    loss = step(W)\n    print(loss.item())\n']);
    expect(withLoopLossNamed(`${CALL}fine_tune(W)\n`, '3.5\n', functions)).toBe('3.5\n');
  });

  it('a function only defined, never called, names nothing', () => {
    expect(withLoopLossNamed('xs = load(words)\n', '3.5\n', notebookFunctions([DEFINITIONS]))).toBe('3.5\n');
  });

  it('a method of a class (an indented def) is not a notebook function', () => {
    expect([...notebookFunctions([`class Trainer:\n  ${DEFINITIONS.split('\n').join('\n  ')}`]).keys()]).toEqual([]);
  });
});
