/**
 * readers-136: a logging record written while a nested tqdm bar is drawn. TMR's trainer (the
 * hundred-and-third corpus's c05, a SLURM job's `train.out`) prints its epoch summary through rich
 * logging right after Lightning's validation bar: `\rValidation: |  | 0/? [00:00<?, ?it/s]ESC[A[12/09/24
 * 14:03:31] INFO Epoch 0: v_recons 4.545e-01  recons 4.626e-01  v_loss 4.591e+00  loss 5.362e+00 ...`.
 * The cursor move puts the record on another screen line, so the bar's description is no split word
 * of it: read before, every name became a validation series and the training loss was read as one.
 * And TMR's `v_` prefix marks the validation split: `v_loss` beside `loss` is the validation loss.
 */
import { describe, expect, it } from 'vitest';
import { lineText } from '../../src/io/console-line-text.js';
import { parseLog } from '../../src/io/parse-log.js';
import { History } from '../../src/monitor/index.js';
import { bytes } from './support/temp-files.js';

const BAR = '\rValidation: |          | 0/? [00:00<?, ?it/s]\x1b[A';
const record = (epoch: number, validation: number, training: number) =>
  `${BAR}[\x1b[37m12/09/24 14:0${epoch}:31\x1b[0m] \x1b[34mINFO\x1b[0m   Epoch ${epoch}: v_recons 4.5e-01  recons 4.6e-01  v_loss ${validation}  loss ${training}  v_kl 5.8  kl 5.6\x1b[0m`;
const log = [0, 1, 2, 3, 4, 5].map((epoch) => record(epoch, 4.5 - 0.2 * epoch, 5.3 - 0.5 * epoch)).join('\n') + '\n';

describe('a logging record printed after a progress bar and a cursor move', () => {
  it('is read without the bar: its unprefixed names are the training split', () => {
    const run = parseLog('train.out', bytes(log));
    expect(Object.keys(run.series)).toEqual(expect.arrayContaining(['loss', 'v_loss', 'recons', 'v_recons']));
    expect(Object.keys(run.series).some((name) => name.startsWith('val_'))).toBe(false);
  });

  it("and TMR's v_ twins make v_loss the validation loss", () => {
    const history = History.fromSeries(parseLog('train.out', bytes(log)).series);
    expect(history.trainLoss?.points.map((point) => point.value)).toEqual([5.3, 4.8, 4.3, 3.8, 3.3, 2.8].map((v) => expect.closeTo(v, 9)));
    expect(history.validationLoss?.sourceNames).toEqual(['v_loss']);
  });

  it('only a bar followed by a cursor move is cut (lineText)', () => {
    expect(lineText(`${BAR}[12/09/24] INFO Epoch 0: loss 5.3`)).toBe('[12/09/24] INFO Epoch 0: loss 5.3');
    const lightningFrame = 'Epoch 1: 100%|##| 5/5 [00:01<00:00, 4.1it/s, loss=0.5, v_num=0]';
    expect(lineText(lightningFrame)).toBe(lightningFrame);
    expect(lineText('Validation: 100%|##| 5/5 [00:01<00:00, 4.1it/s] val_loss 0.4')).toBe('Validation: 100%|##| 5/5 [00:01<00:00, 4.1it/s] val_loss 0.4');
  });
});

describe("a 'v_' prefix read as the validation split only beside its twins", () => {
  const epochs = (values: number[]) => values.map((value, index) => ({ step: index, epoch: index, value }));
  it('v_loss beside loss, with another v_ twin (v_kl beside kl): the validation loss', () => {
    const history = History.fromSeries({ loss: epochs([3, 2, 1]), v_loss: epochs([3.1, 2.5, 2.4]), kl: epochs([1, 1, 1]), v_kl: epochs([1, 1, 1]) });
    expect(history.validationLoss?.sourceNames).toEqual(['v_loss']);
  });

  it("a lone v_loss (a critic's value loss beside pi_loss) stays a metric", () => {
    const history = History.fromSeries({ loss: epochs([3, 2, 1]), v_loss: epochs([3.1, 2.5, 2.4]), pi_loss: epochs([1, 1, 1]) });
    expect(history.validationLoss).toBeUndefined();
    expect(history.series('v_loss')?.role).toBe('metric');
  });
});
