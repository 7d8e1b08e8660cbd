import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LossEntry } from '../src/losses/index.js';

/**
 * The losses' WASM kernels are declared once, beside their code: a `@kernel` line above each
 * exported loss kernel in wasm/assembly,
 *
 *   /** @kernel loss=huber layout=elementwise nsPerElement=0.5 *\/
 *   export function huberF32(x: usize, y: usize, g: usize, out: usize, n: i32, delta: f64, gradScale: f64): f64 {
 *
 * and this renders src/wasm/kernel-declarations.ts from them (`npm run generate`;
 * test/wasm/kernel-table.test.ts fails when it is stale). From the line and the signature:
 * - the export's name ends in F32 or F64: the dtype of the call's float arrays;
 * - `loss`: the registry name; `nsPerElement`: one thread's cost (float32 in cache), which
 *   decides when a call is worth the worker threads;
 * - `layout=elementwise`: l_i = f(input_i, target_i); the signature must be
 *   (x, y, g, out, n, ...options, gradScale), each middle parameter an option of the loss by
 *   name, and src/wasm/kernel-table.ts lays every such call out with no line of its own;
 * - `layout=rows`: any other signature; src/wasm/kernel-table.ts has a hand-written `prepare`
 *   for it (rows, class indices). Its parameters named after options of the loss are the
 *   options it takes (pointers aside).
 * Either way the kernel takes the options it names and declines a call where any other option
 * differs from its default (the kernel-table rule), so it never silently ignores one.
 */

const ROOT = join(import.meta.dirname, '..');
const ASSEMBLY = join(ROOT, 'wasm', 'assembly');
export const DECLARATIONS_FILE = join(ROOT, 'src', 'wasm', 'kernel-declarations.ts');

const LAYOUTS = ['elementwise', 'rows'] as const;
const ELEMENTWISE_HEAD = ['x: usize', 'y: usize', 'g: usize', 'out: usize', 'n: i32'];

export interface KernelDeclaration {
  readonly export: string;
  readonly file: string;
  readonly loss: string;
  readonly dtype: 'float32' | 'float64';
  readonly layout: (typeof LAYOUTS)[number];
  readonly nsPerElement: number;
  /** The loss's options the kernel takes, in argument order. */
  readonly options: readonly string[];
}

/** The kernel files: what wasm/assembly/index.ts exports whole (`export * from './file'`). */
export function kernelFiles(): string[] {
  const index = readFileSync(join(ASSEMBLY, 'index.ts'), 'utf8');
  return [...index.matchAll(/^export \* from '\.\/([\w-]+)';$/gm)].map((m) => m[1]!);
}

function parseTag(tag: string, where: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const pair of tag.trim().split(/\s+/)) {
    const [key, value, ...extra] = pair.split('=');
    if (!value || extra.length) throw new Error(`${where}: '@kernel ${tag.trim()}': expected key=value pairs`);
    fields[key!] = value;
  }
  const unknown = Object.keys(fields).filter((k) => !['loss', 'layout', 'nsPerElement'].includes(k));
  if (unknown.length) throw new Error(`${where}: unknown @kernel field(s) ${unknown.join(', ')} (loss, layout, nsPerElement)`);
  return fields;
}

/**
 * The built-in losses, to check the declarations against: from the definitions themselves, not
 * the generated index (a new loss and its kernel are generated together). Loading them loads
 * the kernel table, which imports the file rendered here: an empty one is written first when
 * it is missing.
 */
async function loadLosses(): Promise<readonly LossEntry[]> {
  if (!existsSync(DECLARATIONS_FILE)) writeFileSync(DECLARATIONS_FILE, 'export const KERNEL_DECLARATIONS = [] as const;\n');
  const { lossDefinitions } = await import('./loss-index.js');
  return (await lossDefinitions()).map((d) => d.entry);
}

function declare(builtinLosses: readonly LossEntry[], file: string, name: string, tag: string, params: string[]): KernelDeclaration {
  const where = `wasm/assembly/${file}.ts: ${name}`;
  const fields = parseTag(tag, where);
  const dtype = name.endsWith('F32') ? 'float32' : name.endsWith('F64') ? 'float64' : null;
  if (!dtype) throw new Error(`${where}: a loss kernel's name ends in F32 or F64 (its dtype)`);
  const entry = builtinLosses.find((e) => e.name === fields.loss);
  if (!entry) throw new Error(`${where}: loss=${fields.loss ?? '(missing)'} is not a built-in loss`);
  const layout = LAYOUTS.find((l) => l === fields.layout);
  if (!layout) throw new Error(`${where}: layout=${fields.layout ?? '(missing)'} (expected ${LAYOUTS.join(' or ')})`);
  const nsPerElement = Number(fields.nsPerElement);
  if (!(nsPerElement > 0)) throw new Error(`${where}: nsPerElement=${fields.nsPerElement ?? '(missing)'} (a positive number)`);
  const optionNames = Object.keys(entry.options);
  // Pointers (usize) are arrays, never options (triplet's positive is `p`, also an option's name).
  let options = params.filter((p) => !p.endsWith(': usize')).map((p) => p.split(':')[0]!.trim()).filter((p) => optionNames.includes(p));
  if (layout === 'elementwise') {
    const middle = params.slice(ELEMENTWISE_HEAD.length, -1);
    const head = params.slice(0, ELEMENTWISE_HEAD.length).map((p) => p.replace(/^\w+/, '').trim());
    const headOk = head.join() === ELEMENTWISE_HEAD.map((p) => p.replace(/^\w+/, '').trim()).join();
    if (!headOk || params.at(-1) !== 'gradScale: f64' || !middle.every((p) => /^\w+: f64$/.test(p))) {
      throw new Error(`${where}: an elementwise kernel's signature is (x: usize, y: usize, g: usize, out: usize, n: i32, ...options: f64, gradScale: f64)`);
    }
    options = middle.map((p) => p.split(':')[0]!.trim());
    const unknown = options.filter((o) => !optionNames.includes(o));
    if (unknown.length) throw new Error(`${where}: ${unknown.join(', ')}: not option(s) of ${entry.name} (${optionNames.join(', ') || 'none'})`);
  }
  return { export: name, file, loss: entry.name, dtype, layout, nsPerElement, options };
}

/** Every loss kernel of wasm/assembly, in file order, from its `@kernel` line and signature. */
export async function kernelDeclarations(): Promise<KernelDeclaration[]> {
  const losses = await loadLosses();
  const found: KernelDeclaration[] = [];
  for (const file of kernelFiles()) {
    const text = readFileSync(join(ASSEMBLY, `${file}.ts`), 'utf8');
    // The doc comment right above each export, if any, carries its @kernel line.
    for (const m of text.matchAll(/(?:\/\*\*((?:(?!\*\/)[^])*)\*\/[ \t]*\n)?^export function (\w+)\(([^)]*)\)\s*:\s*(\w+)/gm)) {
      const [, above, name, rawParams, result] = m;
      const tag = /@kernel\b([^*\n]*)/.exec(above ?? '');
      if (!tag) throw new Error(`wasm/assembly/${file}.ts: ${name} is exported from a kernel file but has no '/** @kernel ... */' line above it`);
      if (result !== 'f64') throw new Error(`wasm/assembly/${file}.ts: ${name} must return f64 (the sum of its losses)`);
      const params = rawParams!.split(',').map((p) => p.trim()).filter(Boolean);
      found.push(declare(losses, file, name!, tag[1]!, params));
    }
  }
  const keys = found.map((d) => `${d.loss} ${d.dtype}`);
  const twice = keys.filter((k, i) => keys.indexOf(k) !== i);
  if (twice.length) throw new Error(`wasm/assembly: more than one kernel for ${twice.join(', ')}`);
  return found;
}

/** src/wasm/kernel-declarations.ts. */
export async function renderKernelDeclarations(): Promise<string> {
  const rows = (await kernelDeclarations()).map((d) => {
    const options = `[${d.options.map((o) => `'${o}'`).join(', ')}]`;
    return `  { export: '${d.export}', loss: '${d.loss}', dtype: '${d.dtype}', layout: '${d.layout}', nsPerElement: ${d.nsPerElement}, options: ${options} },`;
  });
  return [
    '// Generated by `npm run generate` (scripts/kernel-declarations.ts) from the `@kernel` lines and',
    '// signatures of the loss kernels in wasm/assembly: do not edit.',
    '/** Every loss kernel of the WASM module: its export, loss, dtype, argument layout, cost, and the options it takes. */',
    'export const KERNEL_DECLARATIONS = [',
    ...rows,
    '] as const;',
    '',
  ].join('\n');
}
