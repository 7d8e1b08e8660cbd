/**
 * The fallback for a custom JSON document that no specific reader claims as a whole: its history
 * containers (a list of >= 2 records some of which holds a '...loss...' number; an object with a
 * '...loss...' list of >= 2 numbers, or keyed by loss then split / by split then name; a nested
 * trainer state), searched at most four keys deep, each read by the reader of its shape. One
 * container is the run; several are several trainings: readRuns gives one run each, readRun the
 * last. The shapes are those the ninth corpus (test/monitor/corpus-ninth-b) showed unread; the last
 * block reads the real files.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLossHistoryDocument, MAX_CONTAINER_DEPTH, parseJsonLog, parseJsonTrainings } from '../../src/io/json-log.js';
import { readRun, readRuns } from '../../src/io/runs.js';
import { seriesPoints } from '../../src/io/series.js';
import { tempFolder } from './support/temp-files.js';

const { root, put } = tempFolder('losskit-containers-');

const values = (log: { series: Record<string, Parameters<typeof seriesPoints>[0]> }, name: string) =>
  seriesPoints(log.series[name]).map((p) => [p.step, p.value]);

describe('one history under a key, next to run metadata', () => {
  // As json-lane-unet / json-skin-lesion: the script's args and environment, then the records.
  const document = {
    args: { encoder: 'resnet34', epochs: '30', lr: '0.0005' },
    train_images: 3268,
    history: [
      { epoch: 1, stage: 'head', train_loss: 0.9, val_loss: 1.1 },
      { epoch: 2, stage: 'finetune', train_loss: 0.7, val_loss: 1.0 },
      { epoch: 3, stage: 'finetune', train_loss: 0.6, val_loss: 1.05 },
    ],
    minutes: 104.0,
  };

  it('reads the records under the key, names the container and what lies next to it', () => {
    expect(isLossHistoryDocument(document)).toBe(true);
    const log = parseJsonLog(JSON.stringify(document, null, 2), 'training_history.json');
    expect(log.format).toBe('json-history');
    expect(Object.keys(log.series).sort()).toEqual(['train_loss', 'val_loss']);
    expect(values(log, 'val_loss')).toEqual([[1, 1.1], [2, 1.0], [3, 1.05]]);
    expect(log.notes?.slice(0, 2)).toEqual([
      "no reader claims the document as a whole: read the history under 'history'",
      "next to the history, not read: 'args', 'train_images', 'minutes'",
    ]);
  });

  it('column lists under a key (a Keras history saved inside a results dict) read as a Keras history', () => {
    const nested = { config: { lr: 0.001 }, results: { history: { loss: [0.9, 0.7, 0.6], val_loss: [1.0, 0.9, 0.95], best: 0.9 } } };
    expect(isLossHistoryDocument(nested)).toBe(true);
    const log = parseJsonLog(JSON.stringify(nested), 'results.json');
    expect(values(log, 'loss')).toEqual([[0, 0.9], [1, 0.7], [2, 0.6]]);
    expect(log.notes).toEqual([
      "no reader claims the document as a whole: read the history under 'results.history'",
      "next to the history, not read: 'config'",
      "not per-epoch lists of 3 numbers, skipped: 'best'",
    ]);
  });

  it('the split-keyed shapes are containers too, and a nested trainer state reads as one', () => {
    const lossThenSplit = { meta: { seed: 1 }, history: { loss: { train: [0.9, 0.7], val: [1.0, 0.8] } } };
    expect(Object.keys(parseJsonLog(JSON.stringify(lossThenSplit), 'h.json').series).sort()).toEqual(['loss', 'val_loss']);
    const splitThenName = { meta: { seed: 1 }, history: { train: { loss: [0.9, 0.7] }, val: { loss: [1.0, 0.8] } } };
    expect(Object.keys(parseJsonLog(JSON.stringify(splitThenName), 'h.json').series).sort()).toEqual(['loss', 'val_loss']);
    const state = { run: { trainer: { log_history: [{ step: 5, loss: 0.9 }, { step: 10, loss: 0.8 }, { step: 10, train_runtime: 9, train_loss: 0.85 }] } } };
    const log = parseJsonLog(JSON.stringify(state), 'state.json');
    expect(log.format).toBe('hf-trainer-state');
    expect(values(log, 'loss')).toEqual([[5, 0.9], [10, 0.8]]);
  });

  it('a trainer state whose log_history comes after a long config is found by the walk', async () => {
    const config = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`option_${i}`, 'x'.repeat(40)]));
    const state = { config, log_history: [{ step: 5, loss: 0.9 }, { step: 10, loss: 0.8 }], global_step: 10 };
    put('forge/run/training_history.json', JSON.stringify(state, null, 2));
    const run = await readRun(join(root, 'forge'));
    expect(run.source.format).toBe('hf-trainer-state');
    expect(values(run, 'loss')).toEqual([[5, 0.9], [10, 0.8]]);
  });
});

describe('several trainings in one document', () => {
  // As json-diagnosense: one history per model, each next to its own summary numbers.
  const document = {
    symptom_disease: { epochs_ran: 3, best_val_loss: 0.9, history: [{ epoch: 1, train_loss: 1.5, val_loss: 1.1 }, { epoch: 2, train_loss: 1.2, val_loss: 0.9 }] },
    medicine: { epochs_ran: 2, best_val_loss: 0.02, history: [{ epoch: 1, train_loss: 0.09, val_loss: 0.03 }, { epoch: 2, train_loss: 0.05, val_loss: 0.02 }] },
  };

  it('parseJsonTrainings gives one per container, in document order, each named by its path', () => {
    const trainings = parseJsonTrainings(JSON.stringify(document), 'h.json');
    expect(trainings.map(({ where }) => where)).toEqual(['symptom_disease.history', 'medicine.history']);
    expect(values(trainings[0].parsed, 'train_loss')).toEqual([[1, 1.5], [2, 1.2]]);
    expect(trainings[1].parsed.notes?.slice(0, 2)).toEqual([
      "no reader claims the document as a whole: read the history under 'medicine.history' (one of 2 trainings in the document: 'symptom_disease.history', 'medicine.history')",
      "next to the history, not read: 'medicine.epochs_ran', 'medicine.best_val_loss'",
    ]);
  });

  it('parseJsonLog (and readRun) take the last, the latest training, and name the others', () => {
    const log = parseJsonLog(JSON.stringify(document), 'h.json');
    expect(values(log, 'train_loss')).toEqual([[1, 0.09], [2, 0.05]]);
    expect(log.notes?.[0]).toBe("no reader claims the document as a whole: read the history under 'medicine.history', the last of 2 trainings in the document, the latest (not read: 'symptom_disease.history'; readRuns reads each as a run)");
  });

  it('readRuns gives one run per training, readRun on the folder the last', async () => {
    put('diag/out/training_history.json', JSON.stringify(document, null, 2));
    put('diag/other/log.csv', 'epoch,loss\n0,1.0\n1,0.9\n');
    const runs = await readRuns(join(root, 'diag'));
    expect(runs.map((run) => [run.name, run.error])).toEqual([
      ['other', undefined], ['out/symptom_disease.history', undefined], ['out/medicine.history', undefined],
    ]);
    const run = await readRun(join(root, 'diag/out'));
    expect(values(run, 'val_loss')).toEqual([[1, 0.03], [2, 0.02]]);
    const file = await readRuns(join(root, 'diag/out/training_history.json'));
    expect(file.map((one) => one.name)).toEqual(['training_history/symptom_disease.history', 'training_history/medicine.history']);
  });

  it('column histories side by side (json-lego-sorter: renders, then photos)', () => {
    const lego = { renders: { train_loss: [0.39, 0.14, 0.1], val_render_loss: [0.16, 0.1, 0.09] }, photos: { train_loss: [0.15, 0.1], val_loss: [0.14, 0.12] } };
    expect(parseJsonTrainings(JSON.stringify(lego), 'h.json').map(({ where }) => where)).toEqual(['renders', 'photos']);
    expect(values(parseJsonLog(JSON.stringify(lego), 'h.json'), 'val_loss')).toEqual([[0, 0.14], [1, 0.12]]);
  });
});

describe('what the fallback does not take', () => {
  it('documents a specific reader claims read exactly as before (the fallback never runs)', () => {
    // A Keras history at the top, with a nested history next to it: the top-level lists are the run.
    const keras = { loss: [0.9, 0.8], val_loss: [1.0, 0.9], extra: { history: [{ epoch: 1, loss: 5 }, { epoch: 2, loss: 4 }] } };
    const log = parseJsonLog(JSON.stringify(keras), 'h.json');
    expect(values(log, 'loss')).toEqual([[0, 0.9], [1, 0.8]]);
    expect(log.notes).toEqual(["not per-epoch lists of 2 numbers, skipped: 'extra'"]);
  });

  it('summaries are not histories: a single loss number, a one-point loss list, one record, no loss at all', () => {
    for (const document of [
      { results: { best_val_loss: 0.3, epochs: 10 } },
      { results: { loss: [0.3] } },
      { results: { history: [{ epoch: 1, loss: 0.3 }] } },
      { results: { history: [{ epoch: 1, acc: 0.3 }, { epoch: 2, acc: 0.4 }] } },
      { config: { lr: 0.1, layers: [64, 64] } },
    ]) {
      expect(isLossHistoryDocument(document)).toBe(false);
      expect(() => parseJsonLog(JSON.stringify(document), 'h.json')).toThrow(/cannot read as a training log/);
    }
  });

  it(`looks at most ${MAX_CONTAINER_DEPTH} keys deep; lists are searched too`, () => {
    const at = (depth: number) => {
      let value: unknown = { loss: [0.9, 0.8] };
      for (let i = depth; i > 0; i--) value = { [`k${i}`]: value };
      return value;
    };
    expect(isLossHistoryDocument(at(MAX_CONTAINER_DEPTH))).toBe(true);
    expect(isLossHistoryDocument(at(MAX_CONTAINER_DEPTH + 1))).toBe(false);
    const listed = { runs: [{ name: 'a', history: { loss: [0.9, 0.8] } }, { name: 'b', history: { loss: [0.7, 0.6] } }] };
    expect(parseJsonTrainings(JSON.stringify(listed), 'h.json').map(({ where }) => where)).toEqual(['runs[0].history', 'runs[1].history']);
  });
});

describe('the real files (corpus-ninth-b)', () => {
  const runs = join(import.meta.dirname, '../monitor/corpus-ninth-b/runs');

  it('json-lane-unet and json-skin-lesion: the history under "history"', async () => {
    const lane = await readRun(join(runs, 'json-lane-unet'));
    expect(Object.keys(lane.series).sort()).toEqual(['loss', 'val_all_acc', 'val_ego_acc']);
    expect(lane.series['loss'].length).toBe(30);
    const skin = await readRun(join(runs, 'json-skin-lesion'));
    expect(skin.series['train_loss'].length).toBe(12);
    expect(skin.series['val_loss'].length).toBe(12);
    expect(skin.notes?.[1]).toContain("'hyperparameters'");
  });

  it('json-forgelm-lora: a trainer state whose log_history follows a long config', async () => {
    const run = await readRun(join(runs, 'json-forgelm-lora'));
    expect(run.source.format).toBe('hf-trainer-state');
    expect([run.series['loss'].length, run.series['eval_loss'].length]).toEqual([22, 5]);
  });

  it('json-diagnosense and json-lego-sorter: two trainings each, the last read', async () => {
    expect((await readRuns(join(runs, 'json-diagnosense'))).map((run) => [run.name, run.series['train_loss']?.length])).toEqual([
      ['json-diagnosense/symptom_disease.history', 9], ['json-diagnosense/medicine.history', 27],
    ]);
    expect((await readRun(join(runs, 'json-diagnosense'))).series['val_loss'].length).toBe(27);
    expect((await readRuns(join(runs, 'json-lego-sorter'))).map((run) => run.name)).toEqual(['json-lego-sorter/renders', 'json-lego-sorter/photos']);
    expect((await readRun(join(runs, 'json-lego-sorter'))).series['val_loss'].length).toBe(7);
  });
});
