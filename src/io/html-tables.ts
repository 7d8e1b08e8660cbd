/**
 * The tables of an HTML fragment as rows of plain-text cells: what a notebook keeps of a display
 * that only HTML shows (fastai's `fit` table, the Hugging Face Trainer's progress table; see
 * notebook-html.ts). Not an HTML parser: a notebook's table markup is written by a program
 * (fastprogress, transformers' `NotebookProgressCallback`, pandas' `to_html`), so the tags are
 * read as they are written, forgivingly:
 *
 *   - a table is `<table ...>` up to its `</table>` (or the fragment's end); a table inside a cell of
 *     another is read as its own table, and its text is no cell of the outer one;
 *   - a row is `<tr ...>` up to `</tr>`, the next `<tr` or the table's end (HTML lets `</tr>` go);
 *     `<thead>`, `<tbody>`, `<tfoot>`, `<col>`, `<caption>` are passed by, so the rows are in order;
 *   - a cell is `<th>` or `<td>` up to its end tag, the next cell or the row's end, its inner tags
 *     (`<b>`, `<span>`, `<br>`) dropped, its character references decoded (`&amp;`, `&lt;`, `&#39;`,
 *     `&#x27;`, `&nbsp;`), its white space collapsed;
 *   - comments, `<script>` and `<style>` hold no cells.
 *
 * The first row is the header (fastai v1 writes `<th>` in every row, so a row's tags cannot say).
 * Zero dependencies and no DOM, so it runs in browsers and Node alike. Browser-safe.
 */

/** A table: its first row, and the rows after it, each a list of cell texts. */
export interface HtmlTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

const NAMED_REFERENCES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** `text` with its character references decoded; an unknown one is left as written. */
function decoded(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_REFERENCES[name.toLowerCase()] ?? whole;
  });
}

/** A cell's text: its tags dropped, references decoded, white space collapsed. */
function cellText(inner: string): string {
  // A line break or a block between words parts them; inline tags (`<b>`, `<span>`) do not.
  return decoded(inner.replace(/<(?:br|\/?(?:p|div|li))\b[^>]*>/gi, ' ').replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

/** The cells of a row's inner markup. */
function cellsOf(row: string): string[] {
  const cells: string[] = [];
  const starts = [...row.matchAll(/<t[hd](?=[\s>/])[^>]*>/gi)];
  starts.forEach((start, index) => {
    const from = start.index + start[0].length;
    const to = index + 1 < starts.length ? starts[index + 1].index : row.length;
    cells.push(cellText(row.slice(from, to).replace(/<\/t[hd]\s*>[\s\S]*$/i, '')));
  });
  return cells;
}

/** The rows of a table's inner markup (nested tables already cut out). */
function rowsOf(table: string): string[][] {
  const starts = [...table.matchAll(/<tr(?=[\s>/])[^>]*>/gi)];
  return starts.map((start, index) => {
    const from = start.index + start[0].length;
    const to = index + 1 < starts.length ? starts[index + 1].index : table.length;
    return cellsOf(table.slice(from, to).replace(/<\/tr\s*>[\s\S]*$/i, ''));
  });
}

const OPEN = /<table(?=[\s>/])[^>]*>/gi;
const CLOSE = /<\/table\s*>/gi;

/**
 * Every table of `html` with at least one row, in the order their `<table>` tags open (an outer
 * table before the tables inside it). See the module comment.
 */
export function htmlTables(html: string): HtmlTable[] {
  const text = html.replace(/<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ');
  const tags = [
    ...[...text.matchAll(OPEN)].map((match) => ({ at: match.index, end: match.index + match[0].length, open: true })),
    ...[...text.matchAll(CLOSE)].map((match) => ({ at: match.index, end: match.index + match[0].length, open: false })),
  ].sort((a, b) => a.at - b.at);
  // Each table's markup with the tables inside it cut out, in opening order.
  const found: { order: number; markup: string }[] = [];
  const open: { order: number; parts: string[]; from: number }[] = [];
  let order = 0;
  for (const tag of tags) {
    const current = open.at(-1);
    if (current !== undefined) current.parts.push(text.slice(current.from, tag.at));
    if (tag.open) {
      open.push({ order: order++, parts: [], from: tag.end });
    } else if (current !== undefined) {
      // The inner table closed: the outer one's markup goes on after it.
      open.pop();
      found.push({ order: current.order, markup: current.parts.join(' ') });
      const outer = open.at(-1);
      if (outer !== undefined) outer.from = tag.end;
    }
  }
  // Tables left open run to the fragment's end.
  for (let index = open.length - 1; index >= 0; index--) {
    const table = open[index];
    found.push({ order: table.order, markup: [...table.parts, text.slice(table.from)].join(' ') });
  }
  return found.sort((a, b) => a.order - b.order).flatMap(({ markup }) => {
    const rows = rowsOf(markup);
    return rows.length === 0 ? [] : [{ header: rows[0], rows: rows.slice(1) }];
  });
}
