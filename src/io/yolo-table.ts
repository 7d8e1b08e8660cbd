/**
 * YOLO trainers' console table, which column-table-log.ts reads: a header, then each epoch's row,
 * which is the description of the epoch's tqdm bar (YOLOv5's train.py, YOLOv7's, Ultralytics'
 * `BaseTrainer._do_train` since YOLOv8):
 *
 *         Epoch    GPU_mem   box_loss   obj_loss   cls_loss  Instances       Size
 *        0/3999      1.85G     0.1714   0.007239    0.04683          5        320: 100% 8/8 [00:03<00:00,  2.36it/s]
 *                   Class     Images  Instances          P          R      mAP50   mAP50-95: 100% 1/1 [00:00<00:00]
 *                     all         30         49      0.762      0.821      0.878      0.388
 *
 *   YOLOv5 before v6 and YOLOv7: `Epoch gpu_mem box obj cls total labels img_size` (some forks
 *   without `total`); YOLOv8+: `Epoch GPU_mem box_loss cls_loss dfl_loss Instances Size`, epochs
 *   counted from 1 (`f"{epoch + 1}/{self.epochs}"`).
 *
 * The row's figures are running means of the epoch's loss components so far (`mloss`), printed
 * '%10.4g' (v8: '%11.4g'); the bar's last frame holds the epoch's means. The bar's own tail from
 * `: NN%` is cut; the memory cell (`1.85G`, `0G` without CUDA) and the counts (instances or labels
 * in the batch, the image size) are context, not series. A log written without a terminal keeps a
 * frame per line (`0% 0/8` before `100% 8/8`): a row drawn again for its epoch replaces the one
 * before. The evaluation rows under `Class Images ...` (P, R, mAP) name no counter and are passed
 * by. The training loss is the `total` column where printed, else the components' sum, as the
 * trainer back-propagates it (ultralytics.ts sums results.csv's the same way). Browser-safe.
 */

/** The memory column's names, and its cell: gigabytes with a `G`. */
const MEMORY_NAME = /^gpu_mem$/i;
const MEMORY_CELL = /^\d+(?:\.\d+)?G$/;
/** The counts after the components: the batch's instances (labels, targets) and the image size. */
const COUNT_NAME = /^(?:instances|labels|targets|size|img_size)$/i;
/**
 * The tqdm bar after a row's cells: `: 100%|███| 8/8 [...]`, `: 100% 8/8 [...]` (Colab), or cut to its first digit
 * (`416: 1`, a notebook that kept only the frame's start: the hundred-and-twenty-ninth corpus's a04, readers-152).
 */
const BAR_TAIL = /:\s+\d{1,3}(?:%.*)?$/;

/** The loss columns of a YOLO header's names, or undefined when the names are no YOLO header. */
export function yoloComponents(names: readonly string[]): readonly string[] | undefined {
  if (names.length < 5 || !/^epoch$/i.test(names[0]) || !MEMORY_NAME.test(names[1])) return undefined;
  const counts = names.findIndex((name, i) => i > 1 && COUNT_NAME.test(name));
  if (counts < 3 || !names.slice(counts).every((name) => COUNT_NAME.test(name))) return undefined;
  return names.slice(2, counts);
}

/** A row's text without its tqdm bar. */
export const withoutBarTail = (line: string): string => line.replace(BAR_TAIL, '');

/** True for a YOLO row's cell that is context, not a series: the memory, and the counts. */
export function isYoloContext(name: string, cell: string): boolean {
  return (MEMORY_NAME.test(name) && MEMORY_CELL.test(cell)) || COUNT_NAME.test(name);
}
