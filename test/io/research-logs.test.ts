/**
 * Logs of research code bases, met in the fourth real-log corpus (test/monitor/corpus-fourth-b)
 * and unread before: DETR's and DeiT's `log.txt` (JSON lines, one object per epoch, in a .txt),
 * detectron2's `metrics.json` (JSON lines, one object per logged iteration, in a .json) and its
 * event file, whose `total_loss` is the training loss, and a Keras history saved as Python's
 * repr of the dict (as the file, or as a JSON string holding it). Inputs are small copies of those
 * files' shapes; the last block reads the real ones.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LogFileError } from '../../src/core/errors.js';
import { parseJsonLog } from '../../src/io/json-log.js';
import { detectLogFormat, parseLog } from '../../src/io/parse-log.js';
import { parsePythonLiteral, PythonLiteralError } from '../../src/io/python-literal.js';
import { readRun, readRuns } from '../../src/io/runs.js';
import { seriesPoints } from '../../src/io/series.js';
import { History, seriesName } from '../../src/monitor/index.js';
import { bytes, tempFolder } from './support/temp-files.js';
import { writeEventFile } from './support/tfevents-writer.js';

const { root, put } = tempFolder('losskit-research-logs-');
const values = (series: { values: Float64Array } | undefined) => [...(series?.values ?? [])];

/** DETR's main.py: `log_stats = {**{f'train_{k}': v ...}, **{f'test_{k}': v ...}, 'epoch': epoch, 'n_parameters': n}`. */
const detrRecord = (epoch: number, train: number, test: number) => JSON.stringify({
  train_lr: 1e-4, train_class_error: 99.8, train_loss: train, train_loss_bbox: train / 20, train_loss_ce_0: train / 15,
  test_class_error: 98.1, test_loss: test, test_loss_bbox: test / 20,
  test_coco_eval_bbox: [0.01, 0.02, 0.0, 0.0, 0.0, 0.01, 0.03, 0.05, 0.06, 0.0, 0.02, 0.08],
  epoch, n_parameters: 41_302_368,
});
const detrLog = [detrRecord(0, 29.48, 53.84), detrRecord(1, 28.61, 55.7), detrRecord(2, 27.9, 56.86)].join('\n') + '\n';

/** detectron2's JSONWriter: one object per logged iteration, sorted keys. */
const d2Record = (iteration: number, total: number) => JSON.stringify({
  data_time: 0.02, eta_seconds: 9000 - iteration, 'fast_rcnn/cls_accuracy': 0.5, iteration, loss_box_reg: total / 3,
  loss_cls: total / 2, loss_rpn_cls: total / 10, loss_rpn_loc: total / 15, lr: 2e-4, time: 2.2, total_loss: total,
});
const d2Log = [d2Record(19, 2.73), d2Record(39, 2.2), d2Record(59, 1.9)].join('\n') + '\n';

describe("DETR's and DeiT's log.txt: JSON lines whatever the file's name", () => {
  it('is JSON lines by content; the epoch places the points; test_loss is the validation loss', () => {
    expect(detectLogFormat('log.txt', bytes(detrLog))).toBe('jsonl');
    const log = parseLog('log.txt', bytes(detrLog));
    expect(log.format).toBe('jsonl');
    expect(seriesPoints(log.series.test_loss).map((p) => [p.step, p.epoch, p.value])).toEqual([[0, 0, 53.84], [1, 1, 55.7], [2, 2, 56.86]]);
    // The COCO figures are a list per epoch, not a number: skipped, and said.
    expect(log.series.test_coco_eval_bbox).toBeUndefined();
    expect(log.warnings).toEqual(["log.txt:1: 'test_coco_eval_bbox' holds values that are not numbers; skipped"]);
    const history = History.fromSeries(log.series);
    expect([history.trainLoss?.sourceNames, history.validationLoss?.sourceNames, history.learningRate?.sourceNames])
      .toEqual([['train_loss'], ['test_loss'], ['train_lr']]);
    // The components and the parameter count are no losses.
    expect(seriesName('train_loss_bbox')?.role).toBe('metric');
    expect(seriesName('n_parameters')?.role).toBe('context');
  });

  it('a first record longer than the sniffed bytes is still recognised (a DETR record is ~5 kB)', () => {
    const wide = JSON.stringify({ train_loss: 1, epoch: 0, ...Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`train_loss_part_${i}`, 0.123456789])) });
    const text = `${wide}\n${wide.replace('"epoch":0', '"epoch":1')}\n`;
    expect(wide.length).toBeGreaterThan(4096);
    expect(detectLogFormat('log.txt', bytes(text))).toBe('jsonl');
  });

  it('a broken line keeps the records before it and names the line', () => {
    const log = parseLog('log.txt', bytes(`${detrRecord(0, 29.5, 53.8)}\n${detrRecord(1, 28.6, 55.7)}\n{"train_loss": 27.9, "epo\n${detrRecord(3, 27, 58)}\n`));
    expect(values(log.series.train_loss)).toEqual([29.5, 28.6]);
    expect(log.warnings[0]).toMatch(/^log\.txt:3: not valid JSON .*; kept the 2 records before it and ignored the rest of the file$/);
  });

  it('a folder walk reads a log.txt of JSON lines as a run; a notes .txt, a JSON-lines .txt of non-log records and args.txt are not', async () => {
    put('detr/output/log.txt', detrLog);
    put('detr/output/notes.txt', 'trained on 4 GPUs\n');
    put('detr/output/args.txt', "{'lr': 0.0001, 'batch_size': 2}\n");
    put('detr/output/eval_ids.txt', '{"image_id": 1, "category": "cat"}\n{"image_id": 2, "category": "dog"}\n');
    const runs = await readRuns(join(root, 'detr'));
    expect(runs.map((run) => [run.name, run.source.format, run.error])).toEqual([['output', 'jsonl', undefined]]);
  });
});

describe("detectron2's metrics.json and event file: total_loss is the training loss", () => {
  it('metrics.json is JSON lines (not one JSON document); iteration is the step; the components stay metrics', () => {
    expect(detectLogFormat('metrics.json', bytes(d2Log))).toBe('jsonl');
    const log = parseLog('metrics.json', bytes(d2Log));
    expect(seriesPoints(log.series.total_loss).map((p) => [p.step, p.value])).toEqual([[19, 2.73], [39, 2.2], [59, 1.9]]);
    expect(log.series.iteration).toBeUndefined();
    const history = History.fromSeries(log.series);
    expect(history.trainLoss?.sourceNames).toEqual(['total_loss']);
    expect(history.trainLoss?.name).toBe('loss');
    expect(history.validationLoss).toBeUndefined();
    expect(['loss_cls', 'loss_box_reg', 'loss_rpn_cls'].map((name) => seriesName(name)?.role)).toEqual(['metric', 'metric', 'metric']);
    expect(['data_time', 'eta_seconds'].map((name) => seriesName(name)?.role)).toEqual(['context', 'context']);
    expect(seriesName('time')).toBeUndefined();
    expect(seriesName('val_total_loss')).toMatchObject({ name: 'val_loss', role: 'validationLoss' });
  });

  it('a one-line .json stays a JSON document (a config is not a one-record log)', () => {
    expect(detectLogFormat('config.json', bytes('{"lr": 0.1, "iteration": 3}\n'))).toBe('json');
    expect(detectLogFormat('history.json', bytes('{"loss": [1, 0.5]}'))).toBe('json');
    expect(detectLogFormat('history.txt', bytes('{"loss": [1, 0.5]}'))).toBe('json');
    expect(detectLogFormat('point.txt', bytes('{"step": 1, "loss": 0.5}'))).toBe('jsonl');
  });

  it('a run folder with metrics.json is a run; its evaluation lines join at their iteration', async () => {
    put('d2/output/metrics.json', d2Log + '{"bbox/AP": 12.5, "bbox/AP50": 30.1, "iteration": 59}\n');
    put('d2/output/config.json', '{"MODEL": {"WEIGHTS": "model.pkl"}, "SOLVER": {"BASE_LR": 0.00025}}\n');
    const runs = await readRuns(join(root, 'd2'));
    expect(runs.map((run) => [run.name, run.source.format])).toEqual([['output', 'jsonl']]);
    expect(seriesPoints(runs[0].series['bbox/AP']).map((p) => [p.step, p.value])).toEqual([[59, 12.5]]);
  });

  it('the TensorBoard tags are read the same way', async () => {
    const events = [19, 39, 59].map((step, i) => ({
      step, wallTime: 1.7e9 + step,
      scalars: [{ tag: 'total_loss', value: [2.7, 2.2, 1.9][i] }, { tag: 'loss_cls', value: 1 - i / 10 }, { tag: 'lr', value: 2e-4 }, { tag: 'data_time', value: 0.02 }],
    }));
    put('d2tb/output/events.out.tfevents.1737378888.host.2695.0', writeEventFile(events).bytes as unknown as string);
    const run = await readRun(join(root, 'd2tb/output'));
    const history = History.fromSeries(run.series);
    expect(history.trainLoss?.sourceNames).toEqual(['total_loss']);
    expect(history.trainLoss?.points.map((p) => p.value)).toEqual([2.700000047683716, 2.200000047683716, 1.899999976158142]);
    expect(history.learningRate?.sourceNames).toEqual(['lr']);
  });

  it('a plain loss next to a total loss is the loss; the total stays a metric (never merged)', () => {
    const history = History.fromSeries({
      loss: [{ step: 0, value: 1 }, { step: 1, value: 0.8 }],
      total_loss: [{ step: 0, value: 3 }, { step: 1, value: 2.5 }],
    });
    expect(history.trainLoss?.sourceNames).toEqual(['loss']);
    expect(history.trainLoss?.points.map((p) => p.value)).toEqual([1, 0.8]);
    expect(history.metrics.map((series) => [series.name, series.sourceNames])).toEqual([['total_loss', ['total_loss']]]);
  });
});

describe("a Keras history saved as Python's repr", () => {
  const repr = "{'loss': [0.9, 0.7, nan], 'val_loss': [np.float64(0.95), np.float32(0.8), inf], 'accuracy': [0.5, 0.6, None]}";

  it('as the file: read as a Python literal, nan / inf / np.float64(...) / None included, and said so', () => {
    const log = parseLog('history.txt', bytes(repr));
    expect(log.format).toBe('json-history');
    expect(values(log.series.loss)).toEqual([0.9, 0.7, NaN]);
    expect(values(log.series.val_loss)).toEqual([0.95, 0.8, Infinity]);
    expect(seriesPoints(log.series.accuracy).map((p) => p.step)).toEqual([0, 1]);
    expect(log.notes?.[0]).toMatch(/^read as a Python dict literal/);
  });

  it('as a JSON string holding the dict (json.dump(str(history.history), f))', () => {
    const log = parseJsonLog(JSON.stringify(repr), 'model_history.json');
    expect(values(log.series.val_loss)).toEqual([0.95, 0.8, Infinity]);
    expect(log.notes?.[0]).toMatch(/^a JSON string holding a Python dict literal/);
  });

  it('a folder walk finds it in a .json and a .txt; a Python dict that is no history is not a run', async () => {
    put('repr/a/model_history.json', JSON.stringify(repr));
    put('repr/b/history.txt', repr);
    put('repr/b/args.txt', "{'lr': 0.001, 'epochs': 30}");
    const runs = await readRuns(join(root, 'repr'));
    expect(runs.map((run) => [run.name, run.source.format])).toEqual([['a', 'json-history'], ['b', 'json-history']]);
  });

  it('what is not a Python literal is a LogFileError naming the file, line and column', () => {
    const bad = "{'loss': [0.9,\n 0.7, array([0.5])]}";
    expect(() => parseLog('history.txt', bytes(bad))).toThrow(LogFileError);
    expect(() => parseLog('history.txt', bytes(bad))).toThrow("history.txt:2: the file holds a Python dict that cannot be read: 'array' is not a Python literal losskit reads (numbers, strings, lists, dicts, None, nan, inf, np.float64(...)) at line 2, column 7");
    expect(() => parseJsonLog(JSON.stringify("{'loss': [0.9, 0.7"), 'h.json')).toThrow("h.json: the JSON string holds a Python dict that cannot be read: the text ends before the closing ']' at line 1, column 19");
  });

  it('parsePythonLiteral: the repr grammar, and errors with their place', () => {
    expect(parsePythonLiteral("{'a': (1, -2.5e-3, 1_000, .5, 3.), \"b\": [True, False, None, -inf, float('nan'), float('-inf')], 'c\\'d': 'x\\ny',}"))
      .toEqual({ a: [1, -0.0025, 1000, 0.5, 3], b: [true, false, null, -Infinity, NaN, -Infinity], "c'd": 'x\ny' });
    expect(parsePythonLiteral('[numpy.int64(3), np.float16(-0.5)]')).toEqual([3, -0.5]);
    for (const [text, reason] of [
      ['{"a": 1', "the text ends before the closing '}'"], ['[1, 2] 3', "unexpected '3' after the value"],
      ['{[1]: 2}', 'a dict key must be a string or a number'], ["{'a' 1}", "expected ':' after a dict key"],
      ["'abc", 'a string is not closed'], ['np.float64', "'np.float64' without a value in parentheses"],
      ['[1, 2; 3]', "expected ',' or ']', found ';'"], ['os.system("x")', "'os.system' is not a Python literal"],
      ['['.repeat(100_000), 'nested deeper than 64 levels at line 1, column 65'],
    ] as const) {
      expect(() => parsePythonLiteral(text), text).toThrow(PythonLiteralError);
      expect(() => parsePythonLiteral(text), text).toThrow(reason);
    }
  });
});

describe('the fourth corpus: the research-code runs unread before are read', () => {
  const runs = join(import.meta.dirname, '..', 'monitor', 'corpus-fourth-b', 'runs');
  const cases: [string, string, Record<string, number>][] = [
    ['jsonl-cfvit', 'jsonl', { loss: 15 }],
    ['jsonl-cswin-detr', 'jsonl', { loss: 50, val_loss: 50 }],
    ['jsonl-detr-short', 'jsonl', { loss: 4, val_loss: 4 }],
    ['d2-jsonl-medical-waste', 'jsonl', { loss: 200 }],
    ['d2-tb-balloon', 'tfevents', { loss: 15 }],
    ['keras-repr-glcm', 'json-history', { loss: 800, val_loss: 800 }],
  ];
  it.each(cases)('%s (%s): its losses and their lengths', async (id, format, lengths) => {
    const run = await readRun(join(runs, id));
    expect(run.source.format).toBe(format);
    const history = History.fromSeries(run.series, run.roles === undefined ? {} : { roles: run.roles });
    const found: Record<string, number> = { loss: history.trainLoss?.points.length ?? 0 };
    if (history.validationLoss !== undefined) found.val_loss = history.validationLoss.points.length;
    expect(found).toEqual(lengths);
  });
});
