/**
 * Heat maps of square count matrices: confusion matrices with true classes as rows and
 * predicted classes as columns. Shade is the row-normalised fraction (the recall of the
 * row's class when on the diagonal), so rare classes are as visible as common ones; the count
 * is printed in each cell.
 */
import { chartTitle, escapeXml, fitText, px, svgRoot, text, textWidth } from './svg.js';
import { maxOf } from '../core/extent.js';

export interface MatrixChartOptions {
  readonly id: string;
  readonly title: string;
  /** counts[trueClass][predictedClass]. */
  readonly counts: ReadonlyArray<readonly number[]>;
  readonly labels: readonly string[];
  readonly rowTitle?: string;
  readonly columnTitle?: string;
  /** Largest cell side in px; cells shrink to fit `width`. */
  readonly maxCell?: number;
  /** Defaults to MATRIX_CHART_WIDTH, widened so cells are at least MIN_READABLE_CELL px. */
  readonly width?: number;
  readonly kind?: string;
}

export const MATRIX_CHART_WIDTH = 340;
const MAX_CELL = 72;
/** Cells narrower than this make counts unreadable; the default width grows to keep them this wide. */
const MIN_READABLE_CELL = 32;
/** Row labels longer than this (px) are shortened. */
const MAX_LABEL_WIDTH = 110;
const EDGE = 10;
const TITLE_GAP = 10;
/** The shade of a full row (fraction 1): the palette's first colour as RGB. */
const FULL_SHADE: readonly [number, number, number] = [0, 114, 178];
/** Above this fraction the cell is dark enough that its count is printed in white. */
const LIGHT_TEXT_FRACTION = 0.55;
/** Column labels wider than the cell minus this margin are rotated. */
const LABEL_MARGIN = 4;

/** White blended towards FULL_SHADE by `fraction` (0..1). */
function shade(fraction: number): string {
  const f = Math.max(0, Math.min(1, fraction));
  const channel = (c: number) => Math.round(255 + (c - 255) * f).toString(16).padStart(2, '0');
  return `#${channel(FULL_SHADE[0])}${channel(FULL_SHADE[1])}${channel(FULL_SHADE[2])}`;
}

export function matrixChart(options: MatrixChartOptions): string {
  const { counts, labels } = options;
  const n = counts.length;
  const rowTitle = options.rowTitle ?? 'true class';
  const columnTitle = options.columnTitle ?? 'predicted class';
  const shortLabels = labels.map((l) => fitText(l, MAX_LABEL_WIDTH));
  const rowLabelWidth = maxOf(shortLabels.map((l) => textWidth(l)), 0);
  const left = EDGE + 18 + rowLabelWidth + 6;
  const width = options.width ?? Math.max(MATRIX_CHART_WIDTH, left + n * MIN_READABLE_CELL + EDGE);
  const title = chartTitle(options.title, EDGE, EDGE, width - 2 * EDGE);
  const top = EDGE + title.height + TITLE_GAP;
  const cell = Math.max(8, Math.min(options.maxCell ?? MAX_CELL, (width - left - EDGE) / Math.max(1, n)));
  const rotate = shortLabels.some((l) => textWidth(l) > cell - LABEL_MARGIN);
  const columnLabelHeight = rotate ? rowLabelWidth * Math.SQRT1_2 + 14 : 18;
  const bottom = top + n * cell;
  const height = bottom + columnLabelHeight + 24 + EDGE;
  const cellFont = Math.max(10, Math.min(13, cell / 2.6));

  const parts: string[] = [title.svg];
  parts.push('<g class="cells">');
  counts.forEach((row, r) => {
    const total = row.reduce((a, b) => a + b, 0);
    row.forEach((count, c) => {
      const fraction = total > 0 ? count / total : 0;
      const x = left + c * cell;
      const y = top + r * cell;
      const label = `${labels[r] ?? r} predicted as ${labels[c] ?? c}: ${count}`;
      parts.push(`<rect x="${px(x)}" y="${px(y)}" width="${px(cell)}" height="${px(cell)}" fill="${shade(fraction)}" stroke="#fff"><title>${escapeXml(label)}</title></rect>`);
      if (count > 0) {
        parts.push(text(x + cell / 2, y + cell / 2, String(count), {
          anchor: 'middle', baseline: 'middle', size: cellFont, colour: fraction > LIGHT_TEXT_FRACTION ? '#fff' : '#222',
        }));
      }
    });
  });
  parts.push('</g>');
  // The diagonal (correct predictions) is outlined so it reads at a glance.
  const diagonal = Array.from({ length: n }, (_, i) => `M${px(left + i * cell)} ${px(top + i * cell)}h${px(cell)}v${px(cell)}h${px(-cell)}Z`).join('');
  if (diagonal) parts.push(`<path class="diagonal" d="${diagonal}" stroke="#222" stroke-width="1" fill="none"/>`);
  shortLabels.forEach((label, i) => {
    parts.push(text(left - 6, top + i * cell + cell / 2, label, { anchor: 'end', baseline: 'middle' }));
    const x = left + i * cell + cell / 2;
    if (rotate) parts.push(text(x, bottom + 6, label, { anchor: 'end', baseline: 'middle', rotate: -45 }));
    else parts.push(text(x, bottom + 6, label, { anchor: 'middle', baseline: 'hanging' }));
  });
  parts.push(text(left + (n * cell) / 2, bottom + columnLabelHeight + 14, columnTitle, { anchor: 'middle', baseline: 'middle' }));
  parts.push(text(EDGE + 6, top + (n * cell) / 2, rowTitle, { anchor: 'middle', baseline: 'middle', rotate: -90 }));
  return svgRoot({ width, height, id: options.id, kind: options.kind ?? 'matrix', title: options.title }, parts.join(''));
}
