/**
 * The two shapes the thirteenth real-log corpus (test/monitor/corpus-thirteenth-b) left undiagnosed:
 *
 *   - `train/` + `valid/` TensorBoard folders (an XGBoost eval logged per eval set, tag `rmse`):
 *     one run, as Keras's `train/` + `validation/` pair is, for any one validation split word
 *     the role table knows, never two;
 *   - one named loss and nothing else (`global_loss` of a federated run): with nothing to add it
 *     to, it is the loss; several named losses still are not summed.
 *
 * Small copies of those shapes first; the last block reads the real runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRun, readRuns } from '../../src/io/runs.js';
import { diagnose, History, isValidationSplitWord } from '../../src/monitor/index.js';
import { tempFolder } from './support/temp-files.js';
import { writeEventFile, type EventSpec } from './support/tfevents-writer.js';

const { root } = tempFolder('losskit-thirteenth-');
const corpus = join(import.meta.dirname, '..', 'monitor', 'corpus-thirteenth-b', 'runs');

/** Event files of `rounds` boosting rounds with one tag, falling from `first`. */
function rounds(tag: string, first: number, count = 12): Uint8Array {
  const events: EventSpec[] = Array.from({ length: count }, (_, round) => ({ step: round, scalars: [{ tag, value: first - round / 100 }] }));
  return writeEventFile(events).bytes;
}

function putEvents(path: string, bytes: Uint8Array): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, bytes);
}

describe('train/ + one validation folder is one run', () => {
  it.each(['valid', 'val', 'eval', 'dev', 'test'])('train/ + %s/: one run, the second folder the validation series, with a note', async (split) => {
    putEvents(`pair-${split}/train/events.out.tfevents.1651177553.host`, rounds('rmse', 1));
    putEvents(`pair-${split}/${split}/events.out.tfevents.1651177553.host`, rounds('rmse', 1.1));
    const run = await readRun(join(root, `pair-${split}`));
    expect(Object.keys(run.series).sort()).toEqual([`${split}/rmse`, 'train/rmse'].sort());
    expect(run.notes).toContain(`the folders train/ and ${split}/ are one run (as Keras's TensorBoard callback writes train/ + validation/): ${split}/'s tags are the validation series ('${split}/<tag>')`);
    const history = History.fromSeries(run.series);
    expect(history.trainLoss?.sourceNames).toEqual(['train/rmse']);
    expect(history.validationLoss?.sourceNames).toEqual([`${split}/rmse`]);
  });

  it("Keras's own train/ + validation/ needs no note", async () => {
    putEvents('keras/train/events.out.tfevents.1.host', rounds('epoch_loss', 1));
    putEvents('keras/validation/events.out.tfevents.1.host', rounds('epoch_loss', 1.1));
    const run = await readRun(join(root, 'keras'));
    expect(run.notes ?? []).toEqual([]);
    expect(History.fromSeries(run.series).validationLoss?.sourceNames).toEqual(['validation/epoch_loss']);
  });

  it('two validation folders (valid/ + test/ would both be val_rmse) or a folder of another name stay runs of their own', async () => {
    for (const folder of ['train', 'valid', 'test']) putEvents(`three/${folder}/events.out.tfevents.1.host`, rounds('rmse', 1));
    expect((await readRuns(join(root, 'three'))).map((run) => run.name)).toEqual(['test', 'train', 'valid']);
    for (const folder of ['train', 'baseline']) putEvents(`other/${folder}/events.out.tfevents.1.host`, rounds('rmse', 1));
    expect((await readRuns(join(root, 'other'))).map((run) => run.name)).toEqual(['baseline', 'train']);
  });

  it('the split words are whole folder names', () => {
    expect(['validation', 'Valid', 'val', 'eval', 'evaluation', 'dev', 'test'].every(isValidationSplitWord)).toBe(true);
    expect(['valid_2', 'train', 'validation-set', 'runs'].some(isValidationSplitWord)).toBe(false);
  });
});

describe('one named loss and no plain or total loss is the loss', () => {
  const curve = (first: number) => Array.from({ length: 8 }, (_, step) => ({ step, value: first - step / 10 }));
  const chosen = (history: History) => ({ train: history.trainLoss?.name, validation: history.validationLoss?.name });

  it("'global_loss' alone is the training loss", () => {
    expect(chosen(History.fromSeries({ global_loss: curve(2), global_accuracy: curve(0.5) }))).toEqual({ train: 'global_loss', validation: undefined });
  });

  it('its per-step and per-epoch series are one loss: the per-epoch one is taken', () => {
    expect(chosen(History.fromSeries({ g0_loss_step: curve(2), g0_loss: curve(2) })).train).toBe('g0_loss');
  });

  it('a validation split word makes it the validation loss, as before', () => {
    expect(chosen(History.fromSeries({ val_global_loss: curve(2) }))).toEqual({ train: undefined, validation: 'val_global_loss' });
    expect(chosen(History.fromSeries({ global_loss: curve(2), val_global_loss: curve(2.1) }))).toEqual({ train: 'global_loss', validation: 'val_global_loss' });
  });

  it('several named losses are not added, nor is one of them picked', () => {
    expect(chosen(History.fromSeries({ mse_observation_loss: curve(2), saturation_loss: curve(1) })).train).toBeUndefined();
    // A GAN's generator and discriminator losses alone are the exception, read as their sum (roles-39: test/monitor/adversarial-pair.test.ts).
    expect(chosen(History.fromSeries({ g_loss: curve(2), d_loss: curve(1) })).train).toBe('g_loss+d_loss');
    expect(chosen(History.fromSeries({ 'train/box_loss': curve(2), 'train/cls_loss': curve(1), 'train/dfl_loss': curve(1) })).train).toBeUndefined();
  });

  it('a plain loss, a total or a loss function still comes first', () => {
    expect(chosen(History.fromSeries({ kl_loss: curve(1), loss: curve(2) })).train).toBe('loss');
    expect(chosen(History.fromSeries({ kl_loss: curve(1), total_loss: curve(2) })).train).toBe('loss');
    expect(chosen(History.fromSeries({ kl_loss: curve(1), train_nll: curve(2) })).train).toBe('nll');
  });
});

describe('the real runs of corpus-thirteenth-b', () => {
  const kinds = (history: History) => diagnose(history).map((finding) => finding.kind);

  it('tb-qlib-xgboost: train/ + valid/ is one run, rmse and val_rmse its losses; the flat validation rmse a plateau', async () => {
    const run = await readRun(join(corpus, 'tb-qlib-xgboost'));
    expect(Object.keys(run.series).sort()).toEqual(['train/rmse', 'valid/rmse']);
    const history = History.fromSeries(run.series);
    expect([history.trainLoss?.name, history.validationLoss?.name]).toEqual(['rmse', 'val_rmse']);
    expect(history.validationLoss?.points).toHaveLength(667);
    expect(kinds(history)).toEqual(['plateau']);
  });

  it.each([['json-continuumfl-dirichlet', 200, 'still-improving'], ['json-continuumfl-femnist', 93, 'plateau']])(
    "%s: 'global_loss' (%i rounds) is the training loss: %s", async (id, count, kind) => {
      const history = History.fromSeries((await readRun(join(corpus, id))).series);
      expect(history.trainLoss?.sourceNames).toEqual(['global_loss']);
      expect(history.trainLoss?.points).toHaveLength(count);
      expect(kinds(history)).toEqual([kind]);
    });
});
