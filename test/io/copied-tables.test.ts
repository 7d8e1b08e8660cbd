/**
 * Tables copied into text files rather than written by a logger:
 * readers-158, a notebook's HTML training table copied as text, its cells kept apart by tabs (the hundred-and-
 * thirty-seventh corpus's d01, an Unsloth fine-tune's `train_loss.txt`: a banner, the Trainer's `Step | Training
 * Loss` table copied at step 460 and again when done, then `TrainOutput(...)`; unread before);
 * readers-159, TensorBoard's "Download CSV" of one scalar, `Wall time,Step,Value`, whose file alone names the scalar
 * (the same corpus's d08, `valid_loss.csv`: read as a series 'value' of no role, and passed by in a run folder).
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { readRuns } from '../../src/io/runs.js';
import { withTabTablesWritten } from '../../src/io/tab-tables.js';
import { bytes, tempFolder } from './support/temp-files.js';

const losses = [2.87, 2.61, 2.22, 1.94, 1.6, 1.45, 1.27, 1.15, 1.11, 1.1, 1.09, 1.1];
const banner = 'Unsloth - 2x faster free finetuning | Num GPUs used = 1\n   \\\\   /|    Num examples = 7,225 | Num Epochs = 5 | Total steps = 120\n [100/120 1:31:55 < 06:44, 0.08 it/s, Epoch 4.12/5]\n';
const table = (rows: number) => 'Step\tTraining Loss\n' + losses.slice(0, rows).map((loss, i) => `${(i + 1) * 10}\t${loss.toFixed(6)}\n`).join('');
const copied = `${banner}${table(10)}\n [120/120 1:38:51, Epoch 5/5]\n${table(12)}\nTrainOutput(global_step=120, training_loss=1.6, metrics={'train_runtime': 5951.9})\n`;

describe('a training table copied as tab-separated text (readers-158)', () => {
  it('is read as the notebook table it was copied from, its earlier copy a frame of the later one', () => {
    const run = parseLog('train_loss.txt', bytes(copied));
    expect(Object.keys(run.series)).toEqual(['training_loss']);
    expect([...run.series['training_loss']!.values]).toEqual(losses);
    expect([...run.series['training_loss']!.steps]).toEqual(losses.map((_, i) => (i + 1) * 10));
    expect([...run.warnings, ...(run.notes ?? [])].join(' ')).not.toMatch(/trainings written into one log/);
  });

  it('keeps the line count, so messages name the file\'s own lines', () => {
    expect(withTabTablesWritten(copied).split('\n')).toHaveLength(copied.split('\n').length);
  });

  it('is found and read whole in a run folder', async () => {
    const { root, put } = tempFolder('losskit-tab-table-');
    put('run/finetune_output.txt', copied);
    const runs = await readRuns(`${root}/run`);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.series['training_loss']?.values.length).toBe(12);
  });

  it("a tab-separated table that names no counter or no loss, or a script's own with one-word names (readers-135), is left as it is", () => {
    const data = 'loss name\tweight\nfocal\t1\n';
    const noLoss = 'Step\tTop 1 Accuracy\n10\t0.5\n';
    const scripts = 'epoch\ttrain_loss\tEPE\n0\t120.5\t25.0\n';
    for (const text of [data, noLoss, scripts]) expect(withTabTablesWritten(text)).toBe(text);
  });
});

describe("TensorBoard's CSV download of one scalar (readers-159)", () => {
  const download = 'Wall time,Step,Value\n' + losses.map((loss, i) => `${1688704569 + 60 * i}.3475,${56 * (i + 1)},${loss}\n`).join('');

  it('a renamed download is the series its file names', () => {
    const run = parseLog('valid_loss.csv', bytes(download));
    expect(Object.keys(run.series)).toEqual(['valid_loss']);
    expect([...run.series['valid_loss']!.steps]).toEqual(losses.map((_, i) => 56 * (i + 1)));
    expect(run.series['valid_loss']!.wallTimes?.[0]).toBeCloseTo(1688704569.3475, 3);
    expect(run.notes?.join(' ')).toMatch(/TensorBoard's CSV download of one scalar: its 'Value' column read as 'valid_loss'/);
  });

  it("TensorBoard's own name, run-<run>-tag-<tag>.csv: the tag, behind its run when the run is a split", () => {
    expect(Object.keys(parseLog('run-validation-tag-epoch_loss.csv', bytes(download)).series)).toEqual(['validation/epoch_loss']);
    expect(Object.keys(parseLog('run-lightning_logs_version_0-tag-train_loss.csv', bytes(download)).series)).toEqual(['train_loss']);
  });

  it('is a run in a folder when its file names a loss; an export of another scalar is not', async () => {
    const { root, put } = tempFolder('losskit-tb-download-');
    put('unet/valid_loss.csv', download);
    put('lr/run-.-tag-learning_rate.csv', download);
    expect((await readRuns(`${root}/unet`)).map((run) => Object.keys(run.series))).toEqual([['valid_loss']]);
    expect(await readRuns(`${root}/lr`)).toEqual([]);
  });
});
