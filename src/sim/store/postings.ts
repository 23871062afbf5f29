/**
 * An inverted index from label name and value to the ids of the series (or
 * streams) carrying them, so a selector such as `{job="loki"}` visits only
 * the matching series instead of every one. Regular-expression matchers test
 * each distinct value of their label once, not each series.
 */
import type { Labels } from '../model';
import type { LabelMatcher } from './labels';

export class PostingsIndex {
  private readonly byName = new Map<string, Map<string, Set<number>>>();
  private readonly labelsById = new Map<number, Labels>();

  get size(): number {
    return this.labelsById.size;
  }

  add(id: number, labels: Labels): void {
    this.labelsById.set(id, labels);
    for (const [name, value] of Object.entries(labels)) {
      let values = this.byName.get(name);
      if (!values) this.byName.set(name, (values = new Map()));
      let ids = values.get(value);
      if (!ids) values.set(value, (ids = new Set()));
      ids.add(id);
    }
  }

  delete(id: number): void {
    const labels = this.labelsById.get(id);
    if (!labels) return;
    this.labelsById.delete(id);
    for (const [name, value] of Object.entries(labels)) {
      const values = this.byName.get(name);
      const ids = values?.get(value);
      if (!values || !ids) continue;
      ids.delete(id);
      if (ids.size === 0) values.delete(value);
      if (values.size === 0) this.byName.delete(name);
    }
  }

  /**
   * The ids whose labels satisfy every matcher. Matchers that reject the
   * empty value narrow the candidates by union of matching postings;
   * matchers that accept it (such as `a!="x"` or `a=~".*"`) only remove
   * series whose value they reject.
   */
  select(matchers: readonly LabelMatcher[]): number[] {
    let candidates: Set<number> | null = null;
    const exclusions: LabelMatcher[] = [];
    for (const matcher of matchers) {
      if (matcher.matches('')) {
        exclusions.push(matcher);
        continue;
      }
      const matching = this.postingsMatching(matcher);
      candidates = candidates ? intersect(candidates, matching) : matching;
      if (candidates.size === 0) return [];
    }
    const ids = candidates ?? this.labelsById.keys();
    if (exclusions.length === 0) return [...ids];
    const result: number[] = [];
    for (const id of ids) {
      const labels = this.labelsById.get(id) ?? {};
      if (exclusions.every((matcher) => matcher.matches(labels[matcher.name] ?? ''))) result.push(id);
    }
    return result;
  }

  /** The distinct values of a label among all entries. */
  labelValues(name: string): string[] {
    return [...(this.byName.get(name)?.keys() ?? [])];
  }

  labelNames(): string[] {
    return [...this.byName.keys()];
  }

  private postingsMatching(matcher: LabelMatcher): Set<number> {
    const values = this.byName.get(matcher.name);
    if (!values) return new Set();
    if (matcher.op === '=') return new Set(values.get(matcher.value));
    const result = new Set<number>();
    for (const [value, ids] of values) if (matcher.matches(value)) for (const id of ids) result.add(id);
    return result;
  }
}

function intersect(a: Set<number>, b: Set<number>): Set<number> {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const result = new Set<number>();
  for (const id of small) if (large.has(id)) result.add(id);
  return result;
}
