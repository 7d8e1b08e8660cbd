/**
 * What the explorer page reads from the loss registry: losses by family, option controls
 * built from option specs, and each loss's value and gradient curve. The only module of the
 * page that touches the registry's metadata layout (LossEntry fields), so a change there
 * (issue 12 splits a spec into math and description) is mended here.
 */
import { getLoss, listLosses, type LossEntry, type OptionSpec, type TrainingTask } from '../../src/index.js';
import { lossShape } from '../../src/report/index.js';

export interface LossText {
  readonly name: string;
  readonly title: string;
  readonly family: string;
  readonly summary: string;
  readonly formula: string;
  readonly behaviour: string;
  readonly matches: string;
  readonly inputs: ReadonlyArray<{ readonly name: string; readonly doc: string; readonly differentiable: boolean }>;
}

export function lossText(name: string): LossText {
  const e = getLoss(name);
  return {
    name: e.name, title: e.title, family: e.family, summary: e.summary, formula: e.formula, behaviour: e.behaviour, matches: e.matches,
    inputs: e.inputs.map((i) => ({ name: i.name, doc: i.doc, differentiable: i.differentiable })),
  };
}

/** Loss names grouped by family, in registry order. */
export function lossGroups(): Array<{ family: string; names: string[] }> {
  const groups = new Map<string, string[]>();
  for (const entry of listLosses()) {
    const names = groups.get(entry.family) ?? [];
    names.push(entry.name);
    groups.set(entry.family, names);
  }
  return [...groups].map(([family, names]) => ({ family, names }));
}

export type OptionControl =
  | { readonly kind: 'number'; readonly name: string; readonly doc: string; readonly min: number; readonly max: number; readonly step: number; readonly value: number }
  | { readonly kind: 'boolean'; readonly name: string; readonly doc: string; readonly value: boolean }
  | { readonly kind: 'choice'; readonly name: string; readonly doc: string; readonly choices: readonly string[]; readonly value: string };

/** Slider range of a number option: its documented range, or a span around the default. */
function numberControl(name: string, spec: Extract<OptionSpec, { kind: 'number' }>, value: number): OptionControl {
  const spread = 4 * Math.max(1, Math.abs(value));
  let lo = spec.min ?? (spec.max !== undefined ? Math.min(value, spec.max) - spread / 2 : value - spread);
  let hi = spec.max ?? (spec.min !== undefined ? Math.max(spec.min + 4, 4 * value) : value + spread);
  const span = hi - lo;
  // An excluded end is approached, not reached: 1 % of the span inside.
  if (spec.exclusiveMin) lo += span / 100;
  if (spec.exclusiveMax) hi -= span / 100;
  const step = spec.integer ? Math.max(1, Math.round(span / 1000)) : Number((span / 200).toPrecision(2));
  return { kind: 'number', name, doc: spec.doc, min: lo, max: hi, step, value };
}

export interface Controls {
  readonly controls: readonly OptionControl[];
  /** Options without a control, and why (tensor options; options fixed by the training use). */
  readonly fixed: readonly string[];
}

/** Controls for the options of `name`, skipping those `fixedOptions` sets (a training use's). */
export function optionControls(name: string, fixedOptions: Readonly<Record<string, unknown>> = {}): Controls {
  const controls: OptionControl[] = [];
  const fixed: string[] = [];
  for (const [option, spec] of Object.entries(getLoss(name).options)) {
    if (option in fixedOptions) fixed.push(`${option} = ${JSON.stringify(fixedOptions[option])} (as the loss is trained)`);
    else if (spec.kind === 'tensor') fixed.push(`${option}: a tensor option, absent here`);
    else if (spec.kind === 'number' && spec.default === undefined) fixed.push(`${option}: absent by default`);
    else if (spec.kind === 'number') controls.push(numberControl(option, spec, spec.default as number));
    else if (spec.kind === 'boolean') controls.push({ kind: 'boolean', name: option, doc: spec.doc, value: spec.default });
    else controls.push({ kind: 'choice', name: option, doc: spec.doc, choices: spec.choices, value: spec.default });
  }
  return { controls, fixed };
}

export interface CurvePoint {
  readonly x: number;
  readonly value: number;
  readonly gradient: number;
}

export interface Curve {
  readonly mode: 'shape' | 'slice';
  readonly task?: TrainingTask;
  readonly xLabel: string;
  readonly gradientLabel: string;
  /** How the curve was computed, in words. */
  readonly how: string;
  readonly points: readonly CurvePoint[];
}

/** The training use a loss's shape is drawn for, if it has one. */
export function shapeTask(name: string): { task: TrainingTask; options: Readonly<Record<string, unknown>> } | undefined {
  const use = getLoss(name).training?.[0];
  return use ? { task: use.task, options: use.options ?? {} } : undefined;
}

/** Deterministic uniform numbers in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function flatten(value: unknown): { data: Float64Array; shape: number[] } {
  if (value !== null && typeof value === 'object' && 'shape' in value && 'data' in value) {
    const v = value as { data: ArrayLike<number>; shape: number[] };
    return { data: Float64Array.from(v.data), shape: [...v.shape] };
  }
  const shape: number[] = [];
  for (let probe = value; Array.isArray(probe); probe = probe[0]) shape.push(probe.length);
  const data = Array.isArray(value) ? (value as unknown[]).flat(Infinity as 1) as number[] : [value as number];
  return { data: Float64Array.from(data), shape };
}

const SLICE_POINTS = 121;

/** The x range of a slice through an input of this domain around its sampled value v. */
function sliceRange(domain: string, v: number): [number, number] {
  switch (domain) {
    case 'probability': return [0.001, 0.999];
    case 'log-probability': return [Math.min(-6, v - 1), -1e-3];
    case 'non-negative': case 'positive': return [1e-3, Math.max(3, 2 * v)];
    default: return [v - 3, v + 3];
  }
}

/**
 * A one-dimensional slice of any loss: its sample point (`sample(seed)`), with element 0 of its
 * first differentiable input swept over a range fitting that input's domain; the value and the
 * gradient with respect to that element.
 */
function sliceCurve(entry: LossEntry, options: Readonly<Record<string, unknown>>, seed: number): Curve {
  const sample = entry.sample(seededRandom(seed));
  const name = entry.differentiable[0] as string;
  const spec = entry.inputs.find((i) => i.name === name);
  const base = flatten(sample.inputs[name]);
  const v = base.data[0] as number;
  const [from, to] = sliceRange(spec?.domain ?? 'real', v);
  const tensorOptions = Object.fromEntries(Object.entries(sample.options ?? {}).filter(([key]) => entry.options[key]?.kind === 'tensor'));
  const points = Array.from({ length: SLICE_POINTS }, (_, i): CurvePoint => {
    const x = from + ((to - from) * i) / (SLICE_POINTS - 1);
    const data = Float64Array.from(base.data);
    data[0] = x;
    try {
      const result = entry.evaluate({ ...sample.inputs, [name]: { data, shape: base.shape } }, { ...tensorOptions, ...options }, { grad: true });
      const gradient = result.grads[name]?.data[0] ?? NaN;
      return { x, value: typeof result.value === 'number' ? result.value : NaN, gradient };
    } catch {
      return { x, value: NaN, gradient: NaN };
    }
  });
  const others = entry.inputs.filter((i) => i.name !== name).map((i) => `'${i.name}'`);
  return {
    mode: 'slice', xLabel: `${name}[0]`, gradientLabel: `dL/d ${name}[0]`, points,
    how: `${entry.name} has no single error-like quantity to plot against, so this is a slice: a random valid point of its inputs (losskit's sample #${seed}), `
      + `with the first element of '${name}' swept from ${from.toPrecision(3)} to ${to.toPrecision(3)}${others.length ? ` and ${others.join(', ')} held fixed` : ''}. `
      + 'Value and gradient come from the loss\'s fused kernel at each point (default reduction).',
  };
}

/** Value and gradient curve of loss `name` with `options` (a training-use shape if it has one, else a slice). */
export function lossCurve(name: string, options: Readonly<Record<string, unknown>>, seed = 1): Curve {
  const entry = getLoss(name);
  const use = shapeTask(name);
  if (!use) return sliceCurve(entry, options, seed);
  const shape = lossShape(name, use.task, options);
  if (!shape) return sliceCurve(entry, options, seed);
  const regression = use.task === 'regression';
  return {
    mode: 'shape', task: use.task, points: shape.points,
    xLabel: regression ? 'residual e = prediction − target' : 'p, the predicted probability of the true class',
    gradientLabel: regression ? 'dL/d prediction' : 'dL/dz (true-class logit)',
    how: regression
      ? 'One prediction against its target, over residuals from −3 to 3, evaluated live by the loss\'s kernel. The gradient is the pull this prediction gets.'
      : `One ${use.task === 'binary' ? 'example of the positive class' : 'row of 3 classes (the other two share 1 − p)'}, fed through the link the loss is trained with. `
        + 'The gradient is with respect to the model\'s raw score (logit) for the true class: the corrective signal training receives.',
  };
}

/** Losses that share `name`'s training task, for the "compare with" overlay. */
export function sameTaskLosses(name: string): string[] {
  const use = shapeTask(name);
  if (!use) return [];
  return listLosses().filter((e) => e.name !== name && e.training?.[0]?.task === use.task).map((e) => e.name);
}

export interface WorkedExample {
  readonly loss: string;
  readonly note: string;
  /** The true class's predicted probability and the loss there, per row, computed live. */
  readonly rows: ReadonlyArray<{ readonly p: number; readonly value: number; readonly target: string }>;
}

/**
 * The article's worked cross-entropy examples, read from the registry's worked examples of
 * bce (cat/dog) and categorical-cross-entropy (digit 3) and evaluated live, row by row.
 */
export function crossEntropyExamples(): WorkedExample[] {
  const examples: WorkedExample[] = [];
  for (const name of ['bce', 'categorical-cross-entropy']) {
    const entry = getLoss(name);
    const { inputs, note = '' } = entry.example;
    const values = entry.evaluate(inputs, { ...entry.example.options, reduction: 'none' }).value as { data: ArrayLike<number> };
    const prediction = inputs['input'] as unknown as number[] | number[][];
    const target = inputs['target'] as unknown as number[] | number[][];
    const rows = prediction.map((row, i) => {
      const t = target[i] as number | number[];
      if (Array.isArray(row)) {
        const hot = (t as number[]).indexOf(1);
        return { p: row[hot] as number, value: values.data[i] as number, target: `class ${hot}` };
      }
      const positive = (t as number) === 1;
      return { p: positive ? row : 1 - row, value: values.data[i] as number, target: positive ? 'positive (1)' : 'negative (0)' };
    });
    examples.push({ loss: name, note, rows });
  }
  return examples;
}
