/**
 * The fourth real-log corpora's metadata, checked without diagnosing anything: labels were
 * committed before any tool ran on these runs, and scoring them is a separate, later step.
 * Each fourth corpus must be new data: no repository of an earlier corpus (nor of its sibling
 * fourth corpus), and no file byte-identical to one an earlier corpus already holds (a fork can
 * carry the same log under another name).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_KINDS } from '../../src/monitor/index.js';
import { CORPUS_DIR, HELDOUT_CORPUS_DIR, THIRD_CORPUS_DIR, corpusLabels, corpusSources } from './evaluation-corpus.js';
import { expectLabelledRuns } from './evaluation-floors.js';

const FOURTH_B_DIR = join(THIRD_CORPUS_DIR, '..', 'corpus-fourth-b');
const FOURTH_A_DIR = join(THIRD_CORPUS_DIR, '..', 'corpus-fourth-a');
const EARLIER = [CORPUS_DIR, HELDOUT_CORPUS_DIR, THIRD_CORPUS_DIR];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function runFileHashes(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const file of filesUnder(join(dir, 'runs'))) hashes.set(createHash('sha256').update(readFileSync(file)).digest('hex'), file);
  return hashes;
}

describe('the fourth real-log corpus (b): metadata only, nothing diagnosed', () => {
  const sibling = existsSync(join(FOURTH_A_DIR, 'sources.json')) ? [FOURTH_A_DIR] : [];

  it('has 15+ labelled runs, each with a source, a licence and a reason, none from a repository of an earlier or sibling corpus', () => {
    expectLabelledRuns(FOURTH_B_DIR, 15, [...EARLIER, ...sibling]);
  });

  it('every label has its source and its run folder, and names only known finding kinds', () => {
    const sources = new Set(corpusSources(FOURTH_B_DIR).map((source) => source.id));
    const labels = corpusLabels(FOURTH_B_DIR);
    expect(new Set(labels.map((label) => label.id))).toEqual(sources);
    const kinds = new Set<string>(FINDING_KINDS);
    for (const label of labels) {
      expect(filesUnder(join(FOURTH_B_DIR, 'runs', label.id)).length, label.id).toBeGreaterThan(0);
      for (const kind of [...label.expected.flatMap((entry) => entry.split('|')), ...label.allowed]) {
        expect(kinds.has(kind), `${label.id}: ${kind}`).toBe(true);
      }
    }
  });

  it('holds no file byte-identical to a file of an earlier or sibling corpus', () => {
    const ours = runFileHashes(FOURTH_B_DIR);
    for (const other of [...EARLIER, ...sibling]) {
      for (const [hash, file] of runFileHashes(other)) expect(ours.get(hash), file).toBeUndefined();
    }
  });
});
