/**
 * A layout the fifty-fifth real-log corpus (test/monitor/corpus-fifty-fifth-a to -d) left unread, read
 * after its held-out score (so tuned), on the real lines. readers-102: Fsoft-AIC/RoPADet's `train.out`
 * (MIT, c07), fairseq's `--log-format json` lines as its Hydra entry point logs them, the tag in brackets
 * before the level (`[2022-06-06 09:18:44,886][train_inner][INFO] - {"epoch": 1, ...}`): its lines 286-312
 * (epoch 1: three `train_inner` records, a confusion matrix printed by the task, `valid`, `train`).
 *
 * readers-103: the Hugging Face Trainer's printed log dicts carry no step and an epoch rounded to 2
 * decimals, so a run logging every step repeats `'epoch': 0.0` a hundred times (allright2024/ChartWiz's
 * `1.3b_finetune_3epoch.out`, Apache-2.0, c12: its dicts 110 to 113, at the turn to `0.01`); they were read
 * as a restart at each repeat and 1,885 points became 9. And `trainer.evaluate()` after the end-of-training
 * summary (mindspore-lab/mindnlp's bigbird notebook, Apache-2.0, the 51st corpus' d03: its last training
 * dicts, the summary, and the next cell's `Evaluation results: {...}`) is no point of the run.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { steps, values } from './support/logs.js';
import { bytes } from './support/temp-files.js';

const ROPADET = [
  "[2022-06-06 09:18:01,393][fairseq.trainer][INFO] - begin training epoch 1",
  "[2022-06-06 09:18:01,394][fairseq_cli.train][INFO] - Start iterating over samples",
  "[2022-06-06 09:18:44,886][train_inner][INFO] - {\"epoch\": 1, \"update\": 0.252, \"loss\": \"0.264\", \"ce_loss\": \"0.507\", \"scl_loss\": \"0.237\", \"accuracy\": \"27.394\", \"ppl\": \"1.2\", \"wps\": \"218.2\", \"ups\": \"6.83\", \"wpb\": \"32\", \"bsz\": \"32\", \"num_updates\": \"200\", \"lr\": \"1.099e-06\", \"gnorm\": \"0.149\", \"train_wall\": \"29\", \"gb_free\": \"22.8\", \"wall\": \"48\"}",
  "[2022-06-06 09:19:13,906][train_inner][INFO] - {\"epoch\": 1, \"update\": 0.504, \"loss\": \"0.264\", \"ce_loss\": \"0.501\", \"scl_loss\": \"0.238\", \"accuracy\": \"27.826\", \"ppl\": \"1.2\", \"wps\": \"220.1\", \"ups\": \"6.89\", \"wpb\": \"31.9\", \"bsz\": \"31.9\", \"num_updates\": \"400\", \"lr\": \"1.198e-06\", \"gnorm\": \"0.14\", \"train_wall\": \"28\", \"gb_free\": \"22.9\", \"wall\": \"77\"}",
  "[2022-06-06 09:19:42,873][train_inner][INFO] - {\"epoch\": 1, \"update\": 0.756, \"loss\": \"0.263\", \"ce_loss\": \"0.499\", \"scl_loss\": \"0.237\", \"accuracy\": \"28.969\", \"ppl\": \"1.2\", \"wps\": \"221\", \"ups\": \"6.91\", \"wpb\": \"32\", \"bsz\": \"32\", \"num_updates\": \"600\", \"lr\": \"1.297e-06\", \"gnorm\": \"0.138\", \"train_wall\": \"28\", \"gb_free\": \"23\", \"wall\": \"106\"}",
  "[2022-06-06 09:20:10,144][fairseq_cli.train][INFO] - begin validation on \"valid\" subset",
  "[775.0, 391.0, 206.0000001, 72.0000001]",
  "[[ 55  96 572  52]",
  " [  2  97 239  53]",
  " [  3  15 154  34]",
  " [  0   6  61   5]]",
  "SENSE:  0.38266068747902526",
  "SPEC:  0.07096774193548387",
  "[2022-06-06 09:20:28,960][valid][INFO] - {\"epoch\": 1, \"valid_loss\": \"0.267\", \"valid_ce_loss\": \"0.531\", \"valid_scl_loss\": \"0.237\", \"valid_accuracy\": \"21.537\", \"valid_ppl\": \"1.2\", \"valid_wps\": \"636.6\", \"valid_wpb\": \"31.4\", \"valid_bsz\": \"31.4\", \"valid_icbhi\": \"0.226814\", \"valid_num_updates\": \"794\"}",
  "[2022-06-06 09:20:28,962][fairseq.checkpoint_utils][INFO] - Preparing to save checkpoint for epoch 1 @ 794 updates",
  "[2022-06-06 09:20:28,962][fairseq.trainer][INFO] - Saving checkpoint to /media/SSD/tungtk2/fairseq/outputs/2022-06-06/09-17-46/checkpoints/checkpoint_best.pt",
  "[775.0, 391.0, 206.0000001, 72.0000001]",
  "[[ 55  96 572  52]",
  " [  2  97 239  53]",
  " [  3  15 154  34]",
  " [  0   6  61   5]]",
  "SENSE:  0.38266068747902526",
  "SPEC:  0.07096774193548387",
  "[2022-06-06 09:20:30,114][fairseq.trainer][INFO] - Finished saving checkpoint to /media/SSD/tungtk2/fairseq/outputs/2022-06-06/09-17-46/checkpoints/checkpoint_best.pt",
  "[2022-06-06 09:20:30,993][fairseq.checkpoint_utils][INFO] - Saved checkpoint checkpoints/checkpoint_best.pt (epoch 1 @ 794 updates, score 0.22681421470725457) (writing took 2.0312002659775317 seconds)",
  "[2022-06-06 09:20:30,993][fairseq_cli.train][INFO] - end of epoch 1 (average epoch stats below)",
  "[2022-06-06 09:20:30,995][train][INFO] - {\"epoch\": 1, \"train_loss\": \"0.263\", \"train_ce_loss\": \"0.5\", \"train_scl_loss\": \"0.237\", \"train_accuracy\": \"28.412\", \"train_ppl\": \"1.2\", \"train_wps\": \"187.3\", \"train_ups\": \"5.86\", \"train_wpb\": \"32\", \"train_bsz\": \"32\", \"train_num_updates\": \"794\", \"train_lr\": \"1.39303e-06\", \"train_gnorm\": \"0.142\", \"train_train_wall\": \"113\", \"train_gb_free\": \"23\", \"train_wall\": \"154\"}",
  '',
].join('\n');

describe("fairseq's JSON lines under its Hydra entry point's logging, `[train_inner][INFO] - {...}` (readers-102)", () => {
  it('reads the records as the bar-separated layout is read: `train_inner` at its update, `valid` and `train` at the epoch\'s last', () => {
    const log = parseLog('train.out', bytes(ROPADET));
    expect(values(log.series.loss_step)).toEqual([0.264, 0.264, 0.263]);
    expect([...log.series.loss_step.steps]).toEqual([200, 400, 600]);
    expect(values(log.series.valid_loss)).toEqual([0.267]);
    expect(values(log.series.loss)).toEqual([0.263]);
    // The task's own prints (a confusion matrix, `SENSE:`) are no series.
    expect(Object.keys(log.series).filter((name) => /sense|spec/i.test(name))).toEqual([]);
  });
});

const CHARTWIZ = [
  '  0%|          | 110/67374 [02:53<28:40:09,  1.53s/it]',
  "{'loss': 0.5204, 'grad_norm': 4.960075307061859, 'learning_rate': 1.0979228486646885e-06, 'epoch': 0.0}",
  "\r  0%|          | 111/67374 [02:55<28:38:46,  1.53s/it]\r                                                      \r{'loss': 0.4578, 'grad_norm': 3.7479274861287304, 'learning_rate': 1.1078140454995055e-06, 'epoch': 0.0}",
  "{'loss': 0.387, 'grad_norm': 3.665458843613295, 'learning_rate': 1.1177052423343225e-06, 'epoch': 0.01}",
  "{'loss': 0.4166, 'grad_norm': 3.933618648074634, 'learning_rate': 1.1275964391691395e-06, 'epoch': 0.01}",
  '',
].join('\n');

const BIGBIRD = [
  ' 90%|█████████ | 90/100 [01:39<00:06,  1.51it/s]',
  "{'loss': 1.6365, 'learning_rate': 5e-06, 'epoch': 9.0}",
  "{'eval_loss': 2.1347262859344482, 'eval_runtime': 0.2604, 'eval_samples_per_second': 11.523, 'eval_steps_per_second': 3.841, 'epoch': 9.0}",
  "{'loss': 1.7003, 'learning_rate': 0.0, 'epoch': 10.0}",
  "{'eval_loss': 2.1257965564727783, 'eval_runtime': 0.2557, 'eval_samples_per_second': 11.733, 'eval_steps_per_second': 3.911, 'epoch': 10.0}",
  "{'train_runtime': 106.4446, 'train_samples_per_second': 3.758, 'train_steps_per_second': 0.939, 'train_loss': 1.7863994789123536, 'epoch': 10.0}",
  "Evaluation results: {'eval_loss': 2.1257965564727783, 'eval_runtime': 0.3007, 'eval_samples_per_second': 9.977, 'eval_steps_per_second': 3.326, 'epoch': 10.0}",
  '',
].join('\n');

describe("the Trainer's printed log dicts placed by their count (readers-103)", () => {
  it('reads every dict of a run whose rounded epoch repeats, in order, the epoch kept with each point', () => {
    const log = parseLog('1.3b_finetune_3epoch.out', bytes(CHARTWIZ));
    expect(values(log.series.loss)).toEqual([0.5204, 0.4578, 0.387, 0.4166]);
    expect(steps(log.series.loss)).toEqual([1, 2, 3, 4]);
    expect([...(log.series.loss.epochs ?? [])]).toEqual([0, 0, 0.01, 0.01]);
    expect(log.notes?.join(' ')).not.toMatch(/logged again|restart/);
  });

  it("places an evaluation's dict after its step's training dict, and passes by trainer.evaluate() after the summary", () => {
    const log = parseLog('mindNLPDatatricksAuto.log', bytes(BIGBIRD));
    expect(values(log.series.loss)).toEqual([1.6365, 1.7003]);
    expect(values(log.series.eval_loss)).toEqual([2.1347262859344482, 2.1257965564727783]);
    expect(values(log.series.eval_runtime)).toEqual([0.2604, 0.2557]);
    expect(steps(log.series.eval_loss)).toEqual([2, 4]);
    expect(log.notes?.join(' ')).toContain('1 Trainer evaluation after the end of training');
  });

  it('starts the count again where the epoch goes back: a second training in the same log', () => {
    const again = BIGBIRD.split('\n').slice(0, 6).join('\n') + "\n{'loss': 2.1, 'learning_rate': 5e-05, 'epoch': 1.0}\n{'loss': 1.9, 'learning_rate': 4e-05, 'epoch': 2.0}\n";
    const log = parseLog('two-trainings.log', bytes(again));
    expect(values(log.series.loss)).toEqual([2.1, 1.9]);
    expect(log.notes?.join(' ')).toMatch(/2 trainings written into one log/);
  });
});
