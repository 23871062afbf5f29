/**
 * Mimir's series and Loki's streams by label set: each gets an id and
 * normalised labels (sorted, without empty values), sits in the postings
 * index for selection, and goes once retention has emptied it.
 *
 * Lookups go by label object first. Sources, scrapes and relabelling hand
 * out the same object for the same series again and again (label sets are
 * never changed once sent), so most pushes skip building the canonical key.
 * Label sets made afresh for every entry (by `loki.process`, say) are found
 * next by their labels in the order given, which one pipeline keeps the
 * same: that key needs no sorting and no completing.
 */
import type { Labels } from '../model';
import { labelsKey, normalizeLabels, type LabelMatcher } from './labels';
import { PostingsIndex } from './postings';

type Series = { readonly id: number; readonly labels: Labels };

export class SeriesRegistry<S extends Series> {
  private readonly byKey = new Map<string, S>();
  private readonly byId = new Map<number, S>();
  private readonly byObject = new WeakMap<Labels, S>();
  private readonly byArrivalKey = new Map<string, S>();
  private readonly index = new PostingsIndex();
  private nextId = 0;

  constructor(
    /** Makes a new series from its id and normalised labels. */
    private readonly create: (id: number, labels: Labels) => S,
    /** The label set a pushed one stands for (Loki adds `service_name`). */
    private readonly complete: (labels: Labels) => Labels = (labels) => labels,
  ) {}

  get size(): number {
    return this.byId.size;
  }

  values(): IterableIterator<S> {
    return this.byId.values();
  }

  /** The series of a pushed label set, made on first sight. */
  seriesFor(pushed: Labels): S {
    const known = this.byObject.get(pushed);
    // A series retention removed is made anew when its labels come back.
    if (known !== undefined && this.byId.get(known.id) === known) return known;
    const arrivalKey = arrivalOrderKey(pushed);
    const arrived = this.byArrivalKey.get(arrivalKey);
    if (arrived !== undefined && this.byId.get(arrived.id) === arrived) {
      this.byObject.set(pushed, arrived);
      return arrived;
    }
    const labels = this.complete(pushed);
    const key = labelsKey(labels);
    let series = this.byKey.get(key);
    if (!series) {
      series = this.create(this.nextId++, normalizeLabels(labels));
      this.byKey.set(key, series);
      this.byId.set(series.id, series);
      this.index.add(series.id, series.labels);
    }
    this.byObject.set(pushed, series);
    this.byArrivalKey.set(arrivalKey, series);
    return series;
  }

  /** The series whose labels satisfy every matcher. */
  select(matchers: readonly LabelMatcher[]): S[] {
    return this.index.select(matchers).map((id) => this.byId.get(id) as S);
  }

  labelValues(name: string): string[] {
    return this.index.labelValues(name);
  }

  labelNames(): string[] {
    return this.index.labelNames();
  }

  /** Removes every series for which `emptied` (which may trim it first) says nothing is left. */
  removeEmptied(emptied: (series: S) => boolean): void {
    let removed = false;
    for (const [key, series] of this.byKey) {
      if (!emptied(series)) continue;
      this.byKey.delete(key);
      this.byId.delete(series.id);
      this.index.delete(series.id);
      removed = true;
    }
    if (removed) this.byArrivalKey.clear();
  }
}

/** A label set's names and values in the order given: equal only for equal sets. */
function arrivalOrderKey(labels: Labels): string {
  let key = '';
  for (const name in labels) key += `${name}\u0000${labels[name]}\u0001`;
  return key;
}
