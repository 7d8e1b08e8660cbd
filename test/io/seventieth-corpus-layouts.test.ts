/**
 * Layouts of the seventieth corpus read after its held-out score (so tuned), on the real lines.
 *
 * readers-123. qyzhizi/gluon-tutorials-qy and Joyes1989/gluon-tutorials-zh (Apache-2.0; the 70th corpus's
 * d03 and d04, `chapter_convolutional-neural-networks/*.md`) and d2l-ai/d2l-zh's 2017 pages (d01) are notedown
 * pages: each cell's outputs in a ```` ```{.json .output n=11} ```` block, the JSON list of its nbformat
 * outputs, `"text": "Epoch 0. Loss: 1.095, Train acc 0.59, Test acc 0.77, Time 30.8 sec\nEpoch 1. ..."`: one
 * JSON line holding the whole training, read as no console line.
 *
 * readers-124. denizyuret/Knet.jl (MIT; d07 and d08, `examples/*-linreg/*.ipynb`) prints each epoch's report
 * as a Julia tuple, `(:epoch, 0, :loss, 279.29912281017516)`, `(:epoch, 0, :trn, 589.91534f0, :tst,
 * 589.91534f0)`: unread.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { notebook, stdout, values } from './support/logs.js';

const text = (lines: string) => new TextEncoder().encode(lines);

describe("a notedown page's output blocks (readers-123)", () => {
  const epochs = [[1.095, 0.59, 0.77], [0.446, 0.83, 0.86], [0.368, 0.86, 0.87], [0.332, 0.88, 0.88], [0.31, 0.88, 0.88], [0.29, 0.89, 0.88]];
  const printed = 'initialize weight on cpu(0)\nStart training on  cpu(0)\n' +
    epochs.map(([loss, train, test], epoch) => `Epoch ${epoch}. Loss: ${loss.toFixed(3)}, Train acc ${train.toFixed(2)}, Test acc ${test.toFixed(2)}, Time 30.8 sec\n`).join('');
  const page = '# 卷积神经网络 --- 使用Gluon\n\n```{.python .input  n=6}\nutils.train(train_data, test_data, net, loss, trainer, ctx, num_epochs=6)\n```\n\n' +
    '```{.json .output n=6}\n' + JSON.stringify([{ name: 'stdout', output_type: 'stream', text: printed }], null, 1) + '\n```\n\n## 结论\n';

  it("reads the training its outputs print, the block's JSON no line of it", () => {
    const log = parseLog('cnn-gluon.md', text(page));
    expect(values(log.series.loss)).toEqual(epochs.map(([loss]) => loss));
    expect(log.notes?.[0]).toContain('1 notedown output block');
  });

  it('reads a block the text ends inside, as a sniffed head cuts it, by its text strings', () => {
    const cut = page.slice(0, page.indexOf('\n]'));
    expect(values(parseLog('cnn-gluon.md', text(cut)).series.loss)).toEqual(epochs.map(([loss]) => loss));
  });
});

describe("a Julia tuple report (readers-124)", () => {
  it("reads Knet's `(:epoch, 0, :loss, 279.3)` lines as a loop's", () => {
    const losses = [279.29912281017516, 3.2841391102039124, 0.12451598773851272, 0.005496461591429495, 0.001204591843233465];
    const log = parseLog('linreg.ipynb', notebook([[stdout(losses.map((loss, epoch) => `(:epoch, ${epoch}, :loss, ${loss})\n`).join(''))]]));
    expect(values(log.series.loss)).toEqual(losses);
  });

  it("reads a split named alone as that split's loss, a Float32's `f0` as its exponent", () => {
    const losses = [589.91534, 365.33887, 240.76071, 162.31473, 112.32275];
    const lines = losses.map((loss, epoch) => `(:epoch, ${epoch}, :trn, ${loss}f0, :tst, ${loss}f0)\n`).join('');
    const log = parseLog('housing.ipynb', notebook([[stdout(lines)]]));
    expect(values(log.series.train_loss)).toEqual(losses);
    expect(values(log.series.test_loss)).toEqual(losses);
  });
});
