/**
 * Jupyter notebooks' printed training output (src/io/notebook-cells.ts, notebook-log.ts). The
 * fixtures in fixtures/notebooks are real public notebooks, their outputs as committed (SOURCE.md
 * names each and says how it was trimmed); the progress-bar notebooks below are written here in
 * the layouts of Keras' own Progbar (Keras 2: backspaces over the last frame, then '\r'; Keras 3:
 * '\r' and colour sequences), numbers made up: no public notebook holding them raw was found.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { readRun, readRuns } from '../../src/io/runs.js';
import { History } from '../../src/monitor/index.js';
import { bytes, tempFolder } from './support/temp-files.js';
import { notebook, stderr, stdout, values } from './support/logs.js';

const { root, put } = tempFolder('losskit-notebooks-');
const fixtureText = (name: string) => readFileSync(new URL(`./fixtures/notebooks/${name}`, import.meta.url), 'utf-8');
const read = (name: string) => parseLog(name, bytes(fixtureText(name)));

describe('notebooks: real ones', () => {
  it("Keras 2's fit in a notebook of eleven fits: the latest is read, and the note names its cell", () => {
    const log = read('keras2-fits.ipynb');
    expect(log.format).toBe('console');
    expect(values(log.series.loss)).toHaveLength(25);
    expect(values(log.series.loss).at(-1)).toBe(5.1481e-5);
    expect(values(log.series.val_loss).at(-1)).toBe(0.0977);
    const history = History.fromSeries(log.series);
    expect([history.trainLoss?.sourceNames, history.validationLoss?.sourceNames]).toEqual([['loss'], ['val_loss']]);
    const trainings = log.notes?.find((note) => note.includes('trainings written into one log'));
    // Eleven fits in eleven cells; cell 198's one-epoch fit prints no epoch header and is left out
    // (the note below), so ten trainings. (Before readers-59 the count was 11 by a misreading: cell
    // 139's first epoch line holds two Keras frames glued together, read as a training of its own.)
    expect(trainings).toContain('10 trainings');
    expect(trainings).toContain("kept the latest (from cell 207 (In [127])'s output, 25 points)");
    expect(trainings).not.toMatch(/\bline \d+(?! of cell)/);
    // The evaluate() in cell 208 after the last fit is no training point.
    expect(log.notes?.[0]).toMatch(/Keras progress lines? with no epoch header .* left out/);
  });

  it("a PyTorch loop's printed epochs ('Epoch: 0 | Train loss: ... | Test loss: ...')", () => {
    const log = read('pytorch-loops.ipynb');
    expect(values(log.series.train_loss)).toHaveLength(10);
    expect(values(log.series.test_loss)[0]).toBe(0.5739762187004089);
    const history = History.fromSeries(log.series);
    expect([history.trainLoss?.sourceNames, history.validationLoss?.sourceNames]).toEqual([['train_loss'], ['test_loss']]);
  });

  it('a notebook whose outputs hold no training, a cleared one and a broken one: errors naming the file and why', () => {
    expect(() => read('no-training.ipynb')).toThrow(/no-training\.ipynb: no training output in the notebook: the output of its 14 code cells/);
    expect(() => read('cleared.ipynb')).toThrow(/cleared\.ipynb: its outputs were cleared: none of its 73 code cells holds output/);
    // A real notebook cut short, as a save interrupted or a bad merge leaves one.
    const cut = fixtureText('pytorch-loops.ipynb').slice(0, 5000);
    const line = cut.split('\n').length;
    expect(() => parseLog('cut.ipynb', bytes(cut))).toThrow(new RegExp(`^cut\\.ipynb:${line}: a broken notebook: its JSON does not parse at column \\d+`));
  });
});

describe('notebooks: progress bars and streams', () => {
  it("Keras 2's redraws (backspaces, then '\\r') across stdout outputs split by a stderr warning: each epoch's last frame", () => {
    const back = '\b'.repeat(90);
    const warning = stderr('WARNING:tensorflow:Can save best model only with val_accuracy available, skipping.\n');
    const epochs = [1, 2, 3, 4, 5].map((epoch) => [
      stdout([`Epoch ${epoch}/5\n`, `  1/100 [..............................] - ETA: 9s - loss: ${(3 - epoch / 10).toFixed(4)}`,
        `${back}\r 50/100 [==============>...............] - ETA: 1s - loss: ${(2 - epoch / 10).toFixed(4)}`,
        `${back}\r100/100 [==============================] - ETA: 0s - loss: ${(1.5 - epoch / 10).toFixed(4)}`]),
      warning,
      stdout(`${back}\r100/100 [==============================] - 2s 20ms/step - loss: ${(1 - epoch / 10).toFixed(4)} - val_loss: ${(1.1 - epoch / 10).toFixed(4)}\n`),
    ]);
    const log = parseLog('keras2.ipynb', notebook([epochs.flat()]));
    expect(values(log.series.loss).map((value) => value.toFixed(4))).toEqual(['0.9000', '0.8000', '0.7000', '0.6000', '0.5000']);
    expect(values(log.series.val_loss)).toHaveLength(5);
  });

  it("Keras 3's bar ('\\r' redraws, colours, '━') in one cell and evaluate() in the next", () => {
    const bold = (text: string) => `\x1b[1m${text}\x1b[0m`;
    const bar = '\x1b[32m━━━━━━━━━━━━━━━━━━━━\x1b[0m\x1b[37m\x1b[0m';
    const fit = [1, 2, 3, 4, 5, 6].flatMap((epoch) => [`Epoch ${epoch}/6\n`,
      `\r${bold(' 10/469')} ${bar} ${bold('4s')} 9ms/step - accuracy: 0.5 - loss: 2.${epoch}`,
      `\r${bold('469/469')} ${bar} ${bold('5s')} 10ms/step - accuracy: 0.9 - loss: ${(0.9 - epoch / 10).toFixed(2)} - val_accuracy: 0.9 - val_loss: ${(1 - epoch / 10).toFixed(2)}\n`]);
    const evaluate = `\r${bold('313/313')} ${bar} ${bold('1s')} 2ms/step - accuracy: 0.97 - loss: 0.0900\n`;
    const log = parseLog('keras3.ipynb', notebook([[stdout(fit)], [stdout(evaluate)]]));
    expect(values(log.series.loss)).toEqual([0.8, 0.7, 0.6, 0.5, 0.4, 0.3]);
    expect(values(log.series.val_loss)).toEqual([0.9, 0.8, 0.7, 0.6, 0.5, 0.4]);
  });

  it("nbformat 3's worksheets and pyout, a stream's text as one string", () => {
    const lines = [1, 2, 3, 4, 5].map((epoch) => `Epoch ${epoch}, train loss: ${1 / epoch}, val loss: ${1.2 / epoch}\n`).join('');
    const v3 = JSON.stringify({ nbformat: 3, worksheets: [{ cells: [{ cell_type: 'code', prompt_number: 4, outputs: [{ output_type: 'stream', stream: 'stdout', text: lines }, { output_type: 'pyout', text: ['<keras.callbacks.History at 0x7f>'] }] }] }] });
    const log = parseLog('old.ipynb', bytes(v3));
    expect(values(log.series.train_loss)).toEqual([1, 0.5, 1 / 3, 0.25, 0.2]);
    expect(log.notes?.[0]).toContain('nbformat 3');
  });

  it("tqdm bars on stderr that repeat stdout's epoch lines are no second training (IndoNLU, 40th corpus d15)", () => {
    const bar = (description: string, total: number) => `${description}: 100%|██████████| ${total}/${total} [00:03<00:00, 14.58it/s]\n  0%|          | 0/6 [00:00<?, ?it/s]`;
    const outputs = [1, 2, 3, 4, 5, 6].flatMap((epoch) => {
      const train = (2 / epoch).toFixed(4);
      const valid = (2.5 / epoch).toFixed(4);
      return [
        stderr(bar(`(Epoch ${epoch}) TRAIN LOSS:${train} LR:0.00010000`, 51)),
        stdout(`(Epoch ${epoch}) TRAIN LOSS:${train} ACC:0.77 F1:0.30 LR:0.00010000\n`),
        stderr(bar(`VALID LOSS:${valid} ACC:0.79 F1:0.29`, 6)),
        stdout(`(Epoch ${epoch}) VALID LOSS:${valid} ACC:0.79 F1:0.29\n`),
      ];
    });
    const log = parseLog('indonlu.ipynb', notebook([outputs]));
    expect(values(log.series.train_loss)).toEqual([1, 2, 3, 4, 5, 6].map((epoch) => Number((2 / epoch).toFixed(4))));
    expect(values(log.series.valid_loss)).toHaveLength(6);
    // A bar whose tail carries figures of its own (`loss=...`) is kept: stdout may not hold them.
    const withPostfix = [1, 2, 3, 4, 5].flatMap((epoch) => [stdout(`Epoch ${epoch} done\n`), stderr(`Epoch ${epoch}: 100%|██████████| 51/51 [00:03<00:00, loss=0.${9 - epoch}]\n`)]);
    expect(values(parseLog('postfix.ipynb', notebook([withPostfix])).series.loss)).toEqual([0.8, 0.7, 0.6, 0.5, 0.4]);
  });
});

describe('notebooks in a directory walk', () => {
  it('a notebook with training output is a run; a cleared one and an EDA one are passed by, not errors', async () => {
    for (const name of ['keras2-fits.ipynb', 'no-training.ipynb', 'cleared.ipynb']) put(`walk/${name}`, fixtureText(name));
    put('walk/broken.ipynb', '{"cells": [');
    const runs = await readRuns(`${root}/walk`);
    // The one run in the folder is named by the folder, as any lone log is.
    expect(runs.map((run) => [run.source.path.split('/').at(-1), run.error])).toEqual([['keras2-fits.ipynb', undefined]]);
    expect(values(runs[0].series.loss)).toHaveLength(25);
    await expect(readRun(put('alone/cleared.ipynb', fixtureText('cleared.ipynb')))).rejects.toThrow(/its outputs were cleared/);
  });
});
