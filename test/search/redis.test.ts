/**
 * The distributed search end to end: Debian's redis-server on a free port, a coordinator
 * (`losskit search … --redis`) and two `losskit worker` processes; one worker is killed with
 * SIGKILL in the middle of a trial. The study must still complete with every trial accounted
 * for: the stalled job retried on the other worker, each trial once in the Redis journal.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RedisStudyStore, type TrialRecord } from '../../src/search/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const REDIS_SERVER = process.env.LOSSKIT_REDIS_SERVER ?? 'redis-server';
const started: ChildProcess[] = [];
const dir = mkdtempSync(join(tmpdir(), 'losskit-redis-'));

afterAll(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts redis-server, or fails saying plainly why (CI installs it: see .ci/run). */
async function startRedis(): Promise<number> {
  const probe = spawnSync(REDIS_SERVER, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(`cannot start redis-server ('${REDIS_SERVER}': ${probe.error?.message ?? probe.stderr}); install Debian's redis-server (apt-get install redis-server) or set LOSSKIT_REDIS_SERVER`);
  }
  const port = await freePort();
  const server = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(server);
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start on port ${port}: ${output}`)), 15_000);
    server.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (/Ready to accept connections/.test(output)) { clearTimeout(timer); resolve(); }
    });
    server.once('exit', (code) => { clearTimeout(timer); reject(new Error(`redis-server exited with code ${code}: ${output}`)); });
  });
  return port;
}

function losskit(args: string[]): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  return child;
}

function lines(child: ChildProcess, onLine: (line: string) => void): void {
  let rest = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    const text = rest + chunk.toString();
    const parts = text.split('\n');
    rest = parts.pop() ?? '';
    parts.forEach(onLine);
  });
}

describe('distributed search over Redis with BullMQ', () => {
  it('survives a worker killed mid-trial: the stalled job is retried, every trial journaled once', async () => {
    const port = await startRedis();
    const url = `redis://127.0.0.1:${port}`;
    const queue = 'killtest';
    const budget = 24;
    // mnist-binary's linear model: epochs of ~0.1 s, so a kill right after a trial starts lands mid-trial.
    const coordinator = losskit(['search', '--dataset', 'mnist-binary', '--max-rows', '1500', '--epochs', '9', '--budget', String(budget),
      '--redis', url, '--queue', queue, '--workers', '3', '--folds', '0', '--json']);
    let stdout = '';
    coordinator.stdout?.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    const coordinatorDone = new Promise<number>((resolve) => coordinator.once('exit', (code) => resolve(code ?? -1)));

    const workerArgs = ['worker', '--redis', url, '--queue', queue, '--lock-seconds', '2', '--max-idle', '20'];
    // The survivor starts only once the victim is killed at its third trial: started together, a
    // loaded machine can let the survivor take every trial before the victim takes three.
    const victim = losskit(workerArgs);
    let survivor: ChildProcess | undefined;
    const survivorLog: string[] = [];
    let killedTrial: number | undefined;
    let starts = 0;
    lines(victim, (line) => {
      const match = /start trial (\d+)/.exec(line);
      if (match && ++starts === 3 && killedTrial === undefined) {
        killedTrial = Number(match[1]);
        victim.kill('SIGKILL');
        survivor = losskit(workerArgs);
        lines(survivor, (survivorLine) => survivorLog.push(survivorLine));
      }
    });

    expect(await coordinatorDone).toBe(0);
    expect(killedTrial).toBeDefined();
    const result = JSON.parse(stdout) as { trials: TrialRecord[] };
    // Every trial accounted for, the killed one included, finished by the survivor after a stall.
    expect(result.trials.map((t) => t.number)).toEqual(Array.from({ length: budget }, (_, i) => i));
    const retried = result.trials.find((t) => t.number === (killedTrial as number) - 1);
    expect(retried?.worker).toMatch(new RegExp(`:${survivor?.pid}#`));
    expect(survivorLog.some((line) => line.includes(`start trial ${killedTrial} (attempt 2, after a stall)`))).toBe(true);

    const store = new RedisStudyStore(url, queue);
    const records = await store.records();
    await store.close();
    const finishes = records.flatMap((r) => (r.op === 'finish' ? [r.trial.number] : []));
    expect(finishes.sort((a, b) => a - b)).toEqual(Array.from({ length: budget }, (_, i) => i));
    expect(records.filter((r) => r.op === 'ask')).toHaveLength(budget);
    expect(records[0]?.op).toBe('study');
    survivor?.kill('SIGTERM');
  }, 180_000);
});
