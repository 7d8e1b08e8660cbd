/**
 * readers-160: a Jupyter notebook kept only as its HTML export (`jupyter nbconvert --to html`), as
 * Udacity's RoboND follow-me project asked students to hand in `model_training.html` (the
 * hundred-and-forty-third corpus's b01 and b02). The classic page below is laid out as nbconvert's
 * classic template writes it, as in tol-karacomp/RoboND-DeepLearning-Project's `model_training.html`
 * (MIT; that b01): its training cell `In [9]`, each epoch's Keras bar cut by the plot its callback
 * draws, the first five epochs' lines byte for byte (the plots' base64 shortened). The JupyterLab
 * page is laid out as nbconvert's lab template writes a cell.
 */
import { describe, expect, it } from 'vitest';
import { htmlNotebookText } from '../../src/io/html-notebook.js';
import { parseLog } from '../../src/io/parse-log.js';
import { readRun, readRuns } from '../../src/io/index.js';
import { bytes, tempFolder } from './support/temp-files.js';
import { values } from './support/logs.js';

const classicStream = (text: string) => `<div class="output_area">

    <div class="prompt"></div>


<div class="output_subarea output_stream output_stdout output_text">
<pre>${text}</pre>
</div>
</div>
`;

const classicPlot = `<div class="output_area">

    <div class="prompt"></div>




<div class="output_png output_subarea ">
<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAYsAAAEWCAYAAACXGLsWAAAABHNCSVQICAgIfAhkiAAAAAlwSFlzAAALEgAACxIB0t1+/AAAADl0RVh0
"
>
</div>

</div>
`;

const classicCell = (count: number, source: string, outputs: string) => `<div class="cell border-box-sizing code_cell rendered">
<div class="input">
<div class="prompt input_prompt">In&nbsp;[${count}]:</div>
<div class="inner_cell">
    <div class="input_area">
<div class=" highlight hl-ipython3"><pre><span></span>${source}
</pre></div>

    </div>
</div>
</div>

<div class="output_wrapper">
<div class="output">


${outputs}
</div>
</div>
</div>
`;

const EPOCHS = [
  ['Epoch 1/100\n 99/100 [============================&gt;.] - ETA: 0s - loss: 0.2609', '100/100 [==============================] - 102s - loss: 0.2589 - val_loss: 0.1189'],
  ['Epoch 2/100\n 99/100 [============================&gt;.] - ETA: 0s - loss: 0.0546', '100/100 [==============================] - 99s - loss: 0.0544 - val_loss: 0.1186'],
  ['Epoch 3/100\n 99/100 [============================&gt;.] - ETA: 0s - loss: 0.0458', '100/100 [==============================] - 100s - loss: 0.0457 - val_loss: 0.1087'],
  ['Epoch 4/100\n 99/100 [============================&gt;.] - ETA: 0s - loss: 0.0417', '100/100 [==============================] - 99s - loss: 0.0416 - val_loss: 0.0993'],
  ['Epoch 5/100\n 99/100 [============================&gt;.] - ETA: 0s - loss: 0.0364', '100/100 [==============================] - 100s - loss: 0.0364 - val_loss: 0.0867'],
];

// Each epoch's unfinished bar ends an output area, its plot comes between, and its full bar starts the next area.
const TRAINING = EPOCHS.map(([opening], index) => classicStream(index === 0 ? opening : `${EPOCHS[index - 1][1]}\n${opening}`) + classicPlot).join('') +
  classicStream(EPOCHS[EPOCHS.length - 1][1]);

const CLASSIC = `<!DOCTYPE html>
<html>
<head><meta charset="utf-8" />
<title>model_training</title>
</head>
<body>
<div tabindex="-1" id="notebook" class="border-box-sizing">
<div class="container" id="notebook-container">
<div class="cell border-box-sizing text_cell rendered"><div class="prompt input_prompt">
</div><div class="inner_cell">
<div class="text_cell_render border-box-sizing rendered_html">
<p>The loss should fall: <code>loss: 0.9</code> is a bad start.</p>
<pre>loss: 0.5</pre>
</div>
</div>
</div>
${classicCell(8, '<span class="n">learning_rate</span> <span class="o">=</span> <span class="mf">0.005</span>\n<span class="nb">print</span><span class="p">(</span><span class="s2">&quot;loss: 0.7&quot;</span><span class="p">)</span>', '')}
${classicCell(9, '<span class="n">model</span><span class="o">.</span><span class="n">fit_generator</span><span class="p">(</span><span class="n">train_iter</span><span class="p">)</span>', TRAINING)}
${classicCell(10, '<span class="n">model</span><span class="o">.</span><span class="n">evaluate</span><span class="p">(</span><span class="n">test</span><span class="p">)</span>', classicStream('50/50 [==============================] - 3s - loss: 0.0950'))}
</div>
</div>
</body>
</html>
`;

const labCell = (count: number, source: string, stdout: string) => `<div class="jp-Cell jp-CodeCell jp-Notebook-cell" id="cell-id=${count}">
<div class="jp-Cell-inputWrapper" tabindex="0">
<div class="jp-Collapser jp-InputCollapser jp-Cell-inputCollapser">
</div>
<div class="jp-InputArea jp-Cell-inputArea">
<div class="jp-InputPrompt jp-InputArea-prompt">In [${count}]:</div>
<div class="jp-CodeMirrorEditor jp-Editor jp-InputArea-editor" data-type="inline">
<div class="cm-editor cm-s-jupyter">
<div class="highlight hl-ipython3"><pre><span></span>${source}
</pre></div>
</div>
</div>
</div>
</div>
<div class="jp-Cell-outputWrapper">
<div class="jp-Collapser jp-OutputCollapser jp-Cell-outputCollapser">
</div>
<div class="jp-OutputArea jp-Cell-outputArea">
<div class="jp-OutputArea-child">
<div class="jp-OutputPrompt jp-OutputArea-prompt"></div>
<div class="jp-RenderedText jp-OutputArea-output" data-mime-type="application/vnd.jupyter.stdout" tabindex="0">
<pre>${stdout}
</pre>
</div>
</div>
</div>
</div>
</div>
`;

const LAB = `<!DOCTYPE html>
<html><head><meta charset="utf-8" /><title>train</title></head>
<body class="jp-Notebook" data-jp-theme-light="true">
<main>
${labCell(3, '<span class="k">for</span> <span class="n">epoch</span> <span class="ow">in</span> <span class="nb">range</span><span class="p">(</span><span class="mi">6</span><span class="p">):</span>',
    [0.93, 0.71, 0.6, 0.55, 0.52, 0.5].map((loss, epoch) => `Epoch ${epoch + 1} &mdash; train loss: ${loss}, val loss: ${(loss + 0.1).toFixed(2)}`).join('\n'))}
</main>
</body>
</html>
`;

const { root, put } = tempFolder('losskit-html-notebook-');

describe('a notebook kept as its HTML export (readers-160)', () => {
  it("reads the classic template's text outputs: each epoch's full Keras bar, not the unfinished one the plot cut off, nor the sources, a markdown cell's <pre> or an evaluate()", () => {
    const log = parseLog('model_training.html', bytes(CLASSIC));
    expect(values(log.series.loss)).toEqual([0.2589, 0.0544, 0.0457, 0.0416, 0.0364]);
    expect(values(log.series.val_loss)).toEqual([0.1189, 0.1186, 0.1087, 0.0993, 0.0867]);
    expect(log.notes?.[0]).toBe("a notebook exported to HTML: the text of its 7 text outputs read as one console log, the cells' sources, images and markup passed by; 1 Keras progress line with no epoch header before it in its cell (evaluate(), predict()) left out");
  });

  it('keeps the page\'s lines, blanks the rest and decodes entities', () => {
    const { text, blocks } = htmlNotebookText(CLASSIC);
    const lines = text.split('\n');
    expect(lines.length).toBe(CLASSIC.split('\n').length);
    expect(blocks).toBe(7);
    const kept = lines.filter((line) => line !== '');
    expect(kept[0]).toBe('Epoch 1/100');
    expect(kept).not.toContain(' 99/100 [============================>.] - ETA: 0s - loss: 0.2609');
    expect(kept[1]).toBe(EPOCHS[0][1]);
    expect(kept.join('\n')).not.toMatch(/print|loss: 0\.[57]|<|&/);
  });

  it("reads JupyterLab's template, its stdout in a jp-RenderedText area", () => {
    const log = parseLog('train.html', bytes(LAB));
    expect(values(log.series.train_loss)).toEqual([0.93, 0.71, 0.6, 0.55, 0.52, 0.5]);
    expect(values(log.series.val_loss)).toEqual([1.03, 0.81, 0.7, 0.65, 0.62, 0.6]);
  });

  it("passes over an HTML page that is no notebook's export, and a value shown as an HTML table", () => {
    const report = '<html><body><h1>losskit report</h1><pre>Epoch 1, loss: 0.9\nEpoch 2, loss: 0.8\nEpoch 3, loss: 0.7\nEpoch 4, loss: 0.6\nEpoch 5, loss: 0.5</pre></body></html>';
    expect(htmlNotebookText(report).text.trim()).toBe('');
    const table = CLASSIC.replace(classicStream('50/50 [==============================] - 3s - loss: 0.0950'),
      '<div class="output_area">\n<div class="output_html rendered_html output_subarea output_execute_result">\n<table><tr><td>loss</td></tr></table>\n</div>\n</div>\n');
    const withNext = table.replace('</div>\n</div>\n</body>', `${classicCell(11, '<span class="n">x</span> <span class="o">=</span> <span class="s2">&quot;loss: 0.1&quot;</span>', '')}</div>\n</div>\n</body>`);
    const text = htmlNotebookText(withNext).text;
    expect(text).not.toContain('"loss: 0.1"');
    expect(text).not.toContain('<table>');
    expect(text).toContain(EPOCHS[4][1]);
  });

  it('finds an export alone in a folder as a run, and passes it by beside its own notebook', async () => {
    put('alone/model_training.html', CLASSIC);
    expect((await readRuns(`${root}/alone`)).map((run) => run.source.path.replace(root, ''))).toEqual(['/alone/model_training.html']);
    const notebook = JSON.stringify({ nbformat: 4, nbformat_minor: 2, metadata: {}, cells: [{ cell_type: 'code', execution_count: 9, metadata: {}, source: ['model.fit()'], outputs: [
      { output_type: 'stream', name: 'stdout', text: EPOCHS.flatMap(([opening, full]) => [opening.replace('&gt;', '>'), `\r${full}`]).join('\n') + '\n' },
    ] }] });
    put('both/model_training.html', CLASSIC);
    put('both/model_training.ipynb', notebook);
    put('both/report.html', '<html><body><p>no notebook</p></body></html>');
    const runs = await readRuns(`${root}/both`);
    expect(runs.map((run) => run.source.path.replace(root, ''))).toEqual(['/both/model_training.ipynb']);
    expect(values(runs[0].series.val_loss)).toEqual([0.1189, 0.1186, 0.1087, 0.0993, 0.0867]);
  });

  it('reads an export given alone by path', async () => {
    const run = await readRun(put('given/model_training.html', CLASSIC));
    expect(values(run.series.loss)).toEqual([0.2589, 0.0544, 0.0457, 0.0416, 0.0364]);
  });
});
