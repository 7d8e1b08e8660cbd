/**
 * Ultralytics' header-less results.txt (YOLOv3, YOLOv5 before v6.0, YOLOv7), met in the fifteenth
 * real-log corpus (test/monitor/corpus-fifteenth-a) and unread before. `cheetahExp3` is that
 * corpus's yolov5-cheetah-exp3 run whole: runs/train/exp3/results.txt of cheetah003/yolov5 at
 * 81f651248f889171ebceb5bbe88dd763b79995f3 (GPL-3.0, the YOLOv5 clone's licence). The other inputs
 * are written here in the layouts of ultralytics/yolov3's train.py (Sep 2019 - Nov 2020: F1 in
 * column 12; Aug 2019: 16 columns with 'wh').
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLogFormat, parseLog } from '../../src/io/parse-log.js';
import { readRun, readRuns } from '../../src/io/runs.js';
import { seriesPoints } from '../../src/io/series.js';
import { History } from '../../src/monitor/index.js';
import { bytes, tempFolder } from './support/temp-files.js';

const { root, put } = tempFolder('losskit-results-txt-');

const cheetahExp3 = [
  '       0/4     1.02G    0.1208   0.08111   0.06388    0.2658       228       640  0.002163  0.001344 0.0001503 1.803e-05    0.1175   0.08448    0.0623',
  '       1/4    0.937G    0.1186   0.07783   0.06315    0.2596       217       640  0.002971  0.001344  7.14e-05 1.497e-05    0.1154   0.08753   0.06167',
  '       2/4    0.937G    0.1164   0.08322   0.06254    0.2621       239       640   0.01118  0.003617 0.0002094 2.094e-05    0.1133   0.09078   0.06094',
  '       3/4    0.937G    0.1152   0.08381   0.06218    0.2612       198       640  0.002702  0.002894 0.0001436 1.645e-05    0.1113   0.09424   0.06024',
  '       4/4    0.937G    0.1139   0.08685   0.06174    0.2624       216       640  0.004524  0.003617 0.0002135 2.562e-05    0.1097   0.09717   0.05948',
].join('\n') + '\n';

/** A row of the 15-column layout: epoch/total, memory, box, obj, cls, total, targets, img_size, P, R, m1, m2, val box, obj, cls. */
const row15 = (epoch: number, train: number, m1: number, m2: number, val: number) =>
  `${`${epoch}/9`.padStart(10)}${'3.2G'.padStart(10)}${[train, train / 2, train / 4, train * 1.75, 31, 416, 0.4, 0.5, m1, m2, val, val / 2, val / 4].map((x) => x.toPrecision(4).padStart(10)).join('')}`;

const values = (series: { values: Float64Array } | undefined) => [...(series?.values ?? [])];

describe("Ultralytics' header-less results.txt", () => {
  it('is found by its name and its first row; a .txt of other rows or another name is not', () => {
    expect(detectLogFormat('results.txt', bytes(cheetahExp3))).toBe('ultralytics-txt');
    expect(detectLogFormat('results_coco.txt', bytes(cheetahExp3))).toBe('ultralytics-txt');
    expect(detectLogFormat('train_log.txt', bytes(cheetahExp3))).toBeUndefined();
    expect(detectLogFormat('results.txt', bytes('0.5 0.4\n0.3 0.2\n'))).toBeUndefined();
  });

  it("reads a YOLOv5 results.txt as its results.csv: the csv's names, the splits' totals, the same roles", () => {
    const log = parseLog('results.txt', bytes(cheetahExp3));
    expect(log.format).toBe('ultralytics');
    expect(Object.keys(log.series).sort()).toEqual([
      'metrics/mAP_0.5', 'metrics/mAP_0.5:0.95', 'metrics/precision', 'metrics/recall',
      'train/box_loss', 'train/cls_loss', 'train/loss', 'train/obj_loss', 'val/box_loss', 'val/cls_loss', 'val/loss', 'val/obj_loss',
    ]);
    expect(seriesPoints(log.series['val/loss']).map((p) => [p.step, p.epoch])).toEqual([[0, 0], [1, 1], [2, 2], [3, 3], [4, 4]]);
    // The printed total (column 6) is the training components' sum, up to the components' rounding.
    const printed = [0.2658, 0.2596, 0.2621, 0.2612, 0.2624];
    values(log.series['train/loss']).forEach((sum, i) => expect(Math.abs(sum - printed[i])).toBeLessThan(2e-4));
    expect(values(log.series['val/loss'])[0]).toBeCloseTo(0.1175 + 0.08448 + 0.0623, 12);
    expect(values(log.series['metrics/mAP_0.5:0.95'])[0]).toBe(1.803e-5);
    expect(log.warnings).toEqual([]);
    expect(log.notes).toContain("'val/loss' is the sum 'val/box_loss' + 'val/obj_loss' + 'val/cls_loss' (Ultralytics' total loss)");

    // The same numbers as YOLOv5 v6's results.csv get the same roles.
    const csv = ['epoch,train/box_loss,train/obj_loss,train/cls_loss,metrics/precision,metrics/recall,metrics/mAP_0.5,metrics/mAP_0.5:0.95,val/box_loss,val/obj_loss,val/cls_loss',
      '0,0.1208,0.08111,0.06388,0.002163,0.001344,0.0001503,1.803e-05,0.1175,0.08448,0.0623'].join('\n') + '\n';
    const fromCsv = History.fromSeries(parseLog('results.csv', bytes(csv)).series);
    const fromTxt = History.fromSeries(log.series);
    expect([fromTxt.trainLoss?.sourceNames, fromTxt.validationLoss?.sourceNames]).toEqual([['train/loss'], ['val/loss']]);
    for (const name of Object.keys(log.series)) expect([name, fromTxt.series(name)?.role]).toEqual([name, fromCsv.series(name)?.role]);
  });

  it("YOLOv3's column 12 is F1 where it exceeds mAP@.5 (mAP@.5:.95 never does)", () => {
    const text = [row15(0, 0.1, 0.02, 0.01, 0.2), row15(1, 0.09, 0.1, 0.3, 0.18)].join('\n') + '\n';
    const log = parseLog('results.txt', bytes(text));
    expect(values(log.series['metrics/F1'])).toEqual([0.01, 0.3]);
    expect(log.series['metrics/mAP_0.5:0.95']).toBeUndefined();
    expect(log.notes).toContain('column 12 is F1, not mAP@.5:.95 (it exceeds mAP@.5 on line 2, as YOLOv3 before Nov 2020 wrote it)');
  });

  it("YOLOv3 of Aug 2019: 16 columns, 'wh' among the training losses", () => {
    // epoch/total, memory, GIoU/xy, wh, obj, cls, total, targets, img_size, P, R, mAP, F1, val GIoU, obj, cls
    const text = '       0/99     4.1G      1.5       0      2.1      0.9      4.5       52      416    0.1    0.2   0.05   0.12     1.4      1.9      0.8\n'
      + '       1/99     4.1G      1.3       0      1.8      0.7      3.8       49      416    0.2    0.3   0.09   0.22     1.2      1.7      0.7\n';
    const log = parseLog('results.txt', bytes(text));
    expect(values(log.series['train/wh_loss'])).toEqual([0, 0]);
    expect(values(log.series['train/loss'])).toEqual([1.5 + 0 + 2.1 + 0.9, 1.3 + 0 + 1.8 + 0.7]);
    expect(values(log.series['val/loss'])).toEqual([1.4 + 1.9 + 0.8, 1.2 + 1.7 + 0.7]);
    expect(values(log.series['metrics/F1'])).toEqual([0.12, 0.22]);
  });

  it('a broken row keeps the rows before it and names its line; an unfinished last line is dropped', () => {
    const rows = cheetahExp3.trimEnd().split('\n');
    const broken = [...rows.slice(0, 3), rows[3].slice(0, 60), rows[4]].join('\n') + '\n';
    const log = parseLog('results.txt', bytes(broken));
    expect(log.warnings).toEqual(["results.txt:4: 6 fields, expected 15 (the first row's); kept the 3 rows before it and ignored the rest of the file"]);
    expect(log.series['val/loss']).toHaveLength(3);
    const unfinished = parseLog('results.txt', bytes([...rows.slice(0, 4), rows[4].slice(0, 60)].join('\n')));
    expect(unfinished.warnings).toEqual(['results.txt:5: incomplete last line (6 of 15 fields; the writer may still be running); ignored']);
    expect(unfinished.series['val/loss']).toHaveLength(4);
    const word = parseLog('results.txt', bytes(cheetahExp3.replace('0.09078', 'oops')));
    expect(word.warnings).toEqual(["results.txt:3: field 14 ('oops') is not a number; kept the 2 rows before it and ignored the rest of the file"]);
  });

  it('a results.txt whose rows fit no layout is an error saying what was expected', () => {
    // Without the printed total no column is the sum of those before it; with a validation column fewer than the
    // training ones, no layout without a total fits either (readers-146 reads the one with as many).
    const noTotal = cheetahExp3.split('\n')[0].replace('    0.2658', '').replace(/\s+\S+$/, '') + '\n';
    expect(() => parseLog('results.txt', bytes(noTotal))).toThrow(/results\.txt:1: not an Ultralytics results\.txt this reader knows: line 1 has 13 fields \('0\/4 1\.02G 0\.1208 \.\.\.'\); expected epoch\/total, gpu_mem, the training loss components and their total /);
    // ultralytics/yolov3 of 2018 (batch/batches where the memory is, no validation losses) is no results.txt it reads.
    const old = '       0/99     0/511      1.2      0.9      2.3      1.1      5.5      0.1      0.2      0.05\n';
    expect(() => parseLog('results.txt', bytes(old))).toThrow(/results\.txt: not a training log losskit reads/);
  });

  it('a folder walk finds runs/train/exp*/results.txt; readRun reads one', async () => {
    put('yolo/runs/train/exp/results.txt', cheetahExp3);
    put('yolo/runs/train/exp2/results.txt', cheetahExp3);
    put('yolo/data/classes.txt', 'cat\ndog\n');
    const runs = await readRuns(join(root, 'yolo'));
    expect(runs.map((run) => [run.name, run.source.format])).toEqual([['runs/train/exp', 'ultralytics'], ['runs/train/exp2', 'ultralytics']]);
    const run = await readRun(join(root, 'yolo/runs/train/exp/results.txt'));
    expect(run.series['train/loss']).toHaveLength(5);
  });
});

describe('a results.txt whose losses are nan on every row (readers-145)', () => {
  const nanRow = (epoch: number) => `${`${epoch}/99`.padStart(10)}${'4.43G'.padStart(10)}${['nan', 'nan', 'nan', 'nan', 170 + epoch, 416, 0, 0, 0, 0, 'nan', 'nan', 'nan'].map((x) => String(x).padStart(10)).join('')}`;
  const diverged = Array.from({ length: 12 }, (_, epoch) => nanRow(epoch)).join('\n') + '\n';

  it("at YOLOv5's own width is read by YOLOv5's layout: the losses are there, not numbers", () => {
    const run = parseLog('results.txt', bytes(diverged));
    expect(run.format).toBe('ultralytics');
    expect([...run.series['val/box_loss']!.values].every(Number.isNaN)).toBe(true);
    expect(History.fromSeries(run.series).trainLoss).toBeDefined();
  });

  it('at another width nothing says which column is which: refused', () => {
    const wider = diverged.split('\n').filter(Boolean).map((line) => `${line}${'nan'.padStart(10)}`).join('\n') + '\n';
    expect(() => parseLog('results.txt', bytes(wider))).toThrow(/not an Ultralytics results.txt this reader knows/);
  });
});

describe('a results.txt with no training total (readers-146)', () => {
  // YOLOv5 of late 2021: epoch, gpu_mem, box, obj, cls, targets, img_size, P, R, mAP@.5, mAP@.5:.95, val box, obj, cls.
  const row14 = (epoch: number, box: number, val: number) => `${`${epoch}/9`.padStart(10)}${'1.09G'.padStart(10)}${[box, box / 2.5, box / 1.6, 30 + epoch, 640, 0.1 * epoch, 0.05 * epoch, 0.03 * epoch, 0.01 * epoch, val, val / 3, val / 1.7].map((x) => (typeof x === 'number' && !Number.isInteger(x) ? x.toPrecision(4) : String(x)).padStart(10)).join('')}`;
  const noTotal = Array.from({ length: 10 }, (_, epoch) => row14(epoch, 0.14 - 0.005 * epoch, 0.141 - 0.004 * epoch)).join('\n') + '\n';

  it('places its columns by the counts and fractions: three components a split, the metrics, no total', () => {
    const run = parseLog('results.txt', bytes(noTotal));
    expect(Object.keys(run.series)).toEqual(expect.arrayContaining(['train/box_loss', 'train/obj_loss', 'train/cls_loss', 'metrics/precision', 'val/box_loss', 'val/cls_loss']));
    expect(run.series['val/box_loss']!.values[0]).toBeCloseTo(0.141, 9);
    expect(run.series['metrics/precision']!.values[9]).toBeCloseTo(0.9, 9);
    expect(History.fromSeries(run.series).validationLoss).toBeDefined();
  });
});

describe("YOLOv5-Lite's results.txt, the learning rate after the memory (readers-147)", () => {
  // train.py: '%10s' * 2 + '%10.8g' + '%10.4g' * 6 (epoch, mem, lr, box, obj, cls, total, labels, img_size), then P, R,
  // mAP@.5, mAP@.5:.95 and 3 validation components. Eight digits of a rate overflow the field and glue to the memory.
  const liteRow = (epoch: number, rate: number, box: number, val: number) => {
    const losses = [box, box * 1.4, box / 6];
    const total = losses.reduce((a, b) => a + b, 0);
    const printed = [...losses, total].map((x) => x.toPrecision(4).padStart(10)).join('');
    const rest = [530 - epoch, 320, 0.9, 0.95, 0.97, 0.78, val, val * 1.8, val / 4].map((x) => (Number.isInteger(x) ? String(x) : Number(x.toPrecision(4)).toString()).padStart(10)).join('');
    return `${`${epoch}/9`.padStart(10)}${'0.74G'.padStart(10)}${String(rate).padStart(10)}${printed}${rest}`;
  };
  const rates = [0.025535977, 0.0010357324, 0, 0, 0, 0, 0, 0, 0, 0];
  const lite = rates.map((rate, epoch) => liteRow(epoch, rate, 0.0100 - 0.0001 * epoch, 0.0082 - 0.00005 * epoch)).join('\n') + '\n';

  it('splits the glued memory and rate, and places the losses after the rate by their printed total', () => {
    expect(lite.split('\n')[0]).toContain('0.74G0.025535977');
    const run = parseLog('results.txt', bytes(lite));
    expect(run.format).toBe('ultralytics');
    expect(run.series['x/lr0']!.values[0]).toBeCloseTo(0.025535977, 12);
    expect(run.series['train/box_loss']!.values[0]).toBeCloseTo(0.01, 9);
    expect(run.series['val/cls_loss']!.values[9]).toBeCloseTo((0.0082 - 0.00045) / 4, 5);
    expect((run.notes ?? []).join(' ')).toMatch(/16 columns: 3 training and 3 validation loss components/);
  });

  it('a column after the memory that is no rate (above 1) places nothing', () => {
    const notRate = lite.replace('0.74G0.025535977', '0.74G     2.5');
    expect(() => parseLog('results.txt', bytes(notRate))).toThrow(/not an Ultralytics results\.txt this reader knows/);
  });
});
