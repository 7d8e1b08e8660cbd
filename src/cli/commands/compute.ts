import type { InputSpec } from '../../core/define-loss.js';
import type { LossEntry } from '../../losses/index.js';
import { toTensor } from '../../core/tensor.js';
import { getLoss, hasLoss, listLosses } from '../../registry.js';
import { UsageError, kebab, parse, parseOptionPair, parseTensorJson, type Command } from '../args.js';
import { findLossOrFormula, registerCustomArgs } from '../custom-losses.js';
import { formatValue, keyValues, toJson, toNested } from '../format.js';
import { describeOptionRange } from './explain.js';

const USAGE = `Usage: losskit compute <loss> --input JSON --target JSON [--option NAME=VALUE ...]
                       [--reduction R] [--grad] [--dtype float64|float32] [--json]
                       [--loss-file FILE]

Computes a loss on the tensors given as JSON (nested arrays of numbers; NaN, Infinity
and -Infinity are accepted as bare tokens) and prints the value and, with --grad, the
gradient with respect to each differentiable input.

Inputs:
  --<input> JSON        one flag per input of the loss, named as in 'losskit explain
                        <loss>': --input and --target for most losses, others like
                        --input1 --input2, --anchor --positive --negative, --logProbs
                        (camelCase names also work kebab-cased: --log-probs).
                        Integer inputs take arrays of integers.

Options:
  -o, --option NAME=VALUE   a loss option; VALUE is read as JSON when it parses
                            (numbers, true/false, arrays for tensor options), else as
                            a string. Repeat for several options.
  --reduction R             none, mean, sum (or batchmean where the loss has it)
  --grad                    also print gradients
  --dtype D                 float64 (default) or float32 arithmetic for float inputs
  --json                    machine-readable output
  --loss-file FILE          custom losses (.json or .mjs) to compute by name; a formula
                            works as the loss too: 'custom:abs(input - target)^1.5'
  -h, --help                show this help ('losskit compute <loss> --help' lists
                            that loss's inputs and options)

Example:
  losskit compute huber --input '[0, 3]' --target '[0, 0]' --option delta=1 --grad`;

const FIXED = ['option', 'reduction', 'grad', 'json', 'dtype', 'help', 'loss-file'];

/** Every flag that names an input of some registered loss, mapped to the input names. */
function inputFlags(): Map<string, Set<string>> {
  const flags = new Map<string, Set<string>>();
  for (const entry of listLosses()) {
    for (const spec of entry.inputs) {
      for (const flag of new Set([spec.name, kebab(spec.name)])) {
        if (FIXED.includes(flag)) continue;
        const names = flags.get(flag) ?? new Set<string>();
        names.add(spec.name);
        flags.set(flag, names);
      }
    }
  }
  return flags;
}

function flagList(entry: LossEntry): string {
  return entry.inputs.map((spec) => `--${spec.name}${spec.optional ? ' (optional)' : ''}`).join(', ');
}

/** The loss-specific part of `losskit compute <loss> --help`. */
function lossHelp(entry: LossEntry): string {
  const inputs = entry.inputs.map((spec): [string, string] => [
    `--${spec.name} JSON`,
    `${spec.kind === 'int' ? 'integers' : 'numbers'}${spec.optional ? ', optional' : ''}${spec.differentiable ? ', has a gradient' : ''}: ${spec.doc}`,
  ]);
  const options = Object.entries(entry.options).map(([name, spec]): [string, string] => [
    `-o ${name}=VALUE`,
    `${describeOptionRange(spec)}${spec.default === undefined ? '' : `, default ${String(spec.default)}`}: ${spec.doc}`,
  ]);
  options.push(['--reduction R', `${entry.reductions.join(', ')}; default ${entry.defaultReduction}`]);
  return `\n\nFor ${entry.name}:\n${keyValues([...inputs, ...options])}`;
}

/** Reads one input flag's JSON; float inputs become float32 when asked. */
function readInput(entry: LossEntry, spec: InputSpec, flag: string, text: string, dtype: string): unknown {
  const value = parseTensorJson(flag, text);
  if (spec.kind === 'int' || dtype === 'float64') return value;
  const tensor = toTensor(entry.name, spec.name, value);
  return { data: Float32Array.from(tensor.data), shape: tensor.shape };
}

function collectInputs(entry: LossEntry, values: Record<string, unknown>, dtype: string): Record<string, unknown> {
  const known = inputFlags();
  const inputs: Record<string, unknown> = {};
  for (const [flag, raw] of Object.entries(values)) {
    if (FIXED.includes(flag) || raw === undefined) continue;
    const spec = entry.inputs.find((s) => known.get(flag)?.has(s.name));
    if (!spec) throw new UsageError(`compute: ${entry.name} has no input --${flag} (its inputs: ${flagList(entry)})`);
    if (spec.name in inputs) throw new UsageError(`compute: --${spec.name} given twice`);
    inputs[spec.name] = readInput(entry, spec, `--${flag}`, raw as string, dtype);
  }
  const missing = entry.inputs.filter((s) => !s.optional && !(s.name in inputs));
  if (missing.length) {
    throw new UsageError(`compute: ${entry.name} needs ${missing.map((s) => `--${s.name}`).join(' and ')} (its inputs: ${flagList(entry)})`);
  }
  return inputs;
}

export const computeCommand: Command = {
  name: 'compute',
  summary: 'evaluate a loss (and its gradients) on JSON tensors',
  usage: USAGE,
  help(args) {
    const name = args.find((arg) => !arg.startsWith('-') && hasLoss(arg));
    return name === undefined ? USAGE : USAGE + lossHelp(getLoss(name));
  },
  async run(args) {
    // Custom losses first: their inputs become flags.
    await registerCustomArgs(args);
    const flags = Object.fromEntries([...inputFlags().keys()].map((flag) => [flag, { type: 'string' as const }]));
    const { values, positionals } = parse('compute', args, {
      ...flags,
      option: { type: 'string', short: 'o', multiple: true },
      reduction: { type: 'string' },
      grad: { type: 'boolean' },
      dtype: { type: 'string' },
      json: { type: 'boolean' },
      'loss-file': { type: 'string', multiple: true },
    });
    if (positionals.length !== 1) {
      throw new UsageError(positionals.length
        ? `compute: expected one loss, received ${positionals.map((p) => `'${p}'`).join(', ')} (quote JSON values: --input '[1, 2]')`
        : "compute: which loss? e.g. losskit compute mse --input '[1, 2]' --target '[1, 3]'");
    }
    const entry = findLossOrFormula(positionals[0] ?? '');
    const dtype = (values.dtype as string | undefined) ?? 'float64';
    if (dtype !== 'float64' && dtype !== 'float32') throw new UsageError(`compute: --dtype must be float64 or float32, received '${dtype}'`);
    const inputs = collectInputs(entry, values, dtype);
    const options: Record<string, unknown> = Object.fromEntries(((values.option ?? []) as string[]).map(parseOptionPair));
    if (values.reduction !== undefined) options.reduction = values.reduction;
    const grad = Boolean(values.grad);

    const result = entry.evaluate(inputs, options, { grad });
    const { reduction: _given, ...lossOptions } = options;
    const reduction = typeof options.reduction === 'string' ? options.reduction : entry.defaultReduction;
    if (values.json) {
      const value = typeof result.value === 'number' ? result.value : toNested(result.value.data, result.value.shape);
      const grads = Object.fromEntries(Object.entries(result.grads).map(([name, g]) => [name, toNested(g.data, g.shape)]));
      const shape = typeof result.value === 'number' ? [] : result.value.shape;
      return `${toJson({ loss: entry.name, reduction, options: lossOptions, dtype: result.dtype, value, shape, ...(grad ? { grads } : {}) })}\n`;
    }
    const rows: [string, string][] = [['loss', entry.name === positionals[0] ? entry.name : `${entry.name} (${positionals[0]})`], ['reduction', reduction]];
    const extra = Object.entries(lossOptions);
    if (extra.length) rows.push(['options', extra.map(([name, v]) => `${name}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(', ')]);
    rows.push(['dtype', result.dtype], ['value', formatValue(result.value)]);
    for (const [name, g] of Object.entries(result.grads)) rows.push([`grad ${name}`, formatValue(g)]);
    if (grad && Object.keys(result.grads).length === 0) rows.push(['grad', `${entry.name} has no differentiable inputs`]);
    return `${keyValues(rows, '')}\n`;
  },
};
