/**
 * A transforming component's data before and after: each item it received
 * paired with what it became among the items it sent, and their labels (or
 * attributes) compared, so the inspector can show what was added, dropped
 * or changed. Items pair by what a transform keeps: a log entry's time, a
 * sample's time and value, a span's id; among candidates, one whose text
 * also stayed the same comes first.
 */
import type { Labels, LogEntry, MetricSample, OtlpLogRecord, OtlpMetric, Sample, Span } from '../../src/sim';
import { sampleValue } from './format';

export type SampleKind = 'log' | 'metric' | 'span' | 'otlp-log' | 'otlp-metric' | 'target';

/** One item as the inspector shows it. */
export type SampleView = {
  kind: SampleKind;
  /** Virtual time the item carries (its timestamp), or when the component handled it. */
  time: number;
  /** The item in one line: the log line, `name = value`, the span's name. */
  headline: string;
  /** Labels, or attributes (resource attributes as `resource.<name>`), as text. */
  fields: Record<string, string>;
  /** What a transform keeps of an item, to find it again on the other side. */
  identity: string;
};

export type FieldChange = 'same' | 'added' | 'removed' | 'changed';

export type FieldDiff = { name: string; before: string | null; after: string | null; change: FieldChange };

/** An item received and what it became; one side is null when it has no partner in the samples kept. */
export type SamplePair = {
  before: SampleView | null;
  after: SampleView | null;
  headlineChanged: boolean;
  fields: FieldDiff[];
};

export function viewSample(sample: Sample): SampleView {
  const { item } = sample;
  // The signal says what the item is.
  switch (sample.signal) {
    case 'logs': {
      const entry = item as LogEntry;
      const metadata = prefixed('metadata.', entry.structuredMetadata ?? {});
      return {
        kind: 'log',
        time: entry.timestamp,
        headline: entry.line,
        fields: { ...entry.labels, ...metadata },
        identity: `log|${entry.timestamp}`,
      };
    }
    case 'metrics': {
      const metric = item as MetricSample;
      return {
        kind: 'metric',
        time: metric.timestamp,
        headline: `${metric.labels.__name__ ?? '(no name)'} = ${sampleValue(metric.value)}`,
        fields: { ...metric.labels },
        identity: `metric|${metric.timestamp}|${metric.value}`,
      };
    }
    case 'traces': {
      const span = item as Span;
      return {
        kind: 'span',
        time: span.startTime,
        headline: `${String(span.resource['service.name'] ?? '(no service)')}: ${span.name}`,
        fields: { ...textOf(span.attributes), ...prefixed('resource.', textOf(span.resource)) },
        identity: `span|${span.spanId}`,
      };
    }
    case 'otlp-logs': {
      const record = item as OtlpLogRecord;
      return {
        kind: 'otlp-log',
        time: record.timestamp,
        headline: record.body,
        fields: { ...textOf(record.attributes), ...prefixed('resource.', textOf(record.resource)) },
        identity: `otlp-log|${record.timestamp}|${record.spanId ?? ''}`,
      };
    }
    case 'otlp-metrics': {
      const metric = item as OtlpMetric;
      return {
        kind: 'otlp-metric',
        time: metric.points[0]?.timestamp ?? sample.time,
        headline: `${metric.name} (${metric.kind}, ${metric.points.length} point${metric.points.length === 1 ? '' : 's'})`,
        fields: prefixed('resource.', textOf(metric.resource)),
        identity: `otlp-metric|${metric.name}`,
      };
    }
    case 'targets': {
      const target = item as Labels;
      return {
        kind: 'target',
        time: sample.time,
        headline: target.__address__ ?? '(no address)',
        fields: { ...target },
        identity: `target|${target.__address__ ?? ''}`,
      };
    }
  }
}

/** Pairs what a component received with what it sent, oldest first; items without a partner stand alone. */
export function pairSamples(received: readonly Sample[], sent: readonly Sample[]): SamplePair[] {
  const before = received.map(viewSample);
  const after = sent.map(viewSample);
  const partnerOf = new Map<number, number>();
  const taken = new Set<number>();
  const take = (afterIndex: number, accept: (candidate: SampleView, item: SampleView) => boolean) => {
    if (partnerOf.has(afterIndex)) return;
    const item = after[afterIndex] as SampleView;
    const found = before.findIndex((candidate, index) => !taken.has(index) && accept(candidate, item));
    if (found < 0) return;
    partnerOf.set(afterIndex, found);
    taken.add(found);
  };
  // Unchanged text first, so that items sharing a timestamp find their own partner.
  after.forEach((_, index) =>
    take(
      index,
      (candidate, item) => candidate.identity === item.identity && candidate.headline === item.headline,
    ),
  );
  after.forEach((_, index) => take(index, (candidate, item) => candidate.identity === item.identity));

  const pairs: SamplePair[] = [];
  before.forEach((item, index) => {
    if (!taken.has(index)) pairs.push(pair(item, null));
  });
  after.forEach((item, index) => {
    const partner = partnerOf.get(index);
    pairs.push(pair(partner === undefined ? null : (before[partner] as SampleView), item));
  });
  return pairs.sort((a, b) => timeOf(a) - timeOf(b));
}

/** Every label or attribute of either side, by name, with how it changed. */
export function diffFields(
  before: Readonly<Record<string, string>> | null,
  after: Readonly<Record<string, string>> | null,
): FieldDiff[] {
  const names = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  return names.map((name) => {
    const was = before?.[name] ?? null;
    const is = after?.[name] ?? null;
    const change: FieldChange =
      before === null || after === null
        ? 'same'
        : was === null
          ? 'added'
          : is === null
            ? 'removed'
            : was === is
              ? 'same'
              : 'changed';
    return { name, before: was, after: is, change };
  });
}

function pair(before: SampleView | null, after: SampleView | null): SamplePair {
  return {
    before,
    after,
    headlineChanged: before !== null && after !== null && before.headline !== after.headline,
    fields: diffFields(before?.fields ?? null, after?.fields ?? null),
  };
}

function timeOf(pair: SamplePair): number {
  return (pair.after ?? pair.before)?.time ?? 0;
}

function prefixed(prefix: string, fields: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [`${prefix}${key}`, value]));
}

function textOf(attributes: Readonly<Record<string, string | number | boolean>>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).map(([key, value]) => [key, String(value)]));
}
