/**
 * Hostile inputs for the readers and writers (issue 11): special files, links, damaged and
 * odd text, huge files and lines, odd names. Each fixture is made on demand under a temporary
 * root, with the name (extension) the target wants, and cached.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a correct target does with the fixture. */
export type Expectation =
  /** A regular, well-formed log or table: it must be read (a typed error is a defect). */
  | 'read'
  /** Not a file one can read (a device, a FIFO, a loop...): a typed error naming the path. */
  | 'refuse'
  /** Damaged or odd: read what can be read, or a typed error naming the path. */
  | 'either';

export interface Fixture {
  readonly name: string;
  readonly expect: Expectation;
  /** A special file or link rather than content (text and byte parsers cannot be handed it). */
  readonly special: boolean;
  /** Makes the fixture at `path` (a file, a directory or a special file). */
  make(path: string): void;
  /** Not possible here (root ignores permissions; no mkfifo on Windows): the reason. */
  readonly unavailable?: string;
  /** Tens of megabytes: in the full run (report.ts, ATTACK_FULL=1), not in every `npm test`. */
  readonly heavy?: true;
}

const posix = process.platform !== 'win32';
const root = process.getuid?.() === 0;

/** A valid log or table body for the extension, `rows` rows long. */
export function validText(extension: string, rows = 5): string {
  const lines: string[] = [];
  const value = (i: number) => (1 / (1 + i / 100) + 0.01 * Math.sin(i)).toFixed(6);
  if (extension === '.json') {
    for (let i = 0; i < rows; i++) lines.push(`{"x": ${i % 7}, "step": ${i}, "loss": ${value(i)}, "y": ${value(i + 1)}}`);
    return `[\n${lines.join(',\n')}\n]\n`;
  }
  if (extension === '.jsonl') {
    for (let i = 0; i < rows; i++) lines.push(`{"x": ${i % 7}, "step": ${i}, "loss": ${value(i)}, "y": ${value(i + 1)}}`);
    return `${lines.join('\n')}\n`;
  }
  lines.push('x,step,loss,y');
  for (let i = 0; i < rows; i++) lines.push(`${i % 7},${i},${value(i)},${value(i + 1)}`);
  return `${lines.join('\n')}\n`;
}

/** Deterministic junk bytes. */
function junk(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

const extensionOf = (path: string) => /\.[a-z]+$/.exec(path)?.[0] ?? '.csv';
const file = (text: string | Uint8Array) => (path: string) => writeFileSync(path, text);
const content = (name: string, expect: Expectation, make: (path: string) => void): Fixture => ({ name, expect, special: false, make });
const special = (name: string, expect: Expectation, make: (path: string) => void, unavailable?: string): Fixture =>
  ({ name, expect, special: true, make, ...(unavailable === undefined ? {} : { unavailable }) });

function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo ${path} failed`);
}

/** A Unix socket file that outlives its listener (the process exits without closing it). */
function socketFile(path: string): void {
  spawnSync(process.execPath, ['-e', "require('node:net').createServer().listen(process.argv[1], () => process.exit(0))", path]);
  if (!existsSync(path)) throw new Error(`socket ${path} was not made`);
}

export const FIXTURES: readonly Fixture[] = [
  content('valid', 'read', (path) => writeFileSync(path, validText(extensionOf(path)))),
  special('/dev/null', 'refuse', (path) => symlinkSync('/dev/null', path), posix ? undefined : 'no /dev/null'),
  special('/dev/zero', 'refuse', (path) => symlinkSync('/dev/zero', path), posix ? undefined : 'no /dev/zero'),
  special('FIFO', 'refuse', mkfifo, posix ? undefined : 'no FIFOs'),
  special('socket', 'refuse', socketFile, posix ? undefined : 'no Unix sockets'),
  special('symlink loop', 'refuse', (path) => {
    symlinkSync(`${path}.b`, path);
    symlinkSync(path, `${path}.b`);
  }),
  special('dangling symlink', 'refuse', (path) => symlinkSync(`${path}.missing`, path)),
  special('unreadable file', 'refuse', (path) => {
    writeFileSync(path, validText(extensionOf(path)));
    chmodSync(path, 0o000);
  }, root ? 'running as root, which reads any file' : undefined),
  special('directory', 'either', (path) => mkdirSync(path)),
  special('directory with a link loop', 'either', (path) => {
    mkdirSync(join(path, 'run'), { recursive: true });
    writeFileSync(join(path, 'run', 'metrics.csv'), validText('.csv'));
    symlinkSync(path, join(path, 'run', 'up'));
    mkfifo(join(path, 'run', 'pipe.csv'));
  }),
  special('deep directories', 'either', (path) => {
    let dir = path;
    for (let depth = 0; depth < 40; depth++) dir = join(dir, `d${depth}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'metrics.csv'), validText('.csv'));
  }),
  content('empty file', 'either', file('')),
  content('binary junk', 'either', file(junk(64 * 1024, 7))),
  content('NUL bytes', 'either', (path) => writeFileSync(path, validText(extensionOf(path)).replace(/,/g, ',\u0000'))),
  content('truncated', 'either', (path) => {
    const text = validText(extensionOf(path), 50);
    writeFileSync(path, text.slice(0, Math.floor(text.length * 0.61)));
  }),
  content('bit-flipped', 'either', (path) => {
    const bytes = new TextEncoder().encode(validText(extensionOf(path), 50));
    for (let i = 13; i < bytes.length; i += 97) bytes[i] ^= 1 << (i % 8);
    writeFileSync(path, bytes);
  }),
  content('header only', 'either', (path) => writeFileSync(path, extensionOf(path) === '.json' ? '[]\n' : extensionOf(path) === '.jsonl' ? '\n' : 'x,step,loss,y\n')),
  content('duplicate columns', 'either', (path) => writeFileSync(path, extensionOf(path) === '.csv' ? 'step,loss,loss\n0,1,2\n' : validText(extensionOf(path)).replace(/"y"/g, '"loss"'))),
  { ...content('10^6 points', 'read', (path) => writeFileSync(path, validText(extensionOf(path), 1_000_000))), heavy: true },
  { ...content('a 70 MB line', 'either', (path) => writeFileSync(path, `x,step,loss,y\n${'9'.repeat(70 * 2 ** 20)}\n`)), heavy: true },
  content('UTF-8 BOM', 'read', (path) => writeFileSync(path, `\uFEFF${validText(extensionOf(path))}`)),
  content('UTF-16 LE with BOM', 'either', (path) => writeFileSync(path, Buffer.from(`\uFEFF${validText(extensionOf(path))}`, 'utf16le'))),
  content('CRLF line ends', 'read', (path) => writeFileSync(path, validText(extensionOf(path)).replace(/\n/g, '\r\n'))),
  content('CR line ends', 'either', (path) => writeFileSync(path, validText(extensionOf(path)).replace(/\n/g, '\r'))),
  content('Latin-1 bytes', 'either', (path) => writeFileSync(path, Buffer.from(validText(extensionOf(path)).replace('loss', 'l\u00f6ss'), 'latin1'))),
  content('odd numbers', 'either', (path) => writeFileSync(path, validText(extensionOf(path)).replace(/0\.9\d+/g, (m, i: number) => ['1e999', '-0', 'NaN', '0x1F', '1_0', '  7 ', 'Infinity'][i % 7] ?? m))),
  content('odd name', 'read', (path) => writeFileSync(path, validText(extensionOf(path)))),
];

/** Odd characters put into the file name of the 'odd name' fixture. */
export const ODD_NAME = '-sp ace ü\u0007%n\nnew:line';
