/**
 * Flag values shared by the commands that train (compare, search): numbers, fractions,
 * choices, each mistake a UsageError naming the command and the flag.
 */
import { UsageError } from './args.js';

/** '10%' or '0.1' -> 0.1, within [0, 1]. */
export function parseFraction(flag: string, text: string, command = 'compare'): number {
  const percent = text.trim().endsWith('%');
  const value = Number(percent ? text.trim().slice(0, -1) : text) / (percent ? 100 : 1);
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new UsageError(`${command}: ${flag} must be a fraction in [0, 1] or a percentage, received '${text}'`);
  return value;
}

export function parseNumber(flag: string, text: string | undefined, integer = false, command = 'compare'): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    throw new UsageError(`${command}: ${flag} must be ${integer ? 'an integer' : 'a number'}, received '${text}'`);
  }
  return value;
}

export function oneOf<T extends string>(flag: string, text: string | undefined, choices: readonly T[], command = 'compare'): T | undefined {
  if (text === undefined) return undefined;
  if (!(choices as readonly string[]).includes(text)) throw new UsageError(`${command}: ${flag} must be one of ${choices.join(', ')}, received '${text}'`);
  return text as T;
}

/** The object without its undefined fields (optional options must be absent, not undefined). */
export function withoutUndefined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
