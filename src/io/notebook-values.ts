/**
 * A history a notebook shows as a value rather than prints as it trains (readers-127): a cell
 * whose whole stdout or `text/plain` value is a Python dict or list literal, or JSON, that the JSON
 * history readers take (json-log.ts): Keras' `history.history` shown after a quiet `fit(verbose=0)`
 * (`{'loss': [0.52, 0.41, ...], 'val_loss': [...]}`), CNTK's `fit()` summary (`{'epoch_summaries':
 * [{'loss': 1.81, 'metric': 0.0, 'samples': 50000}, ...], 'updates': [...]}`, ilkarman's
 * DeepLearningFrameworks, 70th corpus d05), a list of per-epoch records. Read only where the
 * notebook's printed output holds no console training log (notebook-log.ts): a notebook that
 * printed its epochs is read from those lines, as before. The latest cell holding one is the run,
 * as the console readers take a notebook's last training. Browser-safe.
 */
import { cellName, printedPieces } from './notebook-cells.js';
import { parseJsonLog } from './json-log.js';
import type { ParsedLog } from './types.js';

/** A dict or list literal, the whole piece: `{` ... `}` or `[` ... `]`. */
const WHOLE_LITERAL = /^\s*(?:\{[\s\S]*\}|\[[\s\S]*\])\s*$/;

/** The history of the latest cell whose printed value (or stdout) is one (see the module comment), else undefined. */
export function historyShownInNotebook(text: string, file: string): ParsedLog | undefined {
  const pieces = printedPieces(text, file).filter((piece) => WHOLE_LITERAL.test(piece.text));
  for (let index = pieces.length - 1; index >= 0; index--) {
    const { cell, text: shown } = pieces[index];
    let parsed: ParsedLog;
    try {
      parsed = parseJsonLog(shown, file);
    } catch {
      continue; // a dict of another kind (settings, a summary of one evaluation): not a history
    }
    const note = `a Jupyter notebook whose printed output holds no console training log: the history is ${cellName(cell)}'s printed value, ` +
      'a dict or list literal, read as a JSON history file is';
    return { ...parsed, notes: [note, ...(parsed.notes ?? [])] };
  }
  return undefined;
}
