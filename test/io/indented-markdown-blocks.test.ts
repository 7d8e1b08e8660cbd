/**
 * readers-92, on the real bytes: mindspore-lab/mindcv's Chinese quick-start page
 * (`docs/zh/tutorials/quick_start.md`, Apache-2.0; the 50th corpus's d03) is a notebook exported
 * by Jupyter's `nbconvert --to markdown`: each code cell's source in a fenced block, its printed
 * output indented by four spaces after a blank line (CommonMark's indented code block). The lines
 * below are the page's lines 124-178, byte for byte: the training cell and its whole output, then
 * the next heading.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { readRuns } from '../../src/io/index.js';
import { bytes, tempFolder } from './support/temp-files.js';
import { values } from './support/logs.js';

const PAGE = [
  "使用[`mindspore.Model.train`](https://mindspore.cn/docs/zh-CN/r1.8/api_python/mindspore/mindspore.Model.html#mindspore.Model.train)接口进行模型训练。",
  "",
  "```python",
  "from mindspore import LossMonitor, TimeMonitor, CheckpointConfig, ModelCheckpoint",
  "",
  "# 设置在训练过程中保存网络参数的回调函数",
  "ckpt_save_dir = './ckpt'",
  "ckpt_config = CheckpointConfig(save_checkpoint_steps=num_batches)",
  "ckpt_cb = ModelCheckpoint(prefix='densenet121-cifar10',",
  "                          directory=ckpt_save_dir,",
  "                          config=ckpt_config)",
  "",
  "model.train(5, loader_train, callbacks=[LossMonitor(num_batches//5), TimeMonitor(num_batches//5), ckpt_cb], dataset_sink_mode=False)",
  "```",
  "",
  "    [WARNING] DEVICE(1769,ffff87c70ac0,python):2022-12-21-16:04:30.001.890 [mindspore/ccsrc/plugin/device/ascend/hal/device/kernel_select_ascend.cc:330] FilterRaisedOrReducePrecisionMatchedKernelInfo] Operator:[Default/network-WithLossCell/_loss_fn-CrossEntropySmooth/GatherD-op5273] don't support int64, reduce precision from int64 to int32.",
  "",
  "",
  "    epoch: 1 step: 156, loss is 2.0816354751586914",
  "    epoch: 1 step: 312, loss is 1.4474115371704102",
  "    epoch: 1 step: 468, loss is 0.8935483694076538",
  "    epoch: 1 step: 624, loss is 0.5588696002960205",
  "    epoch: 1 step: 780, loss is 0.3161369860172272",
  "",
  "",
  "    [WARNING] DEVICE(1769,ffff87c70ac0,python):2022-12-21-16:09:20.261.851 [mindspore/ccsrc/plugin/device/ascend/hal/device/kernel_select_ascend.cc:330] FilterRaisedOrReducePrecisionMatchedKernelInfo] Operator:[Default/network-WithLossCell/_loss_fn-CrossEntropySmooth/GatherD-op16720] don't support int64, reduce precision from int64 to int32.",
  "",
  "",
  "    Train epoch time: 416429.509 ms, per step time: 532.519 ms",
  "    epoch: 2 step: 154, loss is 0.19752007722854614",
  "    epoch: 2 step: 310, loss is 0.14635677635669708",
  "    epoch: 2 step: 466, loss is 0.3511860966682434",
  "    epoch: 2 step: 622, loss is 0.12542471289634705",
  "    epoch: 2 step: 778, loss is 0.22351759672164917",
  "    Train epoch time: 156746.872 ms, per step time: 200.444 ms",
  "    epoch: 3 step: 152, loss is 0.08965137600898743",
  "    epoch: 3 step: 308, loss is 0.22765043377876282",
  "    epoch: 3 step: 464, loss is 0.19035443663597107",
  "    epoch: 3 step: 620, loss is 0.06591956317424774",
  "    epoch: 3 step: 776, loss is 0.0934530645608902",
  "    Train epoch time: 156574.210 ms, per step time: 200.223 ms",
  "    epoch: 4 step: 150, loss is 0.03782692924141884",
  "    epoch: 4 step: 306, loss is 0.023876197636127472",
  "    epoch: 4 step: 462, loss is 0.038690414279699326",
  "    epoch: 4 step: 618, loss is 0.15388774871826172",
  "    epoch: 4 step: 774, loss is 0.1581358164548874",
  "    Train epoch time: 158398.108 ms, per step time: 202.555 ms",
  "    epoch: 5 step: 148, loss is 0.06556802988052368",
  "    epoch: 5 step: 304, loss is 0.006707251071929932",
  "    epoch: 5 step: 460, loss is 0.02353120595216751",
  "    epoch: 5 step: 616, loss is 0.014183484017848969",
  "    epoch: 5 step: 772, loss is 0.09367241710424423",
  "    Train epoch time: 154978.618 ms, per step time: 198.182 ms",
  "",
  "",
].join('\n');

const LOSSES = [
  2.0816354751586914, 1.4474115371704102, 0.8935483694076538, 0.5588696002960205, 0.3161369860172272,
  0.19752007722854614, 0.14635677635669708, 0.3511860966682434, 0.12542471289634705, 0.22351759672164917,
  0.08965137600898743, 0.22765043377876282, 0.19035443663597107, 0.06591956317424774, 0.0934530645608902,
  0.03782692924141884, 0.023876197636127472, 0.038690414279699326, 0.15388774871826172, 0.1581358164548874,
  0.06556802988052368, 0.006707251071929932, 0.02353120595216751, 0.014183484017848969, 0.09367241710424423,
];

const { root, put } = tempFolder('losskit-indented-markdown-');

describe('a notebook exported to Markdown, its outputs in indented code blocks (readers-92)', () => {
  it('reads the indented output blocks as the console, the prose and the code cell passed by', () => {
    const log = parseLog('quick_start.md', bytes(PAGE));
    expect(values(log.series.loss)).toEqual(LOSSES);
    expect(log.notes?.[0]).toBe('a Markdown page: the text of its 1 fenced code block and 1 indented one read as one console log, the prose between them passed by');
  });

  it('finds the page while walking its folder', async () => {
    put('docs/zh/tutorials/quick_start.md', PAGE);
    expect((await readRuns(`${root}/docs`)).map((run) => run.source.path.replace(root, ''))).toEqual(['/docs/zh/tutorials/quick_start.md']);
  });

  it("passes by a list item's indented continuation and an indented line right under a paragraph while walking", async () => {
    const output = PAGE.split('\n').filter((line) => line.startsWith('    epoch:'));
    put('listed/steps.md', ['# Steps', '', '1. Train the model; it prints:', '', ...output].join('\n'));
    expect(await readRuns(`${root}/listed`)).toEqual([]);
    put('paragraph/steps.md', ['# Steps', '', 'Training prints:', ...output].join('\n'));
    expect(await readRuns(`${root}/paragraph`)).toEqual([]);
    // The same lines after a blank line under the paragraph are a code block: the page is a run.
    put('block/steps.md', ['# Steps', '', 'Training prints:', '', ...output].join('\n'));
    expect(await readRuns(`${root}/block`)).toHaveLength(1);
  });
});
