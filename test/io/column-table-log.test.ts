/**
 * A console table under a header naming a counter and a loss, as JDE (Zhongdao/Towards-Realtime-MOT
 * train.py) logs it, met in the twenty-first corpus, part b (jde-mot-train) and unread before.
 * Lines written here in JDE's layout (`'%8s%12s' + '%10.3g' * 6` after Python logging's prefix),
 * numbers made up.
 */
import { describe, expect, it } from 'vitest';
import { detectLogFormat, parseLog } from '../../src/io/parse-log.js';
import { seriesPoints } from '../../src/io/series.js';
import { History } from '../../src/monitor/index.js';
import { bytes } from './support/temp-files.js';

const at = (time: string) => `2021-01-25 ${time} [INFO]: `;
const header = `${at('05:58:00')}   Epoch       Batch       box      conf        id     total  nTargets      time`;
const jde = [
  header,
  'dataset summary',
  "OrderedDict([('mot17', 547.0)])",
  `${at('05:58:59')}    0/29       0/165     0.227      2.06        19       158        83      59.6`,
  `${at('06:04:17')}    0/29      40/165     0.172      1.99      18.7       149      81.4      7.12`,
  `${at('06:09:34')}    0/29      80/165     0.125      1.34      18.2       104      82.6      7.23`,
  '      Image      Total          P          R        mAP',
  '         32      30353          0          0          0       2.14s',
  '       1312      30353    0.00108    0.00216    0.00108       2.01s',
  header,
  `${at('07:20:59')}    1/29       0/165    0.0799     0.701      16.9     -1.25      79.1      13.1`,
].join('\n') + '\n';

describe('console table log (JDE)', () => {
  it('is detected by content', () => {
    expect(detectLogFormat('log_train.txt', bytes(jde))).toBe('column-table');
  });

  it('places rows at epoch * (N + 1) + batch and reads the bare total as the training loss', () => {
    const log = parseLog('log_train.txt', bytes(jde));
    expect(log.format).toBe('column-table');
    expect(seriesPoints(log.series['total'])).toEqual([
      { step: 0, epoch: 0, value: 158 }, { step: 40, epoch: 0, value: 149 }, { step: 80, epoch: 0, value: 104 }, { step: 166, epoch: 1, value: -1.25 },
    ]);
    expect(Object.keys(log.series).sort()).toEqual(['box', 'conf', 'id', 'nTargets', 'total']);
    expect(log.roles).toEqual({ total: 'trainLoss' });
    const history = History.fromSeries(log.series, { roles: { total: 'trainLoss' } });
    expect(history.trainLoss?.points.map(({ value }) => value)).toEqual([158, 149, 104, -1.25]);
  });

  it('keeps a column naming a loss as written, with no role', () => {
    const text = ['iter  loss  lr', '10  2.5  0.1', '20  2.4  0.1', '30  2.3  0.1'].join('\n') + '\n';
    const log = parseLog('log.txt', bytes(text));
    expect(seriesPoints(log.series['loss']).map(({ step }) => step)).toEqual([10, 20, 30]);
    expect(log.roles).toBeUndefined();
  });

  it('takes no aligned table without a counter or without a loss', () => {
    const noCounter = ['      Image      Total          P          R        mAP', ...Array.from({ length: 4 }, (_, i) => `  ${32 * i}  30353  0.1  0.2  0.3`)].join('\n');
    expect(detectLogFormat('log.txt', bytes(noCounter))).toBeUndefined();
    const noLoss = ['Epoch  acc  lr', '1  0.5  0.1', '2  0.6  0.1', '3  0.7  0.1'].join('\n');
    expect(detectLogFormat('log.txt', bytes(noLoss))).toBeUndefined();
    expect(() => parseLog('log.txt', bytes(noLoss))).toThrow(/not a training log/);
  });
});

/**
 * YOLO's table, one row per epoch from its tqdm bar (readers-71): lines written here in the layouts
 * of YOLOv5's train.py (v6+, and before v6 with `total`) and Ultralytics' BaseTrainer (YOLOv8+),
 * numbers made up; the first sweep of public logs met YOLOv5's in a course README, unread then.
 */
describe('console table log (YOLO)', () => {
  const v5Header = '      Epoch    GPU_mem   box_loss   obj_loss   cls_loss  Instances       Size';
  const evaluation = ['                 Class     Images  Instances          P          R      mAP50   mAP50-95: 100% 1/1 [00:00<00:00,  5.06it/s]',
    '                   all         30         49      0.762      0.821      0.878      0.388'];
  const v5Epoch = (epoch: number, box: number) => [
    '', v5Header,
    `     ${epoch}/9      1.79G     0.9999     0.9999     0.9999         52        320:   0% 0/8 [00:01<?, ?it/s]`,
    `     ${epoch}/9      1.85G     ${box}   0.007239    0.04683          5        320: 100% 8/8 [00:03<00:00,  2.36it/s]`,
    ...evaluation,
  ];

  it("YOLOv5's rows: the bar's last frame per epoch, its components summed into 'loss', memory and counts no series", () => {
    const text = [...[0, 1, 2, 3, 4, 5].flatMap((epoch) => v5Epoch(epoch, 0.17 - epoch / 100)),
      // The best model's validation after the training, with a row per class: no epochs.
      'Validating runs/train/exp/weights/best.pt...', ...evaluation, '                    40         30         10      0.967          1      0.995      0.765'].join('\n') + '\n';
    expect(detectLogFormat('train.log', bytes(text))).toBe('column-table');
    const log = parseLog('train.log', bytes(text));
    expect(Object.keys(log.series).sort()).toEqual(['box_loss', 'cls_loss', 'loss', 'obj_loss']);
    expect(seriesPoints(log.series['box_loss']).map(({ step, value }) => [step, value])).toEqual([0, 1, 2, 3, 4, 5].map((epoch) => [epoch, 0.17 - epoch / 100]));
    expect(log.series['loss'].values[0]).toBeCloseTo(0.17 + 0.007239 + 0.04683, 12);
    expect(log.roles).toEqual({ loss: 'trainLoss' });
    expect(log.notes?.[0]).toContain("'loss' is the sum 'box_loss' + 'obj_loss' + 'cls_loss'");
    expect(History.fromSeries(log.series, { roles: { loss: 'trainLoss' } }).trainLoss?.sourceNames).toEqual(['loss']);
  });

  it("YOLOv8's rows (epochs from 1, the newer bar) and YOLOv5's older header with its printed total", () => {
    const v8 = ['      Epoch    GPU_mem   box_loss   cls_loss   dfl_loss  Instances       Size',
      ...[1, 2, 3, 4].map((epoch) => `      ${epoch}/4      2.06G      ${2 - epoch / 10}      4.744      3.814         37        640: 100% ━━━━━━━━━━━━ 221/221 4.5it/s 49.5s`)].join('\n') + '\n';
    const v8Log = parseLog('train.log', bytes(v8));
    expect(seriesPoints(v8Log.series['loss']).map(({ step }) => step)).toEqual([1, 2, 3, 4]);
    expect(v8Log.series['loss'].values[3]).toBeCloseTo(1.6 + 4.744 + 3.814, 12);
    const old = ['     Epoch   gpu_mem       box       obj       cls     total    labels  img_size',
      ...[0, 1, 2].map((epoch) => `     ${epoch}/199     18.6G    0.1738    0.0142   0.01563    ${0.2 - epoch / 100}        55      1600: 100%|█| 3236/3236 [12:01<00:00]`)].join('\n') + '\n';
    const oldLog = parseLog('train.log', bytes(old));
    expect(Object.keys(oldLog.series).sort()).toEqual(['box', 'cls', 'obj', 'total']);
    expect(oldLog.roles).toEqual({ total: 'trainLoss' });
  });

  it("YOLOv5's rows with the bar cut to its first digit (`416: 1`, a notebook's saved frame; readers-152)", () => {
    // The hundred-and-twenty-ninth corpus's a04 (a chess-piece YOLOv5 notebook) prints its rows so, and was unread.
    const cut = (epoch: number, box: number) => ['', v5Header, `        ${epoch}/9         0G     ${box}    0.09669    0.06847        335        416: 1`, ...evaluation];
    const log = parseLog('yolov5.log', bytes([0, 1, 2, 3, 4].flatMap((epoch) => cut(epoch, 0.1042 - epoch / 100)).join('\n') + '\n'));
    expect(seriesPoints(log.series['box_loss']).map(({ step, value }) => [step, value])).toEqual([0, 1, 2, 3, 4].map((epoch) => [epoch, 0.1042 - epoch / 100]));
    expect(Object.keys(log.series).sort()).toEqual(['box_loss', 'cls_loss', 'loss', 'obj_loss']);
  });

  it("Ultralytics' rows cut after the instance count, as a notebook's stderr keeps them (readers-153)", () => {
    // The hundred-and-thirtieth corpus's a05 (a YOLOv8 segmentation notebook): headers on stdout, rows on stderr,
    // each row without its image size and bar; read after all the headers, as the notebook reader orders a cell's output.
    const v8Header = '      Epoch    GPU_mem   box_loss   seg_loss   cls_loss   dfl_loss  Instances       Size';
    const rows = [1, 2, 3, 4].map((epoch) => `       ${epoch}/50      2.37G      ${0.587 - epoch / 100}     0.9669      1.699      1.006        205   `);
    const log = parseLog('train.log', bytes([v8Header, v8Header, v8Header, v8Header, ...rows].join('\n') + '\n'));
    expect(seriesPoints(log.series['box_loss']).map(({ step, value }) => [step, value])).toEqual([1, 2, 3, 4].map((epoch) => [epoch, 0.587 - epoch / 100]));
    expect(log.series['loss'].values[0]).toBeCloseTo(0.577 + 0.9669 + 1.699 + 1.006, 12);
    // A row short of a loss component is no row.
    expect(() => parseLog('train.log', bytes([v8Header, ...[1, 2, 3].map((epoch) => `       ${epoch}/50      2.37G      0.587     0.9669`)].join('\n') + '\n'))).toThrow(/not a training log/);
  });

  it("is no fastai epoch table: YOLO's per-class evaluation rows were read as epochs under its header", () => {
    const text = [v5Header, ...evaluation, ...[40, 45, 50, 65].map((label) => `                    ${label}         30         10      0.967          1      0.995      0.765`)].join('\n');
    expect(() => parseLog('train.log', bytes(text))).toThrow(/not a training log/);
  });
});
