/**
 * Layouts the sixty-second real-log corpus (test/monitor/corpus-sixty-second-a to -d) left unread, read after
 * its held-out score (so tuned), on the real lines.
 *
 * readers-111: R Markdown pages as knitr renders them. rstudio/keras3's vignettes (MIT, the CRAN form of the
 * licence: `DESCRIPTION`'s "License: MIT + file LICENSE"; the 62nd corpus's d01,
 * `vignettes/examples/timeseries/timeseries_classification_from_scratch.Rmd`, and d02,
 * `vignettes/examples/vision/oxford_pets_image_segmentation.Rmd`) keep each chunk's source in a ```` ``` r````
 * block and its printed output in a plain block after it, every output line behind knitr's comment prefix
 * `## ` (`## Epoch 1/500`, `## 90/90 - 3s - 33ms/step - loss: 0.5333 - ...`, Keras' `verbose = 2` lines).
 * The walk passed `.Rmd` files by; read alone, the page was a console log whose test-set `evaluate()` line
 * (`## 42/42 - 1s - 15ms/step - loss: 0.0980 - ...`) was one more training point.
 *
 * readers-112: a loop's bare `print(loss)`. aslamovyura/nlp_course's 8-bit GPT-J fine-tuning notebook (MIT;
 * the 62nd corpus's d06, `LLM/finetune_gpt_j_6B_8bit.ipynb`, cell 15) prints the loss tensor at every step,
 * `tensor(0.1605, device='cuda:0', grad_fn=<NllLossBackward0>)` (once `tensor(inf, ...)`), 1,563 lines between
 * tqdm's counts on stderr and nothing else: read as bare numbers, the notebook was unread. A cell's displayed
 * value that is one loss tensor (a cell ending in `loss`) is no such line: chenyuntc/pytorch-book's Chapter 2
 * (MIT, the 30th corpus's b16) shows `tensor(28.1249, grad_fn=<MseLossBackward>)` before its training.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { readRuns } from '../../src/io/index.js';
import { markdownText } from '../../src/io/markdown-log.js';
import { kerasEvaluationLines } from '../../src/io/notebook-cells.js';
import { rewrittenLine } from '../../src/io/console-line-text.js';
import { LogFileError } from '../../src/core/errors.js';
import { History, diagnose } from '../../src/monitor/index.js';
import { notebook, stderr, steps, stdout, values } from './support/logs.js';
import { bytes, tempFolder } from './support/temp-files.js';

const { root, put } = tempFolder('losskit-sixty-second-');

/** d01's lines 255-262, 291-306 (epochs 1 to 6), 896-925 (epochs 302 to 305, the test evaluation) and 940-946. */
const TIMESERIES_PAGE = [
  '## Train the model',
  '',
  '',
  '``` r',
  'epochs <- 500',
  'batch_size <- 32',
  '',
  '```',
  '',
  '```',
  '## Epoch 1/500',
  '## 90/90 - 3s - 33ms/step - loss: 0.5333 - sparse_categorical_accuracy: 0.7194 - val_loss: 0.7873 - val_sparse_categorical_accuracy: 0.4896 - learning_rate: 0.0010',
  '## Epoch 2/500',
  '## 90/90 - 0s - 2ms/step - loss: 0.4811 - sparse_categorical_accuracy: 0.7594 - val_loss: 0.8349 - val_sparse_categorical_accuracy: 0.4896 - learning_rate: 0.0010',
  '## Epoch 3/500',
  '## 90/90 - 0s - 2ms/step - loss: 0.4633 - sparse_categorical_accuracy: 0.7649 - val_loss: 1.0604 - val_sparse_categorical_accuracy: 0.4896 - learning_rate: 0.0010',
  '## Epoch 4/500',
  '## 90/90 - 0s - 2ms/step - loss: 0.4129 - sparse_categorical_accuracy: 0.7969 - val_loss: 0.8687 - val_sparse_categorical_accuracy: 0.4910 - learning_rate: 0.0010',
  '## Epoch 5/500',
  '## 90/90 - 0s - 2ms/step - loss: 0.4186 - sparse_categorical_accuracy: 0.7847 - val_loss: 0.5925 - val_sparse_categorical_accuracy: 0.6546 - learning_rate: 0.0010',
  '## Epoch 6/500',
  '## 90/90 - 0s - 2ms/step - loss: 0.3974 - sparse_categorical_accuracy: 0.8097 - val_loss: 0.5666 - val_sparse_categorical_accuracy: 0.6616 - learning_rate: 0.0010',
  '## Epoch 302/500',
  '## 90/90 - 0s - 1ms/step - loss: 0.0329 - sparse_categorical_accuracy: 0.9913 - val_loss: 0.0919 - val_sparse_categorical_accuracy: 0.9736 - learning_rate: 1.0000e-04',
  '## Epoch 303/500',
  '## 90/90 - 0s - 1ms/step - loss: 0.0330 - sparse_categorical_accuracy: 0.9924 - val_loss: 0.0929 - val_sparse_categorical_accuracy: 0.9709 - learning_rate: 1.0000e-04',
  '## Epoch 304/500',
  '## 90/90 - 0s - 1ms/step - loss: 0.0346 - sparse_categorical_accuracy: 0.9906 - val_loss: 0.1019 - val_sparse_categorical_accuracy: 0.9709 - learning_rate: 1.0000e-04',
  '## Epoch 305/500',
  '## 90/90 - 0s - 2ms/step - loss: 0.0359 - sparse_categorical_accuracy: 0.9896 - val_loss: 0.0900 - val_sparse_categorical_accuracy: 0.9709 - learning_rate: 1.0000e-04',
  '## Epoch 305: early stopping',
  '```',
  '',
  '',
  '## Evaluate model on test data',
  '',
  '',
  '``` r',
  'model <- load_model("best_model.keras")',
  '',
  'results <- model |> evaluate(x_test, y_test)',
  '```',
  '',
  '```',
  '## 42/42 - 1s - 15ms/step - loss: 0.0980 - sparse_categorical_accuracy: 0.9682',
  '```',
  '',
  '``` r',
  'str(results)',
  '```',
  '',
  '```',
  '## List of 2',
  '##  $ loss                       : num 0.098',
  '##  $ sparse_categorical_accuracy: num 0.968',
  '```',
  '',
  '```',
  '## Test accuracy: 0.9681818',
  '## Test loss: 0.09801575',
  '```',
  '',
].join('\n');

/** d02's lines 472-475, 490-512 (the fit, epochs 1 to 6) and 604-616 (the validation set's predictions). */
const PETS_PAGE = [
  '## Train the model',
  '',
  '',
  '``` r',
  '# Train the model, doing validation at the end of each epoch.',
  'epochs <- 50',
  'model |> fit(',
  '    train_dataset,',
  '    epochs=epochs,',
  '    validation_data=valid_dataset,',
  '    callbacks=callbacks,',
  '    verbose=2',
  ')',
  '```',
  '',
  '```',
  '## Epoch 1/50',
  '## 32/32 - 48s - 1s/step - loss: 1.4284 - val_loss: 1.5506',
  '## Epoch 2/50',
  '## 32/32 - 2s - 64ms/step - loss: 0.9223 - val_loss: 1.9903',
  '## Epoch 3/50',
  '## 32/32 - 2s - 63ms/step - loss: 0.7764 - val_loss: 2.5138',
  '## Epoch 4/50',
  '## 32/32 - 2s - 64ms/step - loss: 0.7200 - val_loss: 3.0176',
  '## Epoch 5/50',
  '## 32/32 - 2s - 63ms/step - loss: 0.6848 - val_loss: 3.2938',
  '## Epoch 6/50',
  '## 32/32 - 2s - 63ms/step - loss: 0.6556 - val_loss: 3.4513',
  '```',
  '',
  '## Visualize predictions',
  '',
  '',
  '``` r',
  'model <- load_model("models/oxford_segmentation.keras")',
  '# Generate predictions for all images in the validation set',
  'val_dataset <- get_dataset(',
  '  batch_size, img_size, val_input_img_paths, val_target_img_paths',
  ')',
  'val_preds <- predict(model, val_dataset)',
  '```',
  '',
  '```',
  '## 32/32 - 5s - 148ms/step',
  '```',
  '',
].join('\n');

describe("R Markdown pages knitr rendered, their output lines behind '## ' (readers-111)", () => {
  it("reads an .Rmd page's output blocks as a Markdown page's, knitr's prefix removed, and diagnoses it", () => {
    const log = parseLog('timeseries_classification_from_scratch.Rmd', bytes(TIMESERIES_PAGE));
    expect(Object.keys(log.series).sort()).toEqual(['learning_rate', 'loss', 'sparse_categorical_accuracy', 'val_loss', 'val_sparse_categorical_accuracy']);
    // The test set's evaluate() (`loss: 0.0980`) is no training point: the loss ends at epoch 305.
    expect(values(log.series.loss)).toEqual([0.5333, 0.4811, 0.4633, 0.4129, 0.4186, 0.3974, 0.0329, 0.033, 0.0346, 0.0359]);
    expect(values(log.series.val_loss)).toEqual([0.7873, 0.8349, 1.0604, 0.8687, 0.5925, 0.5666, 0.0919, 0.0929, 0.1019, 0.09]);
    expect(steps(log.series.val_loss).at(-1)).toBe(305 * 90 + 90);
    expect(log.notes?.[0]).toContain("knitr's '## ' output prefix removed from the lines of 4 blocks");
    expect(log.notes?.[0]).toContain('1 Keras progress line with no epoch header before it in its block (evaluate(), predict()) left out');
    const history = History.fromSeries(log.series);
    expect(history.trainLoss?.sourceNames).toEqual(['loss']);
    expect(history.validationLoss?.sourceNames).toEqual(['val_loss']);
    expect(() => diagnose(history)).not.toThrow();
  });

  it('reads the same page saved as .md alike', () => {
    expect(parseLog('timeseries.md', bytes(TIMESERIES_PAGE)).series).toEqual(parseLog('timeseries.Rmd', bytes(TIMESERIES_PAGE)).series);
  });

  it('finds an .Rmd page while walking its folder, as an .md page is found', async () => {
    put('vignettes/examples/vision/oxford_pets_image_segmentation.Rmd', PETS_PAGE);
    const runs = await readRuns(`${root}/vignettes`);
    expect(runs.map((run) => run.source.path.replace(root, ''))).toEqual(['/vignettes/examples/vision/oxford_pets_image_segmentation.Rmd']);
    expect(values(runs[0]?.series.loss)).toEqual([1.4284, 0.9223, 0.7764, 0.72, 0.6848, 0.6556]);
    expect(values(runs[0]?.series.val_loss).at(-1)).toBe(3.4513);
    // Its validation loss rising from the first epoch on is diagnosed.
    expect(diagnose(History.fromSeries(runs[0]?.series ?? {})).length).toBeGreaterThan(0);
  });

  it("says a Keras verbose = 2 line before any epoch header is an evaluate()'s or predict()'s, as a bar's is", () => {
    const isEvaluation = kerasEvaluationLines();
    const lines = ['Epoch 1/50', '32/32 - 48s - 1s/step - loss: 1.4284 - val_loss: 1.5506'];
    expect(['42/42 - 1s - 15ms/step - loss: 0.0980 - sparse_categorical_accuracy: 0.9682', ...lines].map(isEvaluation)).toEqual([true, false, false]);
    // In a notebook: a fit's cell, then an evaluate()'s.
    const fit = PETS_PAGE.split('\n').filter((line) => /^## (?:Epoch|32\/32 - \d+s - \d+m?s\/step - loss)/.test(line)).map((line) => `${line.slice(3)}\n`);
    const log = parseLog('pets.ipynb', notebook([[stdout(fit)], [stdout('42/42 - 1s - 15ms/step - loss: 0.0980\n')]]));
    expect(values(log.series.loss).at(-1)).toBe(0.6556);
  });

  it("keeps a verbose = 2 line holding val_ pairs that opens a block: the epoch's, its header in the block before", () => {
    // tenkeyless/keras_site's super-resolution page (Apache-2.0, the 58th corpus's d02): a plot after each
    // twentieth epoch's header breaks the fit's output, the next block opening with that epoch's line.
    const isEvaluation = kerasEvaluationLines();
    const block = ['50/50 - 8s - 158ms/step - loss: 0.0284 - val_loss: 0.0057', 'Epoch 2/100', 'Mean PSNR for epoch: 24.82', '50/50 - 1s - 11ms/step - loss: 0.0049 - val_loss: 0.0033'];
    expect(block.map(isEvaluation)).toEqual([false, false, false, false]);
    // A bar's line so placed is left as it was: an evaluation.
    expect(kerasEvaluationLines()('50/50 [==============================] - 8s 158ms/step - loss: 0.0284 - val_loss: 0.0057')).toBe(true);
  });

  it("leaves a page's '## ' headings, and a block where not every line carries the prefix, as they were", () => {
    const page = [
      '## Training', '', 'We train for three epochs:', '', '```python',
      '## the loop', 'for epoch in range(3):', '    train(epoch)', '```', '', '## Results', '',
      '```', 'Epoch 1/3, train loss: 0.9', '## 2 of 3', 'Epoch 2/3, train loss: 0.7', '```',
    ].join('\n');
    const { text, knitrBlocks } = markdownText(page);
    expect(knitrBlocks).toBeUndefined();
    expect(text.split('\n')).toEqual(page.split('\n').map((line, index) => ([5, 6, 7, 13, 14, 15].includes(index) ? line : '')));
  });
});

/** d06's cell 15: its outputs 0-4 (the loop's first steps) and 2205-2212 (the step that overflowed), as the notebook saves them. */
const PRINTED_LOSS_TENSORS = [
  stderr([
    'Using custom data configuration transformersbook___codeparrot-train-39fd2cee2b2cb397\n',
    '0it [00:00, ?it/s]/home/tfsservices/miniconda3/envs/nlp_test/lib/python3.10/site-packages/bitsandbytes/autograd/_functions.py:298: UserWarning: MatMul8bitLt: inputs will be cast from torch.float32 to float16 during quantization\n',
    '  warnings.warn(f"MatMul8bitLt: inputs will be cast from {A.dtype} to float16 during quantization")\n',
  ]),
  stdout(["tensor(0.1605, device='cuda:0', grad_fn=<NllLossBackward0>)\n"]),
  stderr(['2it [00:02,  1.06it/s]']),
  stdout(["tensor(0.9318, device='cuda:0', grad_fn=<NllLossBackward0>)\n"]),
  stderr(['3it [00:02,  1.48it/s]']),
  stdout(["tensor(196.6997, device='cuda:0', grad_fn=<NllLossBackward0>)\n"]),
  stderr(['1104it [06:45,  2.73it/s]']),
  stdout(["tensor(196.5740, device='cuda:0', grad_fn=<NllLossBackward0>)\n"]),
  stderr(['1105it [06:45,  2.73it/s]']),
  stdout(["tensor(inf, device='cuda:0', grad_fn=<NllLossBackward0>)\n"]),
  stderr(['1106it [06:46,  2.73it/s]']),
  stdout(["tensor(212.7800, device='cuda:0', grad_fn=<NllLossBackward0>)\n"]),
  stderr(['1107it [06:46,  2.74it/s]']),
];

describe("a printed scalar tensor whose grad_fn is a loss's, `tensor(0.1605, device='cuda:0', grad_fn=<NllLossBackward0>)` (readers-112)", () => {
  it('reads each such line as the next step of the loss, its inf kept, and diagnoses the notebook', () => {
    const log = parseLog('finetune_gpt_j_6B_8bit.ipynb', notebook([PRINTED_LOSS_TENSORS]));
    expect(Object.keys(log.series)).toEqual(['loss']);
    expect(values(log.series.loss)).toEqual([0.1605, 0.9318, 196.6997, 196.574, Number.POSITIVE_INFINITY, 212.78]);
    expect(steps(log.series.loss)).toEqual([1, 2, 3, 4, 5, 6]);
    const history = History.fromSeries(log.series);
    expect(history.trainLoss?.sourceNames).toEqual(['loss']);
    expect(diagnose(history).length).toBeGreaterThan(0);
  });

  it("reads a loss's other backward names alike, and keeps the tensor's other arguments out", () => {
    for (const name of ['MseLossBackward0', 'BinaryCrossEntropyWithLogitsBackward0', 'L1LossBackward0', 'SmoothL1LossBackward0', 'NllLossBackward']) {
      expect(rewrittenLine(`tensor(0.0421, device='cuda:0', grad_fn=<${name}>)`)).toBe('loss: 0.0421');
    }
    expect(rewrittenLine("tensor(nan, device='cuda:0', dtype=torch.float16, grad_fn=<NllLossBackward0>)")).toBe('loss: nan');
  });

  it("leaves another grad_fn, none, a tensor of several elements, and a repr among other text as they were read", () => {
    const unchanged = [
      ["tensor(0.5012, device='cuda:0', grad_fn=<AddBackward0>)", '0.5012'],
      ['tensor(0.5012, grad_fn=<MeanBackward0>)', '0.5012'],
      ["tensor(0.5012, device='cuda:0')", '0.5012'],
      ['tensor([0.1605, 0.9318], grad_fn=<NllLossBackward0>)', 'tensor([0.1605, 0.9318], grad_fn=<NllLossBackward0>)'],
      ['loss tensor(0.52, grad_fn=<NllLossBackward0>)', 'loss 0.52'],
      ["    tensor(0.1605, device='cuda:0', grad_fn=<NllLossBackward0>)", '    0.1605'],
    ];
    for (const [line, read] of unchanged) expect(rewrittenLine(line)).toBe(read);
    // A cell's value (`loss` as its last expression), not printed: one look at a loss, kept out of the training's series.
    const value = (plain: string) => ({ output_type: 'execute_result', execution_count: 1, metadata: {}, data: { 'text/plain': plain } });
    const training = [stdout('[1,  2000] loss: 2.228\n[1,  4000] loss: 1.890\n[1,  6000] loss: 1.683\n[1,  8000] loss: 1.592\nFinished Training\n')];
    const withValues = parseLog('Chapter2.ipynb', notebook([[value('tensor(28.1249, grad_fn=<MseLossBackward>)')], training, [value("tensor(0.5668, device='cuda:0', grad_fn=<NllLossBackward>)")]]));
    expect(withValues.series).toEqual(parseLog('Chapter2.ipynb', notebook([training])).series);
    const sums = PRINTED_LOSS_TENSORS.map((output) => (output.name === 'stdout' ? stdout(String(output.text).replace('NllLossBackward0', 'AddBackward0')) : output));
    expect(() => parseLog('sums.ipynb', notebook([sums]))).toThrow(LogFileError);
  });
});
