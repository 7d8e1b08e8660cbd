/**
 * Layouts the twenty-seventh real-log corpus (test/monitor/corpus-twenty-seventh-b) left unread,
 * read after its held-out score (so tuned), written here in each layout, numbers made up:
 *
 *   - training tables a notebook keeps only as HTML: fastai's `fit` table (v1: `<th>` in every
 *     row; v2: `<thead>`/`<tbody>` and a `time` column) and the Hugging Face Trainer's progress
 *     table (`Step | Training Loss | Validation Loss | <metric>`, `No log` before the first logged
 *     loss), several per notebook, one redrawn in its cell (html-tables.ts, notebook-html.ts);
 *   - printed PyTorch loops: a training line and a validation line per epoch with nothing placing
 *     them (`train_loss: 0.619, train_acc: 0.645` / `valid_loss: 0.525, valid_acc: 0.738`), the same
 *     as tab-indented rows between '|' (`\tTrain Loss:   5.035 | Train PPL: 153.632`), and
 *     Karpathy's makemore loop's `  10000/ 200000: 2.0576` (console-text.ts, console-pairs.ts).
 */
import { describe, expect, it } from 'vitest';
import { htmlTables } from '../../src/io/html-tables.js';
import { parseLog } from '../../src/io/parse-log.js';
import { History } from '../../src/monitor/index.js';
import { bytes } from './support/temp-files.js';
import { html, notebook, stdout, steps, values } from './support/logs.js';

/** fastai v1's table: `<th>` in every row, epochs from 1. */
function fastaiV1(rows: readonly (readonly number[])[]): string {
  const row = (cells: readonly (string | number)[]) => `  <tr>\n${cells.map((cell) => `    <th>${cell}</th>\n`).join('')}  </tr>\n`;
  return `Total time: 00:30 <p><table style='width:300px; margin-bottom:10px'>\n${row(['epoch', 'train_loss', 'valid_loss', 'accuracy'])}` +
    `${rows.map((cells, index) => row([index + 1, ...cells.map((cell) => cell.toFixed(6))])).join('')}</table>\n`;
}

/** The Hugging Face Trainer's table: a progress bar above, `<thead>`/`<tbody>`, `No log` where no training loss was logged yet. */
function trainerTable(rows: readonly (readonly [number, number | undefined, number])[]): string {
  const body = rows.map(([step, train, val]) => `    <tr>\n      <td>${step}</td>\n      <td>${train === undefined ? 'No log' : train.toFixed(6)}</td>\n` +
    `      <td>${val.toFixed(6)}</td>\n      <td>0.9${step}</td>\n    </tr>\n`).join('');
  return `<div><progress value='300' max='300'></progress> [300/300 01:10, Epoch 3/3]</div>\n<table border="1" class="dataframe">\n  <thead>\n` +
    ' <tr style="text-align: left;">\n      <th>Step</th>\n      <th>Training Loss</th>\n      <th>Validation Loss</th>\n      <th>F1 Score</th>\n' +
    `    </tr>\n  </thead>\n  <tbody>\n${body}  </tbody>\n</table><p>`;
}

describe('html-tables: rows of cell texts', () => {
  it('reads thead/tbody rows, th and td alike, inner tags dropped and references decoded', () => {
    const [table] = htmlTables('<p>x</p><table class="t"><thead><tr><th>a &amp; b</th><th><b>c</b>&#39;s</th></tr></thead>' +
      '<tbody><tr><td>1</td><td>x&nbsp;&lt;y&gt;</td></tr><tr><td>2<td>&#x41;</tbody></table>');
    expect(table).toEqual({ header: ['a & b', "c's"], rows: [['1', 'x <y>'], ['2', 'A']] });
  });

  it('reads a table inside a cell of another as its own, and passes comments and scripts by', () => {
    const tables = htmlTables('<!-- <table><tr><td>no</td></tr></table> --><table><tr><th>outer</th></tr>' +
      '<tr><td><table><tr><th>inner</th></tr><tr><td>9</td></tr></table></td></tr></table><script>"<table>"</script>');
    expect(tables).toEqual([{ header: ['outer'], rows: [['']] }, { header: ['inner'], rows: [['9']] }]);
  });
});

describe("fastai's and the Hugging Face Trainer's HTML tables in a notebook", () => {
  const fit = (length: number, start: number) => Array.from({ length }, (_, i) => [start / (i + 1), start / (i + 2) + 0.05, 0.9 + i / 100]);

  it("fastai v1's fit tables, one per fit: the latest is the run, and the note names the cells", () => {
    const log = parseLog('lesson.ipynb', notebook([[stdout('downloading\n')], [html(fastaiV1(fit(3, 0.3)))], [html(fastaiV1(fit(8, 0.2)))]]));
    expect(log.format).toBe('console');
    expect(values(log.series.valid_loss)).toHaveLength(8);
    expect(values(log.series.train_loss)[0]).toBe(0.2);
    const history = History.fromSeries(log.series);
    expect([history.trainLoss?.sourceNames, history.validationLoss?.sourceNames]).toEqual([['train_loss'], ['valid_loss']]);
    expect(log.notes?.[0]).toContain('2 training tables kept only as HTML');
    expect(log.notes?.[0]).toContain('in cells 2 and 3');
    expect(log.notes?.join('\n')).toMatch(/2 trainings written into one log .*kept the latest \(from cell 3 \(In \[3\]\)'s output, 8 points\)/);
  });

  it("fastai v2's pandas-style table with its time column, redrawn in one cell: the last frame once", () => {
    const table = (rows: number) => '<table border="1" class="dataframe"><thead><tr style="text-align: left;"><th>epoch</th><th>train_loss</th>' +
      '<th>valid_loss</th><th>error_rate</th><th>time</th></tr></thead><tbody>' +
      Array.from({ length: rows }, (_, i) => `<tr><td>${i}</td><td>${(1 - i / 10).toFixed(6)}</td><td>${(1.1 - i / 20).toFixed(6)}</td><td>0.0${i}</td><td>00:1${i}</td></tr>`).join('') +
      '</tbody></table>';
    const log = parseLog('v2.ipynb', notebook([[1, 2, 3, 4, 5, 6].map((rows) => html(table(rows)))]));
    expect(values(log.series.train_loss)).toEqual([1, 0.9, 0.8, 0.7, 0.6, 0.5]);
    expect(log.series.time).toBeUndefined();
    expect(log.notes?.[0]).toContain('1 training table kept only as HTML');
    expect(log.notes?.join('\n')).not.toContain('trainings written into one log');
  });

  it("the Trainer's tables: placed at their steps, 'No log' no point, each train call its own training", () => {
    const first = trainerTable([[50, undefined, 0.7], [100, 0.6, 0.5], [150, 0.5, 0.45], [200, 0.45, 0.4], [250, 0.4, 0.38], [300, 0.35, 0.37]]);
    const second = trainerTable([[100, 0.9, 1.2], [200, 0.7, 0.6], [300, 0.6, 0.55], [400, 0.5, 0.5], [500, 0.45, 0.48]]);
    const log = parseLog('trainer.ipynb', notebook([[html(first)], [stdout('{\'eval_loss\': 0.37}\n')], [html(second)]]));
    expect(steps(log.series.validation_loss)).toEqual([100, 200, 300, 400, 500]);
    expect(values(log.series.training_loss)).toEqual([0.9, 0.7, 0.6, 0.5, 0.45]);
    const history = History.fromSeries(log.series);
    expect([history.trainLoss?.sourceNames, history.validationLoss?.sourceNames]).toEqual([['training_loss'], ['validation_loss']]);
    const single = parseLog('one.ipynb', notebook([[html(first)]]));
    expect(steps(single.series.training_loss)).toEqual([100, 150, 200, 250, 300]);
    expect(steps(single.series.validation_loss)).toEqual([50, 100, 150, 200, 250, 300]);
  });

  it('passes by an HTML table of data (a pandas DataFrame), and a table whose text/plain is read already', () => {
    const frame = '<table border="1" class="dataframe"><thead><tr><th></th><th>sepal_length</th><th>species</th></tr></thead><tbody>' +
      Array.from({ length: 6 }, (_, i) => `<tr><th>${i}</th><td>5.${i}</td><td>setosa</td></tr>`).join('') + '</tbody></table>';
    expect(() => parseLog('data.ipynb', notebook([[html(frame)], [html(frame, '   sepal_length species\n0  5.0  setosa')]])))
      .toThrow(/data\.ipynb: no training output in the notebook/);
    // A history DataFrame prints its text: read from that (its row labels passed by since readers-65), never twice.
    const history = '<table><tr><th>epoch</th><th>loss</th><th>val_loss</th></tr>' + [1, 2, 3, 4].map((e) => `<tr><td>${e}</td><td>0.${9 - e}</td><td>0.${9 - e}5</td></tr>`).join('') + '</table>';
    const plain = '   epoch  loss  val_loss\n' + [1, 2, 3, 4].map((e) => `${e - 1}      ${e}   0.${9 - e}     0.${9 - e}5`).join('\n');
    const log = parseLog('frame.ipynb', notebook([[html(history, plain)]]));
    expect(values(log.series.val_loss)).toEqual([0.85, 0.75, 0.65, 0.55]);
    expect(steps(log.series.loss)).toEqual([1, 2, 3, 4]);
  });
});

describe('printed PyTorch loops with nothing placing their lines', () => {
  const epochs = Array.from({ length: 6 }, (_, i) => ({ train: 0.6 - i * 0.05, val: 0.55 - i * 0.03 }));

  it("a training line then a validation line per epoch, under an 'epoch: k' line", () => {
    const text = epochs.map(({ train, val }, i) => `epoch: ${i}\ntrain_loss: ${train.toFixed(3)}, train_acc: 0.8${i}\nvalid_loss: ${val.toFixed(3)}, valid_acc: 0.7${i}\n`).join('');
    const log = parseLog('sentiment.ipynb', notebook([[stdout('The model has 10,101,302 trainable parameters\n')], [stdout(text)]]));
    expect(values(log.series.train_loss)).toHaveLength(6);
    expect(steps(log.series.valid_loss)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(values(log.series.valid_loss).at(-1)).toBe(0.4);
  });

  it("tab-indented rows of pairs between '|' (`\\tTrain Loss: 5.035 | Train PPL: 153.632`)", () => {
    const text = epochs.map(({ train, val }) => `\tTrain Loss: ${train.toFixed(3).padStart(7)} | Train PPL: ${Math.exp(train).toFixed(3).padStart(7)}\n` +
      `\tValid Loss: ${val.toFixed(3).padStart(7)} | Valid PPL: ${Math.exp(val).toFixed(3).padStart(7)}\n`).join('');
    const log = parseLog('seq2seq.log', bytes(`${text}| Test Loss: 0.390 | Test PPL:  1.477 |\n`));
    const history = History.fromSeries(log.series);
    expect([history.trainLoss?.sourceNames, history.validationLoss?.sourceNames]).toEqual([['train_loss'], ['valid_loss']]);
    expect(history.validationLoss?.points.map(({ step }) => step)).toEqual([1, 2, 3, 4, 5, 6]);
    // The test evaluation printed once after the training is no validation point.
    expect(history.validationLoss?.points.at(-1)?.value).toBe(0.4);
    expect(log.notes?.[0]).toContain('1 line of a test split without a counter after validation lines under another name passed by');
  });

  it('leaves an indented configuration body unread', () => {
    expect(() => parseLog('config.log', bytes('model:\n  loss: 0.5\n  val_loss: 0.4\n  loss: 0.3\n  val_loss: 0.2\n  loss: 0.1\n'))).toThrow(/not a training log|no console training lines/);
  });

  it("Karpathy's makemore loop, `step/steps: loss`, placed at its steps", () => {
    const text = Array.from({ length: 8 }, (_, i) => `${String(i * 10000).padStart(7)}/ 200000: ${(3.3 - i * 0.2).toFixed(4)}`).join('\n');
    const log = parseLog('makemore.ipynb', notebook([[stdout('32033\n')], [stdout(`${text}\n`)], [stdout('train 1.7690\nval 1.9936\n')]]));
    expect(steps(log.series.loss)).toEqual([0, 10000, 20000, 30000, 40000, 50000, 60000, 70000]);
    expect(values(log.series.loss)[1]).toBe(3.1);
  });
});
