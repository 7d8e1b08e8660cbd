/**
 * Layouts met in the fifth real-log corpus (test/monitor/corpus-fifth-a, -b) and unread before:
 * a pandas `DataFrame.to_csv` of named losses (an unnamed index column, no plain loss), a JSON
 * list of per-epoch records, Keras-history-like JSON lists under a PyTorch script's own names
 * (`train_losses` / `val_losses`), a headerless one-column file of losses (read only when its
 * name says which loss), and logs with restarts appended (the step goes back: one note naming the
 * line, TensorBoard's purge rule). Inputs are small copies of those files' shapes; the last block
 * reads the real ones.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LogFileError } from '../../src/core/errors.js';
import { parseCsvLog } from '../../src/io/csv-log.js';
import { parseJsonLog } from '../../src/io/json-log.js';
import { parseJsonlLog } from '../../src/io/jsonl-log.js';
import { detectLogFormat, parseLog } from '../../src/io/parse-log.js';
import { readRun, readRuns } from '../../src/io/runs.js';
import { seriesPoints } from '../../src/io/series.js';
import { History } from '../../src/monitor/index.js';
import { bytes, tempFolder } from './support/temp-files.js';

const { root, put } = tempFolder('losskit-fifth-layouts-');
const values = (series: { values: Float64Array } | undefined) => [...(series?.values ?? [])];

/** `pd.DataFrame({'mse_observation_loss': ..., 'ce_reward_loss': ...}).to_csv(f)`: named losses, no total. */
const pandasNamedLosses = ',mse_observation_loss,ce_reward_loss,reward_f1\n0,0.086,0.654,\n1,0.122,0.703,\n2,0.035,0.532,0.5\n';

describe("pandas' to_csv of named losses: the unnamed index is the axis", () => {
  it('is recognised by content when the index starts at 0 or 1 and some column names a loss', () => {
    expect(detectLogFormat('', bytes(pandasNamedLosses))).toBe('csv');
    expect(detectLogFormat('', bytes(pandasNamedLosses.replace(/\n0,/, '\n1,').replace(/\n1,0\.122/, '\n2,0.122').replace(/\n2,0\.035/, '\n3,0.035')))).toBe('csv');
    // Read back and saved again, pandas names the index 'Unnamed: 0'.
    expect(detectLogFormat('', bytes(pandasNamedLosses.replace(/^,/, 'Unnamed: 0,')))).toBe('csv');
    // An unnamed first column over labels, or over an index that does not start at 0 or 1, or with no loss column, is a data table.
    expect(detectLogFormat('', bytes(',mse_loss,ce_loss\nresnet,0.1,0.2\n'))).toBeUndefined();
    expect(detectLogFormat('', bytes(',mse_loss,ce_loss\n17,0.1,0.2\n'))).toBeUndefined();
    expect(detectLogFormat('', bytes(',price,rooms\n0,1e5,3\n'))).toBeUndefined();
  });

  it("'Unnamed: 0' is the index as '' is, and the note says so", () => {
    const log = parseCsvLog('Unnamed: 0,loss,val_loss\n0,1.2,1.3\n1,0.8,1.0\n', 'history.csv');
    expect(Object.keys(log.series)).toEqual(['loss', 'val_loss']);
    expect(seriesPoints(log.series.val_loss).map((p) => [p.step, p.value])).toEqual([[0, 1.3], [1, 1.0]]);
    expect(log.notes).toEqual(["the unnamed first column (pandas' index) is the epoch"]);
  });

  it('several named losses and no total: each is read, none becomes the training loss (their weights are unknown)', async () => {
    put('game/training_history.csv', pandasNamedLosses);
    const run = await readRun(join(root, 'game'));
    expect(Object.keys(run.series)).toEqual(['mse_observation_loss', 'ce_reward_loss', 'reward_f1']);
    expect(values(run.series.ce_reward_loss)).toEqual([0.654, 0.703, 0.532]);
    const history = History.fromSeries(run.series);
    expect(history.trainLoss).toBeUndefined();
    expect(history.validationLoss).toBeUndefined();
  });
});

describe('JSON histories a PyTorch script writes', () => {
  const records = JSON.stringify([
    { epoch: 1, train_loss: 22.7, val_loss: 11.0, train_margin_loss: 7.4 },
    { epoch: 2, train_loss: 14.1, val_loss: 9.7, train_margin_loss: 2.5 },
    { epoch: 3, train_loss: 8.6, val_loss: 8.4, train_margin_loss: 0.9 },
  ], null, 2);

  it('a list of per-epoch records: placed by epoch, every number a series, said so in a note', () => {
    const log = parseJsonLog(records, 'train_history.json');
    expect(log.format).toBe('json-history');
    expect(Object.keys(log.series)).toEqual(['train_loss', 'val_loss', 'train_margin_loss']);
    expect(seriesPoints(log.series.val_loss).map((p) => [p.step, p.epoch, p.value])).toEqual([[1, 1, 11.0], [2, 2, 9.7], [3, 3, 8.4]]);
    expect(log.notes).toEqual(['a list of per-epoch records: each placed by its step or epoch (else its position)']);
    const history = History.fromSeries(log.series);
    expect(history.trainLoss?.points.length).toBe(3);
    expect(history.validationLoss?.points.map((p) => p.value)).toEqual([11.0, 9.7, 8.4]);
  });

  it('records without an epoch are placed by position; a record that is not a dict is skipped with a warning', () => {
    const log = parseJsonLog('[{"loss": 1.0}, 7, {"loss": 0.5}]', 'losses.json');
    expect(seriesPoints(log.series.loss).map((p) => [p.step, p.value])).toEqual([[0, 1.0], [2, 0.5]]);
    expect(log.warnings).toEqual(['losses.json: the list[1] is not a dict; skipped']);
  });

  it('a folder walk takes a record list with a loss as a run, and a list of other records (a dataset index) not', async () => {
    put('records/run/train_history.json', records);
    put('records/data/annotations.json', JSON.stringify([{ id: 1, width: 640, height: 480 }], null, 2));
    const runs = await readRuns(join(root, 'records'));
    expect(runs.map((run) => [run.name, run.source.format, run.error])).toEqual([['run', 'json-history', undefined]]);
  });

  it('parallel lists under their own names (train_losses / val_losses, train_loss / val_loss, losses) are a Keras-like history', () => {
    const losses = parseJsonLog('{"train_losses": [0.9, 0.7, 0.6], "val_losses": [1.0, 0.9, 0.95]}', 'losses.json');
    const history = History.fromSeries(losses.series);
    expect(history.trainLoss?.points.map((p) => p.value)).toEqual([0.9, 0.7, 0.6]);
    expect(history.validationLoss?.points.map((p) => p.value)).toEqual([1.0, 0.9, 0.95]);
    const single = History.fromSeries(parseJsonLog('{"losses": [3, 2, 1]}', 'h.json').series);
    expect(single.trainLoss?.points.map((p) => p.value)).toEqual([3, 2, 1]);
  });

  it('a JSON document that is none of these names every shape it accepts', () => {
    expect(() => parseJsonLog('[{"id": 1}]', 'x.json')).toThrow(/a list of per-epoch records such as \[\{"epoch": 1/);
  });
});

describe('a headerless one-column file of losses', () => {
  const column = '6.540759e-01\n6.525363e-01\n6.510476e-01\n6.495661e-01\n';

  it('is read when its name says which loss: a series named after the file, one row per epoch, with a note', () => {
    for (const [file, name] of [['loss.csv', 'loss'], ['train_loss.txt', 'train_loss'], ['losses.csv', 'losses'], ['val_loss.log', 'val_loss']]) {
      const log = parseLog(file, bytes(column));
      expect(Object.keys(log.series)).toEqual([name]);
      expect(seriesPoints(log.series[name]).map((p) => p.step)).toEqual([0, 1, 2, 3]);
      expect(log.notes).toEqual([`no header: one column of numbers, read as '${name}' (the file's name says so), one row per epoch from 0`]);
      expect(log.warnings).toEqual([]);
    }
    expect(History.fromSeries(parseLog('val_loss.txt', bytes(column)).series).validationLoss?.points.length).toBe(4);
  });

  it("is refused otherwise, with an error that says what was expected (a name naming the loss, or a header)", () => {
    const refused = (file: string, text: string) => {
      try {
        parseCsvLog(text, file);
      } catch (error) {
        return error;
      }
      throw new Error('not refused');
    };
    const error = refused('history.csv', column);
    expect(error).toBeInstanceOf(LogFileError);
    expect((error as Error).message).toBe("history.csv:1: no header row: line 1 holds numbers (6.540759e-01); expected a header such as 'epoch,loss,val_loss'. A headerless file is read only when its name says which loss it holds (loss.csv, train_loss.txt, val_loss.csv) and it has one column, or 'epoch,batch,loss' rows");
    // Two columns of numbers neither of which counts (readers-144 reads a whole-number step that only grows): which is which cannot be known, whatever the name.
    expect((refused('loss.csv', '0.5,0.9\n0.4,0.8\n') as Error).message).toContain('line 1 holds numbers (0.5, 0.9)');
    expect(detectLogFormat('history.txt', bytes(column))).toBeUndefined();
    expect(detectLogFormat('train_loss.txt', bytes(column))).toBe('csv');
    expect(detectLogFormat('loss.txt', bytes('my notes on the loss\n'))).toBeUndefined();
  });

  it('a folder walk takes loss.txt and leaves a headerless history.csv, whose folder then says what it looked for', async () => {
    put('headerless/a/train_loss.txt', column);
    put('headerless/b/history.csv', column);
    expect((await readRun(join(root, 'headerless/a'))).series.train_loss?.length).toBe(4);
    await expect(readRun(join(root, 'headerless/b'))).rejects.toThrow('a headerless column of numbers only when the file\'s name says which loss it holds: loss.csv, train_loss.txt');
  });
});

describe('restarts appended to a log: TensorBoard purge rule, one note naming the line', () => {
  it('JSON lines whose iteration goes back to the first twice (three trainings appended, none of 5 points): the last is kept', () => {
    const launch = (first: number) => [19, 39, 59].map((iteration, i) => JSON.stringify({ iteration, total_loss: first - i / 4, lr: 0.01 }));
    const log = parseJsonlLog([...launch(3), ...launch(2.9), ...launch(2.75), JSON.stringify({ iteration: 79, total_loss: 2.0, lr: 0.01 })].join('\n') + '\n', 'metrics.json');
    expect(seriesPoints(log.series.total_loss).map((p) => [p.step, p.value])).toEqual([[19, 2.75], [39, 2.5], [59, 2.25], [79, 2.0]]);
    expect(log.notes).toEqual(["metrics.json:4: the step went back from 59 to 19, the log's first step, and 1 more time after: 3 trainings written into one log (a fresh start is a new training, not a resume from a checkpoint); kept the latest (from line 7, 4 points) and left out the 2 before it; none has the 5 points the trend rules need"]);
    expect(log.warnings).toEqual([]);
  });

  it('a resume from a later epoch keeps the earlier points before it (only those from the restart step on are dropped)', () => {
    const records = [0, 1, 2, 3, 4, 2, 3, 4, 5].map((epoch, i) => JSON.stringify({ epoch, train_loss: 10 - i }));
    const log = parseJsonlLog(records.join('\n') + '\n', 'log.txt');
    expect(seriesPoints(log.series.train_loss).map((p) => [p.step, p.value])).toEqual([[0, 10], [1, 9], [2, 5], [3, 4], [4, 3], [5, 2]]);
    expect(log.notes?.[0]).toMatch(/^log\.txt:6: the step went back from 4 to 2 .*: 3 points of 'train_loss'$/);
  });

  it('series that lose different numbers of points are summed up as a range', () => {
    const log = parseCsvLog('epoch,loss,val_loss\n0,3,\n1,2,2.5\n2,1,2\n1,1.5,2.2\n', 'log.csv');
    expect(log.notes).toEqual(["log.csv:5: the step went back from 2 to 1 (a restart appended to the log, as when a run resumes from a checkpoint); kept the later launch's points and dropped the earlier ones from that step on, as TensorBoard does: 2 points of each of 2 series"]);
    const sparse = parseCsvLog('epoch,loss,val_loss\n0,3,4\n1,2,\n2,1,3\n3,0.5,\n1,2.5,3.5\n', 'log.csv');
    expect(sparse.notes?.[0]).toMatch(/: 1-3 points of each of 2 series$/);
  });
});

describe('the fifth corpus: the runs unread before are read, and the restarted ones carry one note', () => {
  const corpus = (part: string, id: string) => join(import.meta.dirname, '..', 'monitor', `corpus-fifth-${part}`, 'runs', id);
  const cases: [string, string, string, Record<string, number>][] = [
    ['a', 'csv-neural-game-engine-2500', 'csv-keras', {}],
    ['b', 'json-majot-triplet', 'json-history', { loss: 32, val_loss: 32 }],
    ['b', 'd2-jsonl-smn', 'jsonl', { loss: 50 }],
    ['b', 'd2-jsonl-cdfsod', 'jsonl', { loss: 10 }],
    // Epochs 0-4, then a fresh start aborted after epochs 0-1: the 5-epoch training is read.
    ['b', 'detr-moqixis-7ep', 'jsonl', { loss: 5, val_loss: 5 }],
    ['b', 'deit-asrafulashiq-300ep', 'jsonl', { loss: 298 }],
  ];
  it.each(cases)('%s/%s (%s): its losses and their lengths', async (part, id, format, lengths) => {
    const run = await readRun(corpus(part, id));
    expect(run.source.format).toBe(format);
    const history = History.fromSeries(run.series, run.roles === undefined ? {} : { roles: run.roles });
    const found: Record<string, number> = {};
    if (history.trainLoss !== undefined) found.loss = history.trainLoss.points.length;
    if (history.validationLoss !== undefined) found.val_loss = history.validationLoss.points.length;
    expect(found).toEqual(lengths);
  });

  it('the game engine CSV keeps its three named losses, 2500 rows each', async () => {
    const run = await readRun(corpus('a', 'csv-neural-game-engine-2500'));
    expect(['mse_observation_loss', 'saturation_loss', 'ce_reward_loss'].map((name) => run.series[name]?.length)).toEqual([2500, 2500, 2500]);
  });

  it.each([
    ['d2-jsonl-smn', "metrics.json:16: the step went back from 299 to 19, the log's first step, and 1 more time after: 3 trainings"],
    ['d2-jsonl-cdfsod', "metrics.json:11: the step went back from 170 to 19, the log's first step, and 1 more time after: 3 trainings"],
    ['detr-moqixis-7ep', "log.txt:6: the step went back from 4 to 0, the log's first step: 2 trainings"],
    ['deit-asrafulashiq-300ep', "log.txt:3: the step went back from 1 to 0, the log's first step: 2 trainings"],
  ])('%s: one restart note naming the line', async (id, note) => {
    const run = await readRun(corpus('b', id));
    expect(run.notes?.filter((line) => line.includes('went back'))).toHaveLength(1);
    expect(run.notes?.find((line) => line.includes('went back'))).toContain(note);
    expect(run.warnings.filter((line) => line.includes('went back'))).toEqual([]);
  });

  it('the headerless history.csv stays unread, saying what was expected', async () => {
    await expect(readRun(join(corpus('a', 'csv-nebulae-2500'), 'history.csv'))).rejects.toThrow(/no header row: line 1 holds numbers .*its name says which loss it holds/);
  });
});
