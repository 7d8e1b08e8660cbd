/**
 * A Jupyter notebook exported to HTML (`jupyter nbconvert --to html`, the classic notebook's "Download as
 * HTML"), its printed output read as a console log, line for line with the page (readers-160). Some
 * projects asked for the export rather than the notebook (Udacity's RoboND follow-me project wanted
 * `model_training.html`), and students kept only that: the hundred-and-forty-third corpus's b01 and b02.
 *
 * nbconvert writes each text output in a `<pre>` inside its output area:
 *
 *   classic template:  <div class="output_subarea output_stream output_stdout output_text">
 *                      <pre>Epoch 1/100
 *                       99/100 [============================&gt;.] - ETA: 0s - loss: 0.2609</pre>
 *   lab template:      <div class="jp-RenderedText jp-OutputArea-output" data-mime-type="application/vnd.jupyter.stdout">
 *                      <pre>...</pre>
 *
 * A cell's value (`output_execute_result`, `jp-OutputArea-executeResult`) is such an area too; each
 * cell's source is a `<pre>` of its input area (`input_area`, `jp-InputArea`), code and no output. So
 * the lines of an output area's `<pre>` are kept, their markup removed (the ANSI colour spans) and
 * their entities decoded (`&gt;` in Keras' bar), and everything else (sources, images' base64, prose)
 * is blanked. A cell's stream is split into several areas where a display came between (a plot drawn
 * after each epoch): each area's text keeps its own lines, but where an area ends in a Keras bar not
 * yet full (` 99/100 [====>.] - ETA: 0s - loss: 0.2609`) and the cell's next text area goes on with a
 * bar, that frame is left out: the notebook redrew it (the export loses Keras' backspaces), and its
 * loss is a part-epoch's running mean, not a point. As in a notebook (notebook-cells.ts), a
 * Keras progress line of an `evaluate()` or `predict()` is left out, the cell being the block it is
 * told apart in (`kerasEvaluationLines`). Tables an output shows only as HTML (fastai's `fit`) are not
 * read from an export. Browser-safe.
 */
import { lineText } from './console-line-text.js';
import { KERAS_PROGRESS, kerasEvaluationLines, type EvaluationLines } from './notebook-cells.js';
import type { MarkdownText } from './markdown-log.js';

/** The file names of HTML pages (`.html`, `.htm`). */
export function isHtmlName(fileName: string): boolean {
  return /\.html?$/i.test(fileName);
}

/**
 * An output area whose `<pre>` is text a cell printed or returned: classic nbconvert's and JupyterLab's
 * classes; a value shown as HTML (`output_html`, a DataFrame's table) is none.
 */
const TEXT_OUTPUT_AREA = /class="(?![^"]*\boutput_html\b)[^"]*\b(?:output_stream|output_text|output_execute_result|jp-RenderedText)\b[^"]*"/;

/** Where a cell's source starts: an output area opened before it held no `<pre>`. */
const INPUT_AREA = /class="[^"]*\b(?:input_area|jp-InputArea)\b[^"]*"/;

/** A code cell's opening element: classic nbconvert's `code_cell`, JupyterLab's `jp-CodeCell`. */
const CODE_CELL = /class="[^"]*\b(?:code_cell|jp-CodeCell)\b[^"]*"/;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** A line of a `<pre>` as the page shows it: tags removed, entities decoded. */
function shownText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity: string, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/** True for a Keras progress line whose bar is not yet full (`99/100`). */
function isUnfinishedBar(line: string): boolean {
  const counts = /^\s*(\d+)\/(\d+)\s/.exec(line);
  return counts !== null && KERAS_PROGRESS.test(line) && Number(counts[1]) < Number(counts[2]);
}

/** The page's lines, all but those of output areas' `<pre>`s blanked (see the module comment); `blocks` counts the `<pre>`s read. */
export function htmlNotebookText(page: string): MarkdownText {
  const lines = page.replace(/^\uFEFF/, '').split(/\r?\n/);
  const kept = lines.map(() => '');
  const evaluationLines: EvaluationLines = { beforeHeader: 0, afterEpoch: 0 };
  let isEvaluation = kerasEvaluationLines(evaluationLines);
  let blocks = 0;
  // Whether a text output area opened since the last `<pre>`, and whether a `<pre>` of one is open.
  let outputArea = false;
  let inPre = false;
  // The line of an unfinished bar that ended the cell's last text area, and whether the line kept next opens an area.
  let barAtEnd: number | undefined;
  let opensArea = false;
  const keep = (index: number, html: string, closes: boolean): void => {
    const shown = shownText(html);
    const text = lineText(shown);
    if (opensArea && barAtEnd !== undefined && KERAS_PROGRESS.test(text)) kept[barAtEnd] = '';
    opensArea = false;
    kept[index] = isEvaluation(text) ? '' : shown;
    if (closes) barAtEnd = isUnfinishedBar(text) ? index : undefined;
  };
  lines.forEach((line, index) => {
    if (inPre) {
      const end = line.indexOf('</pre>');
      keep(index, end === -1 ? line : line.slice(0, end), end !== -1);
      if (end !== -1) inPre = false;
      return;
    }
    const codeCell = CODE_CELL.test(line);
    if (codeCell) {
      isEvaluation = kerasEvaluationLines(evaluationLines);
      barAtEnd = undefined;
    }
    if (codeCell || INPUT_AREA.test(line)) outputArea = false;
    if (TEXT_OUTPUT_AREA.test(line)) outputArea = true;
    const open = /<pre\b[^>]*>/.exec(line);
    if (open === null) return;
    const read = outputArea;
    outputArea = false;
    if (!read) return;
    blocks++;
    const rest = line.slice(open.index + open[0].length);
    const end = rest.indexOf('</pre>');
    opensArea = true;
    keep(index, end === -1 ? rest : rest.slice(0, end), end !== -1);
    inPre = end === -1;
  });
  return { text: kept.join('\n'), blocks, indentedBlocks: 0, evaluationLines };
}
