/**
 * Ultralytics' header-less `results.txt`, which YOLOv3, YOLOv5 before v6.0 and YOLOv7 append one
 * row per epoch to (train.py: the progress bar's last description `s`, then `'%10.4g' * 7 % results`),
 * fields separated by spaces, no header:
 *
 *   15 columns  epoch/total, gpu_mem, box, obj, cls, total, targets, img_size,
 *               P, R, mAP@.5, mAP@.5:.95, val box, val obj, val cls
 *               (YOLOv5 <= v5.0, YOLOv7, ultralytics/yolov3 from Sep 2019; yolov3 named the box
 *               loss 'GIoU' and wrote F1 where mAP@.5:.95 is until Nov 2020)
 *   16 columns  epoch/total, gpu_mem, GIoU/xy, wh, obj, cls, total, targets, img_size,
 *               P, R, mAP@.5, F1, val GIoU, val obj, val cls (ultralytics/yolov3, Aug 2019)
 *
 * The columns get the names YOLOv5's `results.csv` gives them (`train/box_loss`, ...,
 * `metrics/mAP_0.5`, `val/cls_loss`), so the run is read as that file is (ultralytics.ts: each
 * split's loss the sum of its components). The epoch (0-based, `12` of `12/299`) is the step.
 * GPU memory, the printed total (the training components' sum, which the totals recompute), the
 * last batch's target count and the image size are not series. A row that does not have the
 * first row's shape ends the readable part: the rows before it are kept, with a warning naming
 * its line. Browser-safe.
 */
import { baseName, damageNote, incompleteLastLineNote, logError, parseNumber, SeriesBuilder, type Damage } from './series.js';
import type { ParsedLog } from './types.js';
import { withUltralyticsTotals } from './ultralytics.js';

/** `plot_results` globs `results*.txt` (YOLOv3 renamed it `results_<name>.txt` after training). */
const RESULTS_TXT_NAME = /^results[^/\\]*\.txt$/i;
/** `'%g/%g' % (epoch, epochs - 1)`. */
const EPOCH_OF_TOTAL = /^(\d+)\/(\d+)$/;
/** `'%.3gG' % mem` (YOLOv5, YOLOv7; `0G` without a GPU). */
const GPU_MEMORY = /^\d+(?:\.\d+)?(?:e[+-]?\d+)?[GM]?$/i;

/** The series each column is (undefined: not a series), by the number of columns. */
const LAYOUTS: Readonly<Record<number, readonly (string | undefined)[]>> = {
  15: [
    undefined, undefined, 'train/box_loss', 'train/obj_loss', 'train/cls_loss', undefined, undefined, undefined,
    'metrics/precision', 'metrics/recall', 'metrics/mAP_0.5', 'metrics/mAP_0.5:0.95',
    'val/box_loss', 'val/obj_loss', 'val/cls_loss',
  ],
  16: [
    undefined, undefined, 'train/box_loss', 'train/wh_loss', 'train/obj_loss', 'train/cls_loss', undefined, undefined, undefined,
    'metrics/precision', 'metrics/recall', 'metrics/mAP_0.5', 'metrics/F1',
    'val/box_loss', 'val/obj_loss', 'val/cls_loss',
  ],
};
const MAP_50 = 10;
const MAP_50_95 = 11;

const fieldsOf = (line: string) => line.trim().split(/\s+/);

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
function lineWhereF1(rows: readonly { line: number; values: readonly (number | undefined)[] }[]): number | undefined {
  // Printed to 3-4 significant digits: allow for the rounding.
  const above = rows.find(({ values }) => (values[MAP_50_95] ?? 0) > (values[MAP_50] ?? 0) * 1.01 + 1e-4);
  return above?.line;
}

/** Parses an Ultralytics results.txt (see the module comment); `file` names it in messages. */
export function parseUltralyticsResultsTxt(text: string, file: string): ParsedLog {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const endsWithNewline = lines.at(-1) === '';
  const rows: { line: number; epoch: number; values: (number | undefined)[] }[] = [];
  const warnings: string[] = [];
  let columns: number | undefined;
  let damage: Damage | undefined;
  for (let i = 0; i < lines.length && damage === undefined; i++) {
    if (lines[i].trim() === '') continue;
    const line = i + 1;
    const fields = fieldsOf(lines[i]);
    if (columns === undefined) {
      if (!opensLikeRow(fields) || LAYOUTS[fields.length] === undefined) {
        throw logError(file, `not an Ultralytics results.txt this reader knows: line ${line} has ${fields.length} fields ('${fields.slice(0, 3).join(' ')} ...'); expected 15 (epoch/total, gpu_mem, box, obj, cls, total, targets, img_size, P, R, mAP@.5, mAP@.5:.95, val box, obj, cls: YOLOv5 before v6.0, YOLOv7, YOLOv3) or 16 (YOLOv3 of Aug 2019, with 'wh' and F1)`, line);
      }
      columns = fields.length;
    }
    const row = readRow(fields, columns);
    if ('reason' in row) {
      const last = lines.slice(i + 1).every((rest) => rest.trim() === '');
      if (last && !endsWithNewline && fields.length < columns) warnings.push(incompleteLastLineNote(file, line, `${fields.length} of ${columns} fields`));
      else damage = { line, reason: row.reason };
      break;
    }
    rows.push({ line, ...row });
  }
  if (columns === undefined) throw logError(file, 'an empty results.txt: no rows');
  if (damage !== undefined) {
    if (rows.length === 0) throw logError(file, damage.reason, damage.line);
    warnings.push(damageNote(file, damage, rows.length, 'row'));
  }
  const names = [...LAYOUTS[columns]];
  const f1Line = columns === 15 ? lineWhereF1(rows) : undefined;
  if (f1Line !== undefined) names[MAP_50_95] = 'metrics/F1';
  const builder = new SeriesBuilder();
  for (const { line, epoch, values } of rows) {
    builder.line = line;
    names.forEach((name, i) => {
      const value = values[i];
      if (name !== undefined && value !== undefined) builder.add(name, { step: epoch, epoch, value });
    });
  }
  const notes = [
    `Ultralytics' header-less results.txt (${columns} columns), its columns named as in YOLOv5's results.csv; the GPU memory, printed total, target count and image size columns are not read`,
    ...(f1Line === undefined ? [] : [`column 12 is F1, not mAP@.5:.95 (it exceeds mAP@.5 on line ${f1Line}, as YOLOv3 before Nov 2020 wrote it)`]),
  ];
  const series = builder.finish(file, warnings, notes);
  return withUltralyticsTotals({ format: 'ultralytics', series, warnings, notes }, file);
}
