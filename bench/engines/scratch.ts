import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One temporary folder per run for the gradients other processes hand back for the
 * accuracy check (raw floats: tens of MB are quicker through a file than through JSON).
 */
let folder: string | null = null;

export function scratchFile(name: string): string {
  folder ??= mkdtempSync(join(tmpdir(), 'losskit-bench-'));
  return join(folder, name);
}

export function removeScratch(): void {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = null;
}
