/**
 * Turns log entries into samples for metric queries: each entry that
 * passes the pipeline becomes one sample of the series named by its final
 * labels — 1 for counting, its size in bytes, or the value of its
 * `unwrap` label (that label leaves the series' labels; entries without it
 * give no sample). A sample whose value does not convert carries
 * `__error__`, which grouping keeps, as Loki's does. Every entry is
 * processed once per query; each evaluation step then reads its window.
 */
import type { Labels } from '../../model';
import type { LokiStore } from '../../store/loki-store';
import { signature } from '../common/instant-vector';
import type { RangeAggregation } from './ast';
import { passes } from './label-filter';
import { ERROR_LABEL, LabelsBuilder } from './labels-builder';
import { runPipeline } from './pipeline';
import { parseBytes, parseGoDuration, parseGoFloat } from './units';
import { keepLabels, withoutLabels } from '../common/instant-vector';

export type SampleSeries = { labels: Labels; times: number[]; values: number[] };

/** A series whose samples carry `__error__`, which Loki refuses to aggregate. */
export type PipelineError = { labels: Labels; error: string };

export type Extraction = { series: SampleSeries[]; error: PipelineError | null };

/** Samples of entries with `from < timestamp <= to`. */
export function extractSamples(
  store: LokiStore,
  expr: RangeAggregation,
  from: number,
  to: number,
): Extraction {
  const bySignature = new Map<string, SampleSeries & { sorted: boolean }>();
  let error: PipelineError | null = null;
  const { unwrap, grouping } = expr;
  const bytes = expr.op === 'bytes_over_time' || expr.op === 'bytes_rate';

  for (const stream of store.select(expr.log.matchers)) {
    const { entries } = stream;
    const streamKey = `#${stream.id}`;
    for (let i = entries.firstAfter(from), end = entries.firstAfter(to); i < end; i++) {
      const stored = entries.itemAt(i);
      const base = stored.structuredMetadata
        ? { ...stored.structuredMetadata, ...stream.labels }
        : stream.labels;
      const labels = new LabelsBuilder(stream.labels, base);
      const line = runPipeline(expr.log.stages, stored.line, labels);
      if (line === null) continue;

      let value = 1;
      if (bytes) value = utf8Length(line);
      if (unwrap) {
        const text = labels.get(unwrap.label);
        // An entry without the label gives no sample (and no error), as in Loki.
        if (text === '') continue;
        const converted = convert(text, unwrap.conversion);
        labels.delete(unwrap.label);
        if (converted === null)
          labels.setError('SampleExtractionErr', `cannot convert ${JSON.stringify(text)}`);
        if (!unwrap.filters.every((filter) => passes(filter, labels))) continue;
        value = converted ?? 0;
      }

      const errorValue = labels.get(ERROR_LABEL);
      if (!error && errorValue) error = { labels: labels.labels(), error: errorValue };
      let final: Labels;
      let key: string;
      if (grouping?.mode === 'by') {
        key = grouping.labels.map((name) => labels.get(name)).join('\u0001');
        final = bySignature.get(key)?.labels ?? keepLabels(labels.labels(), grouping.labels);
      } else {
        final = grouping ? withoutLabels(labels.labels(), grouping.labels) : labels.labels();
        key = labels.changed || grouping || stored.structuredMetadata ? signature(final) : streamKey;
      }
      let series = bySignature.get(key);
      if (!series) bySignature.set(key, (series = { labels: final, times: [], values: [], sorted: true }));
      const time = entries.timeAt(i);
      if (series.times.length > 0 && time < (series.times[series.times.length - 1] as number))
        series.sorted = false;
      series.times.push(time);
      series.values.push(value);
    }
  }

  const series = [...bySignature.values()].map(({ labels, times, values, sorted }) =>
    sorted ? { labels, times, values } : sortByTime({ labels, times, values }),
  );
  return { series, error };
}

function convert(text: string, conversion: 'none' | 'duration' | 'bytes'): number | null {
  if (conversion === 'duration') return parseGoDuration(text);
  if (conversion === 'bytes') return parseBytes(text);
  return parseGoFloat(text);
}

function sortByTime(series: SampleSeries): SampleSeries {
  const order = series.times
    .map((_, index) => index)
    .sort((a, b) => (series.times[a] as number) - (series.times[b] as number));
  return {
    labels: series.labels,
    times: order.map((index) => series.times[index] as number),
    values: order.map((index) => series.values[index] as number),
  };
}

/** The UTF-8 size of a string, as Loki counts line bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
