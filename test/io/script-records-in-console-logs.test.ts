/**
 * readers-137: three ways scripts print their own records into a console log, met in the 104th corpus.
 * A JSON object per record among a wandb run's warnings (`print(json.dumps(stats))`, its e06); a counter
 * alone on its line (`num of updates: 1000`) over its losses, one per line (a Decision Mamba trainer's
 * `output.log`, its e07); and a per-epoch table between '|' rules whose columns name a split, not a
 * loss (`Ep | Train | Val | PPL | Acc% | LR | Time | Note`, two notebooks, its c03 and c04).
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { History } from '../../src/monitor/index.js';
import { readRuns } from '../../src/io/runs.js';
import { bytes, tempFolder } from './support/temp-files.js';

const values = (run: ReturnType<typeof parseLog>, name: string) => [...(run.series[name]?.values ?? [])];
const steps = (run: ReturnType<typeof parseLog>, name: string) => [...(run.series[name]?.steps ?? [])];

describe('a JSON record printed whole on a console line', () => {
  const log = [
    'train_translation.py --batch_size=32 --epochs=40',
    "wandb: WARNING Config item 'epochs' was locked by 'sweep' (ignored update).",
    ...[0, 1, 2, 3, 4, 5].flatMap((epoch) => [
      `{"epoch": ${epoch}, "step": ${5 * epoch}, "loss": ${(7 - epoch).toFixed(1)}, "time": ${60 * epoch}}`,
      'translation model saved in checkpoint',
    ]),
  ].join('\n') + '\n';

  it('is read as the Trainer dict is, placed by its step; its time is no loss', () => {
    const run = parseLog('output.log', bytes(log));
    expect(values(run, 'loss')).toEqual([7, 6, 5, 4, 3, 2]);
    expect(steps(run, 'loss')).toEqual([0, 5, 10, 15, 20, 25]);
    expect(History.fromSeries(run.series).trainLoss?.sourceNames).toEqual(['loss']);
  });

  it('a JSON object with no epoch or no loss (a configuration printed) is no record', () => {
    const prose = ['config {"lr": 0.1}', ...[1, 2, 3, 4, 5].map((epoch) => `Epoch ${epoch}: loss ${1 / epoch}`)].join('\n') + '\n';
    expect(Object.keys(parseLog('train.log', bytes(prose)).series)).toEqual(['loss']);
  });
});

describe("a counter alone on its line ('num of updates: N') over one loss a line", () => {
  const block = (updates: number, ret: number) => [
    '============================================================',
    'time elapsed: 0:02:03',
    `num of updates: ${updates}`,
    `ret loss: ${ret}`,
    `action loss: ${ret / 10}`,
  ].join('\n');
  const log = [1000, 2000, 3000, 4000, 5000, 6000].map((updates, i) => block(updates, 3 - 0.25 * i)).join('\n') + '\n';

  it('places the lines under it at its count', () => {
    const run = parseLog('output.log', bytes(log));
    expect(steps(run, 'ret_loss')).toEqual([1000, 2000, 3000, 4000, 5000, 6000]);
    expect(values(run, 'action_loss')).toEqual([0.3, 0.275, 0.25, 0.225, 0.2, 0.175].map((v) => expect.closeTo(v, 9)));
  });
});

describe("a table between '|' rules whose columns are named by their split", () => {
  const row = (epoch: number, train: number, val: number, note: string) =>
    `${String(epoch).padStart(3)} | ${train.toFixed(4).padStart(8)} | ${val.toFixed(4).padStart(8)} | ${Math.exp(val).toFixed(2).padStart(8)} | ${(10 * epoch).toFixed(1)}% | 3.61e-05 | 511s | ${note}`;
  const table = [
    'Starting training — up to 30 epochs',
    ' Ep |    Train |      Val |      PPL |   Acc% |         LR |   Time | Note',
    '─'.repeat(80),
    row(1, 8.3, 7.8, '✅ best'), row(2, 7.1, 7.2, '✅ best'), row(3, 6.5, 6.7, '✅ best'), row(4, 6.0, 6.8, ''), row(5, 5.6, 6.9, ''),
  ].join('\n') + '\n';

  it("reads 'Train' and 'Val' as the losses, passing by cells that are no number and a blank last column", () => {
    const run = parseLog('train.log', bytes(table));
    expect(values(run, 'train_loss')).toEqual([8.3, 7.1, 6.5, 6.0, 5.6]);
    expect(values(run, 'val_loss')).toEqual([7.8, 7.2, 6.7, 6.8, 6.9]);
    expect(steps(run, 'val_loss')).toEqual([1, 2, 3, 4, 5]);
  });

  it('a table with only one of the two split columns names no loss: not read', () => {
    const accuracy = [' Ep | Train | PPL | LR', ...[1, 2, 3, 4, 5].map((e) => `${e} | 0.${e} | 12.${e} | 0.001`)].join('\n') + '\n';
    expect(() => parseLog('train.log', bytes(accuracy))).toThrow();
  });
});

describe("WatermarkNN's log: 'Epoch: N' alone on its line after a test block, accuracy counts after their percentages", () => {
  const epoch = (e: number) => [
    `Epoch: ${e}`,
    `Loss: ${(2 - 0.2 * e).toFixed(3)} | Acc: ${30 + e}.537% (${15574 + 100 * e}/51000)`,
    'Test results:',
    `Loss: ${(1.6 - 0.1 * e).toFixed(3)} | Acc: ${39 + e}.450% (${3945 + 10 * e}/10000)`,
  ].join('\n');
  const log = [0, 1, 2, 3, 4, 5].map(epoch).join('\n') + '\n';

  it("ends the test split the block announced: the next epoch's training line is the training loss, one step an epoch", () => {
    const run = parseLog('log_train.txt', bytes(log));
    expect(values(run, 'loss')).toEqual([2, 1.8, 1.6, 1.4, 1.2, 1].map((v) => expect.closeTo(v, 9)));
    expect(values(run, 'test_loss')).toEqual([1.6, 1.5, 1.4, 1.3, 1.2, 1.1].map((v) => expect.closeTo(v, 9)));
    expect(steps(run, 'test_loss')).toEqual(steps(run, 'loss'));
  });
});

describe("a table whose header is written as a comment ('#epoch train_loss val_loss', readers-139)", () => {
  const table = ['#epoch train_loss val_loss', ...[0, 1, 2, 3, 4, 5].map((e) => `${e} ${(4 - 0.5 * e).toFixed(4)} ${(4.1 - 0.4 * e).toFixed(4)}`)].join('\n') + '\n';

  it('names its columns as the header without the mark would', () => {
    const run = parseLog('losses.txt', bytes(table));
    expect(values(run, 'val_loss')).toEqual([4.1, 3.7, 3.3, 2.9, 2.5, 2.1].map((v) => expect.closeTo(v, 9)));
    expect(steps(run, 'val_loss')).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe("nolearn's PrintLog table, tabulate's 'simple' layout (readers-140)", () => {
  const epochs = [1, 2, 3, 4, 5, 6].map((e) =>
    `${String(e).padStart(7)}  ${(2.5 - 0.3 * e).toFixed(5).padStart(12)}  ${(1.5 - 0.15 * e).toFixed(5).padStart(12)}  ${'1.10000'.padStart(11)}  ${'0.93000'.padStart(11)}  21.84s`);
  const log = [
    '  epoch    train loss    valid loss    train/val    valid acc  dur',
    '-------  ------------  ------------  -----------  -----------  ------',
    ...epochs,
    '# Neural Network with 122154 learnable parameters',
    'name        size        total    cap.Y    cap.X    cov.Y    cov.X',
    '----------  --------  -------  -------  -------  -------  -------',
    'input0      1x28x28       784   100.00   100.00   100.00   100.00',
    'dense8      64             64   100.00   100.00   100.00   100.00',
    'dense10     6               6   100.00   100.00   100.00   100.00',
  ].join('\n') + '\n';

  it('names its columns by the rule under the header (a name may hold a space), and passes by a duration with its unit', () => {
    const run = parseLog('train.log', bytes(log));
    expect(values(run, 'valid_loss')).toEqual([1.35, 1.2, 1.05, 0.9, 0.75, 0.6].map((v) => expect.closeTo(v, 9)));
    expect(steps(run, 'train_loss')).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("a rule under a header naming no counter (the next fit's layer table) ends the table: its rows are none of it", () => {
    const run = parseLog('train.log', bytes(log));
    expect(values(run, 'train_loss').at(-1)).toBeCloseTo(0.7, 9);
    expect(Object.keys(run.series)).not.toContain('dur');
  });
});

describe("a run folder holding only a list of numbers in a file named for its loss (readers-141)", () => {
  const list = `[${[2.5, 2.1, 1.9, 1.8, 1.75, 1.74].join(', ')}]`;
  const { root, put } = tempFolder('losskit-loss-list-');
  put('listed/val_loss.txt', list);
  put('unnamed/numbers.txt', list);

  it('is found by the walk, as the file given alone is read: that loss, one item per epoch from 0', async () => {
    const runs = await readRuns(`${root}/listed`);
    expect(runs).toHaveLength(1);
    expect([...(runs[0].series['val_loss']?.values ?? [])]).toEqual([2.5, 2.1, 1.9, 1.8, 1.75, 1.74]);
  });

  it('a list in a file whose name says no loss is no run', async () => {
    expect(await readRuns(`${root}/unnamed`)).toEqual([]);
  });
});
