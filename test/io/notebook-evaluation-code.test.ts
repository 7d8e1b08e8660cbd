/**
 * readers-162: a cell whose code only evaluates a model is no training. mriver15's aipnd-project fork (MIT; the
 * 151st corpus's a09, `Image Classifier Project.ipynb`) trains a VGG16 head for 12 epochs, then tests it in a cell
 * running under `torch.no_grad()` and `model.eval()` that prints `Accuracy 0.70, Loss 78.96` per test batch, its loss
 * the running sum over the batches (78.96 ... 710.70), with no counter. Read as the notebook's last training, that sum
 * was a critical divergence, held out; both labellers read the 12 epochs (still improving or a plateau).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readRun } from '../../src/io/index.js';
import { evaluatesOnly } from '../../src/io/notebook-cells.js';
import { parseLog } from '../../src/io/parse-log.js';
import { stdout, values } from './support/logs.js';

const RUN = join(import.meta.dirname, '..', 'monitor', 'corpus-hundred-and-fifty-first-a', 'runs', 'a09-pytorch-nb-mriver15-flowers-vgg16-12ep');

/** A notebook of code cells, each its source and its printed output. */
function notebookWithCode(cells: readonly { source: string; printed: string }[]): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({
    nbformat: 4, nbformat_minor: 5, metadata: {},
    cells: cells.map(({ source, printed }, index) => ({ cell_type: 'code', execution_count: index + 1, metadata: {}, source, outputs: [stdout(printed)] })),
  }));
}

const TRAINING_SOURCE = 'for e in range(epochs):\n    for images, labels in trainloader:\n        loss = criterion(model(images), labels)\n        loss.backward()\n        optimizer.step()\n        running_loss += loss.item()\n    print("Loss {}".format(running_loss / len(trainloader)))\n';
const TEST_SOURCE = 'test_loss = 0\nwith torch.no_grad():\n    model.eval()\n    for inputs, labels in dataloaders["test"]:\n        test_loss += criterion(model(inputs), labels).item()\n        print("Accuracy {}, Loss {}".format(accuracy, test_loss))\n';
const lossLines = (losses: readonly number[]) => losses.map((loss) => `Loss ${loss}\n`).join('');
const runningSums = (count: number) => Array.from({ length: count }, (_, index) => `Accuracy 0.7, Loss ${(index + 1) * 60.5}\n`).join('');

describe('a cell whose code only evaluates a model (readers-162)', () => {
  it("reads mriver15's notebook as its training, not the test cell's running sum, and names the cells left out", async () => {
    const run = await readRun(RUN);
    const loss = values(run.series.loss);
    expect(loss.length).toBeGreaterThan(100);
    expect(Math.max(...loss)).toBeLessThan(10);
    const note = run.notes?.find((text) => text.startsWith('a Jupyter notebook'));
    expect(note).toContain('the output of cells 25 and 37, whose code only evaluates a model (under torch.no_grad(), inference_mode() or .eval(), with no training call), left out');
  });

  it('leaves out a test cell printing running sums after a training cell: the training is the run', () => {
    const log = parseLog('trained-then-tested.ipynb', notebookWithCode([
      { source: TRAINING_SOURCE, printed: lossLines([0.9, 0.7, 0.6, 0.5, 0.45, 0.42, 0.4, 0.39]) },
      { source: TEST_SOURCE, printed: runningSums(12) },
    ]));
    expect(values(log.series.loss)).toEqual([0.9, 0.7, 0.6, 0.5, 0.45, 0.42, 0.4, 0.39]);
  });

  it('without the code that says so (a cell with no source), the same test cell is read as a training of its own, as before', () => {
    const log = parseLog('no-source.ipynb', notebookWithCode([
      { source: '', printed: lossLines([0.9, 0.7, 0.6, 0.5, 0.45, 0.42, 0.4, 0.39]) },
      { source: '', printed: runningSums(12) },
    ]));
    expect(values(log.series.loss)).toHaveLength(12);
  });

  it('a notebook whose only output is such a test says so, not that its outputs were cleared', () => {
    expect(() => parseLog('test-only.ipynb', notebookWithCode([{ source: TEST_SOURCE, printed: runningSums(12) }])))
      .toThrow(/the only output is that of cell 1, whose code only evaluates a model/);
  });

  it('keeps a cell that trains and validates under no_grad() in one loop', () => {
    const source = `${TRAINING_SOURCE}    with torch.no_grad():\n        model.eval()\n        validate()\n    model.train()\n`;
    const log = parseLog('train-and-validate.ipynb', notebookWithCode([{ source, printed: lossLines([0.9, 0.7, 0.6, 0.5, 0.45, 0.42, 0.4, 0.39]) }]));
    expect(values(log.series.loss)).toHaveLength(8);
  });

  it("tells evaluation code from training code: PyTorch's no_grad, inference_mode and eval() alone are evaluations", () => {
    expect(evaluatesOnly(TEST_SOURCE)).toBe(true);
    expect(evaluatesOnly('with torch.inference_mode():\n    preds = model(x)\nprint(loss_fn(preds, y))')).toBe(true);
    expect(evaluatesOnly(TRAINING_SOURCE)).toBe(false);
    // A training function defined in an earlier cell, called here.
    expect(evaluatesOnly('model.eval()\nhistory = train_model(model, loaders, n_epochs)')).toBe(false);
    // TF1 reads its tensors with .eval() inside the session that trains (session.run).
    expect(evaluatesOnly('with tf.Session(graph=graph) as session:\n  for step in range(1001):\n    _, l = session.run([optimizer, loss])\n    print(accuracy.eval())')).toBe(false);
    // Keras' evaluate() is no such mark: its progress lines are told apart by their shape, an estimator's are validation points.
    expect(evaluatesOnly('result = model.evaluate(input_fn=test_input_fn)')).toBe(false);
    expect(evaluatesOnly('history = compile_and_fit(model, window)\nmodel.eval()')).toBe(false);
  });
});
