/**
 * Running the I/O attack. A case may hang (a FIFO opened for reading blocks a thread; the old
 * readers recursed forever) or exhaust memory, so cases run in a child process
 * (`child.ts`), one after another; a case that does not answer in time is a 'hang', a child
 * that dies is a 'crash', and a fresh child goes on from the next case.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { allCases, type Result } from './cases.js';

export interface RunOptions {
  /** The checkout whose src/ is attacked. */
  readonly libraryRoot: string;
  /** Where the fixtures are (made with makeFixtures). */
  readonly fixtureRoot: string;
  readonly timeoutMs: number;
  /** The heavy fixtures too (10^6 points, a 70 MB line). */
  readonly full: boolean;
  onResult?(result: Result, index: number): void;
}

export interface Summary {
  readonly results: Result[];
  /** Cases that cannot be tried here (running as root, no FIFOs...), with the reason. */
  readonly unavailable: { readonly area: string; readonly target: string; readonly label: string; readonly why: string }[];
}

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

/** Runs cases from `start` in one child until it ends or stalls; returns the index it stopped at. */
function runChild(options: RunOptions, start: number, summary: Summary, total: number): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-old-space-size=3072', '--import', 'tsx', CHILD, options.libraryRoot, options.fixtureRoot, String(start), options.full ? 'full' : 'light'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let next = start;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const cases = allCases(options.full);
    const finish = (verdict: 'hang' | 'crash' | null, detail = '') => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (verdict !== null && next < total) {
        const c = cases[next];
        const result: Result = { area: c.area, target: c.target, label: c.label, verdict, detail };
        summary.results.push(result);
        options.onResult?.(result, next);
        next++;
      }
      child.kill('SIGKILL');
      resolve(next);
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => finish('hang', `no answer in ${options.timeoutMs} ms`), options.timeoutMs);
    };
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const message = JSON.parse(line) as { index: number; result?: Result; unavailable?: string; ready?: boolean };
      if (message.ready) return arm();
      const c = cases[message.index];
      if (message.unavailable !== undefined) summary.unavailable.push({ area: c.area, target: c.target, label: c.label, why: message.unavailable });
      else if (message.result) {
        summary.results.push(message.result);
        options.onResult?.(message.result, message.index);
      }
      next = message.index + 1;
      arm();
    });
    child.on('exit', (code, signal) => {
      if (next >= total) finish(null);
      else finish('crash', `the process died (${signal ?? `exit ${code}`}): ${stderr.trim().split('\n').slice(-2).join(' ').slice(0, 200)}`);
    });
    // Loading tsx and the library takes a while: the clock starts when the child says it is ready.
    timer = setTimeout(() => finish('crash', 'the child did not start'), 120_000);
  });
}

export async function runIsolated(options: RunOptions): Promise<Summary> {
  const total = allCases(options.full).length;
  const summary: Summary = { results: [], unavailable: [] };
  for (let next = 0; next < total;) next = await runChild(options, next, summary, total);
  return summary;
}

/** tried / handled / bad per area, and the bad ones by kind. */
export function tally(results: readonly Result[]): Map<string, { tried: number; handled: number; bad: number; kinds: Map<string, number> }> {
  const table = new Map<string, { tried: number; handled: number; bad: number; kinds: Map<string, number> }>();
  for (const r of results) {
    if (r.verdict === 'absent') continue;
    const row = table.get(r.area) ?? { tried: 0, handled: 0, bad: 0, kinds: new Map<string, number>() };
    row.tried++;
    if (r.verdict === 'handled') row.handled++;
    else {
      row.bad++;
      row.kinds.set(r.verdict, (row.kinds.get(r.verdict) ?? 0) + 1);
    }
    table.set(r.area, row);
  }
  return table;
}

export function formatTally(summary: Summary): string {
  const rows = [['area', 'tried', 'handled', 'bad', 'bad by kind']];
  for (const [area, t] of tally(summary.results)) {
    rows.push([area, String(t.tried), String(t.handled), String(t.bad), [...t.kinds].map(([k, n]) => `${k} ${n}`).join(', ')]);
  }
  const widths = rows[0].map((_, c) => rows.reduce((w, r) => Math.max(w, r[c].length), 0));
  const lines = rows.map((r) => r.map((cell, c) => (c === 0 || c === 4 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd());
  const absent = summary.results.filter((r) => r.verdict === 'absent');
  if (absent.length) lines.push(`absent from this version: ${absent.length} cases (${[...new Set(absent.map((r) => r.target))].join(', ')})`);
  if (summary.unavailable.length) lines.push(`not tried here: ${summary.unavailable.length} (${[...new Set(summary.unavailable.map((u) => u.why))].join('; ')})`);
  return lines.join('\n');
}
