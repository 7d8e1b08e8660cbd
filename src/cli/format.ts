/**
 * Text for humans: numbers to 6 significant digits, tensors as nested brackets, aligned
 * tables and wrapped paragraphs. Plain ASCII, no colours (output is often piped).
 */
import { maxOf } from '../core/extent.js';

/** 6 significant digits without trailing zeros: 0.105361, 2500, 1e-9; -0 prints as 0. */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  if (x === 0) return '0';
  return String(Number(x.toPrecision(6)));
}

/** A flat row-major array as nested brackets of the given shape: `[[1, 2], [3, 4]]`. */
export function formatTensor(data: ArrayLike<number>, shape: readonly number[]): string {
  if (shape.length === 0) return formatNumber(data[0] ?? NaN);
  let offset = 0;
  const walk = (axis: number): string => {
    const size = shape[axis] ?? 0;
    const parts: string[] = [];
    for (let i = 0; i < size; i++) {
      if (axis === shape.length - 1) parts.push(formatNumber(data[offset++] ?? NaN));
      else parts.push(walk(axis + 1));
    }
    return `[${parts.join(', ')}]`;
  };
  return walk(0);
}

/** Nested numbers (an example's literal inputs) formatted like tensors. */
export function formatNested(value: unknown): string {
  if (typeof value === 'number') return formatNumber(value);
  if (Array.isArray(value)) return `[${value.map(formatNested).join(', ')}]`;
  if (ArrayBuffer.isView(value)) return formatNested(Array.from(value as unknown as ArrayLike<number>));
  if (typeof value === 'string') return `'${value}'`;
  if (value && typeof value === 'object' && 'data' in value && 'shape' in value) {
    const { data, shape } = value as { data: ArrayLike<number>; shape: number[] };
    return formatTensor(data, shape);
  }
  return String(value);
}

/** A value that is a number or a `{ data, shape }` tensor. */
export function formatValue(value: number | { readonly data: ArrayLike<number>; readonly shape: readonly number[] }): string {
  return typeof value === 'number' ? formatNumber(value) : formatTensor(value.data, value.shape);
}

/** Flat row-major data as nested plain arrays (for JSON output). */
export function toNested(data: ArrayLike<number>, shape: readonly number[]): unknown {
  if (shape.length === 0) return data[0];
  let offset = 0;
  const walk = (axis: number): unknown[] => {
    const out: unknown[] = [];
    for (let i = 0; i < (shape[axis] ?? 0); i++) out.push(axis === shape.length - 1 ? data[offset++] : walk(axis + 1));
    return out;
  };
  return walk(0);
}

/**
 * Columns padded to their widest cell, separated by two spaces, a rule of dashes under the
 * header. The last column is not padded; with `width`, it wraps (hanging under itself) so
 * that lines stay within `width` columns, keeping at least 30 for it.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[], width = Infinity): string {
  const widths = header.map((h, col) => maxOf(rows.map((row) => (row[col] ?? '').length), h.length));
  const lead = widths.slice(0, -1).reduce((sum, w) => sum + w + 2, 0);
  const lastWidth = Math.max(30, width - lead);
  const line = (cells: readonly string[]) => {
    const head = cells.slice(0, -1).map((cell, col) => cell.padEnd(widths[col] ?? 0)).join('  ');
    const last = cells[cells.length - 1] ?? '';
    const pieces = last.length > lastWidth ? wrap(last, lastWidth, '').split('\n') : [last];
    const sep = cells.length > 1 ? '  ' : '';
    return pieces.map((piece, i) => `${i === 0 ? head : ' '.repeat(head.length)}${sep}${piece}`.trimEnd()).join('\n');
  };
  const rule = widths.map((w, col) => '-'.repeat(col === widths.length - 1 ? Math.min(w, lastWidth) : w));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/**
 * `label  text` lines with the labels padded to one width, each line indented; with `width`,
 * long text wraps hanging under itself.
 */
export function keyValues(rows: readonly (readonly [string, string])[], indent = '  ', width = Infinity): string {
  const labelWidth = maxOf(rows.map(([label]) => label.length), 0);
  const hang = ' '.repeat(indent.length + labelWidth + 2);
  const textWidth = Math.max(30, width - hang.length);
  return rows.map(([label, text]) => {
    const body = text.length > textWidth ? wrap(text, textWidth, '').split('\n').join(`\n${hang}`) : text;
    return `${indent}${label.padEnd(labelWidth)}  ${body}`.trimEnd();
  }).join('\n');
}

/** Greedy word wrap to `width` columns, every line starting with `indent`. */
export function wrap(text: string, width = 80, indent = '  '): string {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && indent.length + line.length + 1 + word.length > width) {
        lines.push(indent + line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    lines.push(indent + line);
  }
  return lines.join('\n');
}

/** `a, b, c`, or `-` for none; accepts one name or several. */
export function joinNames(names: string | readonly string[] | undefined): string {
  if (names === undefined) return '-';
  const list = typeof names === 'string' ? [names] : names;
  return list.length ? list.join(', ') : '-';
}

/** Quotes a word for a POSIX shell only when it needs it. */
export function shellQuote(word: string): string {
  return /^[\w.,=:+\-/@]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** JSON.stringify that keeps NaN and ±Infinity visible as strings instead of null. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number>);
    return v;
  }, 2);
}
