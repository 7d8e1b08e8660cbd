/**
 * readers-89, on the real bytes: howdrox/MRI-Analysis's U-Net report page `report/2-train_10_epochs.md`
 * (47th c01) is the run's console and nothing else, no fenced block and no Markdown markup, its
 * training loss printed as comma-separated fields, a split word among them (`epoch 1, phase train,
 * step 10, loss_train, 0.838`), each epoch's validation as `epoch 1 | val_loss: 0.659`. The lines below
 * are the page's first 39 (epochs 1 and 2) and its last 5, byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { readConsoleLine } from '../../src/io/console-line.js';
import { parseLog } from '../../src/io/parse-log.js';
import { readRuns } from '../../src/io/index.js';
import { bytes, tempFolder } from './support/temp-files.js';
import { values } from './support/logs.js';

const PAGE = [
  "Start time: 2025-04-20 00:02:56.757723",
  "reading train images...",
  "Load dataset from cache: .cache\\train.pkl",
  "done creating train dataset",
  "reading validation images...",
  "Load dataset from cache: .cache\\validation.pkl",
  "done creating validation dataset",
  "epoch 1, phase train, total step 0",
  "epoch 1, phase train, step 10, loss_train, 0.838",
  "epoch 1, phase train, step 20, loss_train, 0.771",
  "epoch 1, phase train, step 30, loss_train, 0.762",
  "epoch 1, phase train, step 40, loss_train, 0.725",
  "epoch 1, phase train, step 50, loss_train, 0.691",
  "epoch 1, phase train, step 60, loss_train, 0.626",
  "epoch 1, phase train, step 70, loss_train, 0.576",
  "epoch 1, phase train, step 80, loss_train, 0.496",
  "epoch 1, phase train, step 90, loss_train, 0.456",
  "epoch 1, phase train, step 100, loss_train, 0.421",
  "epoch 1, phase valid, total step 104",
  "epoch 1 | val_accuracy: 0.0135",
  "epoch 1 | val_loss: 0.6590334177017212",
  "epoch 1 | val_dsc: 0.7392518295760285",
  "Time:  2025-04-20 00:42:56.226535",
  "epoch 2, phase train, total step 104",
  "epoch 2, phase train, step 110, loss_train, 0.372",
  "epoch 2, phase train, step 120, loss_train, 0.333",
  "epoch 2, phase train, step 130, loss_train, 0.337",
  "epoch 2, phase train, step 140, loss_train, 0.324",
  "epoch 2, phase train, step 150, loss_train, 0.302",
  "epoch 2, phase train, step 160, loss_train, 0.262",
  "epoch 2, phase train, step 170, loss_train, 0.295",
  "epoch 2, phase train, step 180, loss_train, 0.252",
  "epoch 2, phase train, step 190, loss_train, 0.249",
  "epoch 2, phase train, step 200, loss_train, 0.298",
  "epoch 2, phase valid, total step 208",
  "epoch 2 | val_accuracy: 0.0135",
  "epoch 2 | val_loss: 0.37026451392607257",
  "epoch 2 | val_dsc: 0.7270527034832581",
  "Time:  2025-04-20 01:22:40.151665",
  "epoch 10 | val_dsc: 0.7528825683234283",
  "Time:  2025-04-20 06:41:02.091693",
  "Best validation mean DSC: 0.792546",
  "End time: 2025-04-20 06:41:02.486368",
  "Total time: 6:38:05.728780",
].join('\n');

const { root, put } = tempFolder('losskit-plain-markdown-');

describe('a console saved as a Markdown page, its fields comma-separated (readers-89)', () => {
  it('reads the page whole: the training loss every 10 steps, the validation loss per epoch', () => {
    const log = parseLog('2-train_10_epochs.md', bytes(PAGE));
    expect(values(log.series.loss_train)).toEqual([0.838, 0.771, 0.762, 0.725, 0.691, 0.626, 0.576, 0.496, 0.456, 0.421, 0.372, 0.333, 0.337, 0.324, 0.302, 0.262, 0.295, 0.252, 0.249, 0.298]);
    expect(values(log.series.val_loss)).toEqual([0.6590334177017212, 0.37026451392607257]);
    expect(log.notes?.[0]).toBe('a Markdown page with no fenced code block and no Markdown markup: read whole, as a console log');
  });

  it('finds the page while walking its folder; the same lines under a heading stay a page whose unfenced lines are passed by', async () => {
    put('plain/report/2-train_10_epochs.md', PAGE);
    expect((await readRuns(`${root}/plain`)).map((run) => run.source.path.replace(root, ''))).toEqual(['/plain/report/2-train_10_epochs.md']);
    put('headed/report/2-train_10_epochs.md', ['# Training', '', PAGE].join('\n'));
    expect(await readRuns(`${root}/headed`)).toEqual([]);
  });

  it('passes over a field whose value is a split word, which then tags the pairs after it', () => {
    expect(readConsoleLine('epoch 1, phase train, step 10, loss_train, 0.838', false)).toMatchObject({
      kind: 'observation', epoch: 1, counter: { value: 10, named: true }, pairs: [{ name: 'loss_train', value: 0.838, validation: false }],
    });
    expect(readConsoleLine('epoch 1, phase valid, step 10, loss, 0.59', false)).toMatchObject({ pairs: [{ name: 'val_loss', value: 0.59, validation: true }] });
    // Without a comma after it the split word is a name's (`phase train step`), and the line no record of pairs.
    expect(readConsoleLine('epoch 1, phase train step 10, loss_train, 0.838', false)?.kind).toBe('header');
  });
});
