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
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { readRuns } from '../../src/io/index.js';
import { markdownText } from '../../src/io/markdown-log.js';
import { kerasEvaluationLines } from '../../src/io/notebook-cells.js';
import { History, diagnose } from '../../src/monitor/index.js';
import { notebook, steps, stdout, values } from './support/logs.js';
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
