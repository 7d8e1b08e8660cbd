import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { LossEntry } from '../losses/index.js';
import { closeLossNames, getLoss, hasLoss } from '../registry.js';
import type { CommandIO } from './progress.js';

/**
 * Argument parsing on top of `node:util` parseArgs, with every mistake turned into a
 * `UsageError`: the CLI prints its one-line message and exits 2 (no stack trace).
 */

/** A mistake in what the user typed; exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const COMMANDS = ['list', 'explain', 'compute', 'compare', 'search', 'worker', 'diagnose', 'demo', 'explore', 'tour', 'help'] as const;
export const COMMAND_LIST = 'commands: list, explain, compute, compare, search, worker, diagnose, demo, explore, tour, help';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  readonly values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  readonly positionals: string[];
}

/**
 * parseArgs in strict mode; its errors become one-line UsageErrors naming `command`. A flag
 * given twice is an error unless it is a list flag (`multiple`, such as --threshold): parseArgs
 * would silently keep the last value, and `--loss mse ... --loss mae` is a typo, not a choice.
 */
export function parse(command: string, args: readonly string[], options: Options): Parsed {
  let parsed: { values: unknown; positionals: string[]; tokens: readonly FlagToken[] };
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true, tokens: true });
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw error;
    const message = (error as Error).message;
    const flag = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new UsageError(`${command}: unknown flag '${flag}' (see 'losskit ${command} --help'; ${COMMAND_LIST})`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (/argument missing/.test(message)) throw new UsageError(`${command}: ${flag} needs a value`);
      if (/does not take/.test(message)) throw new UsageError(`${command}: ${flag} takes no value`);
      // A value starting with '-' is read as a flag by parseArgs; '--flag=-1' is unambiguous.
      throw new UsageError(`${command}: ${flag} needs a value (write ${flag.split(' ')[0]}=VALUE for a value starting with '-')`);
    }
    throw new UsageError(`${command}: ${message.split('\n')[0]}`);
  }
  refuseRepeatedFlags(command, parsed.tokens, options);
  return { values: parsed.values as Parsed['values'], positionals: parsed.positionals };
}

/** The fields of parseArgs' option tokens read here. */
interface FlagToken {
  readonly kind: string;
  readonly name?: string;
  readonly rawName?: string;
  readonly value?: string | undefined;
}

function refuseRepeatedFlags(command: string, tokens: readonly FlagToken[], options: Options): void {
  const seen = new Map<string, FlagToken>();
  const shown = (t: FlagToken) => (t.value === undefined ? `${t.rawName}` : `${t.rawName} ${abbreviate(t.value)}`);
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined || options[token.name]?.multiple === true) continue;
    const earlier = seen.get(token.name);
    if (earlier === undefined) seen.set(token.name, token);
    else throw new UsageError(`${command}: --${token.name} is given twice (${shown(earlier)}, then ${shown(token)}); give it once`);
  }
}

/**
 * JSON for tensor flags, also accepting the bare tokens NaN, Infinity and -Infinity (which
 * JSON lacks but log-probabilities need). The error names the flag.
 */
export function parseTensorJson(flag: string, text: string): unknown {
  const marked = text.replace(/(^|[[,:\s])(-?Infinity|NaN)(?=$|[\],}\s])/g, '$1"\\u0000$2"');
  try {
    return JSON.parse(marked, (_key, value: unknown) => {
      if (value === '\u0000NaN') return NaN;
      if (value === '\u0000Infinity') return Infinity;
      if (value === '\u0000-Infinity') return -Infinity;
      return value;
    });
  } catch (error) {
    throw new UsageError(`${flag} is not valid JSON: ${(error as Error).message.split('\n')[0]} (received ${abbreviate(text)})`);
  }
}

/** `--option k=v`: v is JSON when it parses (numbers, booleans, arrays), else a plain string. */
export function parseOptionPair(text: string): [string, unknown] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new UsageError(`--option expects NAME=VALUE, received ${abbreviate(text)}`);
  const key = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1).trim();
  try {
    return [key, parseTensorJson('--option', raw)];
  } catch {
    return [key, raw];
  }
}

function abbreviate(text: string): string {
  return `'${text.length > 40 ? `${text.slice(0, 40)}...` : text}'`;
}

/** camelCase to kebab-case: logProbs -> log-probs. */
export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Edit distance, for "did you mean" suggestions. */
export { editDistance as distance } from '../core/suggest.js';

/** The registered loss `name` (or alias), or a UsageError suggesting close names and `losskit list`. */
export function findLoss(name: string): LossEntry {
  if (hasLoss(name)) return getLoss(name);
  const close = closeLossNames(name).map((candidate) => `'${candidate}'`);
  const hint = close.length ? ` (did you mean ${close.join(' or ')}?)` : '';
  throw new UsageError(`unknown loss '${name}'${hint}; run 'losskit list' to see every loss`);
}

/** One subcommand: its help text and a function from its arguments to its stdout text. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  /** Help for these arguments when it depends on them (default: `usage`). */
  help?(args: readonly string[]): string;
  /** `io` receives progress of long commands (stderr in the executable). Commands that read files may be async. */
  run(args: readonly string[], io?: CommandIO): string | Promise<string>;
}
