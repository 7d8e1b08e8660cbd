import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { parseJournal, searchLosses, type SearchOptions, type TrialRecord } from '../../src/search/index.js';
import { fails } from '../support/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'losskit-search-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small, fast study: boston's linear model, 9 epochs (one rung, at 3). */
const TASK: SearchOptions['task'] = { data: { kind: 'embedded', name: 'boston' }, prepare: { outliers: 0.1 }, train: { epochs: 9 }, seed: 3 };
/** What must repeat bit for bit (times and wall-clock fields aside). */
const essence = (trials: readonly TrialRecord[]) => trials.map(({ number, params, state, value, intermediate, epochs, note }) => ({ number, params, state, value, intermediate, epochs, note }));

describe('determinism', () => {
  it('the same seed gives the same study, trial for trial; another seed another one', async () => {
    const a = await searchLosses({ task: TASK, budget: 25, folds: 2 });
    const b = await searchLosses({ task: TASK, budget: 25, folds: 2 });
    expect(essence(a.trials)).toEqual(essence(b.trials));
    expect(a.final).toEqual(b.final);
    expect(a.trials.filter((t) => t.state === 'pruned').length).toBeGreaterThan(0);
    const c = await searchLosses({ task: { ...TASK, seed: 4 }, budget: 25, folds: 0 });
    expect(essence(c.trials)).not.toEqual(essence(a.trials));
  });

  it('random search is the baseline: no trial is pruned', async () => {
    const result = await searchLosses({ task: TASK, budget: 12, folds: 0, algorithm: 'random' });
    expect(result.trials.every((t) => t.state !== 'pruned' || t.note?.startsWith('diverged'))).toBe(true);
    expect(result.trials.filter((t) => t.state === 'complete').every((t) => t.epochs === 9)).toBe(true);
  });
});

describe('journal and resume after kill -9', () => {
  it('a killed search loses no finished trial, and --resume continues the same study', async () => {
    const journal = join(dir, 'killed.jsonl');
    const budget = 150;
    const args = ['search', '--dataset', 'boston', '--outliers', '10%', '--epochs', '9', '--seed', '3', '--budget', String(budget), '--folds', '0', '--journal', journal];
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let printed = 0;
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        printed += chunk.toString().split('\n').filter((line) => line.startsWith('trial ')).length;
        if (printed >= 8 && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`the search ended before it was killed (${String(signal)})`))));
    });
    // Every trial the search reported as finished is in the journal.
    const finishedBefore = parseJournal(readFileSync(journal, 'utf8'), journal).records.filter((r) => r.op === 'finish');
    expect(finishedBefore.length).toBeGreaterThanOrEqual(printed);
    expect(finishedBefore.length).toBeLessThan(budget);

    const resumed = await runCli([...args, '--resume', '--json']);
    expect(resumed.stderr).toBe('');
    const result = JSON.parse(resumed.stdout) as { trials: TrialRecord[]; resumedTrials: number };
    expect(result.resumedTrials).toBe(finishedBefore.length);
    expect(result.trials.map((t) => t.number)).toEqual(Array.from({ length: budget }, (_, i) => i));
    // The journal holds each trial once.
    const records = parseJournal(readFileSync(journal, 'utf8'), journal).records;
    const finishes = records.flatMap((r) => (r.op === 'finish' ? [r.trial.number] : []));
    expect(new Set(finishes).size).toBe(finishes.length);
    expect(finishes).toHaveLength(budget);
    // Killed and resumed, the study is the one an uninterrupted run makes.
    const whole = await searchLosses({ task: TASK, budget, folds: 0 });
    expect(essence(result.trials)).toEqual(essence(whole.trials));
  }, 120_000);

  it('--resume refuses a journal of another study', async () => {
    const journal = join(dir, 'other.jsonl');
    await searchLosses({ task: TASK, budget: 3, folds: 0, journal });
    const stderr = await fails('search', '--dataset', 'boston', '--epochs', '9', '--seed', '4', '--budget', '5', '--journal', journal, '--resume');
    expect(stderr).toMatch(/holds another study.*--resume needs the same data/);
    const fresh = await fails('search', '--dataset', 'boston', '--epochs', '9', '--seed', '3', '--journal', journal);
    expect(fresh).toMatch(/already holds a study; add --resume/);
  });
});

describe('losskit search (CLI)', () => {
  it('prints trials, the best configuration and a verdict with its interval', async () => {
    const lines: string[] = [];
    const result = await runCli(['search', '--dataset', 'boston', '--outliers', '10%', '--epochs', '9', '--budget', '15', '--folds', '3'], { progress: (t) => lines.push(t), isTTY: false });
    expect(result.code).toBe(0);
    expect(lines.filter((l) => l.startsWith('trial ')).length).toBe(15);
    expect(result.stdout).toMatch(/ASHA \(η = 3, rungs from epoch 3\) \+ TPE/);
    expect(result.stdout).toMatch(/^Verdict: (better|worse|no clear answer)\. /m);
    expect(result.stdout).toMatch(/3-fold cross-validation over every row/);
    expect(result.stdout).toMatch(/^ {2}searched − default +Δ = /m);
  });

  it('draws a progress bar on a terminal', async () => {
    const lines: string[] = [];
    await runCli(['search', '--dataset', 'iris', '--epochs', '3', '--budget', '4', '--folds', '0'], { progress: (t) => lines.push(t), isTTY: true });
    expect(lines.some((l) => /\r\u001b\[2K\[#+\.*\] 4\/4 trials/.test(l))).toBe(true);
  });

  it('rejects bad flags with one line naming the flag', async () => {
    expect(await fails('search')).toMatch(/exactly one of --dataset NAME or --data FILE/);
    expect(await fails('search', '--dataset', 'boston', '--time', 'soon')).toMatch(/--time must be a duration/);
    expect(await fails('search', '--dataset', 'boston', '--budget', '0')).toMatch(/--budget must be an integer >= 1/);
    expect(await fails('search', '--dataset', 'boston', '--resume')).toMatch(/--resume needs --journal/);
    expect(await fails('search', '--dataset', 'boston', '--algorithm', 'grid')).toMatch(/--algorithm must be one of asha-tpe, random/);
    expect(await fails('search', '--dataset', 'boston', '--folds', '1')).toMatch(/--folds must be 0/);
    expect(await fails('search', '--dataset', 'boston', '--repeats', '0')).toMatch(/--repeats must be an integer >= 1/);
    expect(await fails('search', '--dataset', 'boston', '--first-rung', '0')).toMatch(/--first-rung must be an integer >= 1/);
    expect(await fails('search', '--dataset', 'boston', '--report', '/nonexistent-dir/r.html')).toMatch(/cannot write --report/);
  });
});
