/**
 * Custom losses: a formula language with symbolic gradients compiled to fused kernels, and a
 * JavaScript-function path with dual numbers. The pipeline's stages are public for tools that
 * generate formulas (parse -> simplify -> differentiate -> compile).
 */
export {
  defineCustomLoss, defineInlineLoss, isCustomLoss, INLINE_PREFIX,
  type CustomLossDefinition, type FormulaDefinition, type FunctionDefinition, type CustomInputDefinition,
  type CustomOptionDefinition, type CustomInfo, type CustomLossEntry,
} from './define-custom-loss.js';
export { node, idOf, keyOf, sameNode, compareNodes, nodeCount, distinctNodes, namesUsed, type Node } from './ast.js';
export { parseFormula, FormulaError, MAX_FORMULA_LENGTH, MAX_NESTING, CLASSES_NAME, type FormulaScope } from './parse.js';
export { formatFormula } from './print.js';
export { simplify, Simplifier } from './simplify.js';
export { differentiate } from './differentiate.js';
export { Levels, type Level } from './levels.js';
export { compileFormula, SAMPLE_WEIGHT, type CompiledFormula, type FormulaRequest, type Backend, type KernelVariant } from './compile.js';
export { schedule, type Program, type Layout, type KernelInput } from './schedule.js';
export { generateSource } from './codegen.js';
export { evaluateTree, findBreak, type RowEnv, type RowValue } from './evaluate.js';
export { FUNCTION_NAMES, isOperator, type Operator } from './operators.js';
export { Dual, type DualOps, type DualValue } from './dual.js';
export type { CheckReport } from './checks.js';
