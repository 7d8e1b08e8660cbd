import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LossEntry } from '../src/index.js';

/**
 * The public names of the built-in losses are derived, not written by hand: this renders
 * src/losses/index.ts (every entry, its plain function and its fused kernel, and the registry's
 * list) and the loss block of src/index.ts from the `defineLoss` definitions in the family
 * files. A new loss is its definition (plus its fixtures); `npm run generate` rewrites both,
 * and test/losses-index.test.ts fails when they are stale.
 *
 * Naming: an entry `fooLoss` gives the plain function `foo` and the fused kernel
 * `fooValueAndGrad`. The doc comments of the derived names are written from the entry's
 * description (title, summary, formula, matches), so the prose has one source.
 */

const ROOT = join(import.meta.dirname, '..');
const LOSSES = join(ROOT, 'src', 'losses');

/**
 * Family files in catalog order (the order of `listLosses()`, `losskit list` and
 * docs/catalog.md). A new loss in an existing file needs nothing here; a new file is one line.
 */
export const LOSS_FILES = [
  'regression/squared-absolute', 'regression/log-cosh-quantile', 'regression/likelihood', 'regression/relative-error',
  'classification/cross-entropy', 'classification/nll-poly1', 'classification/categorical-cross-entropy',
  'classification/binary', 'classification/multilabel-soft-margin',
  'classification/sigmoid-focal', 'classification/softmax-focal', 'classification/keras-focal', 'classification/sparsemax',
  'margin/binary-margin', 'margin/multiclass', 'margin/pairwise', 'margin/multilabel', 'ranking',
  'embedding/contrastive', 'embedding/triplet', 'embedding/cosine', 'embedding/self-supervised', 'embedding/angular-margin',
  'divergence', 'transport/one-dimensional', 'transport/emd', 'transport/sinkhorn', 'adversarial',
  'segmentation/dice-tversky', 'segmentation/generalized-dice', 'segmentation/lovasz', 'sequence/ctc',
] as const;

const DEFINITION = /^export const (\w+) = defineLoss\(/gm;
const BEGIN = '// BEGIN generated loss exports (npm run generate)';
const END = '// END generated loss exports';

interface Definition { readonly file: string; readonly variable: string; readonly base: string; readonly entry: LossEntry }

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return d.name.endsWith('.ts') ? [relative(LOSSES, path).replace(/\\/g, '/').replace(/\.ts$/, '')] : [];
  });
}

/** Every `export const fooLoss = defineLoss(` in catalog order, with the entry it evaluates to. */
export async function lossDefinitions(): Promise<Definition[]> {
  const listed = new Set<string>(LOSS_FILES);
  const found: Definition[] = [];
  for (const file of sourceFiles(LOSSES)) {
    if (file === 'index' || file === 'define') continue;
    const text = readFileSync(join(LOSSES, `${file}.ts`), 'utf8');
    const defines = text.includes('= defineLoss(');
    if (defines && !listed.has(file)) throw new Error(`src/losses/${file}.ts defines losses but is not in LOSS_FILES (scripts/loss-index.ts)`);
  }
  for (const file of LOSS_FILES) {
    const text = readFileSync(join(LOSSES, `${file}.ts`), 'utf8');
    const module = await import(join(LOSSES, `${file}.ts`)) as Record<string, unknown>;
    for (const [, variable] of text.matchAll(DEFINITION)) {
      if (!variable!.endsWith('Loss')) throw new Error(`src/losses/${file}.ts: '${variable}' must be named <function>Loss`);
      found.push({ file, variable: variable!, base: variable!.slice(0, -'Loss'.length), entry: module[variable!] as LossEntry });
    }
  }
  return found;
}

/** A doc comment from the description: title and summary, the formula, the anchor call. */
function docComment(lines: readonly string[]): string {
  return ['/**', ...lines.map((line) => (line ? ` * ${line}` : ' *')), ' */'].join('\n');
}

function plainDoc({ entry, variable }: Definition): string {
  return docComment([
    `${entry.title}. ${entry.summary}`, '', `  ${entry.formula}`, '',
    `Matches: ${entry.matches}`,
    `Inputs: ${entry.inputs.map((s) => s.name + (s.optional ? ' (optional, in the options)' : '')).join(', ')}; default reduction '${entry.defaultReduction}'.`,
    `See {@link ${variable}} for the derivation, shapes and hazards.`,
  ]);
}

function fusedDoc({ entry, base }: Definition): string {
  const grads = entry.differentiable.length === 1 ? `d loss / d ${entry.differentiable[0]} into \`grad\`` : `the gradients into \`grad\` (a record keyed by ${entry.differentiable.join(', ')})`;
  return docComment([`${entry.title}, fused: returns the value of {@link ${base}} and writes ${grads} (null: value only).`]);
}

/** Names wrapped to lines of at most ~110 characters. */
function wrapNames(names: readonly string[], indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const name of names) {
    const next = line ? `${line} ${name},` : `${name},`;
    if (indent.length + next.length > 110 && line) {
      lines.push(indent + line);
      line = `${name},`;
    } else line = next;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

/** src/losses/index.ts. */
export async function renderLossIndex(): Promise<string> {
  const definitions = await lossDefinitions();
  const out: string[] = [
    '// Generated by `npm run generate` (scripts/loss-index.ts) from the defineLoss definitions: do not edit.',
    '// The one way into src/losses: every built-in entry (`fooLoss`), its plain function (`foo`) and',
    '// fused kernel (`fooValueAndGrad`), and the registry\'s list in catalog order.',
    "import type { LossEntry } from './define.js';",
  ];
  for (const file of LOSS_FILES) {
    const names = definitions.filter((d) => d.file === file).map((d) => d.variable);
    const line = `import { ${names.join(', ')} } from './${file}.js';`;
    if (names.length) out.push(line.length <= 120 ? line : `import {\n${wrapNames(names, '  ')}\n} from './${file}.js';`);
  }
  out.push(
    '',
    "export { defineLoss, type LossEntry, type LossDescription, type Family, type Anchors, type TrainingUse, type TrainingTask } from './define.js';",
    `export {\n${wrapNames(definitions.map((d) => d.variable), '  ')}\n};`,
  );
  for (const definition of definitions) {
    out.push('', plainDoc(definition), `export const ${definition.base} = ${definition.variable}.call;`);
    out.push(fusedDoc(definition), `export const ${definition.base}ValueAndGrad = ${definition.variable}.valueAndGrad;`);
  }
  out.push(
    '',
    '/** Every built-in loss in catalog order: the registry\'s list. */',
    `export const builtinLosses = [\n${wrapNames(definitions.map((d) => d.variable), '  ')}\n] as unknown as readonly LossEntry[];`,
    '',
  );
  return out.join('\n');
}

/** src/index.ts with its generated block (between the BEGIN and END lines) rewritten. */
export async function renderPublicIndex(current: string): Promise<string> {
  const start = current.indexOf(BEGIN);
  const stop = current.indexOf(END);
  if (start < 0 || stop < start) throw new Error(`src/index.ts has no '${BEGIN}' ... '${END}' block`);
  const names = (await lossDefinitions()).flatMap((d) => [d.variable, d.base, `${d.base}ValueAndGrad`]);
  const block = `${BEGIN}\nexport {\n${wrapNames(names, '  ')}\n} from './losses/index.js';\n`;
  return current.slice(0, start) + block + current.slice(stop);
}

export const GENERATED_FILES = { lossIndex: join(LOSSES, 'index.ts'), publicIndex: join(ROOT, 'src', 'index.ts') };
