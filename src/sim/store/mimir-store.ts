/**
 * In-memory Mimir: series keyed by their label set, samples in time order,
 * an inverted label index for selection, and retention by virtual time.
 *
 * Appends follow Prometheus's TSDB: a sample older than the series' newest
 * is rejected as out of order, one at the same time with a different value
 * as a duplicate (with the same value it is silently ignored), and samples
 * without a metric name are invalid.
 */
import type { Labels, MetricSample } from '../model';
import type { LabelMatcher } from './labels';
import { Retention } from './retention';
import { SeriesRegistry } from './series-registry';
import { TimeColumn } from './time-column';

export type StoredSeries = {
  readonly id: number;
  /** Sorted, without empty values; includes `__name__`. */
  readonly labels: Labels;
  readonly samples: TimeColumn<number>;
};

export type MetricAppendReport = {
  accepted: number;
  outOfOrder: number;
  duplicate: number;
  tooOld: number;
  invalid: number;
};

export type StoreOptions = {
  /** How long data is kept, in virtual milliseconds (default one hour). */
  retentionMs?: number;
};

export class MimirStore {
  readonly retention: Retention;
  private readonly series = new SeriesRegistry<StoredSeries>((id, labels) => ({
    id,
    labels,
    samples: new TimeColumn(),
  }));

  constructor(options: StoreOptions = {}) {
    this.retention = new Retention(options.retentionMs);
  }

  get seriesCount(): number {
    return this.series.size;
  }

  get sampleCount(): number {
    let count = 0;
    for (const series of this.series.values()) count += series.samples.length;
    return count;
  }

  append(samples: readonly MetricSample[]): MetricAppendReport {
    const report: MetricAppendReport = { accepted: 0, outOfOrder: 0, duplicate: 0, tooOld: 0, invalid: 0 };
    for (const sample of samples) this.appendOne(sample, report);
    return report;
  }

  /** Moves the virtual clock (data also moves it) and applies retention. */
  advanceTo(now: number): void {
    if (this.retention.advance(now)) this.trim();
  }

  /** The series whose labels satisfy every matcher. */
  select(matchers: readonly LabelMatcher[]): StoredSeries[] {
    return this.series.select(matchers);
  }

  labelValues(name: string): string[] {
    return this.series.labelValues(name);
  }

  private appendOne(sample: MetricSample, report: MetricAppendReport): void {
    if (!sample.labels.__name__ || !Number.isFinite(sample.timestamp)) {
      report.invalid++;
      return;
    }
    if (sample.timestamp < this.retention.cutoff) {
      report.tooOld++;
      return;
    }
    const series = this.series.seriesFor(sample.labels);
    const last = series.samples.lastTime;
    if (sample.timestamp < last) {
      report.outOfOrder++;
      return;
    }
    if (sample.timestamp === last) {
      const previous = series.samples.itemAt(series.samples.end - 1);
      if (!Object.is(previous, sample.value)) report.duplicate++;
      return;
    }
    series.samples.insert(sample.timestamp, sample.value);
    report.accepted++;
    this.advanceTo(sample.timestamp);
  }

  private trim(): void {
    const cutoff = this.retention.cutoff;
    this.series.removeEmptied((series) => {
      series.samples.dropBefore(cutoff);
      return series.samples.length === 0;
    });
  }
}
