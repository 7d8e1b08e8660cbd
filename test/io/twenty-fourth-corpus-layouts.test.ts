/**
 * A layout the twenty-fourth real-log corpus (test/monitor/corpus-twenty-fourth-b, b04) left
 * misread, fixed after its held-out score (so tuned), in a few hand-written lines in the script's
 * layout, numbers made up: Python logging's `Epoch: 2/100 | Learning Rate: 1.843e-04` header, an
 * epoch written with ':' and its total, above batch lines whose counter starts again at 0 each
 * epoch (`[0500/3136]| Loss ... total:3.35e+01`). Read without the header, every epoch's restart
 * of the batch counter looked like a fresh training (56 of them in the real log).
 */
import { describe, expect, it } from 'vitest';
import { parseConsoleLog } from '../../src/io/console-log.js';
import { isConsoleLogText } from '../../src/io/console-text.js';
import { seriesPoints } from '../../src/io/series.js';
import type { ScalarSeries } from '../../src/io/types.js';

const epochsOf = (series: ScalarSeries | undefined) => (series === undefined ? [] : seriesPoints(series).map((p) => p.epoch));

describe("an 'Epoch: k/N' header above batch lines whose counter restarts each epoch", () => {
  const stamp = (second: number) => `2024-07-15 21:28:${String(second).padStart(2, '0')},006 `;
  const log = [
    stamp(0), "{   'max_epochs': 100,", "    'print_freq': 500}",
    ...[0, 1, 2].flatMap((epoch) => [
      stamp(epoch * 10 + 1), `Epoch: ${epoch}/100 | Learning Rate: ${(2e-4 * 0.96 ** epoch).toExponential(3)}`,
      ...[0, 500, 1000].flatMap((batch, i) => [
        stamp(epoch * 10 + 2 + i),
        `[${String(batch).padStart(4, '0')}/3136]| Loss diff_H:${(20 - epoch - i / 3).toExponential(2)} total:${(33 - epoch - i / 3).toExponential(2)}`,
      ]),
    ]),
  ].join('\n') + '\n';

  it('reads one training, each batch line in the epoch its header names', () => {
    expect(isConsoleLogText(log)).toBe(true);
    const parsed = parseConsoleLog(log, 'Train_on_DexYCB_Full.log');
    expect(epochsOf(parsed.series.total)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2]);
    expect((parsed.notes ?? []).join('\n')).not.toMatch(/trainings written into one log/);
  });

  it("with ':' only with its total: a configuration's 'epoch: 100' is no header", () => {
    const config = ['epoch: 100', ...[0, 500, 1000, 1500].map((batch, i) => `[${String(batch).padStart(4, '0')}/3136]| Loss total:${10 - i}`)].join('\n') + '\n';
    const parsed = parseConsoleLog(config, 'train.log');
    expect(epochsOf(parsed.series.loss_total)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
