import { expect } from 'vitest';
import { runCli } from '../../src/cli/run.js';

/** The CLI in-process: a success (exit 0, nothing on stderr); returns stdout. */
export async function ok(...argv: string[]): Promise<string> {
  const result = await runCli(argv);
  expect(result.stderr, `losskit ${argv.join(' ')}`).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

/** A user error: exit 2, nothing on stdout, exactly one line on stderr, no stack trace; returns stderr. */
export async function fails(...argv: string[]): Promise<string> {
  const result = await runCli(argv);
  expect(result.code, `losskit ${argv.join(' ')}: ${result.stderr}`).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^losskit: [^\n]+\n$/);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return result.stderr;
}
