/**
 * Issue 11, item 3: reports were written to `.<name>.<pid>.tmp` with a plain write, so a
 * symbolic link planted at that predictable name made a report overwrite another file, and
 * kill -9 left temporary files that piled up.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/cli/write-file.js';

const root = mkdtempSync(join(tmpdir(), 'losskit-write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let count = 0;
const folder = () => {
  const path = join(root, `case-${++count}`);
  mkdirSync(path);
  return path;
};

/** The id of a process that has exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('writeFileAtomic', () => {
  it('a symbolic link planted at the old predictable temporary name is never written through', () => {
    const dir = folder();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    for (const name of [`.report.html.${process.pid}.tmp`, '.report.html.tmp']) symlinkSync(victim, join(dir, name));
    writeFileAtomic(join(dir, 'report.html'), '<html>report</html>');
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe('<html>report</html>');
  });

  it.runIf(process.platform !== 'win32')('a FIFO planted at the old temporary name does not block the write', () => {
    const dir = folder();
    execFileSync('mkfifo', [join(dir, `.out.html.${process.pid}.tmp`)]);
    writeFileAtomic(join(dir, 'out.html'), 'done');
    expect(readFileSync(join(dir, 'out.html'), 'utf8')).toBe('done');
  });

  it('a symbolic link at the target is replaced by the report, not followed', () => {
    const dir = folder();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, join(dir, 'report.html'));
    writeFileAtomic(join(dir, 'report.html'), 'report');
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe('report');
  });

  it('temporary files of killed writers are removed on the next write; live ones are kept; nothing is left behind', () => {
    const dir = folder();
    const dead = deadPid();
    const stale = join(dir, `.r.html.losskit-${dead}-0123456789abcdef.tmp`);
    const live = join(dir, `.r.html.losskit-${process.ppid}-fedcba9876543210.tmp`);
    const other = join(dir, `.other.html.losskit-${dead}-0123456789abcdef.tmp`);
    for (const file of [stale, live, other]) writeFileSync(file, 'partial');
    writeFileAtomic(join(dir, 'r.html'), 'whole');
    expect([existsSync(stale), existsSync(live), existsSync(other)]).toEqual([false, true, true]);
    expect(readdirSync(dir).sort()).toEqual([`.other.html.losskit-${dead}-0123456789abcdef.tmp`, `.r.html.losskit-${process.ppid}-fedcba9876543210.tmp`, 'r.html']);
  });

  it('a folder at the target, a missing folder, a file in the path: clear errors and no file left', () => {
    const dir = folder();
    mkdirSync(join(dir, 'taken'));
    expect(() => writeFileAtomic(join(dir, 'taken'), 'x')).toThrow(`cannot write ${join(dir, 'taken')}: it is a folder (EISDIR)`);
    expect(() => writeFileAtomic(join(dir, 'missing', 'r.html'), 'x')).toThrow(/no such folder \(ENOENT\)/);
    writeFileSync(join(dir, 'plain'), '');
    expect(() => writeFileAtomic(join(dir, 'plain', 'r.html'), 'x')).toThrow(/not a folder \(ENOTDIR\)/);
    expect(readdirSync(dir).sort()).toEqual(['plain', 'taken']);
  });

  it.runIf(process.getuid?.() !== 0)('a read-only folder is a clear error', () => {
    const dir = folder();
    execFileSync('chmod', ['555', dir]);
    expect(() => writeFileAtomic(join(dir, 'r.html'), 'x')).toThrow(/permission denied/);
    execFileSync('chmod', ['755', dir]);
  });
});
