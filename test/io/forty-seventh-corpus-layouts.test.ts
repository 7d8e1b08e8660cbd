/**
 * Layouts the forty-seventh real-log corpus (test/monitor/corpus-forty-seventh-a to -d) misread, read
 * after its held-out score (so tuned), written here, numbers made up. readers-87: a SageMaker Linear
 * Learner job log saved in a notebook (a08) prints each epoch's training objective as
 * `#quality_metric: host=algo-1, epoch=1, train binary_classification_cross_entropy_objective
 * <loss>=0.0169`, which no reader knew; DeepAR's logs print the same tag per epoch beside their
 * per-batch `avg_epoch_loss`. readers-88: shibing624/textgen's T5 notebook (d07) logs each evaluation
 * with loguru as a Python dict, `| textgen.t5.t5_model:eval_model:940 - {'eval_loss': 7.58, 'matches':
 * 0.899}`, with no epoch or step.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { notebook, stdout, values } from './support/logs.js';

const info = (text: string) => `\x1b[34m[09/21/2021 05:29:56 INFO 140156943357760] ${text}\x1b[0m\n`;

describe("SageMaker's per-epoch `<loss>` figures (readers-87)", () => {
  const job = (objective: string, losses: readonly number[]) => [
    info("Final configuration: {'mini_batch_size': '1000', 'epochs': '15', 'loss': 'auto'}"),
    ...losses.flatMap((loss, epoch) => [
      info(`#quality_metric: host=algo-1, epoch=${epoch}, train ${objective} <loss>=${loss}`),
      info(`#early_stopping_criteria_metric: host=algo-1, epoch=${epoch}, criteria=${objective}, value=${loss * 0.8}`),
      info(`Epoch ${epoch}: Loss improved. Updating best model`),
    ]),
    // The final model's figure, without an epoch: no point of the curve.
    info(`#quality_metric: host=algo-1, train ${objective} <loss>=${losses[losses.length - 1] * 0.9}`),
    info('#quality_metric: host=algo-1, train binary_classification_accuracy <score>=0.999'),
  ];

  it("reads each epoch's objective as the training loss, named as a loss; the last job is judged", () => {
    const log = parseLog('Fraud_Detection_Exercise.ipynb', notebook([
      [stdout(job('binary_classification_cross_entropy_objective', [0.0169, 0.0102, 0.008, 0.0068]))],
      [stdout(job('binary_classification_weighted_cross_entropy_objective', [0.579, 0.376, 0.339, 0.322, 0.313]))],
    ]));
    expect(values(log.series.train_binary_classification_weighted_cross_entropy_loss)).toEqual([0.579, 0.376, 0.339, 0.322, 0.313]);
    expect(Object.keys(log.series).some((name) => /accuracy|criteria/.test(name))).toBe(false);
  });

  it("reads DeepAR's epoch `train loss <loss>=` as `train_loss`, not its per-batch figures", () => {
    const log = parseLog('Energy_Consumption.ipynb', notebook([[stdout([
      ...[0, 1, 2, 3].flatMap((epoch) => [
        info(`#quality_metric: host=algo-1, epoch=${epoch}, batch=0 train loss <loss>=${2 - epoch * 0.3}`),
        info(`#quality_metric: host=algo-1, epoch=${epoch}, train loss <loss>=${1.5 - epoch * 0.3}`),
      ]),
    ])]]));
    expect(values(log.series.train_loss)).toEqual([1.5, 1.2, 0.9, 0.6].map((value) => expect.closeTo(value, 12)));
  });
});

describe("a loguru message that is a dict of figures (readers-88)", () => {
  const logged = (loss: number) => `2022-08-13 09:07:40.945 | INFO     | textgen.t5.t5_model:eval_model:940 - {'eval_loss': ${loss}, 'matches': 0.9}\n`;

  it('reads each dict as an evaluation, in order; a bare dict printed after them adds no point', () => {
    const log = parseLog('T5_Finetune.ipynb', notebook([[stdout([7.58, 7.14, 7.25, 7.11, 7.61, 8.46, 8.99, 9.6].map(logged))], [stdout(["{'eval_loss': 9.6, 'matches': 0.9}\n"])]]));
    expect(values(log.series.eval_loss)).toEqual([7.58, 7.14, 7.25, 7.11, 7.61, 8.46, 8.99, 9.6]);
  });

  it('leaves a dict that is not the whole message alone', () => {
    expect(() => parseLog('run.log', new TextEncoder().encode([1, 2, 3].map((i) => `2022-08-13 09:07:4${i}.945 | INFO | app:main:9 - config {'lr': 0.1} loaded\n`).join('')))).toThrow();
  });
});
