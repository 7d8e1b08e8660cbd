/**
 * Formats the twenty-third real-log corpus (test/monitor/corpus-twenty-third-a) read wrongly or not
 * at all (fixed after its held-out score, so tuned), each on the corpus's own runs (read in place,
 * their sources and licences in that corpus's sources.json) and in a few hand-written lines:
 *
 *   - Ludwig's `training_statistics.json`: one run, training -> loss, validation -> val_loss, the
 *     test block kept as 'testset_' metrics (json-ludwig.ts);
 *   - a DVCLive metrics folder, one TSV per metric: one run, the Hugging Face Trainer's final
 *     `train_loss` summary dropped (dvclive-layout.ts);
 *   - YOLOv5's TensorBoard tags (`train/box_loss`, ..., `val/cls_loss`): split totals as for
 *     Ultralytics' results.csv, the components kept (ultralytics.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonLog } from '../../src/io/json-log.js';
import { readRun, readRuns } from '../../src/io/runs.js';
import { seriesPoints } from '../../src/io/series.js';
import type { ScalarSeries } from '../../src/io/types.js';
import { History } from '../../src/monitor/index.js';
import { writeEventFile } from './support/tfevents-writer.js';
import { tempFolder } from './support/temp-files.js';
import { writeFileSync } from 'node:fs';

const CORPUS = join(import.meta.dirname, '../monitor/corpus-twenty-third-a/runs');
const { root, put } = tempFolder('losskit-twenty-third-');
const values = (series: ScalarSeries | undefined) => (series === undefined ? [] : Array.from(series.values));
const points = (series: ScalarSeries | undefined) => (series === undefined ? [] : seriesPoints(series).map((p) => [p.step, p.value]));

describe("Ludwig's training_statistics.json", () => {
  it('reads the real run as one run: combined training loss as the loss, validation as the validation loss, test not monitored', async () => {
    const run = await readRun(join(CORPUS, 'a12-qualityattributes-ludwig-run0'));
    expect(run.source.format).toBe('ludwig');
    expect(run.series.loss?.length).toBe(18);
    expect(values(run.series.loss)[0]).toBeCloseTo(4.194, 3);
    expect(values(run.series.val_loss)[11]).toBeCloseTo(1.001, 3);
    expect(values(run.series.testset_loss)[0]).toBeCloseTo(4.395, 3);
    expect(Object.keys(run.series)).toEqual(expect.arrayContaining(['label_loss', 'val_label_loss', 'testset_label_loss', 'val_label_hits_at_k']));
    const history = History.fromSeries(run.series);
    expect(history.trainLoss?.sourceNames).toEqual(['loss']);
    expect(history.validationLoss?.sourceNames).toEqual(['val_loss']);
  });

  it('reads [epoch, step, value] triples (Ludwig >= 0.5) at their steps, and one output feature as the loss when no combined block is logged', () => {
    const triples = (list: number[]) => list.map((value, i) => [i + 1, (i + 1) * 100, value]);
    const document = {
      training: { price: { loss: triples([3, 2, 1]), mae: triples([9, 8, 7]) } },
      validation: { price: { loss: triples([3.5, 2.5, 2]) } },
      test: { price: { loss: triples([3.6, 2.6, 2.1]) } },
    };
    const parsed = parseJsonLog(JSON.stringify(document), 'training_statistics.json');
    expect(points(parsed.series.price_loss)).toEqual([[100, 3], [200, 2], [300, 1]]);
    expect(parsed.roles).toEqual({ price_loss: 'trainLoss', val_price_loss: 'validationLoss' });
    const history = History.fromSeries(parsed.series, { roles: parsed.roles! });
    expect(history.validationLoss?.sourceNames).toEqual(['val_price_loss']);
    expect(history.series('testset_price_loss')?.role).toBe('metric');
  });

  it("reads a run without a test set (Ludwig keeps the test block's lists, empty)", () => {
    const document = {
      training: { combined: { loss: [2, 1] }, label: { loss: [2, 1], accuracy: [0.5, 0.7] } },
      validation: { combined: { loss: [2.2, 1.4] }, label: { loss: [2.2, 1.4], accuracy: [0.4, 0.6] } },
      test: { combined: { loss: [] }, label: { loss: [], accuracy: [] } },
    };
    const parsed = parseJsonLog(JSON.stringify(document), 'training_statistics.json');
    expect(parsed.format).toBe('ludwig');
    expect(values(parsed.series.val_loss)).toEqual([2.2, 1.4]);
    expect(Object.keys(parsed.series).some((name) => name.startsWith('testset_'))).toBe(false);
  });

  it('is not taken for a history keyed by split with losses right under the split', () => {
    const parsed = parseJsonLog(JSON.stringify({ train: { loss: [1, 0.5] }, validation: { loss: [1.1, 0.7] } }), 'history.json');
    expect(parsed.format).toBe('json-history');
  });
});

describe('a DVCLive metrics folder', () => {
  it("reads the real folder as one run, the Trainer's final train_loss summary dropped, eval_loss the validation loss", async () => {
    const run = await readRun(join(CORPUS, 'a04-beckresearchlab-nomelt-dvclive'));
    expect(run.source.format).toBe('dvclive');
    expect(run.series.loss?.length).toBe(637);
    expect(run.series.eval_loss?.length).toBe(91);
    expect(run.series.train_loss).toBeUndefined();
    expect(run.notes?.some((note) => note.includes('train_loss 0.7437452000435705 at step 728'))).toBe(true);
    const history = History.fromSeries(run.series);
    expect(history.trainLoss?.sourceNames).toEqual(['loss']);
    expect(history.validationLoss?.sourceNames).toEqual(['eval_loss']);
    expect(history.series('learning_rate')?.role).toBe('learningRate');
  });

  it('reads a training-only folder (no evaluations) as one run too', async () => {
    const run = await readRun(join(CORPUS, 'a05-beckresearchlab-nomelt-full-dvclive'));
    expect(run.series.loss?.length).toBe(741);
    expect(Object.keys(run.series)).not.toContain('train_loss');
  });

  it("keeps a train_loss logged at every step (no loss.tsv beside it), DVCLive 2's timestamp column passed by", async () => {
    const dir = join(root, 'dvclive/plots/metrics');
    put('dvclive/plots/metrics/train_loss.tsv', 'timestamp\tstep\ttrain_loss\n1700000000000\t0\t2.0\n1700000001000\t1\t1.5\n1700000002000\t2\t1.2\n');
    put('dvclive/plots/metrics/val_loss.tsv', 'timestamp\tstep\tval_loss\n1700000000500\t0\t2.1\n1700000002500\t2\t1.6\n');
    put('dvclive/plots/metrics/notes.tsv', 'word\tcount\na\t1\n');
    const runs = await readRuns(dir);
    expect(runs.map((run) => run.name)).toEqual(['metrics']);
    expect(points(runs[0].series.train_loss)).toEqual([[0, 2], [1, 1.5], [2, 1.2]]);
    expect(points(runs[0].series.val_loss)).toEqual([[0, 2.1], [2, 1.6]]);
  });

  it('leaves one metric file alone as it was (one file is no DVCLive folder)', async () => {
    put('single/loss.tsv', 'step\tloss\n0\t1\n1\t0.5\n');
    const runs = await readRuns(join(root, 'single'));
    expect(runs).toHaveLength(1);
    expect(runs[0].source.format).not.toBe('dvclive');
  });
});

describe("YOLOv5's TensorBoard tags", () => {
  it('sums the real run\'s component losses per split, the components kept', async () => {
    const run = await readRun(join(CORPUS, 'a07-souvikm99-yolov5-exp24'));
    expect(run.source.format).toBe('tfevents');
    const sum = (i: number, split: string) => ['box', 'obj', 'cls'].reduce((total, part) => total + values(run.series[`${split}/${part}_loss`])[i], 0);
    expect(values(run.series['val/loss'])[20]).toBeCloseTo(sum(20, 'val'), 12);
    expect(values(run.series['train/loss'])[0]).toBeCloseTo(sum(0, 'train'), 12);
    expect(run.series['val/box_loss']?.length).toBe(50);
    expect(History.fromSeries(run.series).validationLoss?.sourceNames).toEqual(['val/loss']);
  });

  it('adds no total to event files without both splits of components', async () => {
    const events = [0, 1, 2].map((step) => ({ step, scalars: [{ tag: 'train/box_loss', value: 1 / (step + 1) }] }));
    const file = put('yolo-train-only/events.out.tfevents.1.host', '');
    writeFileSync(file, writeEventFile(events).bytes);
    const run = await readRun(join(root, 'yolo-train-only'));
    expect(Object.keys(run.series)).toEqual(['train/box_loss']);
  });
});
