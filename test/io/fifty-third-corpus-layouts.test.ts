/**
 * Layouts the fifty-third real-log corpus (test/monitor/corpus-fifty-third-b to -d) misread, read
 * after its held-out score (so tuned), on the real lines:
 * - readers-98: chorus12/deep-learning-v2-pytorch's `intro-to-pytorch/cats-dogs.ipynb` (MIT, b08), a
 *   record printed one key per line under `Epoch: 0` (a triple-quoted f-string): its cell 29's first
 *   18 printed lines;
 * - readers-99: mindspore-lab/models' `research/xidian/RelationNet/omniglot_train_few_shot.out`
 *   (Apache-2.0, d02), `episode:100    loss:0.106` lines, `Testing...` between them: its lines 29-48;
 * - readers-100: facebookresearch/fairseq's `examples/fully_sharded_data_parallel/README.md` (MIT,
 *   c02), a `--log-format json` console: its lines 98-115.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { notebook, stdout, values } from './support/logs.js';
import { bytes } from './support/temp-files.js';

const CATS_DOGS = [
  "Epoch: 0",
  "            Mini-batch: 10",
  "            Running loss: 0.688",
  "            Test loss: 0.384",
  "            Accuracy on test : 91.73%",
  "            ----------------------------------",
  "Epoch: 0",
  "            Mini-batch: 20",
  "            Running loss: 0.331",
  "            Test loss: 0.212",
  "            Accuracy on test : 93.35%",
  "            ----------------------------------",
  "Epoch: 0",
  "            Mini-batch: 30",
  "            Running loss: 0.210",
  "            Test loss: 0.165",
  "            Accuracy on test : 93.28%",
  "            ----------------------------------",
].join('\n');

// The file's last line ends with a newline: '' after it.
const RELATION_NET = [
  "Training...",
  "episode:100    loss:0.10610510    Time of train one episode:62.903ms",
  "episode:200    loss:0.07776772    Time of train one episode:62.420ms",
  "episode:300    loss:0.06913537    Time of train one episode:67.289ms",
  "Testing...",
  "Time of test one episode:465.195ms",
  "test accuracy:85.2000%",
  "",
  "",
  "save networks for episode: 299",
  "episode:400    loss:0.06759958    Time of train one episode:63.848ms",
  "episode:500    loss:0.05992245    Time of train one episode:63.963ms",
  "episode:600    loss:0.05625570    Time of train one episode:61.414ms",
  "Testing...",
  "Time of test one episode:15.227ms",
  "test accuracy:89.6000%",
  "",
  "",
  "save networks for episode: 599",
  "episode:700    loss:0.09125424    Time of train one episode:62.076ms",
  "",
].join('\n');

const FAIRSEQ_JSON = [
  "2021-03-08 12:31:36 | INFO | train_inner | {\"epoch\": 1, \"update\": 0.0, \"loss\": \"16.475\", \"ppl\": \"91120.8\", \"wps\": \"0\", \"ups\": \"0\", \"wpb\": \"16384\", \"bsz\": \"8\", \"num_updates\": \"1\", \"lr\": \"2e-05\", \"gnorm\": \"20.751\", \"loss_scale\": \"4\", \"train_wall\": \"99\", \"gb_free\": \"9.3\", \"wall\": \"105\"}",
  "2021-03-08 12:32:33 | INFO | train_inner | {\"epoch\": 1, \"update\": 0.0, \"loss\": \"16.446\", \"ppl\": \"89281.6\", \"wps\": \"288.7\", \"ups\": \"0.02\", \"wpb\": \"16384\", \"bsz\": \"8\", \"num_updates\": \"2\", \"lr\": \"4e-05\", \"gnorm\": \"19.777\", \"loss_scale\": \"4\", \"train_wall\": \"57\", \"gb_free\": \"9.3\", \"wall\": \"161\"}",
  "2021-03-08 12:33:12 | INFO | fairseq.trainer | NOTE: gradient overflow detected, ignoring gradient, setting loss scale to: 2.0",
  "2021-03-08 12:33:51 | INFO | fairseq.trainer | NOTE: gradient overflow detected, ignoring gradient, setting loss scale to: 1.0",
  "2021-03-08 12:34:45 | INFO | train_inner | {\"epoch\": 1, \"update\": 0.001, \"loss\": \"25.22\", \"ppl\": \"3.90691e+07\", \"wps\": \"123.4\", \"ups\": \"0.01\", \"wpb\": \"16384\", \"bsz\": \"8\", \"num_updates\": \"3\", \"lr\": \"6e-05\", \"gnorm\": \"131.281\", \"loss_scale\": \"1\", \"train_wall\": \"133\", \"gb_free\": \"9.3\", \"wall\": \"294\"}",
  "2021-03-08 12:35:43 | INFO | train_inner | {\"epoch\": 1, \"update\": 0.001, \"loss\": \"18.079\", \"ppl\": \"276809\", \"wps\": \"285.5\", \"ups\": \"0.02\", \"wpb\": \"16384\", \"bsz\": \"8\", \"num_updates\": \"4\", \"lr\": \"8e-05\", \"gnorm\": \"13.776\", \"loss_scale\": \"1\", \"train_wall\": \"57\", \"gb_free\": \"9.3\", \"wall\": \"351\"}",
  "2021-03-08 12:36:35 | INFO | train_inner | {\"epoch\": 1, \"update\": 0.001, \"loss\": \"23.729\", \"ppl\": \"1.39088e+07\", \"wps\": \"316.7\", \"ups\": \"0.02\", \"wpb\": \"16384\", \"bsz\": \"8\", \"num_updates\": \"5\", \"lr\": \"0.0001\", \"gnorm\": \"72.774\", \"loss_scale\": \"1\", \"train_wall\": \"52\", \"gb_free\": \"9.3\", \"wall\": \"403\"}",
  "2021-03-08 12:37:28 | INFO | train_inner | {\"epoch\": 1, \"update\": 0.001, \"loss\": \"20.429\", \"ppl\": \"1.41203e+06\", \"wps\": \"307.6\", \"ups\": \"0.02\", \"wpb\": \"16384\", \"bsz\": \"8\", \"num_updates\": \"6\", \"lr\": \"8e-05\", \"gnorm\": \"60.846\", \"loss_scale\": \"1\", \"train_wall\": \"53\", \"gb_free\": \"9.3\", \"wall\": \"456\"}",
  "2021-03-08 12:38:27 | INFO | train_inner | {\"epoch\": 1, \"update\": 0.001, \"loss\": \"18.965\", \"ppl\": \"511684\", \"wps\": \"279.4\", \"ups\": \"0.02\", \"wpb\": \"16384\", \"bsz\": \"8\", \"num_updates\": \"7\", \"lr\": \"6e-05\", \"gnorm\": \"22.687\", \"loss_scale\": \"1\", \"train_wall\": \"59\", \"gb_free\": \"9.3\", \"wall\": \"515\"}",
  "2021-03-08 12:39:18 | INFO | train_inner | {\"epoch\": 1, \"update\": 0.001, \"loss\": \"18.345\", \"ppl\": \"332887\", \"wps\": \"319.1\", \"ups\": \"0.02\", \"wpb\": \"16384\", \"bsz\": \"8\", \"num_updates\": \"8\", \"lr\": \"4e-05\", \"gnorm\": \"8.451\", \"loss_scale\": \"1\", \"train_wall\": \"51\", \"gb_free\": \"9.3\", \"wall\": \"566\"}",
  "2021-03-08 12:40:11 | INFO | train_inner | {\"epoch\": 1, \"update\": 0.002, \"loss\": \"18.262\", \"ppl\": \"314336\", \"wps\": \"305.9\", \"ups\": \"0.02\", \"wpb\": \"16384\", \"bsz\": \"8\", \"num_updates\": \"9\", \"lr\": \"2e-05\", \"gnorm\": \"6.457\", \"loss_scale\": \"1\", \"train_wall\": \"54\", \"gb_free\": \"9.3\", \"wall\": \"620\"}",
  "2021-03-08 12:41:04 | INFO | train_inner | {\"epoch\": 1, \"update\": 0.002, \"loss\": \"17.556\", \"ppl\": \"192686\", \"wps\": \"311.8\", \"ups\": \"0.02\", \"wpb\": \"16384\", \"bsz\": \"8\", \"num_updates\": \"10\", \"lr\": \"0\", \"gnorm\": \"5.796\", \"loss_scale\": \"1\", \"train_wall\": \"53\", \"gb_free\": \"9.3\", \"wall\": \"673\"}",
  "2021-03-08 12:41:04 | INFO | fairseq_cli.train | Stopping training due to num_updates: 10 >= max_update: 10",
  "2021-03-08 12:41:04 | INFO | fairseq_cli.train | begin validation on \"valid\" subset",
  "2021-03-08 12:43:15 | INFO | valid | {\"epoch\": 1, \"valid_loss\": \"17.953\", \"valid_ppl\": \"253807\", \"valid_wps\": \"1868.4\", \"valid_wpb\": \"15400.2\", \"valid_bsz\": \"7.6\", \"valid_num_updates\": \"10\"}",
  "2021-03-08 12:43:15 | INFO | fairseq_cli.train | end of epoch 1 (average epoch stats below)",
  "2021-03-08 12:43:15 | INFO | train | {\"epoch\": 1, \"train_loss\": \"19.351\", \"train_ppl\": \"668509\", \"train_wps\": \"210.9\", \"train_ups\": \"0.01\", \"train_wpb\": \"16384\", \"train_bsz\": \"8\", \"train_num_updates\": \"10\", \"train_lr\": \"0\", \"train_gnorm\": \"36.26\", \"train_loss_scale\": \"1\", \"train_train_wall\": \"667\", \"train_gb_free\": \"9.3\", \"train_wall\": \"804\"}",
  "2021-03-08 12:43:15 | INFO | fairseq_cli.train | done training in 798.6 seconds",
].join('\n');

describe("a record printed one key per line under its epoch (readers-98)", () => {
  it("reads `Running loss` and `Test loss` under `Epoch: 0` / `Mini-batch: 10` at that batch", () => {
    const log = parseLog('cats-dogs.ipynb', notebook([[stdout(CATS_DOGS)]]));
    expect(values(log.series.running_loss)).toEqual([0.688, 0.331, 0.21]);
    expect([...log.series.running_loss.steps]).toEqual([10, 20, 30]);
    expect(values(log.series.test_loss)).toEqual([0.384, 0.212, 0.165]);
  });

  it("leaves a configuration's `epoch: 100` alone: no line is indented under it", () => {
    const config = ['epoch: 100', 'lr: 0.1', 'loss: mse', 'batch: 32'].join('\n');
    expect(() => parseLog('config.log', bytes(config))).toThrow(/not a training log/);
    // Nor a nested one's: `  epoch: 100` among siblings indented as deep.
    const nested = ['train:', '  epoch: 100', '  loss_weight: 0.5', '  aux_loss: 0.1', '  kd_loss: 0.2', 'model:', '  depth: 18'].join('\n');
    expect(() => parseLog('config.log', bytes(nested))).toThrow(/not a training log/);
  });
});

describe('an episode counter, and an evaluation announced between training lines (readers-99)', () => {
  it("reads `episode:N` as the step, and the training lines after `Testing...` as training again", () => {
    const log = parseLog('omniglot_train_few_shot.out', bytes(RELATION_NET));
    expect(Object.keys(log.series)).toEqual(['loss']);
    expect(values(log.series.loss)).toEqual([0.1061051, 0.07776772, 0.06913537, 0.06759958, 0.05992245, 0.0562557, 0.09125424]);
    expect([...log.series.loss.steps]).toEqual([100, 200, 300, 400, 500, 600, 700]);
  });

  it("keeps an announced evaluation's own counter in the evaluation (it starts again, out of another total)", () => {
    // Paddle hapi's layout; the evaluation's 100/157 above the training's last 30/40, but out of its own total.
    const hapi = ['Epoch 1/1', 'step 10/40 - loss: 0.52', 'step 20/40 - loss: 0.41', 'step 30/40 - loss: 0.35', 'Eval begin...', 'step 100/157 - loss: 0.33', 'step 157/157 - loss: 0.31', 'Eval samples: 10000', ''].join('\n');
    const log = parseLog('train.log', bytes(hapi));
    expect(values(log.series.loss)).toEqual([0.52, 0.41, 0.35]);
    expect(values(log.series.eval_loss)).toEqual([0.32]);
  });
});

describe("fairseq's `--log-format json` lines (readers-100)", () => {
  it('reads `train_inner` records at their update, the epoch average and the validation pass at its last update', () => {
    const log = parseLog('train.log', bytes(FAIRSEQ_JSON));
    expect(values(log.series.loss_step)).toEqual([16.475, 16.446, 25.22, 18.079, 23.729, 20.429, 18.965, 18.345, 18.262, 17.556]);
    expect([...log.series.loss_step.steps]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(values(log.series.loss)).toEqual([19.351]);
    expect(values(log.series.valid_loss)).toEqual([17.953]);
    expect([...log.series.valid_loss.steps]).toEqual([10]);
    // Throughput, timings, counters and the loss scale are no series; the best so far is a record.
    expect(Object.keys(log.series).filter((name) => /wps|wpb|bsz|wall|gb_free|loss_scale|num_updates|best/.test(name))).toEqual([]);
  });
});
