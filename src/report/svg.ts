/**
 * SVG string building shared by every chart: escaping, coordinate formatting, the palette,
 * the root element and the legend. Plain strings, no DOM, so charts render the same in Node
 * and in browsers, and the same data always gives the same bytes.
 */

/** The system font stack: no web fonts are ever fetched. */
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
/** Base font size of chart text, in px (tick labels; titles are larger). */
export const FONT_SIZE = 12;
export const TITLE_FONT_SIZE = 13;
/** Average glyph width as a fraction of the font size, for laying out labels without measuring. */
const GLYPH_WIDTH = 0.58;
/** Bold glyphs are about this much wider. */
export const BOLD_WIDTH = 1.08;

/**
 * Series colours: the Okabe–Ito palette (distinguishable with common colour-vision deficiencies),
 * black replaced by a dark grey. Series beyond its length reuse it in order.
 */
export const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#555555', '#f0e442'] as const;
export const AXIS_COLOUR = '#444';
export const GRID_COLOUR = '#e4e4e4';
export const REFERENCE_COLOUR = '#888';

export function seriesColour(index: number): string {
  return PALETTE[index % PALETTE.length] as string;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and attribute values (HTML and SVG alike). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** A coordinate with at most 2 decimals (sub-pixel enough, and keeps the output small and stable). */
export function px(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** Approximate rendered width of `text` in px at `fontSize` (no measuring outside a browser). */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  return text.length * fontSize * GLYPH_WIDTH;
}

/** `text`, shortened with an ellipsis until it fits `maxWidth` px (the full text stays in the tooltip). */
export function fitText(content: string, maxWidth: number, fontSize = FONT_SIZE): string {
  if (textWidth(content, fontSize) <= maxWidth) return content;
  let short = content;
  while (short.length > 1 && textWidth(`${short}…`, fontSize) > maxWidth) short = short.slice(0, -1);
  return `${short.trimEnd()}…`;
}

/** A lowercase id fragment: letters, digits and '-' only. */
export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}

/** Line height of chart titles, in px. */
export const TITLE_LINE_HEIGHT = 17;
/** Most lines a chart title wraps to; the last is shortened with an ellipsis beyond that. */
const MAX_TITLE_LINES = 2;

/** Splits a title into at most two lines of words fitting `maxWidth` px (bold title font). */
export function wrapTitle(title: string, maxWidth: number): string[] {
  const fits = (line: string) => textWidth(line, TITLE_FONT_SIZE) * BOLD_WIDTH <= maxWidth;
  const lines: string[] = [];
  let current = '';
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate) || !current) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= MAX_TITLE_LINES && lines.every(fits)) return lines;
  const kept = lines.slice(0, MAX_TITLE_LINES);
  let last = kept.slice(-1)[0] ?? '';
  if (lines.length > MAX_TITLE_LINES) last += ' ' + lines.slice(MAX_TITLE_LINES).join(' ');
  while (last.length > 1 && !fits(`${last}…`)) last = last.slice(0, -1);
  kept[kept.length - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** A (wrapped) chart title at the top-left, and the height it takes. */
export function chartTitle(title: string, left: number, top: number, maxWidth: number): { svg: string; height: number } {
  const lines = wrapTitle(title, maxWidth);
  const svg = lines.map((line, i) => text(left, top + TITLE_LINE_HEIGHT * i + TITLE_LINE_HEIGHT / 2, line, {
    size: TITLE_FONT_SIZE, weight: 'bold', baseline: 'middle', colour: '#222',
  })).join('');
  return { svg, height: lines.length * TITLE_LINE_HEIGHT };
}

export interface SvgRootOptions {
  readonly width: number;
  readonly height: number;
  /** The element id; tests and the report's links find charts by it. */
  readonly id: string;
  /** What kind of chart this is (`data-chart`), e.g. 'loss-curves'. */
  readonly kind: string;
  /** Accessible name (also shown as a tooltip). */
  readonly title: string;
  /** The axes' domains (x–y charts), as `data-x-domain="lo hi"` / `data-y-domain`: tests and scripts compare charts by them. */
  readonly domains?: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
}

/** The root `<svg>` with explicit width, height and viewBox, an accessible title and the chart body. */
export function svgRoot({ width, height, id, kind, title, domains }: SvgRootOptions, body: string): string {
  const domainAttributes = domains ? `data-x-domain="${domains.x.join(' ')}" data-y-domain="${domains.y.join(' ')}" ` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" id="${escapeXml(id)}" data-chart="${escapeXml(kind)}" ${domainAttributes}`
    + `width="${px(width)}" height="${px(height)}" viewBox="0 0 ${px(width)} ${px(height)}" role="img" `
    + `font-family="${escapeXml(FONT_STACK)}" font-size="${FONT_SIZE}">`
    + `<title>${escapeXml(title)}</title>${body}</svg>`;
}

export interface TextOptions {
  readonly anchor?: 'start' | 'middle' | 'end';
  readonly size?: number;
  readonly weight?: 'normal' | 'bold';
  readonly colour?: string;
  /** Degrees, about (x, y). */
  readonly rotate?: number;
  /** Vertical alignment relative to y: 'middle' centres the glyphs on y. */
  readonly baseline?: 'auto' | 'middle' | 'hanging';
}

export function text(x: number, y: number, content: string, options: TextOptions = {}): string {
  const attributes = [`x="${px(x)}"`, `y="${px(y)}"`];
  if (options.anchor && options.anchor !== 'start') attributes.push(`text-anchor="${options.anchor}"`);
  if (options.size) attributes.push(`font-size="${options.size}"`);
  if (options.weight === 'bold') attributes.push('font-weight="bold"');
  attributes.push(`fill="${options.colour ?? AXIS_COLOUR}"`);
  if (options.baseline && options.baseline !== 'auto') attributes.push(`dominant-baseline="${options.baseline === 'middle' ? 'central' : 'hanging'}"`);
  if (options.rotate) attributes.push(`transform="rotate(${options.rotate} ${px(x)} ${px(y)})"`);
  return `<text ${attributes.join(' ')}>${escapeXml(content)}</text>`;
}

/** A polyline path `M x y L x y ...` through the points (empty string for no points). */
export function pathData(points: ReadonlyArray<readonly [number, number]>): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${px(x)} ${px(y)}`).join('');
}

export interface LegendEntry {
  readonly label: string;
  readonly colour: string;
  /** How the swatch is drawn: a solid or dashed line, or a filled square. */
  readonly swatch: 'line' | 'dashed' | 'square';
}

const LEGEND_SWATCH = 18;
const LEGEND_GAP = 16;
export const LEGEND_ROW_HEIGHT = 18;

/** Entries laid out left to right, wrapping at `maxWidth`; returns the rows each entry goes in. */
export function legendLayout(entries: readonly LegendEntry[], maxWidth: number): Array<Array<{ entry: LegendEntry; x: number }>> {
  const rows: Array<Array<{ entry: LegendEntry; x: number }>> = [[]];
  let x = 0;
  for (const entry of entries) {
    const width = LEGEND_SWATCH + 6 + textWidth(entry.label);
    if (x > 0 && x + width > maxWidth) {
      rows.push([]);
      x = 0;
    }
    (rows[rows.length - 1] as Array<{ entry: LegendEntry; x: number }>).push({ entry, x });
    x += width + LEGEND_GAP;
  }
  return rows;
}

/** Height a legend of these entries takes at `maxWidth` (0 when there are none). */
export function legendHeight(entries: readonly LegendEntry[], maxWidth: number): number {
  return entries.length ? legendLayout(entries, maxWidth).length * LEGEND_ROW_HEIGHT : 0;
}

/** The legend, top-left corner at (left, top). */
export function legend(entries: readonly LegendEntry[], left: number, top: number, maxWidth: number): string {
  const parts: string[] = [];
  legendLayout(entries, maxWidth).forEach((row, r) => {
    const y = top + r * LEGEND_ROW_HEIGHT + LEGEND_ROW_HEIGHT / 2;
    for (const { entry, x } of row) {
      const x0 = left + x;
      if (entry.swatch === 'square') {
        parts.push(`<rect x="${px(x0 + 4)}" y="${px(y - 5)}" width="10" height="10" fill="${entry.colour}"/>`);
      } else {
        const dash = entry.swatch === 'dashed' ? ' stroke-dasharray="5 3"' : '';
        parts.push(`<path d="M${px(x0)} ${px(y)}L${px(x0 + LEGEND_SWATCH)} ${px(y)}" stroke="${entry.colour}" stroke-width="2"${dash} fill="none"/>`);
      }
      parts.push(text(x0 + LEGEND_SWATCH + 6, y, entry.label, { baseline: 'middle' }));
    }
  });
  return `<g class="legend">${parts.join('')}</g>`;
}
