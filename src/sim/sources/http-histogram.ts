/**
 * A Prometheus client histogram with labels, as prom-client exposes it:
 * `<name>_bucket{le=…}` (cumulative, ending with `+Inf`), `<name>_sum`,
 * `<name>_count` per label set.
 */
import type { ExposedSample } from '../network';

type Series = {
  labels: Record<string, string>;
  /** One label set per bucket, `+Inf` last, made once. */
  bucketLabels: Record<string, string>[];
  counts: number[];
  sum: number;
  count: number;
};

export class Histogram {
  private readonly series = new Map<string, Series>();

  constructor(
    private readonly name: string,
    private readonly bounds: readonly number[],
  ) {}

  observe(labels: Record<string, string>, value: number): void {
    const key = Object.values(labels).join('\u0000');
    let series = this.series.get(key);
    if (!series) {
      const bucketLabels = [...this.bounds.map(String), '+Inf'].map((le) => ({ ...labels, le }));
      series = { labels, bucketLabels, counts: this.bounds.map(() => 0), sum: 0, count: 0 };
      this.series.set(key, series);
    }
    for (let i = 0; i < this.bounds.length; i++)
      if (value <= (this.bounds[i] as number)) series.counts[i] = (series.counts[i] as number) + 1;
    series.sum += value;
    series.count++;
  }

  /** The series, each with the same label objects scrape after scrape (scrapes find series by them). */
  expose(samples: ExposedSample[]): void {
    const bucket = `${this.name}_bucket`;
    for (const { labels, bucketLabels, counts, sum, count } of this.series.values()) {
      bucketLabels.forEach((le, i) => {
        samples.push({ name: bucket, labels: le, value: i < counts.length ? (counts[i] as number) : count });
      });
      samples.push({ name: `${this.name}_sum`, labels, value: sum });
      samples.push({ name: `${this.name}_count`, labels, value: count });
    }
  }
}
