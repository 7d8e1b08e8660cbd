/**
 * A test evaluation printed once after a training, in a console log that evaluates another split
 * every epoch: bentrevett's tutorials print `\tValid Loss: 4.991 | Valid PPL: 147.028` each epoch,
 * then, after the loop, `| Test Loss: 3.780 | Test PPL:  43.833 |`. With no counter on it,
 * console-validation-place.ts would place the test line at the last training step, and the role
 * table reads 'test' as validation (PyTorch's tutorial logs its held-out curve as 'Loss/test'):
 * the test score would stand for the last validation point.
 *
 * So a line whose validation pairs are all a test split's (`test_loss`, `test_ppl`), without a
 * counter, naming none of the log's series yet, after validation series named otherwise ('valid_loss',
 * 'val_loss', 'eval_loss', 'dev_loss'), is held back: a training line after it makes it a per-epoch
 * test (Keras-style scripts printing validation and test each epoch), written where it was placed;
 * the log's end, another launch or a training line whose epoch goes back (another training: a
 * notebook's second model and its own test) with it still held makes it the held-out test, passed
 * by and counted in the reading note. Browser-safe.
 */
import type { ConsolePair } from './console-line.js';

const TEST = /^test(?:[_-]|$)/;
const OTHER_VALIDATION = /^(?:val|valid|validation|eval|evaluation|dev)(?:[_-]|$)/;

/** A test line held back where it would be placed. */
export interface HeldTest {
  readonly step: number;
  readonly epoch: number | undefined;
  readonly pairs: readonly ConsolePair[];
}

/** True for a line's validation `pairs` that are a test split's first line after validation series named otherwise (`names`; see the module comment). */
export function isHeldOutTest(pairs: readonly ConsolePair[], names: ReadonlySet<string>): boolean {
  return pairs.every(({ name }) => TEST.test(name) && !names.has(name)) && [...names].some((name) => OTHER_VALIDATION.test(name));
}
