/**
 * Label sets made afresh for every item (by `loki.process`, say), turned
 * back into one shared, frozen object per distinct set, so that what comes
 * after (relabel caches, the stores) finds them by identity. Remembers a
 * bounded number of sets: past that it starts over, so that a label taking
 * a new value on every item cannot fill memory.
 */
import type { Labels } from './model';

const LIMIT = 10_000;

export class LabelSets {
  private readonly sets = new Map<string, Labels>();

  /** The shared object for these labels, in their order. */
  intern(labels: ReadonlyMap<string, string>): Labels {
    let key = '';
    labels.forEach((value, name) => {
      key += `${name}\u0000${value}\u0001`;
    });
    let shared = this.sets.get(key);
    if (shared === undefined) {
      if (this.sets.size >= LIMIT) this.sets.clear();
      shared = Object.freeze(Object.fromEntries(labels));
      this.sets.set(key, shared);
    }
    return shared;
  }
}
