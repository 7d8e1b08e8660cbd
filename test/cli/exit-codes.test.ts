/**
 * Issue 11, "exit codes": LossError is for bad input to losses. A log or a data table that
 * cannot be read gets its own typed error (LogFileError, DataFileError) naming the file and
 * line; the CLI exits 2 on every input error and 1, asking for a report, on a broken
 * invariant (an InternalError or any unexpected exception) — never 2 as if the user erred.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { listCommand } from '../../src/cli/commands/list.js';
import { runCli } from '../../src/cli/run.js';
import { DataFileError, InputError, InternalError, LogFileError, LossError, PLEASE_REPORT } from '../../src/core/errors.js';
import { loadTable } from '../../src/data/index.js';
import { readRun } from '../../src/io/index.js';

const folder = mkdtempSync(join(tmpdir(), 'losskit-exit-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());
const file = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};

async function caught(work: () => unknown): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('typed errors of the readers', () => {
  it('a log that cannot be read: a LogFileError with the file and line, not a LossError', async () => {
    const path = file('dup.csv', 'epoch,loss,loss\n0,1,2\n');
    const error = await caught(() => readRun(path));
    expect(error).toBeInstanceOf(LogFileError);
    expect(error).toBeInstanceOf(InputError);
    expect(error).not.toBeInstanceOf(LossError);
    expect(error).toMatchObject({ file: path, line: 1, message: `${path}:1: column 'loss' appears twice in the header` });
    expect(await caught(() => readRun(join(folder, 'absent.csv')))).toMatchObject({ name: 'LogFileError', file: join(folder, 'absent.csv'), line: undefined });
  });

  it('a data table that cannot be read: a DataFileError with the file and line', async () => {
    const path = file('bad.csv', 'a,b\n1,2\n3,4,5\n');
    const error = await caught(() => loadTable(path, { target: 'b' }));
    expect(error).toBeInstanceOf(DataFileError);
    expect(error).not.toBeInstanceOf(LossError);
    expect(error).toMatchObject({ file: path, line: 3, message: `${path}:3: 3 fields, expected 2 (the header's columns)` });
    expect(await caught(() => loadTable(file('t.csv', 'a,b\n1,2\n'), { target: 'c' }))).toMatchObject({ name: 'DataFileError', line: undefined });
  });
});

describe('CLI exit codes', () => {
  it('input errors exit 2 with one line naming the file and line', async () => {
    const log = file('header-only.jsonl', 'not json\n{"step": 1}\n');
    const diagnose = await runCli(['diagnose', log]);
    expect([diagnose.code, diagnose.stderr]).toEqual([2, `losskit: ${log}:1: not valid JSON (Unexpected token 'o', "not json" is not valid JSON)\n`]);
    const table = file('table.csv', 'x,y\n1,2\n3,"4\n');
    const compare = await runCli(['compare', '--data', table, '--target', 'y', '--losses', 'mse']);
    expect(compare.code).toBe(2);
    expect(compare.stderr).toBe(`losskit: ${table}:3: Quoted field unterminated\n`);
  });

  it('a broken invariant exits 1 and asks for a report, once', async () => {
    vi.spyOn(listCommand, 'run').mockImplementation(() => {
      throw new InternalError('list: the registry lists a loss twice');
    });
    const internal = await runCli(['list']);
    expect(internal.code).toBe(1);
    expect(internal.stderr).toBe(`losskit: internal error: list: the registry lists a loss twice (${PLEASE_REPORT})\n`);
  });

  it('an unexpected exception is a bug too: exit 1, its type named, never exit 2', async () => {
    vi.spyOn(listCommand, 'run').mockImplementation(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'name')");
    });
    const result = await runCli(['list']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`losskit: internal error: TypeError: Cannot read properties of undefined (reading 'name') (${PLEASE_REPORT})\n`);
  });
});
