/**
 * Layouts the thirty-ninth real-log corpus (test/monitor/corpus-thirty-ninth-a to -d) left unread or
 * misread, read after its held-out score (so tuned), written here, numbers made up. readers-65: torchkeras'
 * `dfhistory` shown as a pandas DataFrame (each row's label before its epoch), and `model.evaluate`
 * cells after the fit, whose figures were placed on the run. readers-63: a loop's losses
 * saved as one Python list in `loss_log.txt`; ultralytics/yolov3's results.txt of late 2019, its
 * losses printed to three digits (`4.67  6.77  31.7  43.2`). readers-61: a loop's
 * per-epoch table printed between '|' rules (`Epoch | Training Loss | Test Loss | Accuracy |`, its
 * accuracy a percentage), and the same table drawn between borders (`| Epoch | ... |`), which the
 * CSV reader took for a header with two empty column names; the TensorFlow Machine Learning
 * Cookbook's `Generation # 500. Train Loss (Test Loss): 0.44 (0.43). Train Acc (Test Acc): 0.86 (0.86)`.
 */
import { describe, expect, it } from 'vitest';
import { readConsoleLine } from '../../src/io/console-line.js';
import { readEpochTableHeader, readEpochTableRow } from '../../src/io/epoch-table.js';
import { parseLog } from '../../src/io/parse-log.js';
import { bytes } from './support/temp-files.js';
import { notebook, steps, stdout, values } from './support/logs.js';

const table = (border: boolean) => {
  const row = (cells: string[]) => `${border ? '| ' : ''}${cells.map((cell) => cell.padStart(20)).join(' | ')} |`;
  const rows = Array.from({ length: 6 }, (_, i) => row([String(i), (0.36 - i * 0.03).toFixed(2), (0.49 - i * 0.01).toFixed(2), `${(79 + i).toFixed(2)}%`]));
  return [row(['Epoch', 'Training Loss', 'Test Loss', 'Accuracy ']), ...rows].join('\n');
};

describe("a loop's epoch table printed between '|' rules (readers-61)", () => {
  it("is read one row per epoch, in a notebook, a percentage as its number", () => {
    const log = parseLog('Chapter5.ipynb', notebook([[stdout(`${table(false)}\n`)]]));
    expect(values(log.series.Training_Loss)).toEqual([0.36, 0.33, 0.3, 0.27, 0.24, 0.21]);
    expect(values(log.series.Test_Loss)).toEqual([0.49, 0.48, 0.47, 0.46, 0.45, 0.44]);
    expect(values(log.series.Accuracy)).toEqual([79, 80, 81, 82, 83, 84]);
    expect(steps(log.series.Test_Loss)).toHaveLength(6);
  });

  it('drawn between borders, a .log file is a console table, not a CSV with empty column names', () => {
    const log = parseLog('train.log', bytes(`${table(true)}\n`));
    expect(log.format).toBe('console');
    expect(values(log.series.Test_Loss)).toEqual([0.49, 0.48, 0.47, 0.46, 0.45, 0.44]);
  });

  it("a piped header names its columns by their segments; a row of another width is none", () => {
    const header = readEpochTableHeader('Epoch | Training Loss | Test Loss |');
    expect(header).toEqual({ names: ['Training_Loss', 'Test_Loss'], piped: true });
    expect(readEpochTableRow('3 | 0.27 | 0.46 |', header!)).toMatchObject({ epoch: 3, pairs: [{ name: 'Training_Loss', value: 0.27 }, { name: 'Test_Loss', value: 0.46 }] });
    expect(readEpochTableRow('3 | 0.27 |', header!)).toBeUndefined();
    expect(readEpochTableHeader('Epoch | Accuracy | Time |')).toBeUndefined();
  });
});

describe("the TensorFlow Machine Learning Cookbook's twin figures (readers-61)", () => {
  const lines = Array.from({ length: 6 }, (_, i) =>
    `Generation # ${(i + 1) * 500}. Train Loss (Test Loss): ${(0.5 - i * 0.02).toFixed(2)} (${(0.45 - i * 0.01).toFixed(2)}). Train Acc (Test Acc): 0.86 (0.86)`).join('\n');

  it("'Train Loss (Test Loss): 0.44 (0.43)' gives each name its value, at the generation", () => {
    expect(readConsoleLine('Generation # 500. Train Loss (Test Loss): 0.44 (0.43). Train Acc (Test Acc): 0.86 (0.86)', false)).toMatchObject({
      kind: 'observation', counter: { value: 500 },
      pairs: [{ name: 'train_loss', value: 0.44 }, { name: 'test_loss', value: 0.43, validation: true }, { name: 'train_acc', value: 0.86 }, { name: 'test_acc', value: 0.86 }],
    });
  });

  it('is read per generation, in a notebook', () => {
    const log = parseLog('03_implementing_tf_idf.ipynb', notebook([[stdout(`${lines}\n`)]]));
    expect(values(log.series.train_loss)).toEqual([0.5, 0.48, 0.46, 0.44, 0.42, 0.4]);
    expect(values(log.series.test_loss)).toEqual([0.45, 0.44, 0.43, 0.42, 0.41, 0.4]);
    expect(steps(log.series.test_loss)).toEqual([500, 1000, 1500, 2000, 2500, 3000]);
  });
});

describe('a list of numbers in a file named for its loss (readers-63)', () => {
  const list = Array.from({ length: 8 }, (_, i) => 1.05 + i * 0.07);

  it("'loss_log.txt' holding '[1.05, 1.12, ...]' is that loss, one point each from step 0; a JSON file too", () => {
    for (const name of ['loss_log.txt', 'loss.json']) {
      const log = parseLog(name, bytes(`${JSON.stringify(list)}\n`));
      const series = log.series[name.replace(/\.\w+$/, '')];
      expect(values(series).map((value) => +value.toFixed(2))).toEqual([1.05, 1.12, 1.19, 1.26, 1.33, 1.4, 1.47, 1.54]);
      expect(steps(series)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    }
  });

  it('a list in a file whose name says nothing of a loss is refused', () => {
    expect(() => parseLog('numbers.txt', bytes(`${JSON.stringify(list)}\n`))).toThrow(/not a training log/);
  });
});

describe("ultralytics/yolov3's results.txt of late 2019, losses to three digits (readers-63)", () => {
  // box, obj, cls and their total as '%10.3g' prints them: 4.67 + 6.77 + 31.7 = 43.14, printed 43.2.
  const rows = [
    [4.67, 6.77, 31.7, 43.2], [3.89, 4.95, 2.22, 11.1], [3.73, 4.35, 0.749, 8.83], [3.61, 4.11, 0.62, 8.34], [3.5, 3.98, 0.55, 8.03],
  ].map((losses, epoch) => [`${epoch}/9`, '0.333G', ...losses, '42', '416', '0.0479', '0.336', '0.09', '0.0839', '4.56', '4.21', '0.768'].map((cell) => String(cell).padStart(10)).join(''));

  it('is read, its training loss the sum of its components', () => {
    const log = parseLog('results.txt', bytes(`${rows.join('\n')}\n`));
    expect(values(log.series['train/box_loss'])).toEqual([4.67, 3.89, 3.73, 3.61, 3.5]);
    expect(values(log.series['train/cls_loss'])).toEqual([31.7, 2.22, 0.749, 0.62, 0.55]);
    expect(log.series['val/box_loss']).toBeDefined();
  });
});

describe("torchkeras' history shown as a DataFrame, and evaluations after the fit (readers-65)", () => {
  const frame = [
    '    epoch  train_loss  train_auc     lr  val_loss   val_auc',
    ...Array.from({ length: 6 }, (_, i) => `${String(i).padStart(2)}  ${String(i + 1).padStart(6)}    ${(1.4 - i * 0.1).toFixed(6)}   0.623909  0.001  ${(0.62 - i * 0.02).toFixed(6)}  0.692739`),
  ].join('\n');

  it("a row's label before its epoch is passed by", () => {
    const log = parseLog('DeepFM.ipynb', notebook([[stdout(`${frame}\n`)]]));
    expect(values(log.series.val_loss)).toEqual([0.62, 0.6, 0.58, 0.56, 0.54, 0.52]);
    expect(steps(log.series.train_loss)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("validation figures in a later cell (model.evaluate's bar and dict) are no points of the run", () => {
    const evaluation = "100%|██████████| 79/79 [00:13<00:00,  5.95it/s, val_auc=0.772, val_loss=0.43]\n{'val_loss': 0.43, 'val_auc': 0.77}\n";
    const log = parseLog('DeepFM.ipynb', notebook([[stdout(`${frame}\n`)], [stdout(evaluation)], [stdout(evaluation)]]));
    expect(values(log.series.val_loss)).toEqual([0.62, 0.6, 0.58, 0.56, 0.54, 0.52]);
    expect(log.notes?.join(' ')).toMatch(/in a cell after the training's \(an evaluation of the trained model/);
  });
});
