import type { Bandwidth } from './machine.js';
import type { Cell, RowResult } from './measure.js';
import { maxOf } from '../src/core/extent.js';

/**
 * Printing and the results file. Ratios are "how many times slower the first engine is than
 * the second" (median over median): the TypeScript kernels (lk), the WASM kernels through
 * the public API with ordinary arrays (lkw), with arrays in WASM memory (lkz), and the same
 * with losskit/threads on (lkt, one thread per core).
 */
export const RATIOS: readonly (readonly [string, string])[] = [
  ['losskit-wasm', 'losskit-wasm-zc'],
  ['losskit', 'c'],
  ['losskit', 'c-fast-math'],
  ['numpy', 'losskit'],
  ['tfjs-cpu', 'losskit'],
  ['tfjs-wasm', 'losskit'],
  ['losskit-wasm', 'c'],
  ['losskit-wasm-zc', 'c'],
  ['losskit-wasm-zc', 'c-fast-math'],
  ['numpy', 'losskit-wasm-zc'],
  ['tfjs-cpu', 'losskit-wasm-zc'],
  ['tfjs-wasm', 'losskit-wasm-zc'],
  ['losskit-wasm-mt', 'c'],
  ['losskit-wasm-mt', 'c-fast-math'],
  ['losskit-wasm-mt', 'c-fast-math-mt'],
  ['numpy', 'losskit-wasm-mt'],
];

const SHORT: Readonly<Record<string, string>> = {
  'losskit': 'lk', 'c': 'C', 'c-fast-math': 'Cfm', 'numpy': 'np', 'tfjs-cpu': 'tfc', 'tfjs-wasm': 'tfw', 'losskit-wasm': 'lkw', 'losskit-wasm-zc': 'lkz', 'losskit-wasm-mt': 'lkt', 'c-fast-math-mt': 'Cmt',
};

/**
 * The plain-array path's two halves, timed apart (engines/losskit-wasm.ts): shown in their own
 * table (streamingFloorTable), not as columns of the main one.
 */
export const FLOOR_ENGINES: readonly string[] = ['losskit-wasm-copies', 'losskit-wasm-compute'];

/** ms per call of one engine on a row, when it was timed. */
const msOf = (row: RowResult, engine: string) => row.cells.find((c) => c.engine === engine && c.status === 'timed')?.medianMs;

/**
 * Plain arrays against resident ones, with the floor of their ratio on this machine: a call on
 * plain arrays copies its inputs in, runs the kernel over the scratch block and copies its
 * outputs out, one after the other on one thread, so it cannot take less than its copies
 * alone plus its kernel alone on the scratch block. null when a part was not timed.
 */
export function streamingFloor(row: RowResult) {
  const [resident, plain, copies, compute] = ['losskit-wasm-zc', 'losskit-wasm', ...FLOOR_ENGINES].map((e) => msOf(row, e));
  if (resident === undefined || plain === undefined || copies === undefined || compute === undefined) return null;
  return {
    residentMs: resident, plainMs: plain, copiesMs: copies, computeMs: compute,
    plainOverResident: plain / resident, copiesOverResident: copies / resident, floorOverResident: (copies + compute) / resident,
  };
}

/** The floor table of the rows where every part was timed, or null when none was. */
export function streamingFloorTable(rows: readonly RowResult[]): string | null {
  const body = rows.flatMap((row) => {
    const f = streamingFloor(row);
    if (!f) return [];
    return [[
      row.workload.kernel, row.workload.dtype.replace('float', 'f'), row.workload.size,
      ...[f.residentMs, f.plainMs, f.copiesMs, f.computeMs].map(formatMs),
      ...[f.plainOverResident, f.copiesOverResident, f.floorOverResident].map((r) => r.toFixed(2)),
    ]];
  });
  const header = ['workload', 'dtype', 'size', 'resident', 'plain', 'copies', 'kernel', 'plain/res', 'copies/res', 'floor/res'];
  return body.length === 0 ? null : table(header, body, 3);
}
const short = (name: string) => SHORT[name] ?? name;

export function ratio(row: RowResult, numerator: string, denominator: string): number | null {
  const a = row.cells.find((c) => c.engine === numerator)?.medianMs;
  const b = row.cells.find((c) => c.engine === denominator)?.medianMs;
  return a !== undefined && b !== undefined && b > 0 ? a / b : null;
}

export function formatMs(ms: number): string {
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  if (ms >= 1) return ms.toFixed(2);
  return ms.toPrecision(3);
}

const err = (e: number | null | undefined) => (e === null || e === undefined ? '-' : e === 0 ? '0' : e.toExponential(0));

function cellText(cell: Cell): string {
  switch (cell.status) {
    case 'timed': return formatMs(cell.medianMs!) + (cell.accurate ? '' : '*');
    case 'unsupported': return '—';
    case 'skipped': return 'skip';
    case 'failed': return 'FAIL';
  }
}

/** The check column: ok, or each inaccurate engine with its larger relative error. */
function checkText(row: RowResult): string {
  const bad = row.cells.filter((c) => c.status === 'timed' && !c.accurate);
  if (bad.length === 0) return row.cells.some((c) => c.status === 'failed') ? 'see notes' : 'ok';
  return bad.map((c) => `${c.engine} ${err(Math.max(c.valueError ?? 0, c.gradError ?? 0))}`).join(', ');
}

function table(header: readonly string[], rows: readonly (readonly string[])[], leftColumns: number): string {
  const widths = header.map((h, i) => maxOf(rows.map((r) => r[i]!.length), h.length));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i < leftColumns ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function timingTable(rows: readonly RowResult[], engines: readonly string[]): string {
  const header = ['workload', 'dtype', 'size', ...engines, ...RATIOS.map(([a, b]) => `${short(a)}/${short(b)}`), 'check'];
  const body = rows.map((row) => [
    row.workload.kernel, row.workload.dtype.replace('float', 'f'), row.workload.size,
    ...engines.map((name) => cellText(row.cells.find((c) => c.engine === name)!)),
    ...RATIOS.map(([a, b]) => { const r = ratio(row, a, b); return r === null ? '' : r.toFixed(r < 10 ? 2 : 1); }),
    checkText(row),
  ]);
  return table(header, body, 3);
}

/** Relative error of the value / of the gradient, per engine, against the reference. */
export function accuracyTable(rows: readonly RowResult[], engines: readonly string[]): string {
  const body = rows.map((row) => [
    row.workload.kernel, row.workload.dtype.replace('float', 'f'), row.workload.size,
    ...engines.map((name) => {
      const c = row.cells.find((cell) => cell.engine === name)!;
      return c.status === 'timed' ? `${err(c.valueError)}/${err(c.gradError)}` : '';
    }),
  ]);
  return table(['workload', 'dtype', 'size', ...engines], body, 3);
}

/** ns per element of the mse rows by n: flat means time grows linearly in n. */
export function curveTable(rows: readonly RowResult[], engines: readonly string[]): string {
  const mse = rows.filter((r) => r.workload.kernel === 'mse');
  const body = mse.map((row) => [
    row.workload.dtype.replace('float', 'f'), row.workload.size,
    ...engines.map((name) => {
      const ms = row.cells.find((c) => c.engine === name)?.medianMs;
      return ms === undefined ? '' : ((ms * 1e6) / row.workload.elements).toFixed(3);
    }),
  ]);
  return table(['dtype', 'n', ...engines], body, 2);
}

/** The memory-speed floor of an elementwise value+gradient call: read 2 arrays, write 1. */
export function bandwidthLine(bw: Bandwidth): string {
  const floorMs = (12e7 / (bw.read2write1GBs * 1e9)) * 1e3;
  return `bandwidth, one core (C, ${bw.n.toExponential(0)} floats): read ${bw.readGBs} GB/s, copy ${bw.copyGBs} GB/s, ` +
    `read 2 + write 1 ${bw.read2write1GBs} GB/s -> mse float32 n=1e7 (120 MB) cannot go below ${floorMs.toFixed(1)} ms`;
}

export function rowsJson(rows: readonly RowResult[]) {
  return rows.map((row) => {
    const { workload: w } = row;
    return {
      id: w.id, kernel: w.kernel, loss: w.loss, dtype: w.dtype, size: w.size, dims: w.dims, elements: w.elements, options: w.options,
      reference: row.reference,
      cells: Object.fromEntries(row.cells.map(({ engine, ...cell }) => [engine, cell])),
      ratios: Object.fromEntries(RATIOS.map(([a, b]) => [`${a}/${b}`, ratio(row, a, b)])),
      streamingFloor: streamingFloor(row),
    };
  });
}
