import type { InputDomain, LossExample } from '../core/define-loss.js';
import type { Family, LossEntry, TrainingTask, TrainingUse } from '../losses/index.js';
import { LossError } from '../core/errors.js';
import { option, type NumberOption, type OptionSpecs } from '../core/options.js';
import type { LossValue } from '../core/reduction.js';
import type { Node } from './ast.js';
import { checkCustomLoss, type CheckReport } from './checks.js';
import { compileFormula, SAMPLE_WEIGHT, type Backend, type CompiledFormula } from './compile.js';
import { customEntry, type CustomInputMeta, type CustomMeta } from './entry.js';
import { formulaImplementation, functionImplementation, type CustomImplementation, type LossFunctionBody } from './implementations.js';
import { isOperator } from './operators.js';
import { CLASSES_NAME, MAX_FORMULA_LENGTH } from './parse.js';
import { formatFormula } from './print.js';
import type { Layout } from './schedule.js';

/**
 * `defineCustomLoss`: a loss from a formula or a JavaScript function, checked and turned into
 * a registry entry that works wherever a built-in does (evaluate, call, valueAndGrad, the
 * trainer, compare, explain). Register it with `registerLoss` to find it by name.
 *
 *   defineCustomLoss({ name: 'asymmetric-huber', formula: 'where(abs(input - target) < delta,
 *     0.5 * (input - target)^2, delta * (abs(input - target) - 0.5 * delta)) * where(input < target, 3, 1)',
 *     options: { delta: 1 }, task: 'regression' })
 *
 *   defineCustomLoss({ name: 'cubic', fn: (x, t, ops) => ops.pow(ops.abs(ops.sub(x, t)), 3) })
 */

export interface CustomInputDefinition {
  readonly name: string;
  /** Default: by task ('real' for regression, 'logit' for classification predictions, 'probability' or 'index' for their targets). */
  readonly domain?: InputDomain;
  /** Default: inferred from the formula (see docs/custom-losses.md). */
  readonly layout?: Layout;
  /** Default: true for the first input (the prediction), false for the others. */
  readonly differentiable?: boolean;
  readonly doc?: string;
}

export type CustomOptionDefinition = number | (Partial<Omit<NumberOption<number>, 'kind' | 'default'>> & { readonly default: number });

interface CommonDefinition {
  /** Registry name (letters, digits, '-', '_', '.'; at most 64 characters). */
  readonly name: string;
  /** Input names (or descriptions) in order; default ['input', 'target']. The first is the prediction. */
  readonly inputs?: ReadonlyArray<string | CustomInputDefinition>;
  /** Named numeric options: a default value, or a default with a range. */
  readonly options?: Readonly<Record<string, CustomOptionDefinition>>;
  /** The tasks the trainer (and compare) may use it for; default by the formula's shape. */
  readonly task?: TrainingTask | readonly TrainingTask[];
  /** How the model's raw outputs reach the prediction (default 'identity': values or logits). */
  readonly link?: TrainingUse['link'];
  readonly family?: Family;
  readonly title?: string;
  readonly summary?: string;
  readonly behaviour?: string;
  readonly example?: LossExample;
  /** Receives each registration warning (non-finite values at extreme inputs, ...). */
  readonly onWarning?: (message: string) => void;
}

export interface FormulaDefinition extends CommonDefinition {
  readonly formula: string | Node;
  readonly backend?: Backend;
}

export interface FunctionDefinition extends CommonDefinition {
  /** `(input, target, ..., ops, options) => value`, one element at a time; see DualOps. */
  readonly fn: (...args: never[]) => unknown;
}

export type CustomLossDefinition = FormulaDefinition | FunctionDefinition;

/** What `explain` and the JSON outputs show about a custom loss. */
export interface CustomInfo {
  readonly source: 'formula' | 'function';
  /** The formula as written (or the function's source text). */
  readonly text: string;
  /** The formula as parsed, printed back in canonical spacing (formulas only). */
  readonly parsed?: string;
  /** The formula after simplification and the stability rewrites (formulas only). */
  readonly simplified?: string;
  /** The simplified gradient by differentiable input (formulas only). */
  readonly gradients: Readonly<Record<string, string>>;
  readonly mode: 'elementwise' | 'class';
  readonly layouts: Readonly<Record<string, Layout>>;
  readonly backend: Backend | 'dual-numbers';
  readonly warnings: readonly string[];
  readonly checks: CheckReport;
  /** The compiled formula (trees, programs), for tools that build on it. */
  readonly compiled?: CompiledFormula;
}

/**
 * A custom loss's entry. Its inputs are known at run time only, so the two call forms take
 * their positional inputs untyped: `loss.call(input, target, options?)`.
 */
export type CustomLossEntry = LossEntry & {
  readonly call: (...inputsThenOptions: unknown[]) => LossValue;
  readonly valueAndGrad: (...inputsThenGradThenOptions: unknown[]) => LossValue;
  readonly custom: CustomInfo;
};

export function isCustomLoss(entry: LossEntry): entry is CustomLossEntry {
  return typeof (entry as Partial<CustomLossEntry>).custom === 'object';
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED = new Set([CLASSES_NAME, SAMPLE_WEIGHT, 'reduction', ...Object.getOwnPropertyNames(Object.prototype)]);

function bad(loss: string, argument: string, message: string): LossError {
  return new LossError('option', `${loss}: ${message}`, loss, argument);
}

function checkIdentifier(loss: string, what: string, name: unknown): string {
  if (typeof name !== 'string' || !NAME.test(name) || name.length > 64) {
    throw bad(loss, what, `${what} names must be identifiers (letters, digits, _; not starting with a digit; at most 64 characters), received ${JSON.stringify(name)}`);
  }
  if (RESERVED.has(name) || name.startsWith('__') || isOperator(name)) throw bad(loss, what, `'${name}' is reserved and cannot name an ${what}`);
  return name;
}

function checkName(name: unknown, inline: boolean): string {
  const ok = typeof name === 'string' && (inline ? name.length <= MAX_FORMULA_LENGTH + 16 : /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(name));
  if (!ok) throw bad('defineCustomLoss', 'name', `'name' must be 1-64 letters, digits, '-', '_' or '.', starting with a letter or digit, received ${JSON.stringify(name)?.slice(0, 80)}`);
  return name;
}

function optionSpecs(loss: string, given: Readonly<Record<string, CustomOptionDefinition>> = {}, owner = 'formula'): OptionSpecs {
  if (typeof given !== 'object' || given === null || Array.isArray(given)) throw bad(loss, 'options', "'options' must be an object of numbers");
  const specs: Record<string, NumberOption> = {};
  for (const [name, value] of Object.entries(given)) {
    checkIdentifier(loss, 'option', name);
    const spec = typeof value === 'number' ? { default: value } : value;
    if (typeof spec !== 'object' || spec === null || typeof spec.default !== 'number' || !Number.isFinite(spec.default)) {
      throw bad(loss, name, `option '${name}' needs a finite default number, received ${JSON.stringify(value)}`);
    }
    const { default: defaultValue, doc = `Option '${name}' of the ${owner}.`, ...range } = spec;
    specs[name] = option.number({ ...range, default: defaultValue, doc });
  }
  return specs;
}

function taskList(loss: string, task: CommonDefinition['task'], mode: 'elementwise' | 'class'): TrainingTask[] {
  const tasks = task === undefined ? (mode === 'class' ? ['multiclass'] : ['regression', 'binary']) : typeof task === 'string' ? [task] : [...task];
  for (const t of tasks) {
    if (t !== 'regression' && t !== 'binary' && t !== 'multiclass') throw bad(loss, 'task', `'task' must be regression, binary or multiclass, received ${JSON.stringify(t)}`);
    if ((t === 'multiclass') !== (mode === 'class')) {
      throw bad(loss, 'task', mode === 'class' ? `a class-axis formula trains multiclass models, not ${t}` : 'a multiclass loss needs a class axis (sum_c, logsumexp_c, log_softmax_c, x[target], ...)');
    }
  }
  return tasks as TrainingTask[];
}

function defaultDomain(index: number, layout: Layout, tasks: readonly TrainingTask[], link: TrainingUse['link']): InputDomain {
  if (layout === 'index') return 'index';
  if (index === 0) {
    if (link === 'sigmoid' || link === 'softmax') return 'probability';
    if (link === 'log-softmax') return 'log-probability';
    return tasks.includes('regression') ? 'real' : 'logit';
  }
  if (index === 1 && !tasks.includes('regression')) return 'probability';
  return 'real';
}

interface InputDraft { readonly name: string; readonly given: CustomInputDefinition }

function inputDrafts(loss: string, inputs: CommonDefinition['inputs']): InputDraft[] {
  const list = inputs ?? ['input', 'target'];
  if (!Array.isArray(list) || list.length === 0) throw bad(loss, 'inputs', "'inputs' must be a non-empty array of names");
  const drafts = list.map((item: string | CustomInputDefinition) => {
    const given = typeof item === 'string' ? { name: item } : item;
    return { name: checkIdentifier(loss, 'input', given?.name), given };
  });
  const names = drafts.map((d) => d.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw bad(loss, 'inputs', `input '${twice}' is listed twice`);
  return drafts;
}

/** Defines (and checks) a custom loss; see the module comment. Throws LossError on a bad definition. */
export function defineCustomLoss(definition: CustomLossDefinition): CustomLossEntry {
  return define(definition, false);
}

/** The prefix of a formula used as a loss name: `custom:abs(input - target)^1.5`. */
export const INLINE_PREFIX = 'custom:';

/**
 * A formula as a loss named by itself (`custom:` + formula), with the given option defaults;
 * what `losskit compare --losses 'custom:...'` defines.
 */
export function defineInlineLoss(formula: string, options: Readonly<Record<string, number>> = {}): CustomLossEntry {
  return define({ name: `${INLINE_PREFIX}${formula}`, formula, options }, true);
}

function define(definition: CustomLossDefinition, inline: boolean): CustomLossEntry {
  if (typeof definition !== 'object' || definition === null) throw bad('defineCustomLoss', 'definition', 'expects a definition object');
  const name = checkName(definition.name, inline);
  const hasFormula = 'formula' in definition && definition.formula !== undefined;
  const hasFn = 'fn' in definition && definition.fn !== undefined;
  if (hasFormula === hasFn) throw bad(name, 'formula', "give exactly one of 'formula' (text or tree) or 'fn' (a JavaScript function)");
  const drafts = inputDrafts(name, definition.inputs);
  const options = optionSpecs(name, definition.options, hasFn ? 'loss function' : 'formula');
  for (const key of Object.keys(options)) if (drafts.some((d) => d.name === key)) throw bad(name, key, `'${key}' names both an input and an option`);
  const differentiable = drafts.filter((d, index) => d.given.differentiable ?? index === 0).map((d) => d.name);
  if (!differentiable.length) throw bad(name, 'inputs', 'a loss needs at least one differentiable input (the first, unless flagged otherwise)');

  let impl: CustomImplementation;
  let compiled: CompiledFormula | undefined;
  let text: string;
  if (hasFormula) {
    const formula = (definition as FormulaDefinition).formula;
    compiled = compileFormula({
      formula, loss: name, options: Object.keys(options), differentiable,
      inputs: drafts.map((d) => (d.given.layout ? { name: d.name, layout: d.given.layout } : { name: d.name })),
      ...((definition as FormulaDefinition).backend ? { backend: (definition as FormulaDefinition).backend! } : {}),
    });
    impl = formulaImplementation(compiled);
    text = typeof formula === 'string' ? formula : formatFormula(formula);
  } else {
    const fn = (definition as FunctionDefinition).fn;
    if (typeof fn !== 'function') throw bad(name, 'fn', "'fn' must be a function (input, target, ..., ops, options) => value");
    if (fn.length > drafts.length + 2) throw bad(name, 'fn', `'fn' takes ${fn.length} parameters but the loss has ${drafts.length} inputs (then ops and options): declare the inputs with 'inputs'`);
    if (drafts.some((d) => d.given.layout && d.given.layout !== 'element')) throw bad(name, 'inputs', 'a JavaScript-function loss is elementwise (layout \'element\'); write class-axis losses as formulas');
    impl = functionImplementation(fn as LossFunctionBody, drafts.map((d) => ({ name: d.name, layout: 'element' })), differentiable, Object.keys(options), name);
    text = String(fn);
  }
  const tasks = taskList(name, definition.task, impl.mode);
  const link = definition.link ?? 'identity';
  const inputs: CustomInputMeta[] = impl.inputs.map((spec, index) => {
    const given = drafts[index]!.given;
    return {
      name: spec.name, layout: spec.layout,
      domain: given.domain ?? defaultDomain(index, spec.layout, tasks, link),
      differentiable: differentiable.includes(spec.name),
      doc: given.doc ?? `${index === 0 ? 'Predictions' : spec.layout === 'index' ? 'Class indices' : 'Values'} (${spec.layout === 'class' ? 'one per class, [N, C]' : spec.layout === 'index' || spec.layout === 'row' ? 'one per row, [N]' : spec.layout === 'class-vector' ? 'one per class, [C]' : 'any shape, equal to the first input'}).`,
    };
  });
  const targetLayout = impl.inputs[1]?.layout;
  const training: TrainingUse[] = tasks.map((task) => ({
    task, link,
    target: task === 'regression' ? 'value' : task === 'binary' ? 'zero-one' : targetLayout === 'index' ? 'index' : 'one-hot',
  }));
  const meta: CustomMeta = {
    name,
    family: definition.family ?? (tasks.every((t) => t === 'regression') || (tasks.includes('regression') && impl.mode === 'elementwise') ? 'regression' : 'classification'),
    title: definition.title ?? (inline ? 'Custom formula' : `Custom loss ${name}`),
    summary: definition.summary ?? (hasFormula ? `User-defined loss: ${text.slice(0, 200)}` : 'User-defined loss (a JavaScript function).'),
    formula: hasFormula ? text : `JavaScript function: ${text.replace(/\s+/g, ' ').slice(0, 200)}`,
    behaviour: definition.behaviour ?? (hasFormula
      ? 'A custom formula: exact gradients by symbolic differentiation, compiled into a fused value-and-gradient kernel.'
      : 'A custom JavaScript function: exact gradients by forward-mode dual numbers.'),
    matches: hasFormula ? 'custom formula (losskit defineCustomLoss)' : 'custom JavaScript function (losskit defineCustomLoss)',
    inputs, options, training,
    ...(definition.example ? { example: definition.example } : {}),
  };
  const entry = customEntry(meta, impl);
  const checks = checkCustomLoss(entry, meta, impl);
  for (const warning of checks.warnings) definition.onWarning?.(warning);
  const custom: CustomInfo = {
    source: hasFormula ? 'formula' : 'function',
    text,
    ...(compiled ? { parsed: formatFormula(compiled.tree), simplified: formatFormula(compiled.simplified), compiled } : {}),
    gradients: compiled ? Object.fromEntries([...compiled.gradients].map(([input, g]) => [input, formatFormula(g)])) : {},
    mode: impl.mode,
    layouts: Object.fromEntries(impl.inputs.map((spec) => [spec.name, spec.layout])),
    get backend() { return compiled ? compiled.backend : 'dual-numbers' as const; },
    warnings: checks.warnings,
    checks,
  };
  return Object.freeze({ ...entry, custom }) as CustomLossEntry;
}
