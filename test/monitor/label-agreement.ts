/**
 * How far two labellers agree on the same runs (docs/diagnose.md, "Do two labellers agree?").
 * A corpus part's `labels.json` is its builder's; `labels-second.json`, where present, another
 * person's, written blind (the runs under other ids, without the first labels, the docs or any
 * tool output). Agreement is measured with the corpus scorer itself: one labeller's expected
 * kinds stand in for the tool's findings and are scored against the other's labels, so the
 * figures read like the tool's and bound what any tool can score against one labeller.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FindingKind } from '../../src/monitor/index.js';
import { corpusLabels, scoreCorpus, type CorpusLabel, type CorpusScore, type ScoredRun } from './evaluation-corpus.js';

export const SECOND_LABELS_FILE = 'labels-second.json';

/** The second labeller's labels of the part in `dir`, or undefined when it has none. */
export function secondLabels(dir: string): CorpusLabel[] | undefined {
  const path = join(dir, SECOND_LABELS_FILE);
  if (!existsSync(path)) return undefined;
  return (JSON.parse(readFileSync(path, 'utf8')) as { runs: CorpusLabel[] }).runs;
}

/** Every kind a label's expected items name: each option of an 'a|b', or only its first. */
function expectedKinds(label: CorpusLabel, options: 'every' | 'first' = 'every'): FindingKind[] {
  return [...new Set(label.expected.flatMap((item) => {
    const kinds = item.split('|') as FindingKind[];
    return options === 'every' ? kinds : kinds.slice(0, 1);
  }))];
}

function byId(labels: readonly CorpusLabel[]): Map<string, CorpusLabel> {
  return new Map(labels.map((label) => [label.id, label]));
}

/**
 * `reporter`'s labels scored as if they were the tool's findings against `judge`'s labels: a run's
 * findings are every kind its reporter expects. An 'a|b' reports both (the reading most favourable
 * to finding what the judge expects, the other option then possibly a false alarm), or, with
 * `options: 'first'`, only its first kind, committing to one reading as the tool must.
 */
export function scoreLabelsAgainst(
  judge: readonly CorpusLabel[], reporter: readonly CorpusLabel[], options: 'every' | 'first' = 'every',
): CorpusScore {
  const reported = byId(reporter);
  const runs: ScoredRun[] = judge.map((label) => {
    const other = reported.get(label.id);
    if (other === undefined) throw new Error(`label agreement: run '${label.id}' has no second label`);
    return { label, findings: expectedKinds(other, options).map((kind) => ({ kind, severity: 'info' as const })) };
  });
  return scoreCorpus(runs);
}

/**
 * Consensus labels: an item expected by both labellers (options in common) stays expected with
 * either's options accepted; an item only one expects becomes allowed; allowed is the union of
 * both labellers' allowed kinds and of every kind either expects.
 */
export function consensusLabels(first: readonly CorpusLabel[], second: readonly CorpusLabel[]): CorpusLabel[] {
  const seconds = byId(second);
  return first.map((label) => {
    const other = seconds.get(label.id);
    if (other === undefined) throw new Error(`label agreement: run '${label.id}' has no second label`);
    const expected: string[] = [];
    for (const item of label.expected) {
      const options = item.split('|');
      const match = other.expected.find((theirs) => theirs.split('|').some((kind) => options.includes(kind)));
      if (match !== undefined) expected.push([...new Set([...options, ...match.split('|')])].join('|'));
    }
    const allowed = [...new Set([...label.allowed, ...other.allowed, ...expectedKinds(label), ...expectedKinds(other)])];
    return { id: label.id, expected, allowed, reason: `consensus of: ${label.reason} | ${other.reason}` };
  });
}

/** The part's labels and its second labels, when it has them. */
export function labelPair(dir: string): { first: CorpusLabel[]; second: CorpusLabel[] } | undefined {
  const second = secondLabels(dir);
  return second === undefined ? undefined : { first: corpusLabels(dir), second };
}
