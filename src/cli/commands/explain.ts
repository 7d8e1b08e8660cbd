import type { EvaluateResult } from '../../core/define-loss.js';
import type { LossEntry } from '../../losses/index.js';
import { describeRange, type OptionSpec } from '../../core/options.js';
import { UsageError, parse, type Command } from '../args.js';
import { formatNested, formatValue, joinNames, keyValues, shellQuote, table, toJson, toNested, wrap } from '../format.js';
import { ANCHOR_LIBRARIES, anchorLists } from './list.js';
import { InternalError } from '../../core/errors.js';
import { isCustomLoss } from '../../custom/index.js';
import { customJson, findLossOrFormula, loadLossFile } from '../custom-losses.js';

const USAGE = `Usage: losskit explain <loss> [--json] [--loss-file FILE]

Explains one loss: formula, behaviour (outlier sensitivity, differentiability, when to
choose it), inputs, options with defaults and ranges, reductions, the call it matches,
aliases, and a worked example computed live (value and gradients). For a custom loss:
the formula as written, as simplified (stability rewrites applied), its symbolic
gradient, and the checks it passed.

Arguments:
  <loss>        a loss name or alias (e.g. mse, l2, huber); see 'losskit list';
                or a formula: 'custom:abs(input - target)^1.5' (options after it:
                'custom:where(abs(input - target) < d, 1, 2):d=0.5')

Options:
  --loss-file FILE  custom losses (.json definitions or a .mjs module) to explain by name
  --json            the same as JSON
  -h, --help        show this help`;

/** Runs the entry's own example live, with gradients. */
export function runExample(entry: LossEntry): EvaluateResult {
  try {
    return entry.evaluate(entry.example.inputs, entry.example.options ?? {}, { grad: true });
  } catch (error) {
    // The example is the registry's own: its failure is a bug, not the user's.
    throw new InternalError(`${entry.name}: the worked example failed: ${(error as Error).message}`);
  }
}

/** Numbers as bare JSON (Infinity and NaN as the bare tokens the CLI accepts), no spaces. */
function compactJson(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (Array.isArray(value)) return `[${value.map(compactJson).join(',')}]`;
  if (ArrayBuffer.isView(value)) return compactJson(Array.from(value as unknown as ArrayLike<number>));
  return JSON.stringify(value);
}

/** The `losskit compute` call that reproduces the example. */
export function exampleCommand(entry: LossEntry): string {
  const words = ['losskit', 'compute', shellQuote(entry.name)];
  for (const [name, value] of Object.entries(entry.example.inputs)) words.push(`--${name}`, shellQuote(compactJson(value)));
  for (const [name, value] of Object.entries(entry.example.options ?? {})) {
    if (value === undefined) continue;
    if (name === 'reduction') words.push('--reduction', shellQuote(typeof value === 'string' ? value : compactJson(value)));
    else words.push('--option', shellQuote(`${name}=${typeof value === 'string' ? value : compactJson(value)}`));
  }
  words.push('--grad');
  return words.join(' ');
}

/** Tables inside an explanation wrap their description column to stay within this width. */
const TABLE_WIDTH = 98;

function describeDefault(spec: OptionSpec): string {
  return spec.default === undefined ? '-' : String(spec.default);
}

/** The valid values of an option in words. */
export function describeOptionRange(spec: OptionSpec): string {
  switch (spec.kind) {
    case 'number': return describeRange(spec);
    case 'boolean': return 'true or false';
    case 'choice': return `one of ${spec.choices.join(', ')}`;
    case 'tensor': return 'an array';
  }
}

function indent(text: string, by = '  '): string {
  return text.split('\n').map((line) => (line ? by + line : line)).join('\n');
}

function anchorLine(entry: LossEntry): string {
  const lists = anchorLists(entry.anchors);
  const parts = ANCHOR_LIBRARIES.filter(({ key }) => (lists[key] ?? []).length).map(({ key, label }) => `${label} ${joinNames(lists[key])}`);
  return parts.length ? parts.join('; ') : '-';
}

/** The worked example block: the command, the inputs, the value(s) and gradient(s). */
function exampleText(entry: LossEntry, result: EvaluateResult): string {
  const { example } = entry;
  const rows: [string, string][] = [];
  for (const [name, value] of Object.entries(example.inputs)) rows.push([name, formatNested(value)]);
  for (const [name, value] of Object.entries(example.options ?? {})) {
    if (value !== undefined) rows.push([name, typeof value === 'string' ? value : formatNested(value)]);
  }
  if (!('reduction' in (example.options ?? {}))) rows.push(['reduction', `${entry.defaultReduction} (default)`]);
  rows.push(['value', formatValue(result.value)]);
  for (const [name, grad] of Object.entries(result.grads)) rows.push([`grad ${name}`, formatValue(grad)]);
  const title = example.note ? wrap(`Example: ${example.note}`, 80, '').replace(/\n/g, '\n  ') : 'Example';
  return `${title}\n  $ ${exampleCommand(entry)}\n${keyValues(rows)}`;
}

/** Simplified formula, gradient, compiled form and checks of a custom loss (nothing for a built-in). */
function customSections(entry: LossEntry): string[] {
  if (!isCustomLoss(entry)) return [];
  const { custom } = entry;
  const block = (title: string, lines: readonly string[]) => `${title}\n${lines.map((line) => wrap(line, TABLE_WIDTH, '  ').replace(/\n {2}/g, '\n      ')).join('\n')}`;
  const sections: string[] = [];
  if (custom.simplified !== undefined && custom.simplified !== custom.parsed) {
    sections.push(block('Simplified (what the kernel computes, with the stability rewrites)', [custom.simplified]));
  }
  const gradients = Object.entries(custom.gradients).map(([name, g]) => `d/d${name} = ${g}`);
  if (gradients.length) sections.push(block(`Gradient (symbolic, simplified; per ${custom.mode === 'class' ? 'class of a row' : 'element'})`, gradients));
  const compiled = custom.backend === 'dual-numbers'
    ? 'a JavaScript function; exact gradients by forward-mode dual numbers'
    : `a fused single-pass kernel (value and gradient) ${custom.backend === 'source' ? 'generated as JavaScript from the parsed tree' : 'run as closures over the parsed tree'}`;
  const layouts = Object.entries(custom.layouts).map(([name, layout]) => `${name}: ${layout}`).join(', ');
  const { compared, kinks, extremes, points } = custom.checks;
  sections.push(block('Compiled', [compiled, `layouts: ${layouts}`]), block('Checks', [
    `gradient = central differences at ${compared} entries of ${points} sample points${kinks ? ` (${kinks} on kinks skipped)` : ''}`,
    `finite at ${extremes} extreme input${extremes === 1 ? '' : 's'}${custom.warnings.length ? ', except:' : ''}`,
    ...custom.warnings.map((w) => `warning: ${w}`),
  ]));
  return sections;
}

/** The full human explanation of one loss. */
export function explainText(entry: LossEntry): string {
  const result = runExample(entry);
  const facts = keyValues([
    ['family', entry.family],
    ['aliases', joinNames(entry.aliases)],
    ['matches', entry.matches],
    ['anchors', anchorLine(entry)],
  ], '  ', TABLE_WIDTH);
  const inputs = table(['name', 'kind', 'domain', 'gradient', 'description'], entry.inputs.map((spec) => [
    `${spec.name}${spec.optional ? '?' : ''}`, spec.kind, spec.domain, spec.differentiable ? 'yes' : 'no', spec.doc,
  ]), TABLE_WIDTH) + (entry.inputs.some((spec) => spec.optional) ? '\n(? = optional)' : '');
  const optionRows = Object.entries(entry.options).map(([name, spec]) => [name, spec.kind, describeDefault(spec), describeOptionRange(spec), spec.doc]);
  const options = optionRows.length ? table(['name', 'kind', 'default', 'range', 'description'], optionRows, TABLE_WIDTH) : 'none (besides reduction)';
  const reductions = entry.reductions.map((r) => (r === entry.defaultReduction ? `${r} (default)` : r)).join(', ');
  const sections = [
    `${entry.name} - ${entry.title}\n${wrap(entry.summary)}\n\n${facts}`,
    `Formula\n${indent(entry.formula)}`,
    ...customSections(entry),
    `Behaviour\n${wrap(entry.behaviour)}`,
    `Inputs\n${indent(inputs)}`,
    `Options\n${indent(options)}`,
    `Reductions\n  ${reductions}${entry.meanDenominator ? `\n${wrap(`'mean' divides by ${entry.meanDenominator}`)}` : ''}`,
    exampleText(entry, result),
  ];
  return `${sections.join('\n\n')}\n`;
}

function resultJson(result: EvaluateResult) {
  const value = typeof result.value === 'number' ? result.value : toNested(result.value.data, result.value.shape);
  const grads = Object.fromEntries(Object.entries(result.grads).map(([name, g]) => [name, toNested(g.data, g.shape)]));
  return { value, grads, dtype: result.dtype };
}

/** Everything `explainText` shows, as data. */
export function explainJson(entry: LossEntry) {
  const result = runExample(entry);
  return {
    name: entry.name,
    aliases: entry.aliases,
    family: entry.family,
    title: entry.title,
    summary: entry.summary,
    formula: entry.formula,
    behaviour: entry.behaviour,
    matches: entry.matches,
    anchors: anchorLists(entry.anchors),
    inputs: entry.inputs,
    options: Object.entries(entry.options).map(([name, spec]) => ({ name, ...spec, range: describeOptionRange(spec) })),
    reductions: entry.reductions,
    defaultReduction: entry.defaultReduction,
    ...(entry.meanDenominator ? { meanDenominator: entry.meanDenominator } : {}),
    ...(isCustomLoss(entry) ? { custom: customJson(entry) } : {}),
    example: {
      inputs: entry.example.inputs,
      options: entry.example.options ?? {},
      ...(entry.example.note ? { note: entry.example.note } : {}),
      command: exampleCommand(entry),
      ...resultJson(result),
    },
  };
}

export const explainCommand: Command = {
  name: 'explain',
  summary: 'one loss in detail, with a worked example computed live',
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parse('explain', args, { json: { type: 'boolean' }, 'loss-file': { type: 'string', multiple: true } });
    for (const file of (values['loss-file'] ?? []) as string[]) await loadLossFile(file);
    if (positionals.length !== 1) {
      throw new UsageError(positionals.length ? `explain: expected one loss, received ${positionals.length}` : "explain: which loss? e.g. 'losskit explain mse' ('losskit list' shows all)");
    }
    const entry = findLossOrFormula(positionals[0] ?? '');
    return values.json ? `${toJson(explainJson(entry))}\n` : explainText(entry);
  },
};
