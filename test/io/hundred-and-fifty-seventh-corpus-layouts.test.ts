/**
 * A layout the hundred-and-fifty-seventh real-log corpus (round 160) left without a loss, written here, numbers made
 * up: a W&B chart's "Export panel: CSV" (`"Step","<run> - validation/loss","<run> - validation/loss__MIN",
 * "<run> - validation/loss__MAX"`, a group of three columns per run in the chart; the corpus's d04, a GRU's and an
 * LSTM's validation losses side by side, readers-166). Read before as six series of no role, each named after the
 * whole column ('learning_rate_gru_...'): "no training or validation loss series".
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { bytes } from './support/temp-files.js';
import { steps, values } from './support/logs.js';

const gru = 'GRU-latent_dim=256,NLLLoss,opt=Adam,lr=0.001';
const lstm = 'LSTM-latent_dim=256,NLLLoss,opt=RMSprop,lr=0.001';
const group = (run: string) => [`"${run} - validation/loss"`, `"${run} - validation/loss__MIN"`, `"${run} - validation/loss__MAX"`];
const row = (step: number, a: number, b: number) => [step, a, a, a, b, b, b].map((cell) => `"${cell}"`).join(',');
const losses = [1.59, 1.33, 1.19, 1.11, 1.05, 1.02, 1.0, 1.01, 1.03, 1.06];
const chart = [['"Step"', ...group(gru), ...group(lstm)].join(','), ...losses.map((loss, i) => row(2 * i + 1, loss, loss + 0.05))].join('\n') + '\n';

describe("a W&B chart export (readers-166)", () => {
  it("the first run's metric is read under its own name, its twins passed by, the other run named in the note", () => {
    const log = parseLog('val_loss.csv', bytes(chart));
    expect(Object.keys(log.series)).toEqual(['validation/loss']);
    expect(values(log.series['validation/loss'])).toEqual(losses);
    expect(steps(log.series['validation/loss'])).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17, 19]);
    const note = log.notes?.find((text) => text.startsWith('a W&B chart export'));
    expect(note).toContain(`the run '${gru}' read`);
    expect(note).toContain(`one other run in the chart ('${lstm}') not read`);
  });

  it('a table whose names hold " - " but has no __MIN or __MAX twin is read as it was', () => {
    const log = parseLog('metrics.csv', bytes('epoch,a - loss,b - loss\n0,1.0,2.0\n1,0.9,1.8\n2,0.8,1.7\n'));
    expect(Object.keys(log.series).sort()).toEqual(['a - loss', 'b - loss']);
  });
});
