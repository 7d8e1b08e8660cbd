/**
 * "Did you mean" suggestions for names typed by people: the registry's lookup, the CLI's
 * option and threshold names. Levenshtein distance (insertions, deletions, substitutions).
 */

/** Edit distance between `a` and `b`: the fewest one-character insertions, deletions or substitutions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidates close to `wanted`, closest first (ties keep the candidates' order): within an
 * edit distance of a third of the candidate's length (at least 1, so 'hubr' and 'hubber' both
 * find 'huber'), or containing `wanted` when it has 3 characters or more ('focal' finds
 * 'sigmoid-focal'), or contained in it ('huber-loss' finds 'huber'). At most `limit`, each once.
 */
export function closeMatches(wanted: string, candidates: Iterable<string>, limit = 3): string[] {
  const scored: { candidate: string; distance: number }[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (seen.has(candidate)) continue;
    seen.add(candidate);
    const distance = editDistance(wanted, candidate);
    const contains = (wanted.length >= 3 && candidate.includes(wanted)) || (candidate.length >= 3 && wanted.includes(candidate));
    if (distance <= Math.max(1, Math.floor(candidate.length / 3)) || contains) {
      scored.push({ candidate, distance });
    }
  }
  return scored.sort((a, b) => a.distance - b.distance).slice(0, limit).map(({ candidate }) => candidate);
}
