/**
 * Layouts of the seventieth and seventy-first corpora read after their held-out scores (so tuned), on the real lines.
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
 *
 * readers-125. AI-code-examples/Dive-into-Deep-Learning (MIT; the 71st corpus's d05 and d06, `result09.md`,
 * `result11.md`) pastes its trainings into the page as list items, `-   epoch 1, loss 1.7543, train acc 0.337, ...`:
 * prose, blanked, so the page was unread.
 */
import { describe, expect, it } from 'vitest';
import { readRun } from '../../src/io/index.js';
import { parseLog } from '../../src/io/parse-log.js';
import { tempFolder } from './support/temp-files.js';
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

describe('a training pasted into a page as a list of epoch lines (readers-125)', () => {
  // AI-code-examples/Dive-into-Deep-Learning (MIT; the 71st corpus's d05, result09.md): GoogLeNet's epochs as list items.
  const epochs = [[1.7543, 0.337, 0.669], [0.6899, 0.737, 0.8], [0.4705, 0.823, 0.856], [0.3848, 0.854, 0.85], [0.3423, 0.871, 0.876], [0.3136, 0.881, 0.891]];
  const items = epochs.map(([loss, train, test], index) => `-   epoch ${index + 1}, loss ${loss}, train acc ${train}, test acc ${test}, time 57.1 sec\n`).join('');

  it('reads five or more epoch items in a row, bullets removed, also in a folder it walks', async () => {
    const { root, put } = tempFolder('losskit-epoch-list-');
    put('ch05/result09.md', `# GoogLeNet\n\n## 实验数据\n\n### data_size=96\n\n${items}`);
    const run = await readRun(`${root}/ch05`);
    expect(values(run.series.loss)).toEqual(epochs.map(([loss]) => loss));
    expect(run.notes?.[0]).toContain('Markdown page');
  });

  it("leaves a page's prose quoting a line or two of a training as prose", async () => {
    const { root, put } = tempFolder('losskit-epoch-quote-');
    put('docs/notes.md', `# Results\n\n${items.split('\n').slice(0, 2).join('\n')}\n\nSee the notebook.\n\n\`\`\`\nsetup only\n\`\`\`\n`);
    await expect(readRun(`${root}/docs`)).rejects.toThrow(/no training logs found/);
  });
});
