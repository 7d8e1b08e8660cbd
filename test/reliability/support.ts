import vm from 'node:vm';
import { LossError } from '../../src/index.js';

/**
 * Helpers of the issue-11 repro tests: what a call threw (or that it returned), and a watchdog
 * that turns a hang into a failure instead of a stuck test run (vm's timeout interrupts
 * synchronous code, loops in this realm's functions included).
 */

export interface Thrown {
  readonly error: unknown;
  readonly returned?: unknown;
}

export function outcome(run: () => unknown): Thrown {
  try {
    return { error: null, returned: run() };
  } catch (error) {
    return { error };
  }
}

/** The LossError `run` threw: fails (with what happened instead) when it returned or threw something else. */
export function lossError(run: () => unknown): LossError {
  const { error, returned } = outcome(run);
  if (error instanceof LossError) return error;
  if (error) throw new Error(`expected a LossError, got ${(error as Error).name}: ${(error as Error).message}`);
  throw new Error(`expected a LossError, the call returned ${String(returned)}`);
}

const context = vm.createContext({ run: null as null | (() => void) });
const script = new vm.Script('run()');

/** Runs `fn`, failing when it takes longer than `ms` (a hang is interrupted, not waited out). */
export function withinMs<T>(ms: number, fn: () => T): T {
  let result: T | undefined;
  context.run = () => { result = fn(); };
  try {
    script.runInContext(context, { timeout: ms });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new Error(`no answer within ${ms} ms (a hang)`);
    throw error;
  }
  return result as T;
}

/** Close within `rtol` relative (float64 results of a few roundings). */
export function close(actual: number, expected: number, rtol = 1e-12): boolean {
  return Math.abs(actual - expected) <= rtol * Math.abs(expected);
}
