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
