/**
 * Ultralytics' header-less `results.txt`, which YOLOv3, YOLOv5 before v6.0, YOLOv7 and their
 * forks append one row per epoch to (train.py: the progress bar's last description `s`, then
 * `'%10.4g' * 7 % results`), fields separated by spaces, no header:
 *
 *   epoch/total, gpu_mem, k training loss components, their total, targets, img_size,
 *   P, R, mAP@.5, mAP@.5:.95, the validation loss components (in some forks, then their total)
 *
 * The width does not say k (forks add landmark, heading, ... losses); the printed total does,
 * the first column equal to the sum of those before it on every row (ultralytics-txt-layout.ts).
 * YOLOv5 <= v5.0, YOLOv7 and ultralytics/yolov3 from Sep 2019 write 15 columns (box, obj, cls;
 * yolov3 named the box loss 'GIoU' and wrote F1 where mAP@.5:.95 is until Nov 2020);
 * ultralytics/yolov3 of Aug 2019 wrote 16 (GIoU/xy, wh, obj, cls; F1), as wide as yolov5-face's
 * (box, obj, cls, landmarks; mAP@.5:.95): F1, which may exceed mAP@.5, tells them apart.
 *
 * The columns get the names YOLOv5's `results.csv` gives them (`train/box_loss`, ...,
 * `metrics/mAP_0.5`, `val/cls_loss`; a fork's extra components `train/loss_4`, ...), so the run
 * is read as that file is (ultralytics.ts: each split's loss the sum of its components). The epoch
 * (0-based, `12` of `12/299`) is the step. GPU memory, the printed totals (which the totals
 * recompute), the last batch's target count and the image size are not series. A row whose
 * metrics and validation losses are all 0 was not evaluated (train.py prints its initial zeros
 * until it first evaluates): its epoch has training points only. A row that does not have the
 * first row's shape ends the readable part: the rows before it are kept, with a warning naming
 * its line. Browser-safe.
 */
import { baseName, damageNote, incompleteLastLineNote, logError, parseNumber, SeriesBuilder, type Damage } from './series.js';
import type { LogFileError } from '../core/errors.js';
import type { ParsedLog } from './types.js';
import { columnNames, findLayout, notEvaluated } from './ultralytics-txt-layout.js';
import { withUltralyticsTotals } from './ultralytics.js';

/** `plot_results` globs `results*.txt` (YOLOv3 renamed it `results_<name>.txt` after training). */
const RESULTS_TXT_NAME = /^results[^/\\]*\.txt$/i;
/** `'%g/%g' % (epoch, epochs - 1)`. */
const EPOCH_OF_TOTAL = /^(\d+)\/(\d+)$/;
/** `'%.3gG' % mem` (YOLOv5, YOLOv7; `0G` without a GPU). */
const GPU_MEMORY = /^\d+(?:\.\d+)?(?:e[+-]?\d+)?[GM]?$/i;

/** mAP@.5 and mAP@.5:.95 (or F1), the third and fourth metrics. */
const MAP_50 = 2;
const MAP_50_95 = 3;

/**
 * A memory glued to the next field: YOLOv5-Lite prints its learning rate '%10.8g', whose eight digits overflow
 * the field (`0.74G0.025535977`); the memory's unit ends it (ultralytics-txt-layout.ts, readers-147).
 */
const MEMORY_GLUED_TO_NUMBER = /^(\d+(?:\.\d+)?[GM])(\d.*)$/;

function fieldsOf(line: string): string[] {
  const fields = line.trim().split(/\s+/);
  const glued = fields.length > 1 ? MEMORY_GLUED_TO_NUMBER.exec(fields[1]) : null;
  return glued === null ? fields : [fields[0], glued[1], glued[2], ...fields.slice(2)];
}

interface Row { line: number; epoch: number; values: (number | undefined)[]; fields: readonly string[] }

/** True when `fields` open like a results.txt row: `epoch/total`, then the GPU memory. */
function opensLikeRow(fields: readonly string[]): boolean {
  return fields.length >= 2 && EPOCH_OF_TOTAL.test(fields[0]) && GPU_MEMORY.test(fields[1]);
}

/**
 * True for a file named `results*.txt` whose first line opens like a results.txt row
 * (`12/299  3.2G ...`). Its shape is checked when it is read, so that a results.txt of another
 * layout gets an error saying what was expected rather than 'not a training log'.
 */
export function isUltralyticsResultsTxt(fileName: string, text: string): boolean {
  if (!RESULTS_TXT_NAME.test(baseName(fileName))) return false;
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((line) => line.trim() !== '');
  return first !== undefined && opensLikeRow(fieldsOf(first));
}

/** Why `fields` is not a row of the layout (undefined when it is one), and its numbers. */
function readRow(fields: readonly string[], columns: number): { reason: string } | { epoch: number; values: (number | undefined)[] } {
  if (fields.length !== columns) return { reason: `${fields.length} fields, expected ${columns} (the first row's)` };
  const epoch = EPOCH_OF_TOTAL.exec(fields[0]);
  if (epoch === null) return { reason: `'${fields[0]}' is not an epoch written 'epoch/total'` };
  if (!GPU_MEMORY.test(fields[1])) return { reason: `'${fields[1]}' is not the GPU memory ('3.2G')` };
  const values: (number | undefined)[] = [];
  for (let i = 2; i < columns; i++) {
    const value = parseNumber(fields[i]);
    if (value === null) return { reason: `field ${i + 1} ('${fields[i]}') is not a number` };
    values[i] = value;
  }
  return { epoch: Number(epoch[1]), values };
}

/** The line at which mAP@.5:.95 would exceed mAP@.5 (it cannot: that column is F1), if any. */
function lineWhereF1(rows: readonly Row[], firstMetric: number): number | undefined {
  // Printed to 3-4 significant digits: allow for the rounding.
  const above = rows.find(({ values }) => (values[firstMetric + MAP_50_95] ?? 0) > (values[firstMetric + MAP_50] ?? 0) * 1.01 + 1e-4);
  return above?.line;
}

/** 'line 4', 'lines 4-299' (rows in a row) or 'lines 4, ..., 299' for some rows of `all`. */
function linesOf(some: readonly Row[], all: readonly Row[]): string {
  const first = some[0].line;
  const last = some.at(-1)?.line ?? first;
  if (some.length === 1) return `line ${first}`;
  const inARow = all.indexOf(some.at(-1) as Row) - all.indexOf(some[0]) === some.length - 1;
  return inARow ? `lines ${first}-${last}` : `lines ${first}, ..., ${last}`;
}

const UNKNOWN_LAYOUT = 'epoch/total, gpu_mem, the training loss components and their total (the first column from the fourth on that is the sum of those before it on every row, to the printed precision; YOLOv5 of late 2021 printed none, with as many validation components as training ones), targets, img_size, P, R, mAP@.5, mAP@.5:.95, the validation losses (and in some forks their total): YOLOv5 before v6.0, YOLOv7, YOLOv3 and their forks';

/** Parses an Ultralytics results.txt (see the module comment); `file` names it in messages. */
export function parseUltralyticsResultsTxt(text: string, file: string): ParsedLog {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const endsWithNewline = lines.at(-1) === '';
  const rows: Row[] = [];
  const warnings: string[] = [];
  let columns: number | undefined;
  let damage: Damage | undefined;
  for (let i = 0; i < lines.length && damage === undefined; i++) {
    if (lines[i].trim() === '') continue;
    const line = i + 1;
    const fields = fieldsOf(lines[i]);
    if (columns === undefined) {
      if (!opensLikeRow(fields)) throw unknownLayout(file, line, fields);
      columns = fields.length;
    }
    const row = readRow(fields, columns);
    if ('reason' in row) {
      const last = lines.slice(i + 1).every((rest) => rest.trim() === '');
      if (last && !endsWithNewline && fields.length < columns) warnings.push(incompleteLastLineNote(file, line, `${fields.length} of ${columns} fields`));
      else damage = { line, reason: row.reason };
      break;
    }
    rows.push({ line, ...row, fields });
  }
  if (columns === undefined) throw logError(file, 'an empty results.txt: no rows');
  if (rows.length === 0 && damage !== undefined) throw logError(file, damage.reason, damage.line);
  const layout = findLayout(rows.map(({ values }) => values), columns);
  if (layout === undefined) throw unknownLayout(file, rows[0].line, rows[0].fields);
  if (damage !== undefined) warnings.push(damageNote(file, damage, rows.length, 'row'));
  const f1Line = lineWhereF1(rows, layout.firstMetric);
  const names = columnNames(layout, columns, f1Line !== undefined);
  const skipped = rows.filter(({ values }) => notEvaluated(values, layout));
  const builder = new SeriesBuilder();
  for (const { line, epoch, values } of rows) {
    builder.line = line;
    const evaluated = !notEvaluated(values, layout);
    names.forEach((name, i) => {
      const value = values[i];
      if (name !== undefined && value !== undefined && (evaluated || i < layout.firstMetric)) builder.add(name, { step: epoch, epoch, value });
    });
  }
  const shape = `${layout.trainComponents} training and ${layout.validationComponents} validation loss components${layout.validationTotal ? ' and a validation total' : ''}`;
  const notes = [
    `Ultralytics' header-less results.txt (${columns} columns: ${shape}), its columns named as in YOLOv5's results.csv; the GPU memory, printed totals, target count and image size columns are not read`,
    ...(f1Line === undefined ? [] : [`column ${layout.firstMetric + MAP_50_95 + 1} is F1, not mAP@.5:.95 (it exceeds mAP@.5 on line ${f1Line}, as YOLOv3 before Nov 2020 wrote it)`]),
    ...(skipped.length === 0 ? [] : [`${skipped.length} of ${rows.length} rows have only zeros for the metrics and validation losses (${linesOf(skipped, rows)}): YOLO's train.py prints zeros until it first evaluates (--notest / --noval evaluate only the last epoch), so those epochs have no validation points`]),
  ];
  const series = builder.finish(file, warnings, notes);
  return withUltralyticsTotals({ format: 'ultralytics', series, warnings, notes }, file);
}

function unknownLayout(file: string, line: number, fields: readonly string[]): LogFileError {
  return logError(file, `not an Ultralytics results.txt this reader knows: line ${line} has ${fields.length} fields ('${fields.slice(0, 3).join(' ')} ...'); expected ${UNKNOWN_LAYOUT}`, line);
}
