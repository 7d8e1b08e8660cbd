/**
 * The I/O attack's cases: every reader and CLI command crossed with every fixture, every
 * writer crossed with every hostile destination; each case judges its own outcome.
 *
 * Held ('handled'): a reader returns for a readable fixture, or raises a typed error (an
 * InputError: LossError, LogFileError, DataFileError, ...; the CLI: exit 2 with one line)
 * that names the file; a writer writes a regular file with the text, or refuses with a typed
 * error, and in both cases follows no planted link, leaves no stray file and leaves special
 * files alone. Everything else is a defect, by kind:
 *   untyped-error    a TypeError, RangeError or plain Error (the CLI: exit 1, internal error)
 *   unnamed-error    a typed error that does not name the file
 *   wrong-refusal    a readable fixture refused, or a writable destination refused
 *   accepted         a special file read as if it were a log, or written over
 *   wrote-elsewhere  a write went through a planted link (a victim file changed)
 *   left-files       a temporary or partial file left behind, or a stale one not cleaned
 *   hang, crash      no answer in time; the process died (out of memory) — set by the runner
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { FIXTURES, ODD_NAME, type Expectation, type Fixture } from './fixtures.js';
import { bytesOf, COMMANDS, READERS, WRITERS, type Area, type Library } from './targets.js';
import { DESTINATIONS, type Destination } from './destinations.js';

/** 'absent': the target does not exist in the attacked version (not counted as tried). */
export type Verdict = 'absent' | 'handled' | 'untyped-error' | 'unnamed-error' | 'wrong-refusal' | 'accepted' | 'wrote-elsewhere' | 'left-files' | 'hang' | 'crash';

export interface Result {
  readonly area: Area;
  readonly target: string;
  readonly label: string;
  readonly verdict: Verdict;
  readonly detail: string;
}

export interface IoCase {
  readonly area: Area;
  readonly target: string;
  readonly label: string;
  /** Why it cannot be tried here, if so (counted apart, not as tried). */
  readonly unavailable?: string;
  run(library: Library, root: string): Promise<Result>;
}

/** Error classes that are input errors (the library's own, across versions). */
const TYPED = new Set(['LossError', 'LogFileError', 'DataFileError', 'InputError', 'TrainingSetupError', 'UsageError', 'JournalError']);

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const nameOf = (error: unknown) => (error instanceof Error ? error.name : typeof error);

/**
 * Where a fixture lives for an extension: `root/fixtures/<index><ext>/<name><ext>`; a target
 * that may write to what it reads (`owner`) gets copies of its own, so a defect there cannot
 * change the fixtures of the cases after it.
 */
export function fixturePath(root: string, fixture: Fixture, extension: string, owner = ''): string {
  const folder = join(root, 'fixtures', `${FIXTURES.indexOf(fixture)}${extension}${owner ? `-${owner}` : ''}`);
  return join(folder, `${fixture.name === 'odd name' ? ODD_NAME : 'log'}${extension === '.tfevents' ? '.out.tfevents.1.host' : extension}`);
}

/** Makes every fixture the cases need (in the parent, before any case runs). */
export function makeFixtures(root: string, full: boolean): void {
  const places = new Set([...READERS, ...COMMANDS].map((target) => `${target.extension}|${ownerOf(target)}`));
  for (const fixture of fixturesFor(full)) {
    if (fixture.unavailable) continue;
    for (const place of places) {
      const [extension, owner] = place.split('|');
      const path = fixturePath(root, fixture, extension, owner);
      mkdirSync(join(path, '..'), { recursive: true });
      fixture.make(path);
    }
  }
}

/** The fixtures of a run: all of them, or (every `npm test`) all but the heavy ones. */
export function fixturesFor(full: boolean): readonly Fixture[] {
  return full ? FIXTURES : FIXTURES.filter((fixture) => !fixture.heavy);
}

/** The fixture copies of a target that may write to what it reads ('' for the shared ones). */
function ownerOf(target: { readonly name: string; readonly mutates?: true }): string {
  return target.mutates ? target.name.replace(/[^a-z]+/gi, '-') : '';
}

/** Error classes whose message must name the file (the errors about a file). */
const FILE_ERRORS = new Set(['LogFileError', 'DataFileError', 'JournalError']);
const flat = (text: string) => text.replace(/\s+/g, ' ');

function judgeError(error: unknown, path: string, expect: Expectation, area: Area, target: string, label: string): Result {
  const result = (verdict: Verdict, detail: string): Result => ({ area, target, label, verdict, detail });
  const cliExit = (error as { exitCode?: number }).exitCode;
  if (cliExit !== undefined && cliExit !== 2) return result('untyped-error', `exit ${cliExit}: ${message(error).trim().slice(0, 200)}`);
  if (cliExit === undefined && !TYPED.has(nameOf(error))) return result('untyped-error', `${nameOf(error)}: ${message(error).slice(0, 200)}`);
  if (cliExit === 2 && message(error).trim().split('\n').length !== 1) return result('untyped-error', `exit 2 with several lines: ${message(error).slice(0, 200)}`);
  // A special file must be named; so must any file error. The CLI writes one line: compare without line breaks.
  const mustName = expect === 'refuse' || FILE_ERRORS.has(nameOf(error));
  const named = flat(message(error)).includes(flat(path)) || flat(message(error)).includes(flat(basename(path)));
  if (mustName && !named) return result('unnamed-error', `${nameOf(error)}: ${message(error).slice(0, 200)}`);
  if (expect === 'read') return result('wrong-refusal', `${nameOf(error)}: ${message(error).slice(0, 200)}`);
  return result('handled', nameOf(error));
}

function readerCases(full: boolean): IoCase[] {
  const cases: IoCase[] = [];
  for (const reader of READERS) {
    for (const fixture of fixturesFor(full)) {
      if (fixture.special && reader.takes !== 'path') continue;
      const expect: Expectation = reader.foreign && fixture.expect === 'read' ? 'either' : fixture.expect;
      cases.push({
        area: 'readers', target: reader.name, label: fixture.name,
        ...(fixture.unavailable === undefined ? {} : { unavailable: fixture.unavailable }),
        async run(library, root) {
          const fn = library[reader.export[0]][reader.export[1]] as ((...args: unknown[]) => unknown) | undefined;
          const path = fixturePath(root, fixture, reader.extension, ownerOf(reader));
          const judge = (verdict: Verdict, detail: string): Result => ({ area: 'readers', target: reader.name, label: fixture.name, verdict, detail });
          if (fn === undefined) return judge('absent', 'not in this version');
          try {
            const input = reader.takes === 'path' ? path : reader.takes === 'text' ? new TextDecoder().decode(bytesOf(path)) : bytesOf(path);
            await reader.run(fn, input, path);
          } catch (error) {
            return judgeError(error, path, expect, 'readers', reader.name, fixture.name);
          }
          return expect === 'refuse' ? judge('accepted', 'read a file that is not a regular file') : judge('handled', 'read');
        },
      });
    }
  }
  return cases;
}

function commandCases(full: boolean): IoCase[] {
  return COMMANDS.flatMap((command) => fixturesFor(full).map((fixture): IoCase => ({
    area: 'cli', target: command.name, label: fixture.name,
    ...(fixture.unavailable === undefined ? {} : { unavailable: fixture.unavailable }),
    async run(library, root) {
      const path = fixturePath(root, fixture, command.extension, ownerOf(command));
      const expect: Expectation = command.foreign && fixture.expect === 'read' ? 'either' : fixture.expect;
      const runCli = library.cli.runCli as (argv: string[]) => Promise<{ stdout: string; stderr: string; code: number }>;
      const { code, stderr } = await runCli(command.argv(path));
      if (/unknown command '/.test(stderr)) return { area: 'cli', target: command.name, label: fixture.name, verdict: 'absent', detail: 'not in this version' };
      if (code === 0) {
        const verdict: Verdict = expect === 'refuse' ? 'accepted' : 'handled';
        return { area: 'cli', target: command.name, label: fixture.name, verdict, detail: 'exit 0' };
      }
      return judgeError(Object.assign(new Error(stderr), { exitCode: code }), path, expect, 'cli', command.name, fixture.name);
    },
  })));
}

/** Names in a folder (links not followed). */
const listing = (folder: string) => {
  try {
    return readdirSync(folder).sort();
  } catch {
    return [];
  }
};

function writerCases(): IoCase[] {
  return WRITERS.flatMap((writer) => DESTINATIONS.map((destination: Destination): IoCase => ({
    area: 'writers', target: writer.name, label: destination.name,
    ...(destination.unavailable === undefined ? {} : { unavailable: destination.unavailable }),
    async run(library, root) {
      const judge = (verdict: Verdict, detail: string): Result => ({ area: 'writers', target: writer.name, label: destination.name, verdict, detail });
      const fn = library[writer.export[0]][writer.export[1]] as ((...args: unknown[]) => unknown) | undefined;
      if (fn === undefined) return judge('absent', 'not in this version');
      const folder = join(root, 'writes', `${WRITERS.indexOf(writer)}-${DESTINATIONS.indexOf(destination)}`);
      mkdirSync(folder, { recursive: true });
      const log = join(root, 'writes', 'valid.csv');
      writeFileSync(log, 'epoch,loss,val_loss\n0,1,1.2\n1,0.8,1.1\n2,0.7,1\n');
      const setup = destination.prepare(folder);
      const victims = setup.victims.map((path) => [path, readFileSync(path, 'utf8')] as const);
      const before = listing(setup.folder);
      let failure: unknown;
      try {
        await writer.write(fn, setup.path, log);
      } catch (error) {
        if (/unknown command '/.test(message(error))) return judge('absent', 'not in this version');
        failure = error;
      } finally {
        setup.restore?.();
      }
      for (const [path, text] of victims) if (readFileSync(path, 'utf8') !== text) return judge('wrote-elsewhere', `${path} changed`);
      const after = listing(setup.folder);
      const expected = destination.after(before, basename(setup.path));
      const stray = after.filter((name) => !expected.includes(name));
      const missing = expected.filter((name) => !after.includes(name));
      if (failure !== undefined) {
        if (stray.length) return judge('left-files', `refused, and left ${stray.join(', ')}`);
        if (destination.expect === 'write') return judge('wrong-refusal', `${nameOf(failure)}: ${message(failure).slice(0, 200)}`);
        const verdict = judgeError(failure, setup.path, 'refuse', 'writers', writer.name, destination.name);
        return setup.intact?.() === false ? judge('accepted', 'refused, but changed the special file at the target') : verdict;
      }
      if (destination.expect === 'refuse') return judge('accepted', 'wrote over a target it should have refused');
      if (setup.intact?.() === false) return judge('accepted', 'changed the special file the target linked to');
      if (stray.length || missing.length) return judge('left-files', `stray: ${stray.join(', ') || 'none'}; missing: ${missing.join(', ') || 'none'}`);
      const written = lstatSync(setup.path);
      if (!written.isFile() || written.size === 0) return judge('wrote-elsewhere', 'the target is not a non-empty regular file');
      return judge('handled', 'written');
    },
  })));
}

/** Every case, in a fixed order (the runner's children find a case by its index). */
export function allCases(full: boolean): IoCase[] {
  return [...readerCases(full), ...writerCases(), ...commandCases(full)];
}
