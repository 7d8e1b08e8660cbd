import type { InputSpec } from '../../core/define-loss.js';
import type { Anchors, LossEntry } from '../../losses/index.js';
import { listLosses } from '../../registry.js';
import { UsageError, parse, type Command } from '../args.js';
import { joinNames, table, toJson } from '../format.js';
import { loadLossFile } from '../custom-losses.js';

const USAGE = `Usage: losskit list [--anchors] [--family NAME] [--json] [--loss-file FILE]

Lists every registered loss: name, family, inputs, options and the call it matches.

Options:
  --anchors       show, per loss, the names it covers in PyTorch, Keras, optax, tfjs
                  and other sources (papers, scipy, POT, ...)
  --family NAME   only losses of this family (e.g. regression, classification)
  --json          machine-readable output
  --loss-file F   also list the custom losses of F (.json definitions or a .mjs module)
  -h, --help      show this help

Inputs are shown as name, name:int for integer inputs, name? for optional ones.`;

/** The anchor libraries, in the order of the table. */
export const ANCHOR_LIBRARIES: readonly { readonly key: keyof Anchors; readonly label: string }[] = [
  { key: 'pytorch', label: 'PyTorch' },
  { key: 'keras', label: 'Keras' },
  { key: 'optax', label: 'optax' },
  { key: 'tfjs', label: 'tfjs' },
  { key: 'other', label: 'other' },
];

/** `input`, `target:int`, `weight?`. */
export function describeInput(spec: InputSpec): string {
  return `${spec.name}${spec.kind === 'int' ? ':int' : ''}${spec.optional ? '?' : ''}`;
}

/** Anchor names as arrays (a library's entry may be one name or several). */
export function anchorLists(anchors: Anchors | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const { key } of ANCHOR_LIBRARIES) {
    const names = anchors?.[key];
    out[key] = names === undefined ? [] : typeof names === 'string' ? [names] : [...names];
  }
  return out;
}

function summaryJson(entry: LossEntry) {
  return {
    name: entry.name,
    aliases: entry.aliases,
    family: entry.family,
    title: entry.title,
    summary: entry.summary,
    inputs: entry.inputs.map(({ name, kind, domain, differentiable, optional }) => ({ name, kind, domain, differentiable, optional })),
    options: Object.keys(entry.options),
    reductions: entry.reductions,
    defaultReduction: entry.defaultReduction,
    matches: entry.matches,
    anchors: anchorLists(entry.anchors),
  };
}

function anchorTable(entries: readonly LossEntry[]): string {
  const rows = entries.map((entry) => {
    const lists = anchorLists(entry.anchors);
    return [entry.name, ...ANCHOR_LIBRARIES.map(({ key }) => joinNames(lists[key]))];
  });
  const coverage = ANCHOR_LIBRARIES.map(({ key, label }) => {
    const count = entries.filter((entry) => (anchorLists(entry.anchors)[key] ?? []).length > 0).length;
    return `${label} ${count}`;
  });
  return `${table(['name', ...ANCHOR_LIBRARIES.map((a) => a.label)], rows)}\n\n`
    + `${entries.length} losses; with an anchor in: ${coverage.join(', ')}.\n`;
}

function lossTable(entries: readonly LossEntry[]): string {
  const rows = entries.map((entry) => [
    entry.name,
    entry.family,
    entry.inputs.map(describeInput).join(', '),
    joinNames(Object.keys(entry.options)),
    entry.matches,
  ]);
  return `${table(['name', 'family', 'inputs', 'options', 'matches'], rows)}\n\n`
    + `${entries.length} losses. 'losskit explain <name>' shows one in detail.\n`;
}

export const listCommand: Command = {
  name: 'list',
  summary: 'every registered loss (--anchors: PyTorch/Keras/optax/tfjs names)',
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parse('list', args, {
      anchors: { type: 'boolean' },
      family: { type: 'string' },
      json: { type: 'boolean' },
      'loss-file': { type: 'string', multiple: true },
    });
    for (const file of (values['loss-file'] ?? []) as string[]) await loadLossFile(file);
    if (positionals.length) throw new UsageError(`list: unexpected argument '${positionals[0]}'; see 'losskit list --help'`);
    let entries = listLosses();
    const family = values.family as string | undefined;
    if (family !== undefined) {
      const families = [...new Set(entries.map((entry) => entry.family))];
      if (!families.includes(family as LossEntry['family'])) {
        throw new UsageError(`list: no loss has family '${family}' (families: ${families.join(', ')})`);
      }
      entries = entries.filter((entry) => entry.family === family);
    }
    if (values.json) {
      const data = values.anchors
        ? entries.map((entry) => ({ name: entry.name, anchors: anchorLists(entry.anchors) }))
        : entries.map(summaryJson);
      return `${toJson(data)}\n`;
    }
    return values.anchors ? anchorTable(entries) : lossTable(entries);
  },
};
