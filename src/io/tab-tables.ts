/**
 * A training table copied out of a notebook as text (readers-158). The Hugging Face Trainer and fastai draw their
 * progress as an HTML table (notebook-html.ts); copied from the page into a text file, its cells are kept apart by tabs:
 *
 *   Step	Training Loss	Validation Loss
 *   10	2.867900	2.901200
 *
 * (the hundred-and-thirty-seventh corpus's d01: an Unsloth fine-tune's `train_loss.txt`, the printed banner, the table
 * copied while training at step 460, then again when done, then `TrainOutput(...)`; unread before). Its names hold
 * spaces, so no reader of white-space columns can tell them apart. A line of tab-separated cells, one name holding a
 * space, that heads a training table (`isTrainingTable`: it names a counter and a loss), with the lines after it that
 * have as many cells, is written as the console lines the HTML table gives; a table whose rows open the next table of
 * the same header is that table's earlier frame, as in a notebook, and is left out. Blank lines keep the text's line
 * count, so messages name the file's own lines. Browser-safe.
 */
import type { HtmlTable } from './html-tables.js';
import { isFrameOf, isTrainingTable, tableLines } from './notebook-html.js';

/** A line that may head a tab-separated table: two or more cells, one naming a loss. */
const TAB_HEADER = /^[^\t\n]*\t.*loss/im;

const cellsOf = (line: string) => line.replace(/\r$/, '').replace(/\t+$/, '').split('\t').map((cell) => cell.trim());

interface TabTable {
  readonly start: number;
  readonly end: number;
  readonly table: HtmlTable;
}

function tabTablesOf(lines: readonly string[]): TabTable[] {
  const tables: TabTable[] = [];
  for (let start = 0; start < lines.length; start++) {
    if (!lines[start].includes('\t')) continue;
    const header = cellsOf(lines[start]);
    // Names without spaces are a script's own tab-separated table, which column-table-log.ts reads (readers-135).
    if (header.length < 2 || !header.some((name) => name.includes(' ')) || !isTrainingTable({ header, rows: [] })) continue;
    let end = start + 1;
    while (end < lines.length && lines[end].includes('\t') && cellsOf(lines[end]).length === header.length) end++;
    tables.push({ start, end, table: { header, rows: lines.slice(start + 1, end).map(cellsOf) } });
    start = end - 1;
  }
  return tables;
}

/** `text` with each tab-separated training table written as console lines (see the module comment); `text` itself when it holds none. */
export function withTabTablesWritten(text: string): string {
  if (!TAB_HEADER.test(text)) return text;
  const lines = text.split('\n');
  const tables = tabTablesOf(lines);
  let changed = false;
  tables.forEach(({ start, end, table }, index) => {
    const frame = index + 1 < tables.length && isFrameOf(table, tables[index + 1].table);
    const written = frame ? [] : tableLines(table);
    if (!frame && written.length === 0) return;
    for (let line = start; line < end; line++) lines[line] = written[line - start] ?? '';
    changed = true;
  });
  return changed ? lines.join('\n') : text;
}

/** True when `text` (a file's head) holds a tab-separated training table: the file is then read whole. */
export function holdsTabTable(text: string): boolean {
  return withTabTablesWritten(text) !== text;
}
