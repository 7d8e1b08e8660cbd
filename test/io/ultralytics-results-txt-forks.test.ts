/**
 * YOLOv5 forks' header-less results.txt, wider than YOLOv5's 15 columns because they add loss
 * components (met in the eighteenth real-log corpus: a landmark-style fork with 6 training
 * components, a heading fork that also prints a validation total). The rows are written here
 * as train.py writes them ('%10.4g'); the reader finds the columns from the printed total.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { agreesWithSum, halfUnit } from '../../src/io/ultralytics-txt-layout.js';
import { seriesPoints } from '../../src/io/series.js';
import { bytes } from './support/temp-files.js';

/** '%10.4g' of a number (close enough: 4 significant digits, right-aligned in 10). */
const g = (x: number) => String(Number(x.toPrecision(4))).padStart(10);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** epoch/total, memory, train components, their total, targets, img_size, 4 metrics, validation columns. */
const row = (epoch: number, train: readonly number[], metrics: readonly number[], validation: readonly number[]) =>
  `${`${epoch}/9`.padStart(10)}${'1.66G'.padStart(10)}${[...train, sum(train), 5, 608, ...metrics, ...validation].map(g).join('')}`;

const values = (series: { values: Float64Array } | undefined) => [...(series?.values ?? [])];

describe("YOLOv5 forks' results.txt", () => {
  it('the printed total is the sum of the columns before it within their printing', () => {
    expect(halfUnit(0.1267)).toBeCloseTo(5e-5, 15);
    expect(halfUnit(608)).toBeCloseTo(0.05, 15);
    expect(halfUnit(1e-7)).toBeCloseTo(5e-11, 20);
    expect(halfUnit(0)).toBe(0);
    // 0.1 + 0.2 + 0.3, each printed to 4 digits (0.1000, ...), may move by four half units of 1e-4.
    expect(agreesWithSum([0.1, 0.2, 0.3], 0.6002)).toBe(true);
    expect(agreesWithSum([0.1, 0.2, 0.3], 0.6003)).toBe(false);
    // A row of zeros, or a 'nan', says nothing.
    expect(agreesWithSum([0, 0, 0], 0)).toBeUndefined();
    expect(agreesWithSum([Number.NaN, 0.2], 0.3)).toBeUndefined();
  });

  it('a fork with a fourth component and a validation total: loss_4, and the totals sum the components', () => {
    const text = [
      row(0, [0.1197, 0.02792, 0.05732, 0.5631], [0.42, 0.085, 0.014, 0.0025], [0.1032, 0.03147, 0.0417, 0.222, 0.3984]),
      row(1, [0.09911, 0.033, 0.03381, 0.166], [0.22, 0.092, 0.017, 0.0033], [0.09786, 0.03855, 0.03167, 0.1252, 0.2933]),
      row(2, [0.08468, 0.04204, 0.02954, 0.105], [0.17, 0.11, 0.068, 0.016], [0.08032, 0.03996, 0.02982, 0.1197, 0.2698]),
    ].join('\n') + '\n';
    const log = parseLog('results.txt', bytes(text));
    expect(Object.keys(log.series).sort()).toEqual([
      'metrics/mAP_0.5', 'metrics/mAP_0.5:0.95', 'metrics/precision', 'metrics/recall',
      'train/box_loss', 'train/cls_loss', 'train/loss', 'train/loss_4', 'train/obj_loss',
      'val/box_loss', 'val/cls_loss', 'val/loss', 'val/loss_4', 'val/obj_loss',
    ]);
    expect(values(log.series['train/loss_4'])).toEqual([0.5631, 0.166, 0.105]);
    expect(values(log.series['val/loss'])[0]).toBeCloseTo(0.1032 + 0.03147 + 0.0417 + 0.222, 12);
    expect(values(log.series['metrics/mAP_0.5'])).toEqual([0.014, 0.017, 0.068]);
    expect(log.notes).toContain("'val/loss' is the sum 'val/box_loss' + 'val/obj_loss' + 'val/cls_loss' + 'val/loss_4' (Ultralytics' total loss)");
    expect(log.notes?.[0]).toMatch(/\(18 columns: 4 training and 4 validation loss components and a validation total\)/);
  });

  it('zeros for every metric and validation loss mean "not evaluated": those epochs have no validation points', () => {
    const train = (x: number) => [0.08 * x, 0.015 * x, 0.05 * x, 0.06 * x, 0.065 * x, 0.12 * x];
    const none = [0, 0, 0, 0];
    const text = [
      row(0, train(1), none, [0, 0, 0]),
      row(1, train(0.8), none, [0, 0, 0]),
      row(2, train(0.7), [0.22, 0.062, 0.23, 0.19], [0.01427, 0.003078, 0.002009]),
    ].join('\n') + '\n';
    const log = parseLog('results.txt', bytes(text));
    expect(log.series['train/loss_6']).toHaveLength(3);
    expect(log.series['train/loss']).toHaveLength(3);
    expect(seriesPoints(log.series['val/loss']).map((p) => p.step)).toEqual([2]);
    expect(seriesPoints(log.series['metrics/precision']).map((p) => p.step)).toEqual([2]);
    expect(log.notes).toContain("2 of 3 rows have only zeros for the metrics and validation losses (lines 1-2): YOLO's train.py prints zeros until it first evaluates (--notest / --noval evaluate only the last epoch), so those epochs have no validation points");
    // A validation loss of exactly 0 among others that are not is a loss (one class: cls is 0).
    const oneClass = parseLog('results.txt', bytes(row(0, [0.1, 0.05, 0], [0.5, 0.4, 0.3, 0.1], [0.09, 0.04, 0]) + '\n'));
    expect(values(oneClass.series['val/cls_loss'])).toEqual([0]);
  });

  it('16 columns without F1 are a YOLOv5 fork (box, obj, cls, loss_4), not YOLOv3 of Aug 2019', () => {
    const text = [
      row(0, [0.1, 0.03, 0.02, 0.2], [0.4, 0.3, 0.2, 0.1], [0.09, 0.03, 0.02]),
      row(1, [0.09, 0.03, 0.01, 0.15], [0.5, 0.4, 0.3, 0.15], [0.08, 0.03, 0.01]),
    ].join('\n') + '\n';
    const log = parseLog('results.txt', bytes(text));
    expect(values(log.series['train/loss_4'])).toEqual([0.2, 0.15]);
    expect(log.series['train/wh_loss']).toBeUndefined();
    expect(values(log.series['metrics/mAP_0.5:0.95'])).toEqual([0.1, 0.15]);
  });
});
