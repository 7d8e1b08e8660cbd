/**
 * Which column of a header-less YOLO `results.txt` is which, found from the rows themselves.
 * YOLO's train.py (YOLOv3, YOLOv5 before v6.0, YOLOv7 and their forks) writes each row as
 *
 *   epoch/total, gpu_mem, k training loss components, their total, targets, img_size,
 *   P, R, mAP@.5, mAP@.5:.95, the validation loss components (in some forks, then their total)
 *
 * every number printed '%10.4g'. Forks add components (landmarks, heading, ...), so the width
 * alone does not say where the columns are; the printed total does: it is the first column j >= 3
 * equal to the sum of columns 2..j-1 on every row, within the rounding of the printed numbers
 * (`agreesWithSum`). After it come two integers (targets, img_size) and four metrics in [0, 1];
 * the rest are validation components, the last their total when it is the sum of the others.
 * ultralytics/yolov3 of late 2019 printed its losses '%10.3g' (`4.67  6.77  31.7  43.2`: 43.14 to
 * three digits is 43.1, the components' own rounding explains the rest; readers-62): rows that fit no
 * layout at four digits are read again at three. Browser-safe.
 */

/** The columns' roles; indices count from 0, the epoch's column. */
export interface ResultsTxtLayout {
  /** The first training component's column: 2, or 3 after YOLOv5-Lite's learning rate (`LEARNING_RATE_COLUMN`). */
  readonly firstComponent: number;
  /** The training components' columns are firstComponent .. firstComponent + trainComponents - 1; the total is next. */
  readonly trainComponents: number;
  /** The first metric's column (P); R, mAP@.5, mAP@.5:.95 follow. */
  readonly firstMetric: number;
  /** The validation components' columns, firstMetric + 4 onwards. */
  readonly validationComponents: number;
  /** Whether a validation total follows the validation components (not a component). */
  readonly validationTotal: boolean;
}

/** A row's numbers by column (columns 0 and 1, the epoch and the memory, are not numbers). */
export type RowValues = readonly (number | undefined)[];

/** Significant digits of '%10.4g', and of the '%10.3g' older yolov3 rows fall back to. */
const DIGITS = 4;
const FALLBACK_DIGITS = 3;

/**
 * Half a unit in the last printed place of a number printed with 4 significant digits: the most
 * its printing moved it. Taken from the printed value's magnitude, which is at least the true
 * value's after rounding up (9.99996 printed '10'), so the bound is never too tight; 0 is printed
 * only for an exact 0 ('%g' writes 1e-07 for a small value).
 */
export function halfUnit(printed: number, digits = DIGITS): number {
  if (printed === 0) return 0;
  let exponent = Math.floor(Math.log10(Math.abs(printed)));
  if (10 ** exponent > Math.abs(printed)) exponent -= 1;
  return 0.5 * 10 ** (exponent - digits + 1);
}

/**
 * Whether `total` is the sum of `parts` up to their printing: |total - sum| at most the half
 * units of all of them (plus a relative 1e-9 for the floating-point sum). 'undefined' when the
 * row says nothing: a number that is not finite ('nan' after a diverged step), or all of them 0
 * (a row of zeros fits any column).
 */
export function agreesWithSum(parts: readonly number[], total: number, digits = DIGITS): boolean | undefined {
  const all = [...parts, total];
  if (all.some((value) => !Number.isFinite(value)) || all.every((value) => value === 0)) return undefined;
  const sum = parts.reduce((a, b) => a + b, 0);
  const tolerance = all.reduce((bound, value) => bound + halfUnit(value, digits), 0) + 1e-9 * Math.max(Math.abs(sum), Math.abs(total));
  return Math.abs(total - sum) <= tolerance;
}

/** True when every row that says anything agrees and at least one does. */
function everyRowSums(rows: readonly RowValues[], first: number, totalAt: number, digits: number): boolean {
  let evidence = false;
  for (const values of rows) {
    const parts = values.slice(first, totalAt) as number[];
    const agrees = agreesWithSum(parts, values[totalAt] as number, digits);
    if (agrees === false) return false;
    if (agrees === true) evidence = true;
  }
  return evidence;
}

const isCount = (value: number | undefined) => value !== undefined && Number.isInteger(value) && value >= 0;
/** P, R, mAP (or F1): fractions; not-finite values are left to the rows' readers. */
const isFraction = (value: number | undefined) => value === undefined || !Number.isFinite(value) || (value >= 0 && value <= 1 + halfUnit(1));
/** The target count and the image size just before `firstMetric`, and the four metrics from it, where a row has them. */
const countsAndMetricsFit = (values: RowValues, firstMetric: number) =>
  isCount(values[firstMetric - 2]) && (values[firstMetric - 1] ?? 0) > 0 && isCount(values[firstMetric - 1])
  && values.slice(firstMetric, firstMetric + 4).every(isFraction);

/**
 * True for a row whose metrics and validation columns are all exactly 0: train.py starts from
 * `results = (0, 0, 0, 0, 0, 0, 0)` and keeps it until it first evaluates (`--notest` / `--noval`
 * evaluate only at the last epoch), so such a row means 'not evaluated', not a loss of 0.
 */
export function notEvaluated(values: RowValues, layout: ResultsTxtLayout): boolean {
  return values.slice(layout.firstMetric).every((value) => value === 0);
}

/** The layout the rows have (see the module comment), or undefined when they fit none, at four digits or at three. */
export function findLayout(rows: readonly RowValues[], columns: number): ResultsTxtLayout | undefined {
  return layoutAt(rows, columns, DIGITS) ?? layoutAt(rows, columns, FALLBACK_DIGITS) ?? layoutWithoutSums(rows, columns)
    ?? layoutWithoutTotal(rows, columns) ?? layoutAfterLearningRate(rows, columns);
}

/**
 * YOLOv5-Lite's train.py prints the learning rate between the memory and the losses
 * (`'%10s' * 2 + '%10.8g' + '%10.4g' * 6`: epoch, mem, lr, box, obj, cls, total, labels, img_size; readers-147,
 * the hundred-and-fourteenth corpus's a07), 16 columns in all. Eight significant digits overflow the
 * ten-character field, so the reader splits `0.74G0.025535977` into the memory and the rate
 * (ultralytics-txt.ts). The column is a rate, in [0, 1] on every row, and the sums place the rest.
 */
const LEARNING_RATE_COLUMN = 2;
function layoutAfterLearningRate(rows: readonly RowValues[], columns: number): ResultsTxtLayout | undefined {
  const isRate = (value: number | undefined) => value !== undefined && value >= 0 && value <= 1;
  if (!rows.every((values) => isRate(values[LEARNING_RATE_COLUMN]))) return undefined;
  return layoutAt(rows, columns, DIGITS, LEARNING_RATE_COLUMN + 1);
}

/**
 * A YOLOv5 of late 2021 printed no training total (readers-146: the hundred-and-twelfth corpus's a08, 14 columns:
 * epoch, gpu_mem, box, obj, cls, targets, img_size, P, R, mAP@.5, mAP@.5:.95, and the same three validation
 * components). With no total there is no sum to place the columns by; they are placed where the target count, the
 * image size and the four fractions fit on every row and the validation components are as many as the training ones.
 */
function layoutWithoutTotal(rows: readonly RowValues[], columns: number): ResultsTxtLayout | undefined {
  for (let components = 2; components <= 4; components++) {
    const firstMetric = 2 + components + 2;
    if (columns - firstMetric - 4 !== components) continue;
    // Some row must hold its losses as numbers: rows of nan place nothing (layoutWithoutSums reads those at YOLOv5's width).
    const measured = rows.some((values) => values.slice(2, 2 + components).every((value) => value !== undefined && Number.isFinite(value)));
    const fits = measured && rows.every((values) => values.slice(2, 2 + components).every((value) => value === undefined || !(value < 0))
      && countsAndMetricsFit(values, firstMetric));
    if (fits) return { firstComponent: 2, trainComponents: components, firstMetric, validationComponents: components, validationTotal: false };
  }
  return undefined;
}

/** YOLOv5's own width before v6.0: epoch, gpu_mem, box, obj, cls, total, targets, img_size, P, R, mAP@.5, mAP@.5:.95, 3 validation losses. */
const YOLOV5_COLUMNS = 15;
const YOLOV5_LAYOUT: ResultsTxtLayout = { firstComponent: 2, trainComponents: 3, firstMetric: 8, validationComponents: 3, validationTotal: false };

/**
 * A run whose training losses are `nan` on every row (readers-145: a YOLOv5 run that diverged at its first step, the
 * hundred-and-eleventh corpus's a11) gives no row a sum can be checked on; at YOLOv5's own width, with its counts and
 * fractions where they belong, the rows are read by YOLOv5's layout, so that the tool says the loss is not finite.
 */
function layoutWithoutSums(rows: readonly RowValues[], columns: number): ResultsTxtLayout | undefined {
  if (columns !== YOLOV5_COLUMNS || rows.length === 0) return undefined;
  const { firstMetric } = YOLOV5_LAYOUT;
  const fits = rows.every((values) => values.slice(2, firstMetric - 2).every((value) => value !== undefined && Number.isNaN(value))
    && countsAndMetricsFit(values, firstMetric));
  return fits ? YOLOV5_LAYOUT : undefined;
}

/** The layout the rows have with their losses printed to `digits` significant digits from column `first`, or undefined. */
function layoutAt(rows: readonly RowValues[], columns: number, digits: number, first = 2): ResultsTxtLayout | undefined {
  // After the total: targets, img_size, 4 metrics and at least one validation component.
  for (let totalAt = first + 1; totalAt <= columns - 8; totalAt++) {
    if (!everyRowSums(rows, first, totalAt, digits)) continue;
    const firstMetric = totalAt + 3;
    if (!rows.every((values) => countsAndMetricsFit(values, firstMetric))) continue;
    const validation = columns - firstMetric - 4;
    // A total needs at least two components before it; rows not evaluated say nothing of it.
    const validationTotal = validation >= 3 && everyRowSums(rows, firstMetric + 4, columns - 1, digits);
    return { firstComponent: first, trainComponents: totalAt - first, firstMetric, validationComponents: validationTotal ? validation - 1 : validation, validationTotal };
  }
  return undefined;
}

/** YOLOv5's components in train.py's order; a fork's extra ones are numbered (`loss_4`, ...). */
const COMPONENTS = ['box', 'obj', 'cls'];
const componentName = (split: 'train' | 'val', index: number) =>
  index < COMPONENTS.length ? `${split}/${COMPONENTS[index]}_loss` : `${split}/loss_${index + 1}`;

/**
 * The series each column is (undefined: not a series). The components are named by position as
 * YOLOv5's results.csv names them, `box`, `obj`, `cls`, then `loss_4`, `loss_5`, ... (1-based),
 * in both splits: a fork's validation repeats its training components in order, or the first of
 * them. `f1` (the fourth metric exceeds mAP@.5, so it is F1) with 16 columns, 4 training and 3
 * validation components is ultralytics/yolov3 of Aug 2019 (GIoU/xy, wh, obj, cls), whose names
 * tests pin; YOLOv5 forks of that width (yolov5-face's landmarks) keep box, obj, cls, loss_4.
 */
export function columnNames(layout: ResultsTxtLayout, columns: number, f1: boolean): (string | undefined)[] {
  const aug2019 = f1 && columns === 16 && layout.trainComponents === 4 && layout.validationComponents === 3;
  const names: (string | undefined)[] = [undefined, undefined];
  // YOLOv5-Lite's learning rate, named as YOLOv5's results.csv names it.
  if (layout.firstComponent > LEARNING_RATE_COLUMN) names.push('x/lr0');
  for (let i = 0; i < layout.trainComponents; i++) names.push(aug2019 ? ['train/box_loss', 'train/wh_loss', 'train/obj_loss', 'train/cls_loss'][i] : componentName('train', i));
  // The training total (when printed), the target count and the image size.
  for (let i = layout.firstComponent + layout.trainComponents; i < layout.firstMetric; i++) names.push(undefined);
  names.push('metrics/precision', 'metrics/recall', 'metrics/mAP_0.5', f1 ? 'metrics/F1' : 'metrics/mAP_0.5:0.95');
  for (let i = 0; i < layout.validationComponents; i++) names.push(componentName('val', i));
  if (layout.validationTotal) names.push(undefined);
  return names;
}
