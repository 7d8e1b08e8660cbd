/**
 * A reStructuredText page's literal blocks as one console text, line for line with the page: how
 * frameworks' documentation (Sphinx: Chainer's, nnabla's, neon's, PyTorch Geometric's tutorials)
 * pastes a training's printed output (readers-93):
 *
 *   Output for this instance will look like:
 *
 *   ::
 *
 *      epoch       main/loss   validation/main/loss  main/accuracy  ...
 *      1           0.550724    0.502818              0.733509       ...
 *
 * A literal block is the indented text after a paragraph ending in `::` (or a line that is only
 * `::`), or the body of a literal directive (`.. code-block:: console`, `.. parsed-literal::`,
 * `.. testoutput::`, ...: `LITERAL_DIRECTIVES`) after its option lines (`:lines: 83-`); it runs until
 * the first non-blank line indented no deeper than the line that opened it (docutils' rule). The
 * rest (prose, other directives such as `.. note::` or `.. math::`) is blanked, as a Markdown page's
 * prose is (markdown-log.ts, which reads the result as it reads a page's fenced blocks).
 * Browser-safe.
 */
import { lineText } from './console-line-text.js';
import { kerasEvaluationLines, type EvaluationLines } from './notebook-cells.js';
import type { MarkdownText } from './markdown-log.js';

/** Directives whose body is printed as it is: code and program output, never prose. */
const LITERAL_DIRECTIVES: ReadonlySet<string> = new Set(['code-block', 'code', 'sourcecode', 'parsed-literal', 'testoutput', 'doctest']);

/** `.. name:: arguments`, at any indentation. */
const DIRECTIVE = /^\s*\.\.\s+([A-Za-z][\w-]*)::/;

/** A directive's option line (`:lines: 83-`, `:caption: Output`). */
const OPTION = /^\s*:[\w-]+:/;

/** Columns of leading white space, a tab to the next multiple of 8 (docutils). */
function indentOf(line: string): number {
  let column = 0;
  for (const character of line) {
    if (character === ' ') column++;
    else if (character === '\t') column += 8 - (column % 8);
    else break;
  }
  return column;
}

/** True when `line` opens a literal block: a literal directive, or text ending in `::` that is no other directive. */
function opensLiteralBlock(line: string): { directive: boolean } | undefined {
  const directive = DIRECTIVE.exec(line)?.[1];
  if (directive !== undefined) return LITERAL_DIRECTIVES.has(directive.toLowerCase()) ? { directive: true } : undefined;
  return /::\s*$/.test(line) ? { directive: false } : undefined;
}

/** The page's lines, those outside literal blocks blanked (see the module comment). */
export function rstText(page: string): MarkdownText {
  const lines = page.replace(/^\uFEFF/, '').split(/\r?\n/);
  const kept = lines.map(() => '');
  const evaluationLines: EvaluationLines = { beforeHeader: 0, afterEpoch: 0 };
  let blocks = 0;
  for (let i = 0; i < lines.length; i++) {
    const opening = opensLiteralBlock(lines[i]);
    if (opening === undefined) continue;
    const base = indentOf(lines[i]);
    let j = i + 1;
    if (opening.directive) while (j < lines.length && lines[j].trim() !== '' && indentOf(lines[j]) > base && OPTION.test(lines[j])) j++;
    const isEvaluation = kerasEvaluationLines(evaluationLines);
    let read = false;
    for (; j < lines.length; j++) {
      if (lines[j].trim() === '') continue;
      if (indentOf(lines[j]) <= base) break;
      read = true;
      kept[j] = isEvaluation(lineText(lines[j])) ? '' : lines[j];
    }
    if (read) blocks++;
    i = j - 1;
  }
  return { text: kept.join('\n'), blocks, indentedBlocks: 0, evaluationLines };
}
