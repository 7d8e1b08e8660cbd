/**
 * Prints how far the two labellers of each corpus part that has second labels agree, and how the
 * tool scores against the first labels, the second ones and their consensus:
 *   npx tsx test/monitor/agreement-report.ts
 * The figures are the ones docs/diagnose.md ("Do two labellers agree?") reports.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diagnoseCorpus, scoreCorpus, type CorpusScore, type CorpusResult, type CorpusLabel } from './evaluation-corpus.js';
import { consensusLabels, labelPair, scoreLabelsAgainst } from './label-agreement.js';

const MONITOR = dirname(fileURLToPath(import.meta.url));

function relabel(results: readonly CorpusResult[], labels: readonly CorpusLabel[]): CorpusResult[] {
  const byId = new Map(labels.map((label) => [label.id, label]));
  return results.map((result) => ({ ...result, label: byId.get(result.label.id)! }));
}

/** The 95 % Wilson score interval of a proportion (the intervals docs/diagnose.md quotes). */
function wilsonInterval(successes: number, trials: number): [number, number] {
  if (trials === 0) return [0, 1];
  const z = 1.959964;
  const share = successes / trials;
  const centre = (share + (z * z) / (2 * trials)) / (1 + (z * z) / trials);
  const half = (z * Math.sqrt((share * (1 - share)) / trials + (z * z) / (4 * trials * trials))) / (1 + (z * z) / trials);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

interface Tally { found: number; expected: number; falseAlarms: number; runs: number }
const tallies = new Map<string, Tally>();

function line(name: string, part: string, score: CorpusScore): string {
  const tally = tallies.get(name) ?? { found: 0, expected: 0, falseAlarms: 0, runs: 0 };
  tallies.set(name, {
    found: tally.found + score.found, expected: tally.expected + score.expected,
    falseAlarms: tally.falseAlarms + score.falseAlarms.length, runs: tally.runs + score.runs,
  });
  return `  ${part.padEnd(20)} ${name.padEnd(34)} ${formatted(score.found, score.expected, score.falseAlarms.length, score.runs)}`;
}

function formatted(found: number, expected: number, falseAlarms: number, runs: number): string {
  const [low, high] = wilsonInterval(found, expected);
  const share = (100 * found) / expected;
  return `${found} of ${expected} (${share.toFixed(0)} %, ${(100 * low).toFixed(0)}-${(100 * high).toFixed(0)} %), ` +
    `${falseAlarms} false alarms in ${runs} runs`;
}

const parts = readdirSync(MONITOR).filter((name) => name.startsWith('corpus') && labelPair(join(MONITOR, name)) !== undefined).sort();
for (const part of parts) {
  const dir = join(MONITOR, part);
  const { first, second } = labelPair(dir)!;
  const results = await diagnoseCorpus(dir);
  console.log(part);
  console.log(line('labeller 2 against labeller 1', part, scoreLabelsAgainst(first, second)));
  console.log(line('labeller 1 against labeller 2', part, scoreLabelsAgainst(second, first)));
  console.log(line('labeller 2 (first options) against 1', part, scoreLabelsAgainst(first, second, 'first')));
  console.log(line('labeller 1 (first options) against 2', part, scoreLabelsAgainst(second, first, 'first')));
  console.log(line('tool against labeller 1', part, scoreCorpus(results)));
  console.log(line('tool against labeller 2', part, scoreCorpus(relabel(results, second))));
  console.log(line('tool against the consensus', part, scoreCorpus(relabel(results, consensusLabels(first, second)))));
  const consensus = scoreCorpus(relabel(results, consensusLabels(first, second)));
  for (const miss of consensus.misses) console.log(`    the tool missed ${miss.kind} in ${miss.id}, which both labellers expect`);
  const disagreements = scoreLabelsAgainst(first, second);
  for (const miss of disagreements.misses) console.log(`    labeller 2 did not expect ${miss.kind} in ${miss.id}`);
  for (const alarm of disagreements.falseAlarms) console.log(`    labeller 2 expected ${alarm.kind} in ${alarm.id}, neither expected nor allowed by labeller 1`);
}
console.log('pooled');
for (const [name, tally] of tallies) console.log(`  ${name.padEnd(34)} ${formatted(tally.found, tally.expected, tally.falseAlarms, tally.runs)}`);
