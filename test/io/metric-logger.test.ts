/**
 * PyTorch's MetricLogger console logs, met in the fifteenth real-log corpus
 * (test/monitor/corpus-fifteenth-b, txt-*) and unread before. Excerpts, shortened: `adapt` from
 * examples/training.log of johmayer/adapt at feb551b957a81c3eb1542603fb83c73988bd97c4 (MIT);
 * `maskrcnn` from outputs/log.txt of cigonzalez/maskrcnn-benchmark at
 * 84481bb68d52198e1d6bb68357c56592c20adaf3 (MIT); `clusterContrast` from examples/logs/log.txt of
 * alibaba/cluster-contrast-reid at 7ef9a0bad28301757234e4cddcb909f4209bac3a (MIT). The DETR lines
 * are written here in the layout of DETR's engine.py, and `torchvision` in the layout of torchvision's
 * references/classification (train.py's train_one_epoch and evaluate, utils.py's MetricLogger.log_every:
 * header `Epoch: [e]` or `Test: `, delimiter two spaces, the last batch logged too), numbers made up;
 * `ssd` in the layout of lufficc/SSD's ssd/engine/trainer.py (met in the sixteenth corpus, part b:
 * `iter: {:06d}`, `lr: {:.5f}`, the meters and the ETA joined with ', '), numbers made up.
 */
import { describe, expect, it } from 'vitest';
import { detectLogFormat, parseLog } from '../../src/io/parse-log.js';
import { readRun, readRuns } from '../../src/io/runs.js';
import { seriesPoints } from '../../src/io/series.js';
import { History } from '../../src/monitor/index.js';
import { bytes, tempFolder } from './support/temp-files.js';

const { root, put } = tempFolder('losskit-metric-logger-');

const adapt = [
  'Epoch 2/15',
  'Epoch: [2]  [ 0/40]  eta: 0:28:51  lr: 0.0001  img/s: 2.9608494600737183  loss: 0.3403 (0.3403)  acc1: 92.1875 (92.1875)  acc5: 99.2188 (99.2188)  time: 43.2979  data: 0.0671',
  'Epoch: [2]  [ 1/40]  eta: 0:28:51  lr: 0.0001  img/s: 2.8148999505239716  loss: 0.2446 (0.2925)  acc1: 92.1875 (93.3594)  acc5: 99.2188 (99.6094)  time: 44.3959  data: 0.0443',
  'Epoch: [2]  [39/40]  eta: 0:00:20  lr: 0.0001  img/s: 5.759146049473026  loss: 0.0643 (0.0694)  acc1: 98.4375 (98.6800)  acc5: 100.0000 (99.9600)  time: 19.6657  data: 0.0233',
  'Epoch: [2] Total time: 0:13:27',
  '',
  'Epoch 3/15',
  'Epoch: [3]  [ 0/40]  eta: 0:13:13  lr: 0.0001  img/s: 6.2  loss: 0.1812 (0.1812)  acc1: 95.3125 (95.3125)  acc5: 100.0000 (100.0000)  time: 19.8  data: 0.0201',
].join('\n') + '\n';

const prefix = (time: string) => `2018-10-31 ${time} maskrcnn_benchmark.trainer INFO: eta: 3 days, 19:13:15  `;
const maskrcnn = [
  '2018-10-31 16:12:14,018 maskrcnn_benchmark INFO: Using 1 GPUs',
  'SOLVER:',
  '  BASE_LR: 0.0025',
  '  MAX_ITER: 72000',
  `${prefix('16:17:43,275')}iter: 0  loss: 5.5744 (5.5744)  loss_classifier: 4.3996 (4.3996)  loss_box_reg: 0.0505 (0.0505)  time: 2.0945 (2.0945)  data: 0.3849 (0.3849)  lr: 0.000833  max mem: 9188`,
  '2018-10-31 16:18:40,100 maskrcnn_benchmark INFO: Using 1 GPUs',
  ...[[0, 5.3218, 4.4083], [20, 1.0015, 0.3421], [40, 0.3996, 0.1138], [60, 0.3338, 0.0813], [80, 0.2871, 0.0702], [100, 0.2522, 0.0611]]
    .map(([iter, loss, classifier]) => `${prefix('16:20:27,710')}iter: ${iter}  loss: ${loss} (1.5607)  loss_classifier: ${classifier} (0.8640)  loss_box_reg: 0.0792 (0.0754)  time: 4.6717 (4.5623)  data: 0.0064 (0.0256)  lr: 0.000900  max mem: 9641`),
].join('\n') + '\n';

const clusterContrast = [
  '==> Statistics for epoch 0: 80 clusters',
  'Extract Features: [50/51]\tTime 0.128 (0.379)\tData 0.000 (0.019)\t',
  'Epoch: [0][10/400]\tTime 0.370 (0.775)\tData 0.000 (0.211)\tLoss 4.447 (3.906)',
  'Epoch: [0][20/400]\tTime 0.362 (0.733)\tData 0.000 (0.271)\tLoss 3.082 (3.512)',
  'Epoch: [0][400/400]\tTime 0.363 (0.702)\tData 0.000 (0.332)\tLoss 0.945 (1.426)',
  'Mean AP: 53.8%',
  'Epoch: [1][10/400]\tTime 0.361 (0.711)\tData 0.000 (0.300)\tLoss 3.120 (3.101)',
].join('\n') + '\n';

const detr = [
  'Epoch: [0]  [   0/7393]  eta: 9:14:09  lr: 0.000100  class_error: 100.00  loss: 41.0562 (41.0562)  loss_ce: 4.6326 (4.6326)  loss_bbox: 3.1130 (3.1130)  time: 4.4981  data: 1.0434  max mem: 5170',
  'Epoch: [0]  [  10/7393]  eta: 2:02:38  lr: 0.000100  class_error: 100.00  loss: 37.2107 (38.4018)  loss_ce: 4.1145 (4.2201)  loss_bbox: 2.9950 (3.0409)  time: 0.9964  data: 0.1013  max mem: 6041',
  'Epoch: [0]  [  20/7393]  eta: 1:52:05  lr: 0.000100  class_error: 100.00  loss: 34.8000 (36.9000)  loss_ce: 3.6245 (3.9860)  loss_bbox: 2.8870 (2.9910)  time: 0.8604  data: 0.0098  max mem: 6041',
  'Test:  [   0/5000]  eta: 1:10:11  class_error: 92.31  loss: 33.5006 (33.5006)  loss_ce: 3.4013 (3.4013)  time: 0.8422  data: 0.4108  max mem: 6041',
].join('\n') + '\n';

/** One epoch of torchvision's classification reference: 40 training batches (print_freq 10), then a 16-batch evaluation (print_freq 100). */
const torchvisionEpoch = (epoch: number, trainLoss: number, testAverages: readonly [number, number]) => [
  ...[0, 10, 20, 30, 39].map((i) => `Epoch: [${epoch}]  [${String(i).padStart(2)}/40]  eta: 0:00:${String(40 - i).padStart(2, '0')}  lr: 0.1  img/s: 121.40312766  ` +
    `loss: ${(trainLoss - i / 400).toFixed(4)} (${(trainLoss + 0.05).toFixed(4)})  acc1: 31.2500 (28.1250)  acc5: 81.2500 (79.6875)  time: 0.2641  data: 0.0012  max mem: 1523`),
  `Epoch: [${epoch}] Total time: 0:00:11`,
  `Test:   [ 0/16]  eta: 0:00:21  loss: ${(testAverages[0] + 0.04).toFixed(4)} (${(testAverages[0] + 0.04).toFixed(4)})  acc1: 37.5000 (37.5000)  acc5: 87.5000 (87.5000)  time: 1.3212  data: 1.2301  max mem: 1523`,
  `Test:   [15/16]  eta: 0:00:00  loss: ${testAverages[1].toFixed(4)} (${testAverages[0].toFixed(4)})  acc1: 43.7500 (40.6250)  acc5: 93.7500 (89.0625)  time: 0.0410  data: 0.0103  max mem: 1523`,
  'Test:  Total time: 0:00:02',
  'Test:  Acc@1 40.625 Acc@5 89.062',
];
const torchvision = [
  'Not using distributed mode',
  "Namespace(data_path='data/', model='resnet18', device='cuda', batch_size=32, epochs=3, workers=4, opt='sgd', lr=0.1, print_freq=10)",
  'Loading data', 'Creating data loaders', 'Creating model', 'Start training',
  ...torchvisionEpoch(0, 2.1, [1.9412, 1.8]),
  ...torchvisionEpoch(1, 1.6, [1.5023, 1.4]),
  ...torchvisionEpoch(2, 1.3, [1.6120, 1.7]),
  'Training time 0:00:41',
].join('\n') + '\n';

/** lufficc/SSD's trainer lines from iteration `from`, every 10, with a total that falls from `first`. */
const ssdLines = (first: number, lr: string, count = 4) => Array.from({ length: count }, (_, k) => {
  const total = first - k;
  return `2025-04-05 00:03:${String(13 + k).padStart(2, '0')},854 SSD.trainer INFO: iter: ${String(10 * (k + 1)).padStart(6, '0')}, lr: ${lr}, ` +
    `total_loss: ${total.toFixed(3)} (${(first - k / 2).toFixed(3)}), reg_loss: ${(total / 3).toFixed(3)} (${(first / 3).toFixed(3)}), ` +
    `cls_loss: ${((2 * total) / 3).toFixed(3)} (${((2 * first) / 3).toFixed(3)}), time: 0.167 (0.521), eta: 0:58:53`;
});
const ssd = [
  '2025-04-05 00:03:04,739 SSD INFO: Using 1 GPUs',
  "2025-04-05 00:03:04,740 SSD INFO: Loaded configuration file: configs/vgg_ssd300_voc0712.yaml",
  'SOLVER:', '  MAX_ITER: 6800', '  LR: 0.0001',
  '2025-04-05 00:03:06,100 SSD.trainer INFO: Start training ...',
  ...ssdLines(16, '0.00004', 3),
  '2025-04-05 00:17:04,739 SSD INFO: Using 1 GPUs',
  '2025-04-05 00:17:06,100 SSD.trainer INFO: Start training ...',
  ...ssdLines(18, '0.00200'),
].join('\n') + '\n';

const values = (series: { values: Float64Array } | undefined) => [...(series?.values ?? [])];
const steps = (series: { steps: Float64Array } | undefined) => [...(series?.steps ?? [])];

describe("PyTorch's MetricLogger console logs", () => {
  it('are found by their training lines, whatever the name; other text is not', () => {
    for (const name of ['training.log', 'log.txt', 'train.out']) expect(detectLogFormat(name, bytes(adapt))).toBe('metric-logger');
    expect(detectLogFormat('log.txt', bytes(maskrcnn))).toBe('metric-logger');
    expect(detectLogFormat('log.txt', bytes(clusterContrast))).toBe('metric-logger');
    expect(detectLogFormat('log.txt', bytes(detr))).toBe('metric-logger');
    // Two training lines are not enough; a loss without its running average is no MetricLogger's
    // (a plain console log's, console-log.ts, read after MetricLogger's layouts are ruled out).
    expect(detectLogFormat('log.txt', bytes(adapt.split('\n').slice(0, 3).join('\n')))).toBeUndefined();
    expect(detectLogFormat('log.txt', bytes('Epoch: [0]  [1/9]  loss: 0.5\n'.repeat(5)))).toBe('console');
    // A DETR JSON-lines log.txt and a Keras training.log stay what they were.
    expect(detectLogFormat('log.txt', bytes('{"train_loss": 1.2, "epoch": 0}\n{"train_loss": 1.1, "epoch": 1}\n'))).toBe('jsonl');
    expect(detectLogFormat('training.log', bytes('epoch,loss,val_loss\n0,1.2,1.3\n'))).toBe('csv');
  });

  it('reads the current value, not the running average, at epoch * N + i; context meters are no series', () => {
    const log = parseLog('training.log', bytes(adapt));
    expect(log.format).toBe('metric-logger');
    expect(Object.keys(log.series).sort()).toEqual(['acc1', 'acc5', 'loss', 'lr']);
    expect(values(log.series.loss)).toEqual([0.3403, 0.2446, 0.0643, 0.1812]);
    expect(seriesPoints(log.series.loss).map((p) => [p.step, p.epoch])).toEqual([[80, 2], [81, 2], [119, 2], [120, 3]]);
    expect(log.notes?.[0]).toContain('not series: img/s, time, data');
    const history = History.fromSeries(log.series);
    expect(history.trainLoss?.sourceNames).toEqual(['loss']);
    expect(history.learningRate?.sourceNames).toEqual(['lr']);
  });

  it("reads maskrcnn-benchmark's iterations after its configuration, the total loss the loss and the components metrics", () => {
    const log = parseLog('log.txt', bytes(maskrcnn));
    // The one-line false start at iteration 0 gives way to the training logged after it.
    expect(steps(log.series.loss)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(values(log.series.loss)).toEqual([5.3218, 1.0015, 0.3996, 0.3338, 0.2871, 0.2522]);
    expect(values(log.series.loss_classifier)[0]).toBe(4.4083);
    expect(log.series.loss.epochs).toBeUndefined();
    expect(log.notes?.some((note) => note.includes('log.txt:7: step 0 was logged again'))).toBe(true);
    // 'max mem: 9641' (peak GPU memory) is one context meter, named whole, not a meter 'mem'.
    expect(log.notes?.[0]).toMatch(/; not series: time, data, max mem$/);
    expect(Object.keys(log.series).sort()).toEqual(['loss', 'loss_box_reg', 'loss_classifier', 'lr']);
    const history = History.fromSeries(log.series);
    expect(history.trainLoss?.sourceNames).toEqual(['loss']);
  });

  it("reads lufficc/SSD's comma-separated meters, 'total_loss' the loss; a training appended after another keeps the last", () => {
    expect(detectLogFormat('log.txt', bytes(ssd))).toBe('metric-logger');
    const log = parseLog('log.txt', bytes(ssd));
    expect(Object.keys(log.series).sort()).toEqual(['cls_loss', 'lr', 'reg_loss', 'total_loss']);
    // The second training (iter back to 000010) is kept: the value before the bracket, at its iteration.
    expect(steps(log.series.total_loss)).toEqual([10, 20, 30, 40]);
    expect(values(log.series.total_loss)).toEqual([18, 17, 16, 15]);
    expect(values(log.series.lr)).toEqual([0.002, 0.002, 0.002, 0.002]);
    expect(values(log.series.reg_loss)[0]).toBe(6);
    expect(log.notes?.[0]).toMatch(/; not series: time$/);
    expect(log.notes?.some((note) => note.includes('the step went back from 30 to 10'))).toBe(true);
    const history = History.fromSeries(log.series);
    expect(history.trainLoss?.sourceNames).toEqual(['total_loss']);
    expect(history.metrics.map((series) => series.name).sort()).toEqual(['cls_loss', 'reg_loss']);
  });

  it("reads an AverageMeter trainer's tab-separated lines (cluster-contrast), other lines passed by", () => {
    const log = parseLog('log.txt', bytes(clusterContrast));
    expect(Object.keys(log.series)).toEqual(['Loss']);
    expect(steps(log.series.Loss)).toEqual([10, 20, 400, 410]);
    expect(values(log.series.Loss)).toEqual([4.447, 3.082, 0.945, 3.12]);
    expect(History.fromSeries(log.series).trainLoss?.sourceNames).toEqual(['Loss']);
  });

  it("reads DETR's meters written without an average, and its evaluation pass's averaged meters as the validation split", () => {
    const log = parseLog('log.txt', bytes(detr));
    expect(steps(log.series.loss)).toEqual([0, 10, 20]);
    expect(values(log.series.lr)).toEqual([0.0001, 0.0001, 0.0001]);
    expect(values(log.series.class_error)).toEqual([100, 100, 100]);
    expect(Object.keys(log.series)).not.toContain('time');
    // class_error has no average on the Test line: no pass mean, no series.
    expect(Object.keys(log.series).filter((name) => name.startsWith('val_'))).toEqual(['val_loss', 'val_loss_ce']);
    expect(seriesPoints(log.series.val_loss)).toEqual([{ step: 7392, epoch: 0, value: 33.5006 }]);
    expect(log.notes?.[0]).toMatch(/; not series: time, data, max mem$/);
  });

  it("reads torchvision's evaluation passes ('Test: [i/N]') as the validation split: each pass's mean, at the end of its training epoch", () => {
    const log = parseLog('training.log', bytes(torchvision));
    expect(Object.keys(log.series)).toEqual(['lr', 'loss', 'acc1', 'acc5', 'val_loss', 'val_acc1', 'val_acc5']);
    // The running average on the pass's last line, not its current value (1.8, 1.4, 1.7).
    expect(seriesPoints(log.series.val_loss)).toEqual([{ step: 39, epoch: 0, value: 1.9412 }, { step: 79, epoch: 1, value: 1.5023 }, { step: 119, epoch: 2, value: 1.612 }]);
    expect(values(log.series.val_acc1)).toEqual([40.625, 40.625, 40.625]);
    expect(steps(log.series.loss)).toEqual([0, 10, 20, 30, 39, 40, 50, 60, 70, 79, 80, 90, 100, 110, 119]);
    expect(log.warnings).toEqual([]);
    expect(log.notes?.[0]).toContain("3 evaluation passes ('Test: [i/N]') read as the validation split");
    const history = History.fromSeries(log.series);
    expect([history.trainLoss?.sourceNames, history.validationLoss?.sourceNames]).toEqual([['loss'], ['val_loss']]);
  });

  it("passes by an evaluation before any training, the EMA model's pass, and a pass without an averaged loss", () => {
    const [first, second] = [torchvisionEpoch(0, 2.1, [1.9, 1.8]), torchvisionEpoch(1, 1.6, [1.5, 1.4])];
    const ema = second.slice(6, 8).map((line) => line.replace('Test:   ', 'Test: EMA  ').replace(/loss: [\d.]+ \([\d.]+\)/, 'loss: 9.0000 (9.0000)'));
    const text = [...first.slice(6, 8), ...first, ...second, ...ema, 'Test:   [ 0/16]  eta: 0:00:21  acc1: 37.5000 (37.5000)'].join('\n') + '\n';
    const log = parseLog('training.log', bytes(text));
    expect(seriesPoints(log.series.val_loss)).toEqual([{ step: 39, epoch: 0, value: 1.9 }, { step: 79, epoch: 1, value: 1.5 }]);
  });

  it("an iteration-numbered training (no epoch) places the pass at the training line before it", () => {
    const lines = [0, 20, 40].map((iter) => `iter: ${iter}  loss: 0.${9 - iter / 10} (0.9)  lr: 0.01`);
    const log = parseLog('log.txt', bytes([...lines, 'Test:  [0/5]  loss: 0.7 (0.7)', 'Test:  [4/5]  loss: 0.6 (0.65)'].join('\n') + '\n'));
    expect(seriesPoints(log.series.val_loss)).toEqual([{ step: 40, value: 0.65 }]);
  });

  it('drops an unfinished last line with a note; a text without training lines is an error', () => {
    const log = parseLog('training.log', bytes(adapt + 'Epoch: [3]  [ 1/40]  eta: 0:13:13  lr: 0.0001  loss: 0.17 (0.1'));
    expect(values(log.series.loss)).toHaveLength(4);
    expect(log.warnings[0]).toMatch(/training\.log:9: incomplete last line/);
    expect(() => parseLog('train.out', bytes('hello\nworld\n'))).toThrow(/not a training log/);
  });

  it('is read from a folder by readRuns, past a long configuration dump, and by readRun', async () => {
    const dump = Array.from({ length: 3000 }, (_, i) => `2018-10-31 16:12:19,956 maskrcnn_benchmark.utils.c2_model_loading INFO: C2 name: conv${i}_w mapped name: conv${i}.weight`).join('\n');
    const file = put('outputs/log.txt', `${dump}\n${maskrcnn}`);
    put('outputs/notes.txt', 'nothing to read here\n'.repeat(400));
    const runs = await readRuns(`${root}/outputs`);
    expect(runs.map((run) => [run.name, run.source.format])).toEqual([['outputs', 'metric-logger']]);
    expect(values((await readRun(file)).series.loss)).toHaveLength(6);
  });
});
