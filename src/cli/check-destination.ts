import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from './args.js';

/**
 * Checks, before any long work starts, that `path` (given with `flag`) can be written: its
 * folder exists and is writable, and the path is not a folder itself. A report that cannot be
 * written is then a one-line error in a millisecond, not after minutes of training.
 */
export function checkDestination(command: string, flag: string, path: string): void {
  const folder = dirname(resolve(path));
  const fail = (why: string) => { throw new UsageError(`${command}: ${flag} ${path}: ${why}`); };
  const existing = statOrUndefined(path);
  if (existing?.isDirectory()) fail('is a folder; give a file name such as report.html');
  const parent = statOrUndefined(folder);
  if (!parent) fail(`the folder ${folder} does not exist`);
  else if (!parent.isDirectory()) fail(`${folder} is not a folder`);
  try {
    accessSync(existing ? path : folder, constants.W_OK);
  } catch (error) {
    fail(`cannot write there (${(error as NodeJS.ErrnoException).code ?? 'not writable'})`);
  }
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
