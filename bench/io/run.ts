/**
 * `npm run bench:io`: reading large training logs and user tables (issue 11, "memory and time
 * on large files"). Target: at least 50 MB/s, and a peak memory under 4x the file size.
 *
 *   npm run bench:io                         200 MB files (generated once into the temp folder)
 *   npm run bench:io -- --size 50            50 MB files
 *   npm run bench:io -- --only lightning.csv,table.csv --readers losskit,python-csv
 *
 * Each read runs in a fresh process, so its peak resident memory (maxRSS) is its own; the
 * baseline is the process's RSS after loading the reader, before the read. Peers on the same
 * files in the same run: papaparse on the whole text (losskit's parser before), Python's csv
 * module and json.loads per line, numpy.loadtxt on the dense numeric files. Not part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate, INPUT_KINDS, type InputKind } from './generate.js';

const here = dirname(fileURLToPath(import.meta.url));
const TARGET_MB_PER_S = 50;
const TARGET_PEAK_RATIO = 4;

interface Reader {
  readonly name: string;
  readonly kinds: readonly InputKind[];
  command(file: string): [string, string[]];
}

const LOGS: InputKind[] = ['lightning.csv', 'keras.csv', 'log.jsonl'];
const TABLES: InputKind[] = ['table.csv', 'table.jsonl'];
const tsx = (reader: string) => (file: string): [string, string[]] => [process.execPath, ['--import', 'tsx', join(here, 'read-child.ts'), reader, file]];
const python = (reader: string) => (file: string): [string, string[]] => ['python3', [join(here, 'read-child.py'), reader, file]];

const READERS: Reader[] = [
  { name: 'losskit', kinds: [...LOGS, ...TABLES], command: (file) => tsx(file.includes('table') ? 'loadTable' : 'readRun')(file) },
  { name: 'papaparse', kinds: [...LOGS, ...TABLES], command: tsx('papaparse') },
  { name: 'python-csv', kinds: ['lightning.csv', 'keras.csv', 'table.csv'], command: python('csv') },
  { name: 'python-json', kinds: ['log.jsonl', 'table.jsonl'], command: python('json') },
  { name: 'numpy-loadtxt', kinds: ['keras.csv', 'table.csv'], command: python('loadtxt') },
];

interface Row {
  kind: InputKind;
  reader: string;
  bytes: number;
  seconds?: number;
  cpuSeconds?: number;
  mbPerSecond?: number;
  /** MB per CPU second (user + system): what the read would do on an idle core. */
  mbPerCpuSecond?: number;
  peakRss?: number;
  baselineRss?: number;
  /** (peak - baseline) / file size, and peak / file size. */
  growthRatio?: number;
  peakRatio?: number;
  items?: number;
  error?: string;
}

function measure(reader: Reader, kind: InputKind, file: string): Row {
  const bytes = statSync(file).size;
  const [command, args] = reader.command(file);
  try {
    const out = execFileSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 20, timeout: 15 * 60_000, stdio: ['ignore', 'pipe', 'pipe'] });
    const result = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { seconds: number; cpuSeconds: number; baselineRss: number; peakRss: number; items: number };
    return {
      kind, reader: reader.name, bytes, seconds: result.seconds, cpuSeconds: result.cpuSeconds,
      mbPerSecond: bytes / 1e6 / result.seconds, mbPerCpuSecond: bytes / 1e6 / result.cpuSeconds,
      peakRss: result.peakRss, baselineRss: result.baselineRss,
      growthRatio: (result.peakRss - result.baselineRss) / bytes, peakRatio: result.peakRss / bytes, items: result.items,
    };
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? (error as Error).message).trim().split('\n').slice(-3).join(' ');
    return { kind, reader: reader.name, bytes, error: stderr.slice(0, 200) };
  }
}

const { values } = parseArgs({ options: { size: { type: 'string', default: '200' }, only: { type: 'string' }, readers: { type: 'string' }, out: { type: 'string' } } });
const megabytes = Number(values.size);
if (!(megabytes > 0)) throw new Error(`bench:io: --size must be a positive number of MB, received '${values.size}'`);
const kinds = values.only ? (values.only.split(',') as InputKind[]) : [...INPUT_KINDS];
const readers = values.readers ? READERS.filter((r) => values.readers?.split(',').includes(r.name)) : READERS;
const folder = join(tmpdir(), `losskit-bench-io-${megabytes}mb`);

const rows: Row[] = [];
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
for (const kind of kinds) {
  if (!INPUT_KINDS.includes(kind)) throw new Error(`bench:io: unknown input '${kind}' (${INPUT_KINDS.join(', ')})`);
  const file = await generate(folder, kind, megabytes * 1e6);
  for (const reader of readers.filter((r) => r.kinds.includes(kind))) {
    const row = measure(reader, kind, file);
    rows.push(row);
    process.stderr.write(row.error
      ? `${kind} ${reader.name}: failed: ${row.error}\n`
      : `${kind} ${reader.name}: ${row.seconds?.toFixed(2)} s (${row.cpuSeconds?.toFixed(2)} s CPU), ${row.mbPerSecond?.toFixed(1)} MB/s (${row.mbPerCpuSecond?.toFixed(1)} per CPU second), peak ${mb(row.peakRss ?? 0)} MiB (${row.peakRatio?.toFixed(2)}x the file; +${row.growthRatio?.toFixed(2)}x over the baseline)\n`);
  }
}

const lines = ['', `| input (${megabytes} MB) | reader | MB/s (wall) | MB per CPU s | peak RSS (MiB) | peak / file | (peak - baseline) / file | losskit speed / this (CPU) |`, '|---|---|---|---|---|---|---|---|'];
for (const row of rows) {
  const ours = rows.find((r) => r.kind === row.kind && r.reader === 'losskit');
  const ratio = ours?.mbPerCpuSecond && row.mbPerCpuSecond ? (ours.mbPerCpuSecond / row.mbPerCpuSecond).toFixed(2) : '—';
  lines.push(row.error
    ? `| ${row.kind} | ${row.reader} | failed: ${row.error.slice(0, 60)} | | | | | |`
    : `| ${row.kind} | ${row.reader} | ${row.mbPerSecond?.toFixed(1)} | ${row.mbPerCpuSecond?.toFixed(1)} | ${mb(row.peakRss ?? 0)} | ${row.peakRatio?.toFixed(2)} | ${row.growthRatio?.toFixed(2)} | ${ratio} |`);
}
const ours = rows.filter((row) => row.reader === 'losskit' && !row.error);
lines.push('', `Targets: >= ${TARGET_MB_PER_S} MB/s (per CPU second: wall time on a shared machine counts others' work) and peak < ${TARGET_PEAK_RATIO}x the file size.`);
for (const row of ours) {
  const fast = (row.mbPerCpuSecond ?? 0) >= TARGET_MB_PER_S;
  const small = (row.peakRatio ?? Infinity) < TARGET_PEAK_RATIO;
  lines.push(`  ${row.kind}: speed ${fast ? 'met' : 'MISSED'}, memory ${small ? 'met' : 'MISSED'}`);
}
process.stdout.write(`${lines.join('\n')}\n`);
const out = values.out ?? join(here, '..', 'results-io.json');
writeFileSync(out, `${JSON.stringify({ megabytes, date: new Date().toISOString(), rows }, null, 2)}\n`);
process.stderr.write(`wrote ${out}\n`);
