import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JournalError, JournalFile, parseJournal, type JournalRecord } from '../../src/search/journal-file.js';

const dirs: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'losskit-journal-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => { for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true }); });

const study = { op: 'study', version: 1, spec: { seed: 1 }, createdAt: 'now' } as unknown as JournalRecord;
const ask = (number: number): JournalRecord => ({ op: 'ask', number, params: { loss: 'mse' }, distributions: {} });

describe('the JSONL journal (Optuna JournalFileStorage semantics, one writer)', () => {
  it('appends one durable line per record and reads them back', () => {
    const path = join(scratch(), 'search.jsonl');
    const journal = JournalFile.open(path, false);
    journal.append(study);
    journal.append(ask(0));
    journal.close();
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n')).toHaveLength(3);
    expect(JournalFile.open(path, true).records).toEqual([study, ask(0)]);
  });

  it('a torn last line (a writer killed mid-write) is ignored and cut off before the next append', () => {
    const path = join(scratch(), 'search.jsonl');
    writeFileSync(path, `${JSON.stringify(study)}\n${JSON.stringify(ask(0))}\n{"op":"finish","tri`);
    const journal = JournalFile.open(path, true);
    expect(journal.records).toEqual([study, ask(0)]);
    journal.append(ask(1));
    journal.close();
    expect(parseJournal(readFileSync(path, 'utf8'), path).records).toEqual([study, ask(0), ask(1)]);
  });

  it('refuses to append a new study to a journal that holds one, unless resuming', () => {
    const path = join(scratch(), 'search.jsonl');
    const journal = JournalFile.open(path, false);
    journal.append(study);
    journal.close();
    expect(() => JournalFile.open(path, false)).toThrow(/already holds a study; add --resume/);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('a damaged line in the middle is an error naming file and line', () => {
    const path = join(scratch(), 'search.jsonl');
    writeFileSync(path, `${JSON.stringify(study)}\nnot json\n${JSON.stringify(ask(0))}\n`);
    expect(() => JournalFile.open(path, true)).toThrow(/search\.jsonl:2: not a journal record/);
  });

  it('a second process is refused while the first holds the journal', () => {
    const path = join(scratch(), 'search.jsonl');
    const first = JournalFile.open(path, false);
    expect(() => JournalFile.open(path, true)).toThrow(JournalError);
    expect(() => JournalFile.open(path, true)).toThrow(new RegExp(`in use by process ${process.pid} on `));
    first.close();
    JournalFile.open(path, true).close();
  });

  it("takes over the lock of a process that died without releasing it (kill -9)", () => {
    const path = join(scratch(), 'search.jsonl');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid as number;
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: dead, host: hostname(), since: 'earlier' }));
    const journal = JournalFile.open(path, false);
    expect(JSON.parse(readFileSync(`${path}.lock`, 'utf8')).pid).toBe(process.pid);
    journal.close();
    // A lock held on another machine is never taken over: that process may be alive.
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: dead, host: 'another-host', since: 'earlier' }));
    expect(() => JournalFile.open(path, true)).toThrow(/in use by process \d+ on another-host/);
  });
});
