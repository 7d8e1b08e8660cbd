/**
 * Layouts the thirty-first real-log corpus (test/monitor/corpus-thirty-first-a) left unread, read
 * after its held-out score (so tuned), written here in each layout, numbers made up:
 *
 *   - a Markdown page holding Keras' printed `fit` output in fenced code blocks, as keras.io's
 *     examples rendered to Markdown are (markdown-log.ts), found while walking a folder only when it
 *     is no README and shows a training loss series of MIN_MARKDOWN_POINTS points or more;
 *   - a TensorFlow 1 loop naming its loss `cost` (`Epoch 0/100, training_cost: 546.053, error_rate:
 *     0.953, time: 208.20 sec`), beside per-batch `Batch cost: ..., Train cost: ...` running sums that
 *     are no series (console-pairs.ts' `costsOf`).
 */
import { describe, expect, it } from 'vitest';
import { readConsoleLine } from '../../src/io/console-line.js';
import { isConsoleLogText } from '../../src/io/console-text.js';
import { readRun, readRuns } from '../../src/io/index.js';
import { markdownText, MIN_MARKDOWN_POINTS } from '../../src/io/markdown-log.js';
import { detectLogFormat, parseLog } from '../../src/io/parse-log.js';
import { History } from '../../src/monitor/index.js';
import { bytes, tempFolder } from './support/temp-files.js';
import { notebook, stdout, values } from './support/logs.js';

const { root, put } = tempFolder('losskit-thirty-first-');

/** Keras 2's `fit` output, verbose 1, as keras.io's pages print it: `Epoch k/N`, then the epoch's last progress line. */
const kerasFit = (losses: readonly number[], total = 100) => losses.map((loss, i) =>
  `Epoch ${i + 1}/${total}\n53/53 [==============================] - 62s 1s/step - loss: ${loss.toFixed(4)} - accuracy: 0.9 - val_loss: ${(loss + 0.05).toFixed(4)} - val_accuracy: 0.88\n`).join('');

/** A keras.io example as Markdown: prose, each cell's source in a ```python block, its output in a plain block. */
const kerasPage = (losses: readonly number[]) => [
  '# Speaker Recognition', '', 'We train a 1D CNN; the loss is 0.5 at first and falls.', '',
  '```python', 'history = model.fit(train_ds, epochs=EPOCHS, validation_data=valid_ds)', '```', '',
  '<div class="k-default-codeblock">', '```', kerasFit(losses).trimEnd(), '', '```', '</div>', '',
  '## Evaluation', '', '```python', 'print(model.evaluate(valid_ds))', '```', '',
  '<div class="k-default-codeblock">', '```', '24/24 [==============================] - 6s 244ms/step - loss: 0.0146 - accuracy: 0.9947',
  '[0.014629718847572803, 0.9946666955947876]', '', '```', '</div>', 'We get ~ 98% validation accuracy.', '',
].join('\n');

const LOSSES = [1.0107, 0.2863, 0.2293, 0.175, 0.2044, 0.1407];

describe('markdown-log: a training printed into a Markdown page', () => {
  it("reads a keras.io page found while walking: its blocks' epochs, the evaluate() line after them left out", async () => {
    put('keras/speaker_recognition_using_cnn.md', kerasPage(LOSSES));
    const runs = await readRuns(`${root}/keras`);
    expect(runs).toHaveLength(1);
    const [run] = runs;
    expect(run.source.format).toBe('console');
    expect(values(run.series.loss)).toEqual(LOSSES);
    expect(values(run.series.val_loss)).toHaveLength(LOSSES.length);
    expect(run.notes?.[0]).toBe('a Markdown page: the text of its 4 fenced code blocks read as one console log, the prose between them passed by; ' +
      '1 Keras progress line with no epoch header before it in its block (evaluate(), predict()) left out');
  });

  it('keeps the page line for line, blanking prose and fences; ~~~ fences, a longer closing fence and an unclosed block', () => {
    const page = ['prose loss: 0.5', '~~~text', 'Epoch 1/3', '````', 'epoch 2, loss: 0.4', '~~~~', 'prose', '```', 'epoch 3, loss: 0.3'].join('\n');
    const { text, blocks } = markdownText(page);
    expect(text.split('\n')).toEqual(['', '', 'Epoch 1/3', '````', 'epoch 2, loss: 0.4', '', '', '', 'epoch 3, loss: 0.3']);
    expect(blocks).toBe(2);
  });

  it('passes by a README beside a run, whatever it holds, and a page quoting fewer than MIN_MARKDOWN_POINTS epochs', async () => {
    expect(MIN_MARKDOWN_POINTS).toBe(5);
    put('repo/README.md', kerasPage(LOSSES));
    put('repo/docs/readme.zh.md', kerasPage(LOSSES));
    // A README quoting two of a training's lines, and a guide quoting four epochs: docs, not runs.
    put('repo/examples/README.md', ['## Results', '```', kerasFit([0.52, 0.41]).trimEnd(), '```'].join('\n'));
    put('repo/docs/quickstart.md', ['You should see:', '```', kerasFit([0.52, 0.41, 0.35, 0.3]).trimEnd(), '```'].join('\n'));
    expect(isConsoleLogText(kerasFit([0.52, 0.41, 0.35, 0.3]))).toBe(true);
    // With no run anywhere below it, the folder's own README holding a whole training is read (readers-95).
    expect((await readRuns(`${root}/repo`)).map((run) => run.source.path.replace(root, ''))).toEqual(['/repo/README.md']);
    put('repo/docs/training.md', kerasPage(LOSSES));
    expect((await readRuns(`${root}/repo`)).map((run) => run.source.path.replace(root, ''))).toEqual(['/repo/docs/training.md']);
  });

  it("passes by a page whose blocks hold held-out scores only (each training's `Test loss`), and training lines outside any block", async () => {
    const scores = [0.0286, 2.3188, 0.0453, 0.1712, 2.2723].flatMap((loss, i) => [`With learning rate 1e-${i}:`, '```', `Test loss: ${loss} / Test accuracy: 0.9`, '```', '']).join('\n');
    put('scores/learning-rates.md', scores);
    const prose = ['# Log', '', kerasFit(LOSSES)].join('\n');
    expect(isConsoleLogText(prose)).toBe(true);
    put('scores/pasted.md', prose);
    expect(await readRuns(`${root}/scores`)).toEqual([]);
  });

  it('reads a page given alone, of any length, by its blocks; a page without training output is no log', async () => {
    const short = put('alone/notes.md', ['```', kerasFit([0.52, 0.41, 0.35]).trimEnd(), '```'].join('\n'));
    expect(values((await readRun(short)).series.loss)).toEqual([0.52, 0.41, 0.35]);
    expect(detectLogFormat('page.md', bytes(kerasPage(LOSSES)))).toBe('markdown');
    expect(detectLogFormat('page.md', bytes('# Title\n\n```python\nmodel.fit(x, y, epochs=5)\n```\n'))).toBeUndefined();
    expect(() => parseLog('page.md', bytes('# Title\n\nThe loss: 0.5 at epoch 1.\n'))).toThrow('not a training log');
  });
});

/** One epoch of the TF1 loop: per-batch running sums, a decoded sample, the epoch's line. */
const tf1Epoch = (epoch: number, cost: number) => [
  ...[1, 2, 3].flatMap((batch) => [`Batch cost: ${(cost * 1.1).toFixed(4)}, Train cost: ${(cost * 32 * batch).toFixed(4)}`, `Label error: ${(30 * batch).toFixed(4)}`]),
  'Batch 4', 'Actual: the two artists exchanged autographs', 'Predicted:   a a a t o a a l s',
  `Epoch ${epoch}/100, training_cost: ${cost.toFixed(3)}, error_rate: 0.${900 - epoch * 20}, time: 208.20 sec`,
].join('\n') + '\n';

describe("console-pairs' costsOf: a TF1 loop's cost is its loss", () => {
  it("reads `training_cost` on a line naming its epoch as the loss 'training_cost_loss', and TensorFlow-Examples' `cost=`", () => {
    expect(readConsoleLine('Epoch 0/100, training_cost: 546.053, error_rate: 0.953, time: 208.20 sec', false)).toEqual({
      kind: 'observation', epoch: 0, components: 0, summary: false,
      pairs: [{ name: 'training_cost_loss', value: 546.053, validation: false }, { name: 'error_rate', value: 0.953, validation: false }],
    });
    expect(readConsoleLine('Epoch: 0001 cost= 0.297879341', false)).toMatchObject({ kind: 'observation', epoch: 1, pairs: [{ name: 'cost_loss', value: 0.297879341 }] });
    expect(readConsoleLine('step 200, train_cost=1.25, val_cost=1.5', false)).toMatchObject({
      pairs: [{ name: 'train_cost_loss', validation: false }, { name: 'val_cost_loss', validation: true }],
    });
    // A line that names its loss keeps the cost a metric.
    expect(readConsoleLine('Epoch 1, loss: 0.5, cost: 3.2', false)).toMatchObject({ pairs: [{ name: 'loss' }, { name: 'cost' }] });
  });

  it("reads no per-batch running sum, no prose, no other cost: `Train cost` with no epoch or step, `the cost is`, timings, safe RL's", () => {
    for (const afterHeader of [false, true]) expect(readConsoleLine('Batch cost: 440.0248718261719, Train cost: 14080.7958984375', afterHeader)?.kind).not.toBe('observation');
    expect(readConsoleLine('At epoch 10 the cost is 12.5 GPU hours', false)?.kind).not.toBe('observation');
    expect(readConsoleLine('epoch 10: cost is 12.5', false)?.kind).not.toBe('observation');
    expect(readConsoleLine('Epoch 3, time_cost: 12.5, acc: 0.9', false)?.kind).not.toBe('observation');
    expect(readConsoleLine('epoch:[  1/20 ] val step:0 top1: 0.5 batch_cost: 1.02 sec, reader_cost: 0.5 sec', false)?.kind).not.toBe('observation');
    expect(readConsoleLine('step 1000, reward: 12.5, cost: 3', false)?.kind).not.toBe('observation');
    expect(readConsoleLine('Epoch 2, ep_cost: 3.5, ep_ret: 20.1', false)?.kind).not.toBe('observation');
  });

  it('a TF1 notebook: the epochs\' training cost is the training loss; the batches\' running sums are no series', () => {
    const costs = [546.053, 235.782, 201.133, 188.723, 177.704, 170.451];
    const log = parseLog('02_example.ipynb', notebook([[stdout('(17, 494)\n')], costs.map((cost, epoch) => stdout(tf1Epoch(epoch, cost)))]));
    expect(Object.keys(log.series).sort()).toEqual(['error_rate', 'training_cost_loss']);
    expect(values(log.series.training_cost_loss)).toEqual(costs);
    expect(History.fromSeries(log.series).trainLoss?.sourceNames).toEqual(['training_cost_loss']);
  });
});
