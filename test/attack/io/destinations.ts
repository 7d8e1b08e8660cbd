/**
 * Hostile destinations for the report writers (issue 11, item 3): links planted at the target
 * or at the old predictable temporary names, special files, folders, missing or read-only
 * folders, temporary files left by a killed writer, odd names.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ODD_NAME } from './fixtures.js';

export interface Setup {
  /** The folder whose listing is checked before and after. */
  readonly folder: string;
  readonly path: string;
  /** Files whose content must not change. */
  readonly victims: readonly string[];
  /** Undoes what would stop the clean-up (permissions). */
  restore?(): void;
  /** False when a special file the writer must leave alone was changed. */
  intact?(): boolean;
}

export interface Destination {
  readonly name: string;
  readonly expect: 'write' | 'refuse';
  readonly unavailable?: string;
  prepare(folder: string): Setup;
  /** The names the folder must hold afterwards, given those before and the target's name. */
  after(before: readonly string[], target: string): string[];
}

const posix = process.platform !== 'win32';
const root = process.getuid?.() === 0;
const REPORT = 'report.html';
const plus = (before: readonly string[], name: string) => [...new Set([...before, name])].sort();
const same = (before: readonly string[]) => [...before];

function victim(folder: string): string {
  const path = join(folder, 'victim.txt');
  writeFileSync(path, 'precious');
  return path;
}

/** The id of a process that has exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

const stillA = (path: string, kind: 'fifo' | 'socket' | 'device') => () => {
  const info = lstatSync(path);
  return kind === 'fifo' ? info.isFIFO() : kind === 'socket' ? info.isSocket() : info.isCharacterDevice();
};

export const DESTINATIONS: readonly Destination[] = [
  { name: 'a new file', expect: 'write', prepare: (folder) => ({ folder, path: join(folder, REPORT), victims: [] }), after: plus },
  {
    name: 'an existing file', expect: 'write',
    prepare: (folder) => {
      writeFileSync(join(folder, REPORT), 'old report');
      return { folder, path: join(folder, REPORT), victims: [] };
    },
    after: same,
  },
  {
    name: 'a symbolic link to another file', expect: 'write',
    prepare: (folder) => {
      const target = victim(folder);
      symlinkSync(target, join(folder, REPORT));
      return { folder, path: join(folder, REPORT), victims: [target] };
    },
    after: same,
  },
  {
    name: 'a dangling symbolic link', expect: 'write',
    prepare: (folder) => {
      symlinkSync(join(folder, 'nowhere.txt'), join(folder, REPORT));
      return { folder, path: join(folder, REPORT), victims: [] };
    },
    after: same,
  },
  {
    name: 'a symbolic link to /dev/null', expect: 'write', ...(posix ? {} : { unavailable: 'no /dev/null' }),
    prepare: (folder) => {
      symlinkSync('/dev/null', join(folder, REPORT));
      return { folder, path: join(folder, REPORT), victims: [], intact: stillA('/dev/null', 'device') };
    },
    after: same,
  },
  {
    name: 'links planted at the old temporary names', expect: 'write',
    prepare: (folder) => {
      const target = victim(folder);
      for (const name of [`.${REPORT}.${process.pid}.tmp`, `.${REPORT}.tmp`]) symlinkSync(target, join(folder, name));
      return { folder, path: join(folder, REPORT), victims: [target] };
    },
    after: plus,
  },
  {
    name: 'temporary files of a killed writer', expect: 'write',
    prepare: (folder) => {
      writeFileSync(join(folder, `.${REPORT}.losskit-${deadPid()}-0123456789abcdef.tmp`), 'half a rep');
      return { folder, path: join(folder, REPORT), victims: [] };
    },
    // The stale temporary files go; the target comes.
    after: (before, target) => plus(before.filter((name) => !name.endsWith('.tmp')), target),
  },
  {
    name: 'a FIFO at the target', expect: 'refuse', ...(posix ? {} : { unavailable: 'no FIFOs' }),
    prepare: (folder) => {
      spawnSync('mkfifo', [join(folder, REPORT)]);
      return { folder, path: join(folder, REPORT), victims: [], intact: stillA(join(folder, REPORT), 'fifo') };
    },
    after: same,
  },
  {
    name: 'a socket at the target', expect: 'refuse', ...(posix ? {} : { unavailable: 'no Unix sockets' }),
    prepare: (folder) => {
      spawnSync(process.execPath, ['-e', "require('node:net').createServer().listen(process.argv[1], () => process.exit(0))", join(folder, REPORT)]);
      return { folder, path: join(folder, REPORT), victims: [], intact: stillA(join(folder, REPORT), 'socket') };
    },
    after: same,
  },
  {
    name: 'a folder at the target', expect: 'refuse',
    prepare: (folder) => {
      mkdirSync(join(folder, REPORT));
      return { folder, path: join(folder, REPORT), victims: [] };
    },
    after: same,
  },
  { name: 'a missing folder', expect: 'refuse', prepare: (folder) => ({ folder, path: join(folder, 'missing', REPORT), victims: [] }), after: same },
  {
    name: 'a file where a folder should be', expect: 'refuse',
    prepare: (folder) => {
      writeFileSync(join(folder, 'plain'), '');
      return { folder, path: join(folder, 'plain', REPORT), victims: [] };
    },
    after: same,
  },
  {
    name: 'a read-only folder', expect: 'refuse', ...(root ? { unavailable: 'running as root, which writes anywhere' } : {}),
    prepare: (folder) => {
      chmodSync(folder, 0o555);
      return { folder, path: join(folder, REPORT), victims: [], restore: () => chmodSync(folder, 0o755) };
    },
    after: same,
  },
  { name: 'an odd name', expect: 'write', prepare: (folder) => ({ folder, path: join(folder, `${ODD_NAME}.html`), victims: [] }), after: plus },
];
