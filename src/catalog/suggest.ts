/**
 * "Did you mean …?" for any set of names: components, arguments, blocks, or
 * the file's own labels and references.
 */

/**
 * Edit distance counting insertions, deletions, substitutions and swaps of two
 * adjacent characters, each as 1 (optimal string alignment). With `limit`, it
 * stops early and returns `limit + 1` as soon as the distance must exceed it.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;

  // Three rolling rows: two rows back (for swaps), the previous row, the current row.
  let beforePrevious = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);

  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, beforePrevious[j - 2]! + 1);
      }
      current[j] = best;
      if (best < rowMinimum) rowMinimum = best;
    }
    if (rowMinimum > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length]!;
}

/** How far a misspelling may be from a name and still be suggested: about one edit per three characters. */
export function suggestionLimit(name: string): number {
  return Math.max(1, Math.floor(name.length / 3));
}

/**
 * The candidates closest to `name`, nearest first (ties keep candidate order),
 * at most `max` of them, none farther than `suggestionLimit(name)`.
 * A case-only difference counts as the closest possible match.
 */
export function suggestNames(name: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = suggestionLimit(name);
  const lower = name.toLowerCase();
  const scored: { candidate: string; distance: number }[] = [];
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const candidateLower = candidate.toLowerCase();
    const distance = candidateLower === lower ? 0.5 : editDistance(lower, candidateLower, limit);
    if (distance <= limit) scored.push({ candidate, distance });
  }
  scored.sort((x, y) => x.distance - y.distance);
  return scored.slice(0, max).map((s) => s.candidate);
}

/** The single best suggestion, or null. */
export function closestName(name: string, candidates: Iterable<string>): string | null {
  return suggestNames(name, candidates, 1)[0] ?? null;
}
