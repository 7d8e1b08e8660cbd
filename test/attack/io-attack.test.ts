/**
 * The standing attack on every reader and writer (issue 11): every reader of logs, tables and
 * journals, every report writer and every CLI command that takes a file, crossed with the
 * hostile fixtures of io/fixtures.ts and io/destinations.ts (special files, link loops, damaged
 * and odd text, odd names, planted links, read-only folders...). Each case must read, or refuse
 * with a typed error naming the file; writers must write a regular file or refuse, follow no
 * planted link and leave no stray file. Cases run in child processes (a hang or an exhausted
 * heap is a verdict, not a stuck test). The heavy fixtures (10^6 points, a 70 MB line) run in
 * `npx tsx test/attack/io/report.ts`, which also prints the counts per area.
 *
 * A new reader is attacked by being exported: the first test fails until it is in READERS (or
 * in NOT_USER_READERS with the reason). A new file writer in src/ fails the second until it
 * is listed in WRITING_FILES.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFixtures } from './io/cases.js';
import { runIsolated, tally } from './io/runner.js';
import { loadLibrary, NOT_USER_READERS, READERS, type Library } from './io/targets.js';

const repository = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Source files that write files, and how their writes are attacked. A file that starts writing
 * (writeFileSync, appendFileSync, createWriteStream, renameSync, open for writing) must be here.
 */
const WRITING_FILES: Readonly<Record<string, string>> = {
  'src/cli/write-file.ts': 'writeFileAtomic: every report and page (WRITERS, DESTINATIONS)',
  'src/search/journal-file.ts': 'the search journal: JournalFile.open and search --journal (READERS, COMMANDS); its lock is created with O_EXCL',
};

const WRITE_CALLS = /\b(writeFileSync|appendFileSync|createWriteStream|renameSync|writeFile|appendFile|rename)\(|\bopenSync\([^)]*(['"](w|a)|O_WRONLY|O_CREAT)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.generated.ts') ? [path] : [];
  });
}

describe('the I/O attack covers every reader and writer', () => {
  it('every read*/parse*/load* function of losskit/io, /data and /search is attacked or excused', async () => {
    const library: Library = await loadLibrary(repository);
    const attacked = new Set(READERS.map((reader) => `${reader.export[0]}.${reader.export[1]}`));
    const modules = { io: library.io, data: library.data, search: library.search } as const;
    const missing: string[] = [];
    for (const [module, exports] of Object.entries(modules)) {
      for (const [name, value] of Object.entries(exports)) {
        if (typeof value !== 'function' || !/^(read|parse|load)[A-Z]/.test(name)) continue;
        const key = `${module}.${name}`;
        if (!attacked.has(key) && !(key in NOT_USER_READERS)) missing.push(key);
      }
    }
    expect(missing, 'add these to READERS in test/attack/io/targets.ts (or to NOT_USER_READERS, with the reason)').toEqual([]);
  });

  it('every source file that writes files is listed with how it is attacked', () => {
    const writing = sourceFiles(join(repository, 'src'))
      .filter((path) => WRITE_CALLS.test(readFileSync(path, 'utf8')))
      .map((path) => relative(repository, path).split('\\').join('/'));
    expect(writing.filter((path) => !(path in WRITING_FILES)), 'add these to WRITING_FILES (and their writes to the attack)').toEqual([]);
  });
});

describe('the I/O attack', () => {
  const fixtureRoot = mkdtempSync(join(tmpdir(), 'losskit-attack-io-'));
  afterAll(() => rmSync(fixtureRoot, { recursive: true, force: true }));

  it('every reader, writer and file-taking command holds against every hostile fixture', async () => {
    makeFixtures(fixtureRoot, false);
    const summary = await runIsolated({ libraryRoot: repository, fixtureRoot, timeoutMs: 60_000, full: false });
    const counts = tally(summary.results);
    expect(counts.get('readers')?.tried).toBeGreaterThan(300);
    expect(counts.get('writers')?.tried).toBeGreaterThan(30);
    expect(counts.get('cli')?.tried).toBeGreaterThan(80);
    const bad = summary.results.filter((r) => r.verdict !== 'handled').map((r) => `${r.verdict}: ${r.area} ${r.target}: ${r.label} — ${r.detail}`);
    expect(bad).toEqual([]);
  }, 900_000);
});
