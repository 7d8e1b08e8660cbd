import type { CompareHooks, CompareProgress } from '../compare/index.js';

/**
 * Where a long command reports progress: stderr, so stdout stays the result. On a terminal a
 * bar redrawn in place; otherwise (CI logs, pipes) one plain line per finished run; nothing
 * with --json.
 */
export interface CommandIO {
  /** Writes text to the progress stream as is (no newline added). */
  progress(text: string): void;
  readonly isTTY: boolean;
}

export const SILENT_IO: CommandIO = { progress: () => undefined, isTTY: false };

const BAR_WIDTH = 24;

function bar(done: number, total: number): string {
  const filled = total ? Math.round((BAR_WIDTH * done) / total) : BAR_WIDTH;
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}]`;
}

/** Compare hooks that draw training progress on `io`. */
export function progressHooks(io: CommandIO, heading = ''): CompareHooks {
  const prefix = (p: CompareProgress) => `${heading}[${p.index + 1}/${p.total}] ${p.label}${p.evaluations > 1 ? `, fold ${p.evaluation + 1}/${p.evaluations}` : ''}`;
  if (io.isTTY) {
    return {
      onEpoch(p, record) {
        io.progress(`\r\u001b[2K${prefix(p)} ${bar(record.epoch, p.epochs)} epoch ${record.epoch} (at most ${p.epochs})`);
      },
      onRunEnd(p, run) {
        io.progress(`\r\u001b[2K${prefix(p)} done in ${run.seconds.toFixed(1)} s\n`);
      },
    };
  }
  return {
    onRunEnd(p, run) {
      const diverged = run.divergedAtEpoch === undefined ? '' : ` (diverged at epoch ${run.divergedAtEpoch})`;
      io.progress(`${prefix(p)}: ${run.history.length} epochs in ${run.seconds.toFixed(1)} s${diverged}\n`);
    },
  };
}
