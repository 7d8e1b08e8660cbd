/**
 * The console layouts looked for only when every other reader, the plain console reader last,
 * declines a text (parse-log.ts' `detectLogFormat`, walk-detect.ts), so that no text read before
 * changes reader: build-nanogpt's step log (step-split-log.ts), OpenAI logger's key/value tables
 * (kv-table-log.ts), a console table under a header naming a counter and a loss
 * (column-table-log.ts), and a gradient-boosting library's evaluation lines (booster-log.ts: CatBoost,
 * XGBoost, LightGBM), which the plain console reader passes by. Browser-safe.
 */
import { isBoosterLogText } from './booster-log.js';
import { isColumnTableText } from './column-table-log.js';
import { isKeyValueTableText } from './kv-table-log.js';
import { isStepSplitText } from './step-split-log.js';

export type TableLogKind = 'step-split' | 'kv-table' | 'column-table' | 'booster';

/** True for one of these layouts' kinds (a log kind of any reader given). */
export function isTableLogKind(kind: string | undefined): kind is TableLogKind {
  return kind === 'step-split' || kind === 'kv-table' || kind === 'column-table' || kind === 'booster';
}

/** Which of these layouts `text` is, if any. */
export function tableLogKindOf(text: string): TableLogKind | undefined {
  if (isStepSplitText(text)) return 'step-split';
  if (isKeyValueTableText(text)) return 'kv-table';
  if (isColumnTableText(text)) return 'column-table';
  if (isBoosterLogText(text)) return 'booster';
  return undefined;
}
