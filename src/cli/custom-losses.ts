import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LossError } from '../core/errors.js';
import {
  defineCustomLoss, defineInlineLoss, INLINE_PREFIX, isCustomLoss, type CustomLossDefinition, type CustomLossEntry,
} from '../custom/index.js';
import type { LossEntry } from '../losses/index.js';
import { registerLoss } from '../registry.js';
import { UsageError, findLoss, parseOptionPair } from './args.js';

/**
 * Custom losses on the command line: `custom:FORMULA[:name=value...]` wherever a loss name
 * goes (compare's --losses, explain, compute), and `--loss-file FILE` (a .json list of
 * definitions, or a .mjs/.js module exporting them) for named ones. Both register the losses
 * for this process, so everything downstream (training, reports, JSON) finds them by name.
 */

export function isInlineCustom(text: string): boolean {
  return text.trim().startsWith(INLINE_PREFIX);
}

/**
 * Splits a --losses list at the commas outside parentheses and brackets:
 * 'mse,custom:where(a < b, 1, 2)' -> ['mse', 'custom:where(a < b, 1, 2)'].
 */
export function splitLossList(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      items.push(text.slice(start, i));
      start = i + 1;
    }
  }
  items.push(text.slice(start));
  return items.map((item) => item.trim()).filter(Boolean);
}

/**
 * Defines and registers `custom:FORMULA[:name=value...]`; the values give the options their
 * defaults. The registry name is `custom:FORMULA` (the options travel with each use).
 */
export function registerInlineCustom(spec: string): { entry: CustomLossEntry; options: Record<string, number> } {
  const [, formula = '', ...pairs] = spec.trim().split(':');
  if (!formula.trim()) throw new UsageError(`a custom loss needs a formula after '${INLINE_PREFIX}', e.g. 'custom:abs(input - target)^1.5'`);
  const options: Record<string, number> = {};
  for (const pair of pairs) {
    const [name, value] = parseOptionPair(pair);
    if (typeof value !== 'number') throw new UsageError(`custom loss option '${name}' must be a number, received ${JSON.stringify(value)} (write custom:FORMULA:${name}=1.5)`);
    options[name] = value;
  }
  try {
    const entry = defineInlineLoss(formula.trim(), options);
    registerLoss(entry, { replace: true });
    return { entry, options };
  } catch (error) {
    if (error instanceof LossError && /unknown name/.test(error.message)) {
      throw new LossError(error.kind, `${error.message}; options of a custom formula are given after it: custom:FORMULA:name=value`, error.loss, error.argument);
    }
    throw error;
  }
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

function lineOfName(text: string, name: unknown): number | null {
  if (typeof name !== 'string') return null;
  const at = text.indexOf(`${JSON.stringify(name)}`);
  return at < 0 ? null : lineAt(text, at);
}

function definitionsOf(value: unknown, file: string): unknown[] {
  const list = Array.isArray(value) ? value : value && typeof value === 'object' && Array.isArray((value as { losses?: unknown }).losses) ? (value as { losses: unknown[] }).losses : null;
  if (!list) throw new UsageError(`${file}: expected a list of loss definitions, or an object with a 'losses' list`);
  return list;
}

function readJsonFile(path: string): { text: string; definitions: unknown[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read --loss-file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return { text, definitions: definitionsOf(JSON.parse(text), path) };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const message = (error as Error).message;
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
    const where = Number.isFinite(position) ? `:${lineAt(text, position)}` : '';
    throw new UsageError(`${path}${where}: not valid JSON: ${message.split('\n')[0]}`);
  }
}

async function readModule(path: string): Promise<unknown[]> {
  let module: Record<string, unknown>;
  try {
    module = await import(pathToFileURL(resolve(path)).href) as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(`cannot load --loss-file ${path}: ${(error as Error).message.split('\n')[0]}`);
  }
  const exported = module.losses ?? module.default;
  if (exported === undefined) throw new UsageError(`${path}: export the definitions as 'losses' or as the default export`);
  return Array.isArray(exported) ? (exported as unknown[]) : [exported];
}

/** Defines and registers every loss of a --loss-file; errors name the file (and line, for JSON). */
export async function loadLossFile(path: string): Promise<CustomLossEntry[]> {
  const kind = extname(path).toLowerCase();
  if (!['.json', '.mjs', '.js'].includes(kind)) throw new UsageError(`--loss-file ${path}: expected a .json file or a .mjs/.js module`);
  const { text, definitions } = kind === '.json' ? readJsonFile(path) : { text: '', definitions: await readModule(path) };
  return definitions.map((definition, index) => {
    const name = (definition as { name?: unknown } | null)?.name;
    const line = kind === '.json' ? lineOfName(text, name) : null;
    const where = `${path}${line ? `:${line}` : ''}: loss ${index + 1}${typeof name === 'string' ? ` ('${name}')` : ''}`;
    try {
      if (kind === '.json' && definition && typeof definition === 'object' && 'fn' in definition) {
        throw new UsageError("a JSON loss file holds formulas; a JavaScript 'fn' belongs in a .mjs module");
      }
      const entry = isCustomLoss(definition as LossEntry) ? definition as CustomLossEntry : defineCustomLoss(definition as CustomLossDefinition);
      registerLoss(entry, { replace: true });
      return entry;
    } catch (error) {
      if (error instanceof LossError) throw new LossError(error.kind, `${where}: ${error.message}`, error.loss, error.argument);
      if (error instanceof UsageError) throw new UsageError(`${where}: ${error.message}`);
      throw error;
    }
  });
}

/** findLoss, also defining and registering `custom:FORMULA[:name=value...]`. */
export function findLossOrFormula(name: string): LossEntry {
  return isInlineCustom(name) ? registerInlineCustom(name).entry : findLoss(name);
}

/** The --loss-file values of an argument list (`--loss-file F` or `--loss-file=F`). */
export function lossFileArgs(args: readonly string[]): string[] {
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (arg === '--loss-file' && i + 1 < args.length) files.push(args[++i]!);
    else if (arg.startsWith('--loss-file=')) files.push(arg.slice('--loss-file='.length));
  }
  return files;
}

/** Registers the custom losses an argument list names (--loss-file files, then custom: positionals). */
export async function registerCustomArgs(args: readonly string[]): Promise<CustomLossEntry[]> {
  const entries: CustomLossEntry[] = [];
  for (const file of lossFileArgs(args)) for (const entry of await loadLossFile(file)) entries.push(entry);
  for (const arg of args) if (isInlineCustom(arg)) entries.push(registerInlineCustom(arg).entry);
  return entries;
}

/** What the JSON outputs say about a custom loss. */
export function customJson(entry: LossEntry) {
  if (!isCustomLoss(entry)) return null;
  const { source, text, parsed, simplified, gradients, mode, layouts, backend, warnings, checks } = entry.custom;
  return { source, formula: text, ...(parsed ? { parsed } : {}), ...(simplified ? { simplified } : {}), gradients, mode, layouts, backend, warnings, checks };
}
