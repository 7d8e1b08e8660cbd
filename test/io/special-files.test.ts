/**
 * Issue 11, item 1: `losskit diagnose /dev/null` (or a FIFO, a socket, /dev/zero, a symbolic
 * link to one) recursed readRun -> readRuns -> readRun forever. Readers refuse anything that is
 * neither a regular file nor a directory, with an error naming the path, and never hang.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { readRun, readRuns } from '../../src/io/runs.js';

const posix = process.platform !== 'win32';
const root = mkdtempSync(join(tmpdir(), 'losskit-special-'));
let server: Server | undefined;
const fifo = join(root, 'pipe.csv');
const socket = join(root, 'socket.csv');

beforeAll(async () => {
  if (!posix) return;
  execFileSync('mkfifo', [fifo]);
  server = createServer();
  await new Promise<void>((resolve) => server?.listen(socket, resolve));
  symlinkSync(join(root, 'loop-b'), join(root, 'loop-a'));
  symlinkSync(join(root, 'loop-a'), join(root, 'loop-b'));
  symlinkSync('/dev/null', join(root, 'to-null.csv'));
});
afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  rmSync(root, { recursive: true, force: true });
});

/** Settles within `ms`, or fails saying it hung (the defect was an endless loop). */
async function settles<T>(promise: Promise<T>, ms = 5000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not settle within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, hang]);
  } finally {
    clearTimeout(timer);
  }
}

describe.runIf(posix)('special files are refused, not read', () => {
  const cases: [string, () => string, RegExp][] = [
    ['/dev/null', () => '/dev/null', /\/dev\/null: is a character device/],
    ['/dev/zero', () => '/dev/zero', /\/dev\/zero: is a character device/],
    ['a FIFO', () => fifo, /pipe\.csv: is a named pipe \(FIFO\)/],
    ['a socket', () => socket, /socket\.csv: is a socket/],
    ['a loop of symbolic links', () => join(root, 'loop-a'), /loop-a: cannot read: a loop of symbolic links/],
    ['a symbolic link to /dev/null', () => join(root, 'to-null.csv'), /to-null\.csv: is a character device/],
  ];
  for (const [what, path, message] of cases) {
    it(`${what}: readRun and readRuns reject with an error naming it`, async () => {
      await expect(settles(readRun(path()))).rejects.toThrow(message);
      await expect(settles(readRuns(path()))).rejects.toThrow(message);
    });
  }

  it('losskit diagnose on each exits 2 with one line naming the path', async () => {
    for (const [, path, message] of cases) {
      const result = await settles(runCli(['diagnose', path()]));
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('a directory walk skips special files and link loops and reads the logs beside them', async () => {
    const dir = join(root, 'runs');
    mkdirSync(join(dir, 'run1'), { recursive: true });
    writeFileSync(join(dir, 'run1', 'metrics.csv'), 'epoch,step,train_loss\n0,9,0.5\n');
    execFileSync('mkfifo', [join(dir, 'run1', 'stuck.csv')]);
    symlinkSync(dir, join(dir, 'run1', 'back-up'));
    symlinkSync(join(dir, 'self-a'), join(dir, 'self-b'));
    symlinkSync(join(dir, 'self-b'), join(dir, 'self-a'));
    const runs = await settles(readRuns(dir));
    expect(runs.map((run) => run.name)).toEqual(['run1']);
  });
});
