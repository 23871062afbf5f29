/**
 * The stages that set labels: `stage.labels` and `stage.structured_metadata`
 * (from extracted values), `stage.static_labels`, `stage.label_drop` and
 * `stage.label_keep`.
 */
import type { ConfigBody } from '../config/body';
import { extractedText, type Stage, type WorkingEntry } from './stage';

/** name → extracted key; an empty key means the same name. */
function sources(body: ConfigBody): [string, string][] {
  return [...body.stringMap('values')].map(([name, key]) => [name, key === '' ? name : key]);
}

/** Sets each name whose extracted key exists; missing keys are skipped, not emptied. */
function fromExtracted(
  entry: WorkingEntry,
  pairs: readonly [string, string][],
  write: (name: string, value: string) => void,
): void {
  for (const [name, key] of pairs) {
    const value = entry.extracted.get(key);
    if (value !== undefined) write(name, extractedText(value));
  }
}

export function labelsStage(body: ConfigBody): Stage {
  const pairs = sources(body);
  return (entry) => {
    fromExtracted(entry, pairs, (name, value) => {
      entry.labels.set(name, value);
    });
    return null;
  };
}

export function structuredMetadataStage(body: ConfigBody): Stage {
  const pairs = sources(body);
  return (entry) => {
    fromExtracted(entry, pairs, (name, value) => {
      entry.structuredMetadata = { ...entry.structuredMetadata, [name]: value };
    });
    return null;
  };
}

export function staticLabelsStage(body: ConfigBody): Stage {
  const values = [...body.stringMap('values')].filter(([, value]) => value !== '');
  return (entry) => {
    for (const [name, value] of values) entry.labels.set(name, value);
    return null;
  };
}

export function labelDropStage(body: ConfigBody): Stage {
  const names = body.stringList('values');
  return (entry) => {
    for (const name of names) entry.labels.delete(name);
    return null;
  };
}

export function labelKeepStage(body: ConfigBody): Stage {
  const names = new Set(body.stringList('values'));
  return (entry) => {
    for (const name of [...entry.labels.keys()]) if (!names.has(name)) entry.labels.delete(name);
    return null;
  };
}
